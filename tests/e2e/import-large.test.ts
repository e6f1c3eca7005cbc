import { test, expect, type Browser } from '@playwright/test';
import fs from 'node:fs';
import { DEMO_PASSWORD, expectAccessible, signIn } from './helpers';
import { startOwnServer, type OwnServer } from './own-server';
import { DEMO_TOTP_SECRET, nextTotpCode } from './totp';

// Its own server: the shared test servers keep adapter-node's 512 kB body limit; `npm start` sets 60 MB.
test.describe.configure({ mode: 'serial' });
let server: OwnServer;
test.beforeAll(async () => {
	test.setTimeout(120_000);
	server = await startOwnServer({ BODY_SIZE_LIMIT: '60M' }, { demo: true });
});
test.afterAll(() => {
	server.stop();
	fs.rmSync(server.dir, { recursive: true, force: true });
});

const HEADER = 'client_ref;first_name;last_name;coach_email;referral_date;entry_date';
const enrolmentsCsv = (rows: number, prefix = 'ISO') =>
	Buffer.from([HEADER, ...Array.from({ length: rows }, (_, i) => `${prefix}-${i};Etu${i};Suku${i % 97};coach@example.fi;${1 + (i % 28)}.3.2025;${1 + (i % 28)}.4.2025`)].join('\r\n'));

async function signedIn(browser: Browser, email: string, javaScriptEnabled = true) {
	const context = await browser.newContext({ baseURL: server.base, javaScriptEnabled });
	const page = await context.newPage();
	if (javaScriptEnabled) await signIn(page, email, DEMO_PASSWORD, 'ok', { dbFile: server.dbFile });
	else {
		await page.goto('/login');
		await page.locator('input[name="email"]').fill(email);
		await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: /^kirjaudu$/i }).click();
		// Leads give the demo TOTP secret's code (docs/domain/sign-in.md).
		if (new URL(page.url()).pathname === '/login/two-factor') {
			await page.locator('input[name="code"]').fill(await nextTotpCode(DEMO_TOTP_SECRET, server.dbFile, email));
			await page.getByRole('button', { name: /^vahvista$/i }).click();
		}
		await page.waitForURL((url) => !url.pathname.startsWith('/login'));
	}
	return { context, page };
}

test('over 50 000 rows is refused next to the file field, nothing saved', async ({ browser }) => {
	const { context, page } = await signedIn(browser, 'lead@example.fi');
	await page.goto('/outcomes/import');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('input[name="enrolments"]').setInputFiles({ name: 'enrolments.csv', mimeType: 'text/csv', buffer: enrolmentsCsv(50_001) });
	await page.getByRole('button', { name: 'Tuo ja tallenna' }).click();
	const field = page.locator('input[name="enrolments"]');
	await expect(field).toHaveAttribute('aria-invalid', 'true', { timeout: 30_000 });
	await expect(field).toHaveAccessibleDescription(/Tiedostossa on 50\s001 riviä, enintään 50\s000 sallitaan/);
	await expectAccessible(page);
	const clients = await (await page.request.get('/clients?q=ISO-1')).text();
	expect(clients).not.toContain('Etu1');
	await context.close();
});

test('a 40 000-row check runs as a job: other requests are answered, its page shows the result, another lead cannot see it', async ({ browser }) => {
	const { context, page } = await signedIn(browser, 'lead@example.fi');
	await page.goto('/outcomes/import');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('input[name="enrolments"]').setInputFiles({ name: 'enrolments.csv', mimeType: 'text/csv', buffer: enrolmentsCsv(40_000) });
	await page.getByRole('button', { name: 'Tarkista (ei tallenna)' }).click();
	await expect(page).toHaveURL(/\/outcomes\/import\?job=/, { timeout: 30_000 });
	// Another user's request meanwhile is answered.
	expect((await page.request.get('/login')).status()).toBe(200);
	await expect(page.getByRole('heading', { name: /Tarkistus onnistui/ })).toBeVisible({ timeout: 60_000 });
	await expect(page.getByText(/enrolments\.csv: 40\s000 riviä, 40\s000 uutta/)).toBeVisible();
	await expectAccessible(page);
	const jobUrl = page.url();
	const other = await signedIn(browser, 'lead2@example.fi');
	expect((await other.page.request.get(jobUrl)).status()).toBe(404);
	await other.context.close();
	await context.close();
});

test('without JavaScript the check ends on its job page with the result (a running job refreshes via <noscript>)', async ({ browser }) => {
	const { context, page } = await signedIn(browser, 'lead@example.fi', false);
	await page.goto('/outcomes/import');
	await page.locator('input[name="enrolments"]').setInputFiles({ name: 'enrolments.csv', mimeType: 'text/csv', buffer: enrolmentsCsv(40_000) });
	await page.getByRole('button', { name: 'Tarkista (ei tallenna)' }).click();
	await expect(page).toHaveURL(/\/outcomes\/import\?job=/, { timeout: 30_000 });
	await expect(page.getByRole('heading', { name: /Tarkistus onnistui/ })).toBeVisible({ timeout: 60_000 });
	await context.close();
});

test('a real 30 000-row import saves in the background: others read and sign in meanwhile, then see the rows', async ({ browser }) => {
	test.setTimeout(180_000);
	const coach = await signedIn(browser, 'coach@example.fi');
	const { context, page } = await signedIn(browser, 'lead@example.fi');
	await page.goto('/outcomes/import');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('input[name="enrolments"]').setInputFiles({ name: 'enrolments.csv', mimeType: 'text/csv', buffer: enrolmentsCsv(30_000, 'REAL') });
	await page.getByRole('button', { name: 'Tuo ja tallenna' }).click();
	await expect(page).toHaveURL(/\/outcomes\/import\?job=/, { timeout: 30_000 });
	const jobUrl = page.url();
	// The write phase (in its worker thread) shows its progress.
	await expect(page.getByText(/Tallennetaan: [\d\s]+ \/ 30\s000 riviä/)).toBeVisible({ timeout: 90_000 });
	// Meanwhile: a page without a session, and a client record (a read that writes its audit row).
	expect((await coach.page.request.get('/login')).status()).toBe(200);
	expect((await coach.page.request.get('/clients/1')).status()).toBe(200);
	// The coach's caseload, cached under the team's change counter, has none of the rows yet.
	// (Etu29999's last name is Suku26: 29 999 % 97 = 26.)
	expect(await (await coach.page.request.get('/clients?q=Etu29999')).text()).not.toContain('Suku26');
	// These were answered while the import was still saving.
	expect(await (await page.request.get(jobUrl)).text()).toContain('id="progress-title"');
	// A sign-in (a write) meanwhile waits for the import's commit and then succeeds.
	const other = await signedIn(browser, 'lead2@example.fi');
	await other.context.close();
	await expect(page.getByRole('heading', { name: 'Tuonti valmis.' })).toBeVisible({ timeout: 120_000 });
	await expect(page.getByText(/enrolments\.csv: 30\s000 riviä, 30\s000 uutta/)).toBeVisible();
	await expectAccessible(page);
	// The commit from the worker's connection raised the counter: the same caseload now shows the rows.
	expect(await (await coach.page.request.get('/clients?q=Etu29999')).text()).toContain('Suku26');
	await coach.context.close();
	await context.close();
});
