import { test, expect, type Page } from '@playwright/test';
import { as, open, expectAccessible, expectNotFound, storageStatePath } from './helpers';

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** Creates a draft review for the lead's team and returns its URL. */
async function createReview(page: Page): Promise<string> {
	await open(page, '/fidelity/reviews/new');
	await page.getByLabel('Jakso alkaa').fill(isoDaysAgo(180));
	await page.getByLabel('Jakso päättyy').fill(isoDaysAgo(1));
	await page.getByRole('button', { name: 'Luo' }).click();
	await page.waitForURL(/\/fidelity\/reviews\/\d+$/);
	return new URL(page.url()).pathname;
}

async function firstFinalDemoReview(page: Page): Promise<string> {
	await open(page, '/fidelity');
	const row = page.getByRole('row').filter({ hasText: 'Vantaan IPS-tiimi' }).filter({ hasText: 'Valmis' }).first();
	return (await row.getByRole('link').first().getAttribute('href'))!;
}

test.describe('fidelity review as a lead', () => {
	test.use(as('lead'));

	test('creates, scores all 25 items with evidence shown, adds actions, finalises, sees charts', async ({ page }) => {
		test.setTimeout(180_000);
		await open(page, '/fidelity');
		await expectAccessible(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Laatuarviointi');

		// A period that ends before it starts is refused at the field, typed values kept.
		await open(page, '/fidelity/reviews/new');
		await expectAccessible(page);
		await page.getByLabel('Jakso alkaa').fill(isoDaysAgo(10));
		await page.getByLabel('Jakso päättyy').fill(isoDaysAgo(20));
		await page.getByRole('button', { name: 'Luo' }).click();
		await expect(page.locator('#f-periodTo-error')).toBeVisible();
		await expect(page.getByLabel('Jakso alkaa')).toHaveValue(isoDaysAgo(10));

		const url = await createReview(page);
		await expectAccessible(page);
		await expect(page.getByTestId('review-total')).toContainText('Kesken');

		// Finalising an incomplete review is refused with a message.
		await page.getByRole('button', { name: 'Merkitse valmiiksi' }).click();
		await expect(page.getByRole('alert')).toContainText('kaikilla 25 kriteerillä ei ole pistemäärää');

		// Score every item, walking with "save and next"; figure items show the records' suggestion.
		await open(page, `${url}/items/1`);
		await expectAccessible(page);
		for (let item = 1; item <= 25; item++) {
			await expect(page.getByRole('heading', { level: 1 })).toContainText(`${item}.`);
			if ([1, 12, 15, 17, 21, 24].includes(item)) await expect(page.getByTestId('evidence-suggestion')).toBeVisible();
			await page.getByLabel('Yhteinen pistemäärä (1–5)').selectOption('4');
			if (item === 17) {
				await page.getByLabel('Rekisteri (MIS)').check();
				await page.getByLabel('Perustelut ja havainnot').fill('Kontakteja viikoittain kirjattu.');
				await page.getByLabel('Suositus').fill('Lisää työnantajakäyntejä.');
			}
			await page.getByRole('button', { name: item < 25 ? 'Tallenna ja seuraava' : 'Tallenna', exact: true }).click();
			if (item < 25) await page.waitForURL(new RegExp(`/items/${item + 1}$`));
		}
		await page.waitForURL(new RegExp(`${url}(#item-25)?$`));
		await expect(page.getByTestId('review-total')).toContainText('100 (Hyvä)');
		await expect(page.getByTestId('score-17')).toHaveText('4');

		// Action plan.
		await page.locator('#f-action').fill('Kaksi työnantaja-aamua viikossa');
		await page.locator('#f-itemId').selectOption('17');
		await page.getByLabel('Vastuuhenkilö').fill('Tiiminvetäjä');
		await page.getByLabel('Määräaika').fill(isoDaysAgo(-60));
		await page.getByRole('button', { name: 'Lisää', exact: true }).click();
		await expect(page.getByRole('rowheader', { name: 'Kaksi työnantaja-aamua viikossa' })).toBeVisible();

		await page.getByRole('button', { name: 'Merkitse valmiiksi' }).click();
		await expect(page.getByText('vain luku; korjaus tehdään uutena versiona')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Merkitse valmiiksi' })).toHaveCount(0);
		await expectAccessible(page);

		// A final item is read-only: no form.
		await open(page, `${url}/items/3`);
		await expect(page.getByRole('button', { name: 'Tallenna', exact: true })).toHaveCount(0);

		// Report.
		await open(page, `${url}/report`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Arviointiraportti');
		await expect(page.getByText('Lisää työnantajakäyntejä.')).toBeVisible();
		await expectAccessible(page);

		// Charts with data tables and summaries.
		await open(page, '/fidelity/charts');
		await expect(page.getByRole('heading', { name: 'Kokonaispisteet ajan mittaan' })).toBeVisible();
		await expect(page.getByText(/valmista arviointia: kokonaispisteet 68 →/)).toBeVisible();
		const summaries = page.getByText('Näytä taulukkona');
		const count = await summaries.count();
		expect(count).toBe(3);
		for (let i = 0; i < count; i++) await summaries.nth(i).click();
		const totalTable = page.getByRole('table', { name: 'Kokonaispisteet ajan mittaan' });
		await expect(totalTable).toBeVisible();
		await expect(totalTable.getByRole('cell', { name: '68' })).toBeVisible();
		await expect(page.getByRole('table', { name: 'Kriteerit arvioinneittain' })).toBeAttached();
		await expectAccessible(page);

		await open(page, '/fidelity/scale');
		await expect(page.getByRole('heading', { name: '1. Asiakasmäärä' })).toBeVisible();
		await expectAccessible(page);
	});

	test('two leads saving the same item: the later save is refused with its text kept', async ({ page, browser }) => {
		const url = await createReview(page);
		const other = await (await browser.newContext({ storageState: storageStatePath('lead') })).newPage();
		await open(page, `${url}/items/5`);
		await open(other, `${url}/items/5`);
		await page.getByLabel('Yhteinen pistemäärä (1–5)').selectOption('3');
		await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
		await page.waitForURL(new RegExp(`${url}#item-5$`));
		await other.getByLabel('Yhteinen pistemäärä (1–5)').selectOption('5');
		await other.getByLabel('Perustelut ja havainnot').fill('Toisen vetäjän muistiinpano');
		await other.getByRole('button', { name: 'Tallenna', exact: true }).click();
		await expect(other.locator('#f-score-error')).toBeVisible();
		await expect(other.getByLabel('Perustelut ja havainnot')).toHaveValue('Toisen vetäjän muistiinpano');
		await open(page, url);
		await expect(page.getByTestId('score-5')).toHaveText('3');
		await other.context().close();
	});
});

test.describe('fidelity review as a coach', () => {
	test.use(as('coach'));

	test('reads final reviews but cannot edit; a draft is 404', async ({ page, browser }) => {
		const lead = await (await browser.newContext({ storageState: storageStatePath('lead') })).newPage();
		const draftUrl = await createReview(lead);
		await lead.context().close();

		const finalUrl = await firstFinalDemoReview(page);
		await open(page, finalUrl);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Laatuarviointi');
		await expect(page.getByRole('button', { name: 'Merkitse valmiiksi' })).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Lisää', exact: true })).toHaveCount(0);
		await expectAccessible(page);
		await open(page, `${finalUrl}/items/8`);
		await expect(page.getByRole('button', { name: 'Tallenna', exact: true })).toHaveCount(0);
		await expectAccessible(page);

		// A forged POST is refused without changing anything.
		const origin = new URL(page.url()).origin;
		const response = await page.request.post(`${finalUrl}/items/8`, { form: { version: '1', score: '1' }, headers: { origin } });
		expect(response.status()).toBe(404);

		await expectNotFound(page, draftUrl);
		await expectNotFound(page, `${draftUrl}/items/1`);
		await expectNotFound(page, `${draftUrl}/report`);
		await expectNotFound(page, '/fidelity/reviews/new');
	});
});

test.describe('fidelity review refusals', () => {
	test.use(as('employer'));
	test('an employer gets 404 everywhere', async ({ page, browser }) => {
		const coach = await (await browser.newContext({ storageState: storageStatePath('coach') })).newPage();
		const finalUrl = await firstFinalDemoReview(coach);
		await coach.context().close();
		for (const url of ['/fidelity', '/fidelity/charts', '/fidelity/scale', '/fidelity/reviews/new', finalUrl, `${finalUrl}/report`, `${finalUrl}/items/1`]) {
			await expectNotFound(page, url);
		}
	});
});

test.describe('fidelity review, other team', () => {
	test.use(as('lead2'));
	test("another team's lead gets 404 on Vantaa's reviews", async ({ page, browser }) => {
		const coach = await (await browser.newContext({ storageState: storageStatePath('coach') })).newPage();
		const finalUrl = await firstFinalDemoReview(coach);
		await coach.context().close();
		await expectNotFound(page, finalUrl);
		await expectNotFound(page, `${finalUrl}/report`);
		await expectNotFound(page, '/fidelity/charts?team=1');
	});
});
