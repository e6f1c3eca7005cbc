import { test, expect } from '@playwright/test';
import { as, expectAccessible, open } from './helpers';

// Issue 24: a coach chooses the e-mail digest and turns the personal calendar feed on and off on /account.
test.use(as('coach'));
test.describe.configure({ mode: 'serial' });

test('a coach turns the digest and the calendar feed on and off; axe passes', async ({ page, playwright }) => {
	await open(page, '/account');
	await expect(page.getByRole('heading', { name: 'Muistutukset ja kalenteri' })).toBeVisible();
	// The test servers have no SMTP_URL: the page says digests are not sent.
	await expect(page.getByTestId('mail-state')).toContainText('SMTP_URL');
	await expect(page.getByRole('radio', { name: 'Kerran viikossa (maanantaisin)' })).toBeChecked();
	await expect(page.getByTestId('feed-state')).toHaveText('Kalenterisyöte ei ole käytössä.');
	await expectAccessible(page);

	await page.getByRole('radio', { name: 'Joka päivä' }).check();
	await page.getByRole('button', { name: 'Tallenna koostevalinta' }).click();
	await expect(page.getByRole('status')).toHaveText('Koostevalinta tallennettu.');
	await page.reload();
	await expect(page.getByRole('radio', { name: 'Joka päivä' })).toBeChecked();

	await page.getByRole('radio', { name: 'Ei koostetta' }).check();
	await page.getByRole('button', { name: 'Tallenna koostevalinta' }).click();
	await expect(page.getByRole('status')).toHaveText('Koostevalinta tallennettu.');
	await open(page, '/account');
	await expect(page.getByRole('radio', { name: 'Ei koostetta' })).toBeChecked();

	// Feed on: the address is shown once, and works without a session.
	await page.getByRole('button', { name: 'Ota kalenterisyöte käyttöön' }).click();
	const address = page.getByLabel('Kalenterisyötteen osoite');
	await expect(address).toBeVisible();
	const url = await address.inputValue();
	expect(url).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
	await expect(page.getByTestId('feed-state')).toContainText('Kalenterisyöte on käytössä');
	await expectAccessible(page);
	const anonymous = await playwright.request.newContext();
	const feed = await anonymous.get(url);
	expect(feed.status()).toBe(200);
	expect(feed.headers()['content-type']).toContain('text/calendar');
	expect(await feed.text()).toContain('BEGIN:VCALENDAR');

	// A new address replaces the old one at once.
	await page.getByRole('button', { name: 'Luo uusi osoite' }).click();
	await expect(address).not.toHaveValue(url);
	const second = await address.inputValue();
	expect((await anonymous.get(url)).status()).toBe(404);
	expect((await anonymous.get(second)).status()).toBe(200);

	// Feed off: the address answers 404, like one that never existed.
	await page.getByRole('button', { name: 'Poista kalenterisyöte käytöstä' }).click();
	await expect(page.getByRole('status')).toHaveText('Kalenterisyöte poistettu käytöstä. Vanha osoite ei enää toimi.');
	await expect(page.getByTestId('feed-state')).toHaveText('Kalenterisyöte ei ole käytössä.');
	expect((await anonymous.get(second)).status()).toBe(404);
	expect((await anonymous.get(second.replace(/[A-Za-z0-9_-]{43}\.ics$/, `${'x'.repeat(43)}.ics`))).status()).toBe(404);
	await anonymous.dispose();
	await expectAccessible(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the forms work as plain HTML forms', async ({ page }) => {
		await page.goto('/account');
		await page.getByRole('radio', { name: 'Kerran viikossa (maanantaisin)' }).check();
		await page.getByRole('button', { name: 'Tallenna koostevalinta' }).click();
		await expect(page.getByRole('status')).toHaveText('Koostevalinta tallennettu.');
		await expect(page.getByRole('radio', { name: 'Kerran viikossa (maanantaisin)' })).toBeChecked();
		await page.getByRole('button', { name: 'Ota kalenterisyöte käyttöön' }).click();
		await expect(page.getByLabel('Kalenterisyötteen osoite')).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
		await page.getByRole('button', { name: 'Poista kalenterisyöte käytöstä' }).click();
		await expect(page.getByTestId('feed-state')).toHaveText('Kalenterisyöte ei ole käytössä.');
	});
});

test.describe('a lead', () => {
	test.use(as('lead'));

	test('reminds a coach about a client from the supervision list', async ({ page }) => {
		await open(page, '/team/supervision');
		await expect(page.getByRole('heading', { name: 'Muistuta valmentajaa' })).toBeVisible();
		await page.getByRole('radio', { name: 'Seuraavassa koosteessa' }).check();
		await page.getByRole('button', { name: 'Lähetä muistutus' }).click();
		await expect(page.getByRole('status')).toContainText('seuraavassa koosteessa');
		await expectAccessible(page);
	});
});
