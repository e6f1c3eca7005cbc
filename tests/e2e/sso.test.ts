import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import net from 'node:net';
import Database from 'better-sqlite3';
import { startOwnServer, type OwnServer } from './own-server';
import { DEMO_PASSWORD, DEMO_USERS, expectAccessible } from './helpers';
import { DEMO_TOTP_SECRET, nextTotpCode } from './totp';
import { startTestProvider, TEST_CLIENT } from '../../scripts/oidc-test-provider.mjs';

// Single sign-on through a real OpenID Connect provider (oidc-provider) started here, against a private
// Polku on the demo data with OIDC_ONLY=true (docs/domain/sign-in.md). Nothing of the protocol is mocked.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

type Provider = { issuer: string; accounts: Record<string, { email: string; email_verified: boolean }>; close(): Promise<void> };
let server: OwnServer;
let provider: Provider;

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = net.createServer();
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as net.AddressInfo;
			s.close(() => resolve(port));
		});
		s.on('error', reject);
	});
}

test.beforeAll(async () => {
	test.setTimeout(120_000);
	const port = await freePort();
	server = await startOwnServer(
		{ OIDC_ISSUER: `http://127.0.0.1:${port}`, OIDC_CLIENT_ID: TEST_CLIENT.id, OIDC_CLIENT_SECRET: TEST_CLIENT.secret, OIDC_LABEL: 'Kirjaudu Testi-IdP:llä', OIDC_ONLY: 'true' },
		{ demo: true }
	);
	provider = await startTestProvider(port, server.base);
});
test.afterAll(async () => {
	server?.stop();
	await provider?.close();
	if (server) fs.rmSync(server.dir, { recursive: true, force: true });
});

function query<T>(sql: string, ...params: unknown[]): T[] {
	const db = new Database(server.dbFile, { readonly: true });
	try {
		return db.prepare(sql).all(...params) as T[];
	} finally {
		db.close();
	}
}

/** Through the provider's own login form, back to Polku. */
async function ssoSignIn(page: Page, login: string): Promise<string> {
	// A fresh browser: no session at the provider (its cookies share the host with Polku's) nor in Polku.
	await page.context().clearCookies();
	await page.goto(`${server.base}/login`);
	await page.getByRole('link', { name: 'Kirjaudu Testi-IdP:llä' }).click();
	await page.locator('input[name="login"]').fill(login);
	await page.locator('input[name="password"]').fill('anything');
	let callback = '';
	page.on('request', (request) => {
		if (request.url().includes('/login/oidc/callback')) callback ||= request.url();
	});
	await page.getByRole('button', { name: 'Sign-in' }).click();
	// Back at Polku: the callback's refusal page, or where a successful sign-in leads.
	await page.waitForURL((url) => url.origin === server.base);
	return callback;
}

const failedSignIns = () => query<{ details: string }>("SELECT details FROM audit_log WHERE action = 'sign-in-failed' ORDER BY id").map((r) => r.details);

