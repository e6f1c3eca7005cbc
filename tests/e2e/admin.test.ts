import { test, expect } from '@playwright/test';
import { as, open, DEMO_PASSWORD, DEMO_USERS, expectAccessible, expectNotFound, signIn, unique } from './helpers';

test.describe('admin', () => {
	test.use(as('admin'));

	test('creates a team and a coach who must change the one-time password', async ({ page, browser }) => {
		const teamName = unique('Testitiimi');
		await open(page, '/admin');
		await expectAccessible(page);
		// Empty team name: message at the field.
		await page.getByRole('button', { name: 'Luo' }).click();
		await expect(page.locator('#f-name-error')).toContainText('Pakollinen');
		await page.getByLabel('Tiimin nimi').fill(teamName);
		await page.getByLabel('Kunta tai alue').fill('Tuusula');
		await page.getByRole('button', { name: 'Luo' }).click();
		await expect(page.getByRole('link', { name: teamName })).toBeVisible();

		const email = `${unique('coach').replace(/\W+/g, '.')}@example.org`.toLowerCase();
		await open(page, '/admin/users/new');
		await expectAccessible(page);
		await page.getByLabel('Nimi').fill('Uusi Valmentaja');
		await page.getByLabel('Sähköposti').fill(DEMO_USERS.coach);
		await page.getByLabel('Tiimi', { exact: true }).selectOption({ label: teamName });
		await page.getByLabel('Kertakäyttöinen salasana').fill('onetime-password-1');
		await page.getByRole('button', { name: 'Luo' }).click();
		await expect(page.locator('#f-email-error')).toContainText('jo tunnus');
		await expect(page.getByLabel('Nimi')).toHaveValue('Uusi Valmentaja');
		await page.getByLabel('Sähköposti').fill(email);
		await page.getByLabel('Tiimi', { exact: true }).selectOption({ label: teamName });
		await page.getByLabel('Kertakäyttöinen salasana').fill('onetime-password-1');
		await page.getByRole('button', { name: 'Luo' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uusi Valmentaja');
		await expectAccessible(page);

		// The new coach signs in and is made to pick an own password first.
		const context = await browser.newContext({ storageState: undefined });
		const coach = await context.newPage();
		await signIn(coach, email, 'onetime-password-1');
		await expect(coach).toHaveURL(/\/account\/password/);
		await coach.goto('/');
		await expect(coach).toHaveURL(/\/account\/password/);
		await coach.locator('input[name="currentPassword"]').fill('onetime-password-1');
		await coach.locator('input[name="password"]').fill('my-own-password-22');
		await coach.locator('input[name="passwordRepeat"]').fill('my-own-password-22');
		await coach.getByRole('button', { name: 'Tallenna' }).click();
		await expect(coach.getByRole('status')).toContainText('Salasana vaihdettu');
		await coach.goto('/account');
		await expect(coach).toHaveURL(/\/account$/);
		await context.close();
	});

	test('a chosen option survives repeated failed submits', async ({ page }) => {
		await open(page, '/admin/users/new');
		const team = page.getByLabel('Tiimi', { exact: true });
		await team.selectOption({ label: 'Keravan IPS-tiimi' });
		for (let i = 0; i < 3; i++) {
			await page.getByRole('button', { name: 'Luo' }).click();
			await expect(page.locator('#f-name-error')).toContainText('Pakollinen');
			await expect(team.locator('option:checked')).toHaveText('Keravan IPS-tiimi');
		}
	});

	test('deactivating a user blocks sign-in with the neutral message', async ({ page, browser }) => {
		const email = `${unique('tmp').replace(/\W+/g, '.')}@example.org`.toLowerCase();
		await open(page, '/admin/users/new');
		await page.getByLabel('Nimi').fill('Väliaikainen Käyttäjä');
		await page.getByLabel('Sähköposti').fill(email);
		await page.getByLabel('Rooli tiimissä').selectOption({ label: 'ei roolia tiimissä' });
		await page.getByLabel('Kertakäyttöinen salasana').fill('onetime-password-2');
		await page.getByRole('button', { name: 'Luo' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Väliaikainen Käyttäjä');
		await page.getByRole('button', { name: 'Poista käytöstä' }).click();
		await expect(page.getByRole('button', { name: 'Ota käyttöön' })).toBeVisible();

		const context = await browser.newContext({ storageState: undefined });
		const other = await context.newPage();
		await signIn(other, email, 'onetime-password-2', 'refused');
		await expect(other.getByRole('alert')).toContainText('Sähköposti tai salasana on väärin');
		await context.close();
	});
});

test.describe('coach', () => {
	test.use(as('coach'));
	test('cannot open admin pages (404)', async ({ page }) => {
		await expectNotFound(page, '/admin');
		await expectNotFound(page, '/admin/users');
		await expectNotFound(page, '/admin/users/new');
		await expectNotFound(page, '/admin/teams/1');
		await expectNotFound(page, '/admin/users/1');
	});
});

test.describe('employer', () => {
	test.use(as('employer'));
	test('cannot open admin pages (404)', async ({ page }) => {
		await expectNotFound(page, '/admin');
		await expectNotFound(page, '/admin/users/1');
	});
});

test('demo admin password is documented', async ({ page }) => {
	await signIn(page, DEMO_USERS.admin, DEMO_PASSWORD);
	await expect(page).not.toHaveURL(/\/login/);
});
