import { test, expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS, demoDbFile, demoRow, expectAccessible, open, storageStatePath, unique } from './helpers';
import { DEMO_TOTP_SECRET, nextTotpCode, totpAt } from './totp';

// The second factor (docs/domain/sign-in.md) as a new team lead lives it, in a browser without JavaScript:
// enrolment, sign-in with a code, a replayed code, a recovery code once, the admin's reset and session
// ending, and the lockout after wrong codes.
test.describe.configure({ mode: 'serial' });

const email = `${unique('tf').replace(/\W+/g, '-')}@example.org`.toLowerCase();
const PASSWORD = 'lead-password-2026';
let secret = '';
let recoveryCodes: string[] = [];
let userId = 0;

async function passwordStep(page: Page, password = PASSWORD) {
	await page.goto('/login');
	await page.getByLabel('Sähköposti').fill(email);
	await page.getByLabel('Salasana').fill(password);
	await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
}

async function codeStep(page: Page, code: string) {
	await page.getByLabel('Koodi').fill(code);
	await page.getByRole('button', { name: 'Vahvista' }).click();
}

async function signOut(page: Page) {
	await page.getByTestId('sign-out').click();
	await expect(page).toHaveURL(/\/login/);
}

test('a new lead enrols without JavaScript, signs in with a code; a used code and a used recovery code are refused', async ({ browser, baseURL }) => {
	test.setTimeout(90_000);
	const admin = await browser.newContext({ baseURL, storageState: storageStatePath('admin') });
	const teamId = demoRow<{ id: number }>("SELECT id FROM teams WHERE name = 'Vantaan IPS-tiimi'").id;
	const created = await admin.request.post('/admin/users/new', {
		form: { kind: 'staff', name: 'Tuula Tekijä', email, role: 'lead', teamId: String(teamId), password: 'one-time-pass-123' },
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(created.status()).toBe(303);
	userId = demoRow<{ id: number }>('SELECT id FROM users WHERE email = ?', email).id;
	await admin.close();

	const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
	const page = await context.newPage();
	await passwordStep(page, 'one-time-pass-123');
	await expect(page).toHaveURL(/\/account\/password$/);
	await page.getByLabel('Nykyinen salasana').fill('one-time-pass-123');
	await page.locator('input[name="password"]').fill(PASSWORD);
	await page.locator('input[name="passwordRepeat"]').fill(PASSWORD);
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('status')).toContainText('Salasana vaihdettu');

	// A lead must enrol before anything else.
	await page.goto('/clients');
	await expect(page).toHaveURL(/\/account\/two-factor$/);
	await expect(page.getByRole('img', { name: /QR-koodi/ })).toBeVisible();
	secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
	await page.getByLabel('Koodi').fill('000000' === totpAt(secret, Math.floor(Date.now() / 30_000)) ? '111111' : '000000');
	await page.getByRole('button', { name: 'Ota käyttöön' }).click();
	await expect(page.locator('#f-code-error')).toContainText('Koodi on väärin');
	await page.getByLabel('Koodi').fill(totpAt(secret, Math.floor(Date.now() / 30_000)));
	await page.getByRole('button', { name: 'Ota käyttöön' }).click();
	recoveryCodes = (await page.getByTestId('recovery-codes').locator('li').allTextContents()).map((c) => c.trim());
	expect(recoveryCodes).toHaveLength(10);
	await page.getByRole('link', { name: 'Jatka' }).click();
	await page.goto('/clients');
	await expect(page).toHaveURL(/\/clients$/);
	await signOut(page);

	// Password, then the code step; nothing else opens in between.
	await passwordStep(page);
	await expect(page).toHaveURL(/\/login\/two-factor$/);
	await page.goto('/clients');
	await expect(page).toHaveURL(/\/login\/two-factor$/);
	await codeStep(page, '12345');
	await expect(page.getByRole('alert')).toContainText('Koodi on väärin');
	const code = await nextTotpCode(secret, demoDbFile(), email);
	await codeStep(page, code);
	await expect(page).not.toHaveURL(/\/login/);
	await signOut(page);

	// The same code again, within its window: refused.
	await passwordStep(page);
	await codeStep(page, code);
	await expect(page.getByRole('alert')).toContainText('Tämä koodi on jo käytetty');
	// A recovery code signs in once.
	await codeStep(page, recoveryCodes[0]);
	await expect(page).not.toHaveURL(/\/login/);
	await signOut(page);
	await passwordStep(page);
	await codeStep(page, recoveryCodes[0]);
	await expect(page.getByRole('alert')).toContainText('Koodi on väärin');
	await codeStep(page, recoveryCodes[1].toUpperCase());
	await expect(page).not.toHaveURL(/\/login/);

	// The account page lists this session and the recovery codes left.
	await page.goto('/account');
	await expect(page.getByTestId('sessions').getByText('tämä istunto')).toBeVisible();
	await page.goto('/account/two-factor');
	await expect(page.getByText('Käyttämättömiä palautuskoodeja: 8.')).toBeVisible();
	await context.close();
});

test('the user ends another session of theirs on /account; the admin ends all and resets the second factor', async ({ browser, baseURL }) => {
	test.setTimeout(90_000);
	const signedIn = async () => {
		const context = await browser.newContext({ baseURL });
		const page = await context.newPage();
		await passwordStep(page);
		await codeStep(page, await nextTotpCode(secret, demoDbFile(), email));
		await expect(page).not.toHaveURL(/\/login/);
		return { context, page };
	};
	const phone = await signedIn();
	const laptop = await signedIn();
	await open(laptop.page, '/account');
	const rows = laptop.page.getByTestId('sessions').locator('tbody tr');
	await expect(rows).toHaveCount(await rows.count());
	expect(await rows.count()).toBeGreaterThanOrEqual(2);
	await expectAccessible(laptop.page);
	const before = await rows.count();
	await rows.filter({ hasNot: laptop.page.getByText('tämä istunto') }).first().getByRole('button', { name: 'Päätä istunto' }).click();
	await expect(laptop.page.getByRole('status')).toHaveText('Tallennettu.');
	await expect(rows).toHaveCount(before - 1);

	// The admin's page of the user: ends every session, then resets the second factor.
	const admin = await browser.newContext({ baseURL, storageState: storageStatePath('admin') });
	const adminPage = await admin.newPage();
	await open(adminPage, `/admin/users/${userId}`);
	await expect(adminPage.getByTestId('second-factor-state')).toHaveText(/Käytössä/);
	await expectAccessible(adminPage);
	await adminPage.getByRole('button', { name: 'Päätä kaikki istunnot' }).click();
	await expect(adminPage.getByRole('status')).toContainText('kaikki istunnot päätettiin');
	await expect(adminPage.getByTestId('session-count')).toHaveText('0');
	for (const device of [phone, laptop]) {
		await device.page.goto('/account');
		await expect(device.page).toHaveURL(/\/login/);
	}
	await adminPage.getByRole('button', { name: 'Poista toinen tunnistautumisvaihe' }).click();
	await expect(adminPage.getByRole('status')).toContainText('Toinen tunnistautumisvaihe poistettu');
	await expect(adminPage.getByTestId('second-factor-state')).toHaveText('Ei käytössä.');
	await admin.close();

	// Signed in again with the password only, the lead is sent to enrol anew.
	await passwordStep(laptop.page);
	await expect(laptop.page).toHaveURL(/\/account\/two-factor$/);
	await expect(laptop.page.getByTestId('totp-secret')).toBeVisible();
	secret = (await laptop.page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
	await laptop.page.getByLabel('Koodi').fill(totpAt(secret, Math.floor(Date.now() / 30_000)));
	await laptop.page.getByRole('button', { name: 'Ota käyttöön' }).click();
	await expect(laptop.page.getByTestId('recovery-codes').locator('li')).toHaveCount(10);
	await phone.context.close();
	await laptop.context.close();
});

test('other roles cannot reset a second factor or end sessions: 404, nothing changes', async ({ browser, baseURL }) => {
	for (const role of ['lead', 'coach', 'employer'] as const) {
		const context = await browser.newContext({ baseURL, storageState: storageStatePath(role) });
		for (const action of ['resetSecondFactor', 'endSessions']) {
			const response = await context.request.post(`/admin/users/${userId}?/${action}`, { form: {}, headers: { origin: baseURL!, accept: 'text/html' }, maxRedirects: 0 });
			expect(response.status(), `${role} ${action}`).toBe(404);
		}
		const settings = await context.request.post('/admin/sign-in', { form: { everyone: 'on' }, headers: { origin: baseURL!, accept: 'text/html' }, maxRedirects: 0 });
		expect(settings.status(), `${role} settings`).toBe(404);
		await context.close();
	}
	expect(demoRow<{ n: number }>('SELECT count(*) AS n FROM user_totp WHERE user_id = ? AND confirmed_at IS NOT NULL', userId).n).toBe(1);
});

test('the code page is accessible; 20 wrong codes lock the account, and then even the right code is refused', async ({ page, browser, baseURL }) => {
	test.setTimeout(90_000);
	await passwordStep(page);
	await expect(page).toHaveURL(/\/login\/two-factor$/);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expectAccessible(page);
	// Without JavaScript each answer is a whole page, so each message is read after its own answer.
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
	const plain = await context.newPage();
	await passwordStep(plain);
	const messages: string[] = [];
	for (let i = 0; i < 20; i++) {
		await codeStep(plain, String(100000 + i));
		messages.push((await plain.getByRole('alert').textContent()) ?? '');
	}
	expect(messages.slice(0, 5).every((m) => m.includes('Koodi on väärin'))).toBe(true);
	expect(messages.slice(5).every((m) => m.includes('Liian monta väärää yritystä'))).toBe(true);
	await codeStep(plain, await nextTotpCode(secret, demoDbFile(), email));
	await expect(plain.getByRole('alert')).toContainText('Liian monta väärää yritystä');
	await expect(plain).toHaveURL(/\/login\/two-factor$/);
	await context.close();
	const failed = demoRow<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'sign-in-failed' AND entity_id = ? AND details LIKE 'second factor%'", userId).n;
	expect(failed).toBeGreaterThanOrEqual(21);
});

test('the demo accounts with a second factor still sign in through the form with the README secret', async ({ page }) => {
	await page.goto('/login');
	await page.getByLabel('Sähköposti').fill(DEMO_USERS.employer);
	await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
	await expect(page).toHaveURL(/\/login\/two-factor$/);
	await codeStep(page, await nextTotpCode(DEMO_TOTP_SECRET, demoDbFile(), DEMO_USERS.employer));
	await expect(page).toHaveURL(/\/portal/);
});
