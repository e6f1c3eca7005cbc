import { expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import path from 'node:path';

export const DEMO_PASSWORD = 'polku-demo-2026';

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

export async function signIn(page: Page, email: string, password: string): Promise<void> {
	await page.goto('/login');
	await page.getByLabel(/sähköposti|e-post|email/i).fill(email);
	await page.getByLabel(/^(salasana|lösenord|password)$/i).fill(password);
	await page.getByRole('button', { name: /kirjaudu|logga in|sign in/i }).click();
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
