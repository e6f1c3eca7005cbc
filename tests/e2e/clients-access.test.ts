import { test, expect, type Browser } from '@playwright/test';
import { as, open, expectAccessible, expectNotFound, storageStatePath, type DemoRole } from './helpers';

// Several pages and axe runs per test on a machine shared by parallel workers.
test.describe.configure({ timeout: 90_000 });

/** Finds a demo client of the coach (Kaisa Koski, Vantaa team) through the caseload. */
async function coachClientUrl(browser: Browser): Promise<string> {
	const page = await pageAs(browser, 'coach');
	await open(page, '/clients?q=Virtanen');
	await page.getByRole('link', { name: 'Virtanen, Aino' }).click();
	await page.waitForURL(/\/clients\/\d+$/);
	const url = new URL(page.url()).pathname;
	await page.close();
	return url;
}

async function pageAs(browser: Browser, role: DemoRole) {
	const context = await browser.newContext({ storageState: storageStatePath(role) });
	return context.newPage();
}

test('a teammate reads the client but writes only as a logged covering entry', async ({ browser }) => {
	const url = await coachClientUrl(browser);
	const page = await pageAs(browser, 'coach2');
	await open(page, url);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aino Virtanen');
	await expect(page.getByText('Asiakas on tiimikaverisi')).toBeVisible();
	await expect(page.locator('form[action="?/identity"]')).toHaveCount(0);
	await expect(page.locator('form[action="?/phase"]')).toHaveCount(0);
	await expect(page.locator('form[action="?/close"]')).toHaveCount(0);
	await expectAccessible(page);

	// Posting an edit anyway is refused, and nothing changes.
	const origin = new URL(page.url()).origin;
	const refused = await page.request.post(`${url}?/phase`, { form: { phase: '3', enteredOn: '2026-01-01', version: '1' }, headers: { origin, accept: 'text/html' } });
	expect(refused.status()).toBe(403);
	// Consents are the own coach's or a lead's to record: no link, and the page and its form answer 403.
	await expect(page.getByRole('link', { name: 'Lisää suostumus' })).toHaveCount(0);
	expect((await page.request.get(`${url}/consents/new`)).status()).toBe(403);
	const consentPost = await page.request.post(`${url}/consents/new`, { form: { form: 'y100', parties: 'kela', purpose: 'Ei saa tallentua', validFrom: '2026-01-01', signedHow: 'signature' }, headers: { origin, accept: 'text/html' } });
	expect(consentPost.status()).toBe(403);
	await open(page, url);
	await expect(page.getByText('Ei saa tallentua')).toHaveCount(0);

	// A covering contact is allowed and marked as such.
	const note = `Sijaisena ${Date.now()}`;
	await page.getByText('Kirjaa yhteydenotto').first().click();
	const contact = page.locator('form[action="?/contact"]');
	await contact.getByLabel('Kesto (min)').fill('20');
	await contact.getByLabel('Tapa').selectOption('phone');
	await contact.getByLabel('Paikka').selectOption('remote');
	await contact.getByLabel('Muistiinpano').fill(note);
	await contact.getByRole('button', { name: 'Kirjaa yhteydenotto' }).click();
	const row = page.getByRole('row').filter({ hasText: note });
	await expect(row).toContainText('sijaisena');
	await page.close();
});

test('another team\'s coach and an employer get 404 on every client URL', async ({ browser }) => {
	const url = await coachClientUrl(browser);
	for (const role of ['coach3', 'lead2', 'employer'] as const) {
		const page = await pageAs(browser, role);
		for (const path of [url, `${url}/profile`, `${url}/plan`, `${url}/plan/print`, `${url}/timeline`, `${url}/consents/new`]) await expectNotFound(page, path);
		await page.close();
	}
	const employer = await pageAs(browser, 'employer');
	await expectNotFound(employer, '/clients');
	await expectNotFound(employer, '/team');
	await expectNotFound(employer, '/team/supervision');
	await expectNotFound(employer, '/clients/new');
	await employer.close();
});

test.describe('as a lead', () => {
	test.use(as('lead'));

	test('the team view shows caseload by coach against the limit, with flags', async ({ page }) => {
		await open(page, '/team');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Vantaan IPS-tiimi');
		await expect(page.locator('table').first().getByRole('row', { name: /Kaisa Koski/ })).toBeVisible();
		await expect(page.locator('table').first().getByRole('row', { name: /Mikko Mäkelä/ })).toContainText('16');
		await expect(page.getByRole('columnheader', { name: 'Ei yhteyttä 14 päivään (tiimin raja)' })).toBeVisible();
		await expect(page.locator('[data-flag="no-contact"]').first()).toBeVisible();
		await expect(page.getByText('Keravan')).toHaveCount(0);
		await expectAccessible(page);
		await open(page, '/team?flagged=1');
		const rows = page.locator('tbody').last().locator('tr');
		expect(await rows.count()).toBeGreaterThan(0);
		for (const r of await rows.all()) await expect(r.locator('[data-flag]').first()).toBeVisible();
	});

	test('the weekly supervision list shows stalled clients, job starts and missing employer contacts', async ({ page }) => {
		await open(page, '/team/supervision');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('ryhmätyönohjauslista');
		await expect(page.getByRole('heading', { name: /Pysähtyneet \([1-9]/ })).toBeVisible();
		await expect(page.getByRole('heading', { name: /Alkavat työsuhteet \([1-9]/ })).toBeVisible();
		await expect(page.locator('[data-flag="no-contact"]').first()).toBeVisible();
		await expect(page.getByRole('heading', { name: /Ei työnantajakontaktia 30 päivässä/ })).toBeVisible();
		await expectAccessible(page);
	});

	test('a lead can read and edit a team client; the lead start page stays', async ({ page, browser }) => {
		const url = await coachClientUrl(browser);
		await open(page, url);
		await expect(page.locator('form[action="?/phase"]')).toHaveCount(1);
		await open(page, '/');
		await expect(page).toHaveURL(/\/$/);
	});
});
