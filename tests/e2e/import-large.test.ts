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
const enrolmentsCsv = (rows: number) =>
	Buffer.from([HEADER, ...Array.from({ length: rows }, (_, i) => `ISO-${i};Etu${i};Suku${i % 97};coach@example.fi;${1 + (i % 28)}.3.2025;${1 + (i % 28)}.4.2025`)].join('\r\n'));

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
