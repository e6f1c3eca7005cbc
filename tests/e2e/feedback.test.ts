import { test, expect, type Page } from '@playwright/test';
import { as, demoRow, open, expectAccessible, unique } from './helpers';

// The client's own feedback link, the follow-up after exit and the fidelity item mean (issue 22).

const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
function daysAgo(n: number): string {
	const d = new Date(`${today}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - n);
	return d.toISOString().slice(0, 10);
}

async function createClient(page: Page, lastName: string): Promise<string> {
	await open(page, '/clients/new');
	await page.getByLabel('Etunimi').fill('Palaute');
	await page.getByLabel('Sukunimi').fill(lastName);
	await page.getByLabel('Henkilötunnus').fill('131052-308T');
	await page.getByLabel('Lähetteen päivä').fill(daysAgo(10));
	await page.getByLabel('Ohjaava taho').selectOption('psychiatric-care');
	await page.getByRole('button', { name: 'Luo' }).click();
	await expect(page).toHaveURL(/\/clients\/\d+\?created/);
	return new URL(page.url()).pathname;
}

test.describe('as a coach', () => {
	test.use(as('coach'));

	test('a coach makes a feedback link, the client answers it signed out on a phone, and the link then refuses a second answer', async ({ page, browser }) => {
		test.slow(); // two contexts and five axe runs
		const lastName = unique('Linkki');
		const url = await createClient(page, lastName);
		await page.getByRole('button', { name: 'Tee palautelinkki' }).click();
		const shown = page.getByTestId('feedback-link');
		await expect(shown.getByRole('img', { name: 'QR-koodi palautelinkkiin' })).toBeVisible();
		await expect(shown.locator('svg')).toHaveCount(1);
		const link = (await page.getByTestId('feedback-link-url').textContent())!.trim();
		expect(link).toMatch(/\/feedback\/[A-Za-z0-9_-]{43}$/);
		await expect(page.getByRole('table', { name: 'Tehdyt palautelinkit' })).toContainText('Odottaa vastausta');
		await expectAccessible(page);

		// The client: a new signed-out context on a phone.
		const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, storageState: { cookies: [], origins: [] } });
		const client = await phone.newPage();
		await open(client, link);
		await expect(client.getByRole('heading', { level: 1 })).toHaveText('Palaute');
		// Nothing about the client or the team on the page.
		await expect(client.locator('body')).not.toContainText(lastName);
		await expect(client.locator('body')).not.toContainText('Vantaa');
		const width = await client.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(390);
		await expectAccessible(client);
		// Easy language, then the values: a missing answer gets its message next to the question.
		await client.getByTestId('easy-toggle').click();
		await expect(client.getByText('Millainen valmennus oli? Anna numero 4–10.')).toBeVisible();
		await expectAccessible(client);
		await client.getByRole('group', { name: /Millainen valmennus oli/ }).getByLabel('8', { exact: true }).check();
		await client.getByRole('button', { name: 'Lähetä palaute' }).click();
		await expect(client.locator('#rec-error')).toHaveText('Valitse yksi numero.');
		await expect(client.getByRole('group', { name: /Millainen valmennus oli/ }).getByLabel('8', { exact: true })).toBeChecked();
		await client.getByRole('group', { name: /Kertoisitko ystävälle/ }).getByLabel('9', { exact: true }).check();
		await client.getByLabel('Mikä auttoi sinua?').fill('Työnhaku yhdessä');
		await client.getByRole('button', { name: 'Lähetä palaute' }).click();
		await expect(client.getByRole('heading', { level: 1 })).toHaveText('Kiitos palautteestasi!');
		await expectAccessible(client);
		// The link works once: the same friendly page as an unknown one, with no detail.
		await open(client, link);
		await expect(client.getByRole('heading', { level: 1 })).toHaveText('Tämä palautelinkki ei ole käytössä');
		await expect(client.getByRole('button', { name: 'Lähetä palaute' })).toHaveCount(0);
		const usedText = await client.locator('main').textContent();
		await open(client, '/feedback/' + 'x'.repeat(43));
		expect(await client.locator('main').textContent()).toBe(usedText);
		await expectAccessible(client);
		// A post to the used link stores nothing either.
		const origin = new URL(link).origin;
		const response = await client.request.post(link, { form: { satisfaction: '4', recommend: '0' }, headers: { origin } });
		expect(response.status()).toBeLessThan(500);
		await phone.close();

		// The coach sees the answer against the enrolment.
		await open(page, url);
		await expect(page.locator('section[aria-labelledby="h-feedback"]')).toContainText('asiakkaan linkistä');
		await expect(page.locator('section[aria-labelledby="h-feedback"]')).toContainText('Työnhaku yhdessä');
		await expect(page.getByRole('table', { name: 'Tehdyt palautelinkit' })).toContainText('Vastattu');
		expect(demoRow<{ n: number }>("SELECT count(*) AS n FROM client_feedback f JOIN enrolments e ON e.id = f.enrolment_id JOIN clients c ON c.id = e.client_id WHERE c.last_name = ? AND f.source = 'link'", lastName).n).toBe(1);
	});

	test('a coach records the follow-up on a closed client; a date before the exit gets a message next to the field', async ({ page }) => {
		const url = await createClient(page, unique('Seuranta'));
		const closing = page.locator('form[action="?/close"]');
		await closing.getByLabel('Päättymisen syy').selectOption('employed');
		await closing.getByRole('button', { name: 'Päätä asiakkuus' }).click();
		await expect(page.getByTestId('closed-badge')).toContainText('Työllistyi');
		const section = page.getByTestId('exit-follow-up');
		await expect(section.getByRole('heading', { name: 'Seuranta kolme kuukautta päättymisen jälkeen' })).toBeVisible();
		await section.locator('summary').click();
		const form = section.locator('form[action="?/followUp"]');
		await form.getByLabel('Yhteydenoton päivä').fill(daysAgo(1));
		await form.getByLabel('Tilanne').selectOption('working-competitive');
		await form.getByRole('button', { name: 'Kirjaa seuranta' }).click();
		await expect(page.locator('#fu-date-error')).toHaveText('Seurannan päivä ei voi olla ennen asiakkuuden päättymispäivää.');
		await expect(page.getByTestId('exit-follow-up').getByLabel('Tilanne')).toHaveValue('working-competitive');
		await expectAccessible(page);
		await page.getByTestId('exit-follow-up').getByLabel('Yhteydenoton päivä').fill(today);
		await page.getByTestId('exit-follow-up').getByRole('button', { name: 'Kirjaa seuranta' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Tallennettu.' })).toBeVisible();
		await expect(page.getByTestId('follow-up-recorded')).toContainText('Töissä avoimilla työmarkkinoilla');
		await open(page, url);
		await expect(page.getByTestId('follow-up-recorded')).toBeVisible();
	});

	test('the caseload lists the follow-ups of closed clients', async ({ page }) => {
		await open(page, '/clients');
		await expect(page.getByRole('heading', { level: 2, name: 'Seurannat päättyneille asiakkaille' })).toBeVisible();
		await expectAccessible(page);
	});
});

test.describe('as the team lead', () => {
	test.use(as('lead'));

	test('the fidelity review shows the item mean beside the total, and the trend the reviewer type', async ({ page }) => {
		test.slow(); // three pages with axe
		const review = demoRow<{ id: number }>("SELECT id FROM fidelity_reviews WHERE status = 'final' ORDER BY review_date DESC LIMIT 1");
		await open(page, `/fidelity/reviews/${review.id}`);
		const total = Number(await page.getByTestId('review-total').textContent().then((t) => t!.match(/\d+/)![0]));
		const mean = (Math.round((total / 25) * 10) / 10).toFixed(1).replace('.', ',');
		await expect(page.getByTestId('review-item-mean')).toHaveText(mean);
		await expectAccessible(page);
		await open(page, `/fidelity/reviews/${review.id}/report`);
		await expect(page.getByTestId('review-item-mean')).toHaveText(mean);
		await open(page, '/fidelity/charts');
		const trend = page.getByTestId('total-trend-table');
		await page.locator('details', { has: trend }).locator('summary').click();
		await expect(trend.getByRole('columnheader', { name: 'Arvioinnin tyyppi' })).toBeVisible();
		await expect(trend.getByRole('cell').filter({ hasText: /^\d,\d$/ }).first()).toBeVisible();
		await expectAccessible(page);
	});
});

for (const role of ['employer', 'lead2'] as const) {
	test.describe(`as ${role} (not the client's team)`, () => {
		test.use(as(role));
		test('making a feedback link or recording a follow-up for another team’s client is 404', async ({ page }) => {
			const client = demoRow<{ id: number }>("SELECT c.id FROM clients c WHERE c.team_id = (SELECT id FROM teams WHERE name = 'Vantaan IPS-tiimi') ORDER BY c.id LIMIT 1");
			await open(page, '/accessibility');
			const origin = new URL(page.url()).origin;
			for (const action of ['feedbackLink', 'followUp']) {
				const response = await page.request.post(`/clients/${client.id}?/${action}`, { form: { _form: action, contactedOn: today, situation: 'studying', baseVersion: '0' }, headers: { origin }, maxRedirects: 0 });
				expect(response.status(), action).toBe(404);
			}
		});
	});
}