test('with OIDC_ONLY the password form is for employer users only; staff passwords are refused with a clear message', async ({ page }) => {
	await page.goto(`${server.base}/login`);
	await expect(page.getByRole('heading', { name: 'Henkilöstön kirjautuminen' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Työnantajien kirjautuminen' })).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Sähköposti').fill(DEMO_USERS.coach);
	await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('Henkilöstö kirjautuu kertakirjautumisella');
	expect(failedSignIns().some((d) => d.includes('OIDC_ONLY'))).toBe(true);

	// The employer user keeps the password and Polku's own second factor.
	await page.getByLabel('Sähköposti').fill(DEMO_USERS.employer);
	await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
	await page.waitForURL(/\/login\/two-factor$/);
	await page.getByLabel('Koodi').fill(await nextTotpCode(DEMO_TOTP_SECRET, server.dbFile, DEMO_USERS.employer));
	await page.getByRole('button', { name: 'Vahvista' }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/login'));
	await expect(page).toHaveURL(/\/portal/);
});

test('a known staff member signs in through the provider, is linked by verified e-mail, then by subject', async ({ page }) => {
	const callback = await ssoSignIn(page, 'admin');
	await page.goto(`${server.base}/admin`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ylläpito');
	const links = query<{ issuer: string; subject: string }>("SELECT i.issuer, i.subject FROM user_identities i JOIN users u ON u.id = i.user_id WHERE u.email = 'admin@example.fi'");
	expect(links).toEqual([{ issuer: provider.issuer, subject: 'admin' }]);
	// The session is listed on /account as a single sign-on session.
	await page.goto(`${server.base}/account`);
	await expect(page.getByTestId('sessions').getByRole('cell', { name: 'Kertakirjautuminen' })).toBeVisible();
	await expectAccessible(page);

	// The same answer replayed after signing out: refused, nobody signed in.
	await page.getByTestId('sign-out').click();
	await page.goto(callback);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kirjautuminen ei onnistunut');
	await page.goto(`${server.base}/admin`);
	await expect(page).toHaveURL(/\/login/);

	// The e-mail changes at the provider: the link by issuer + subject still signs the same person in.
	provider.accounts.admin.email = 'aila.renamed@example.org';
	await ssoSignIn(page, 'admin');
	await page.goto(`${server.base}/admin`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ylläpito');
});

test('an unknown person, an unverified e-mail and a deactivated account are refused; no account is created', async ({ page }) => {
	const users = query<{ n: number }>('SELECT count(*) AS n FROM users')[0].n;
	await ssoSignIn(page, 'stranger');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kirjautuminen ei onnistunut');
	await expect(page.getByRole('alert')).toContainText('Tunnuksellesi ei löydy Polun käyttäjää');
	await expectAccessible(page);

	await ssoSignIn(page, 'unverified');
	await expect(page.getByRole('alert')).toContainText('ei vahvistanut sähköpostiosoitettasi');

	const db = new Database(server.dbFile);
	db.prepare("UPDATE users SET active = 0 WHERE email = 'coach3@example.fi'").run();
	db.close();
	await ssoSignIn(page, 'coach3');
	await expect(page.getByRole('alert')).toContainText('ei ole käytössä');

	await page.goto(`${server.base}/clients`);
	await expect(page).toHaveURL(/\/login/);
	expect(query<{ n: number }>('SELECT count(*) AS n FROM users')[0].n).toBe(users);
	const failed = failedSignIns();
	expect(failed.some((d) => d.startsWith('sso unknown: stranger@example.org'))).toBe(true);
	expect(failed.some((d) => d.startsWith('sso unverified'))).toBe(true);
	expect(failed.some((d) => d.startsWith('sso inactive: coach3@example.fi'))).toBe(true);
});

test('a tampered state in the callback is refused and audited; the untampered answer afterwards is refused too', async ({ page }) => {
	await page.context().clearCookies();
	// Walk the flow without following redirects (the browser's cookie jar), to hold the provider's answer.
	const http = page.context().request;
	const hop = async (url: string, form?: Record<string, string>) => {
		const response = form ? await http.post(url, { form, maxRedirects: 0 }) : await http.get(url, { maxRedirects: 0 });
		expect(response.status(), url).toBe(303);
		return new URL(response.headers().location, url).href;
	};
	const authorize = await hop(`${server.base}/login/oidc`);
	const interaction = await hop(authorize);
	const resume = await hop(interaction, { prompt: 'login', login: 'lead', password: 'anything' });
	const answer = await hop(resume);
	expect(answer).toContain('/login/oidc/callback?code=');

	const forged = new URL(answer);
	forged.searchParams.set('state', 'forged-state-value');
	await page.goto(forged.href);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kirjautuminen ei onnistunut');
	await expect(page.getByRole('alert')).toContainText('vastausta ei hyväksytty');
	await page.goto(`${server.base}/team`);
	await expect(page).toHaveURL(/\/login/);
	const refusal = failedSignIns().at(-1) ?? '';
	expect(refusal, refusal).toMatch(/^sso failed: .*state/i);

	// The real answer, sent after the forged one: the flow was used up, so it is refused as well.
	await page.goto(answer);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kirjautuminen ei onnistunut');
	await page.goto(`${server.base}/team`);
	await expect(page).toHaveURL(/\/login/);
});
