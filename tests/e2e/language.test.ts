import { test, expect } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, signIn, open } from './helpers';

test('switches to Swedish and English on any page, and the choice sticks to the account', async ({ page, browser }) => {
	await open(page, '/login');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
	await page.getByTestId('lang-sv').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in');
	await expectAccessible(page);
	await page.getByTestId('lang-en').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expectAccessible(page);

	// Signed in: a language chosen on a page is saved for the user and follows them to a new browser.
	await signIn(page, 'lead@example.fi', DEMO_PASSWORD);
	await open(page, '/accessibility');
	await page.getByTestId('lang-sv').click();
	await expect(page).toHaveURL(/\/accessibility$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tillgänglighetsutlåtande');
	await expectAccessible(page);

	const fresh = await browser.newContext({ storageState: undefined });
	const other = await fresh.newPage();
	await signIn(other, 'lead@example.fi', DEMO_PASSWORD);
	await open(other, '/account');
	await expect(other.locator('html')).toHaveAttribute('lang', 'sv');
	await other.getByTestId('lang-fi').click();
	await expect(other.locator('html')).toHaveAttribute('lang', 'fi');
	await fresh.close();
});

test('the accessibility statement is reachable without signing in', async ({ page }) => {
	await open(page, '/accessibility');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saavutettavuusseloste');
	await expectAccessible(page);
});
