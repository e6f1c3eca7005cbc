import { test, expect } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS, expectAccessible, signIn, open } from './helpers';

test('sign-in page is accessible and has the contract field names', async ({ page }) => {
	await open(page, '/login');
	await expect(page.locator('input[name="email"]')).toBeVisible();
	await expect(page.locator('input[name="password"]')).toBeVisible();
	await expectAccessible(page);
});

test('wrong password, unknown e-mail: the same neutral message, e-mail kept', async ({ page }) => {
	const neutral = 'Sähköposti tai salasana on väärin, tai tunnus ei ole käytössä.';
	await signIn(page, DEMO_USERS.coach, 'wrong-password-123', 'refused');
	await expect(page.getByRole('alert').filter({ hasText: neutral })).toBeVisible();
	await expect(page.getByLabel('Sähköposti')).toHaveValue(DEMO_USERS.coach);
	await expect(page.locator('input[name="password"]')).toHaveValue('');
	await signIn(page, 'nobody@example.fi', 'wrong-password-123', 'refused');
	await expect(page.getByRole('alert').filter({ hasText: neutral })).toBeVisible();
});

test('a coach signs in, lands on the start page and signs out', async ({ page, context }) => {
	await signIn(page, DEMO_USERS.coach, DEMO_PASSWORD);
	await expect(page).not.toHaveURL(/\/login/);
	const cookie = (await context.cookies()).find((c) => c.name === 'polku_session');
	expect(cookie?.httpOnly).toBe(true);
	expect(cookie?.sameSite).toBe('Lax');
	await page.getByTestId('sign-out').click();
	await expect(page).toHaveURL(/\/login/);
	await open(page, '/account');
	await expect(page).toHaveURL(/\/login/);
});

test('unauthenticated visitors are sent to sign in', async ({ page }) => {
	await open(page, '/admin');
	await expect(page).toHaveURL(/\/login/);
});
