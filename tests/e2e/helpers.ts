import { expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import path from 'node:path';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { DEMO_TOTP_SECRET, nextTotpCode, totpAt } from './totp';

export const DEMO_PASSWORD = 'polku-demo-2026';
export { DEMO_TOTP_SECRET } from './totp';

/** Demo accounts (src/lib/server/demo/accounts.ts). Tests that change a password or sign out everywhere make their own users. */
export const DEMO_USERS = {
	admin: 'admin@example.fi',
	lead: 'lead@example.fi',
	coach: 'coach@example.fi',
	coach2: 'coach2@example.fi',
	coach3: 'coach3@example.fi',
	lead2: 'lead2@example.fi',
	employer: 'employer@example.fi'
} as const;
export type DemoRole = keyof typeof DEMO_USERS;

export function storageStatePath(role: DemoRole): string {
	return path.join(process.cwd(), 'test-results', '.auth', `${role}.json`);
}

/** `test.use(as('coach'))` starts every test of the file signed in as that demo user. */
export function as(role: DemoRole) {
	return { storageState: storageStatePath(role) };
}

/** Opens a page and waits until it is hydrated, so clicks reach the enhanced forms. */
export async function open(page: Page, url: string) {
	const response = await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	return response;
}

/** The demo accounts with a second factor (the demo TOTP secret). */
export const TWO_FACTOR_DEMO_USERS: string[] = [DEMO_USERS.admin, DEMO_USERS.lead, DEMO_USERS.lead2, DEMO_USERS.employer];

/** The demo server's database file (written by scripts/e2e-server.mjs). */
export function demoDbFile(): string {
	return fs.readFileSync(path.join(process.cwd(), 'test-results', 'e2e-db-demo.txt'), 'utf8').trim();
}

/**
 * Signs in through the form; waits until the sign-in page is left unless a refusal is expected.
 * Accounts with a second factor get the code step: the demo secret's current code unless `totp` says
 * otherwise (`dbFile`: the server's database when it is not the shared demo server).
 */
export async function signIn(page: Page, email: string, password: string, expect: 'ok' | 'refused' = 'ok', totp: { secret?: string; dbFile?: string } = {}): Promise<void> {
	await open(page, '/login');
	await page.locator('input[name="email"]').fill(email);
	await page.locator('input[name="password"]').fill(password);
	await page.getByRole('button', { name: /^(kirjaudu|logga in|sign in)$/i }).click();
	if (expect === 'refused') return void (await page.getByRole('alert').waitFor());
	await page.waitForURL((url) => !url.pathname.startsWith('/login') || url.pathname === '/login/two-factor');
	if (new URL(page.url()).pathname !== '/login/two-factor') return;
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const code = await nextTotpCode(totp.secret ?? DEMO_TOTP_SECRET, totp.dbFile ?? demoDbFile(), email);
	await page.locator('input[name="code"]').fill(code);
	await page.getByRole('button', { name: /^(vahvista|bekräfta|verify)$/i }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Fails on serious or critical axe violations (WCAG 2.1 A/AA rules), listing them readably. */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Expects a 404 for a URL (as the page's HTTP status). */
export async function expectNotFound(page: Page, url: string): Promise<void> {
	const response = await page.goto(url);
	expect(response?.status(), `${url} should be 404`).toBe(404);
}

export function unique(prefix: string): string {
	return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/** The demo server's database, read-only: tests take real ids (other users' records) from it. */
export function demoDb(): Database.Database {
	return new Database(demoDbFile(), { readonly: true, fileMustExist: true });
}

/** First row of a query on the demo database. */
export function demoRow<T>(sql: string, ...params: unknown[]): T {
	const db = demoDb();
	try {
		const row = db.prepare(sql).get(...params) as T | undefined;
		if (!row) throw new Error(`No demo row for: ${sql}`);
		return row;
	} finally {
		db.close();
	}
}

/**
 * On the enrolment page (/account/two-factor): reads the secret shown as text, confirms it with its
 * current code and returns the secret and the ten recovery codes shown once.
 */
export async function enrolTotp(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
	await page.locator('input[name="code"]').fill(totpAt(secret, Math.floor(Date.now() / 30_000)));
	await page.getByRole('button', { name: /^(ota käyttöön|slå på|turn on)$/i }).click();
	const list = page.getByTestId('recovery-codes');
	await list.waitFor();
	const recoveryCodes = (await list.locator('li').allTextContents()).map((c) => c.trim());
	return { secret, recoveryCodes };
}
