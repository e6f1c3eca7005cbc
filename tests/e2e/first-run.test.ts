import { test, expect } from '@playwright/test';
import { enrolTotp, expectAccessible, open } from './helpers';

// Runs against a server on an empty database (project "first-run").
test.describe.configure({ mode: 'serial' });

test('an empty database sends every visitor to the one-time administrator set-up', async ({ page }) => {
	// Set-up, then the second factor's enrolment: several pages, each checked with axe.
	test.setTimeout(60_000);
	await open(page, '/');
	await expect(page).toHaveURL(/\/setup$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luo pääkäyttäjä');
	await expectAccessible(page);

	// Bad input: message next to each field, typed values kept (except passwords).
	await page.getByLabel('Nimi').fill('Pää Käyttäjä');
	await page.getByLabel('Sähköposti').fill('not-an-email');
	await page.locator('input[name="password"]').fill('short');
	await page.locator('input[name="passwordRepeat"]').fill('short');
	await page.getByRole('button', { name: 'Luo pääkäyttäjä' }).click();
	await expect(page.locator('#f-email-error')).toContainText('nimi@esimerkki.fi');
	await expect(page.locator('#f-password-error')).toContainText('vähintään 12');
	await expect(page.getByLabel('Nimi')).toHaveValue('Pää Käyttäjä');
	await expect(page.locator('input[name="password"]')).toHaveValue('');
	await expectAccessible(page);

	await page.getByLabel('Sähköposti').fill('root@example.org');
	await page.locator('input[name="password"]').fill('a-long-admin-password');
	await page.locator('input[name="passwordRepeat"]').fill('a-long-admin-password');
	await page.getByRole('button', { name: 'Luo pääkäyttäjä' }).click();
	// An administrator signs in with a second factor: the new admin enrols before anything else.
	await expect(page).toHaveURL(/\/account\/two-factor$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kaksivaiheinen tunnistautuminen');
	await expect(page.getByText('Roolisi vaatii kaksivaiheisen tunnistautumisen')).toBeVisible();
	await expect(page.getByRole('img', { name: /QR-koodi/ })).toBeVisible();
	await expectAccessible(page);
	await open(page, '/admin');
	await expect(page).toHaveURL(/\/account\/two-factor$/);
	const { recoveryCodes } = await enrolTotp(page);
	expect(recoveryCodes).toHaveLength(10);
	await expectAccessible(page);
	await open(page, '/admin');
	await expect(page).toHaveURL(/\/admin$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ylläpito');
});

test('the set-up page is gone once an administrator exists', async ({ page }) => {
	await open(page, '/setup');
	await expect(page).toHaveURL(/\/login$/);
	await open(page, '/');
	await expect(page).toHaveURL(/\/login/);
});
