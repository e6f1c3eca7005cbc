import { test, expect } from '@playwright/test';
import { as, demoRow, expectAccessible, open } from './helpers';

// Issue #23: the employer's view of a placement in the portal is a disclosure, shown with its
// recipient and consent in the client's access report (page and CSV); the retention period is
// changed only with a reason.

test('an employer views a placement; the lead sees the disclosure in the client’s access report and its CSV', async ({ browser }) => {
	test.slow();
	const employer = await browser.newContext({ storageState: as('employer').storageState });
	const portal = await employer.newPage();
	await open(portal, '/portal');
	const card = portal.getByTestId('portal-placements').getByRole('listitem').first();
	await card.getByRole('link', { name: 'Kirsi' }).click();
	await expect(portal.getByRole('heading', { level: 1 })).toContainText('Kirsi');
	const placementId = Number(new URL(portal.url()).pathname.split('/').pop());
	await employer.close();

	const { clientId, consentId } = demoRow<{ clientId: number; consentId: number }>(
		`SELECT p.client_id AS clientId, c.id AS consentId FROM placements p JOIN consents c ON c.client_id = p.client_id AND c.employer_id = p.employer_id AND c.withdrawn_at IS NULL WHERE p.id = ?`,
		placementId
	);
	const lead = await browser.newContext({ storageState: as('lead').storageState });
	const page = await lead.newPage();
	await open(page, `/audit/clients/${clientId}`);
	await expect(page.getByRole('heading', { level: 2, name: 'Luovutukset' })).toBeVisible();
	const disclosures = page.getByTestId('access-disclosures').locator('tbody tr');
	const fromPortal = disclosures.filter({ hasText: 'Työnantaja: Kahvila Kulma Oy' }).filter({ hasText: 'Työpaikka: etunimi' });
	await expect(fromPortal.first()).toContainText(`Suostumus #${consentId}`);
	// The uses keep their own table, each with the role it rests on.
	await expect(page.getByTestId('access-uses').locator('tbody tr').first()).toContainText('access-report');
	await expectAccessible(page);
	await page.setViewportSize({ width: 390, height: 800 });
	await page.screenshot({ path: 'test-results/access-report-390.png', fullPage: true });
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
	expect(overflow, 'the page scrolls sideways at 390 px').toBe(false);

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Lataa CSV' }).click();
	const csv = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString('utf8');
	expect(csv).toContain('time,user,email,role,action,record,view,ip,kind,recipient,basis,disclosed');
	const line = csv.split('\n').find((l) => l.includes(',disclosure,') && l.includes('portal-placement'));
	expect(line, 'the portal view as a disclosure row in the CSV').toBeTruthy();
	expect(line).toContain('employer@example.fi');
	expect(line).toContain('(Kahvila Kulma Oy)');
	expect(line).toContain(`consent:${consentId}`);
	expect(csv).toMatch(/,use,,role:lead,/);

	// The team's log filters disclosures and shows each one's recipient and basis.
	await open(page, '/audit?action=disclose');
	await expect(page.locator('tbody tr').first()).toContainText('disclose');
	await expect(page.locator('tbody tr').filter({ hasText: `consent:${consentId}` }).first()).toContainText('→ employer:');
	await expectAccessible(page);
	await lead.close();
});

test.describe('admin', () => {
	test.use(as('admin'));
	test('changes the retention period only with a reason, and sees the change with its reason', async ({ page }) => {
		test.slow();
		await open(page, '/privacy');
		await expect(page.getByText('Kansallisarkiston määräys', { exact: false })).toBeVisible();
		const years = page.getByLabel('Säilytysaika vuosina');
		await expect(years).toHaveValue('10');
		await years.fill('12');
		await page.getByRole('button', { name: 'Tallenna' }).click();
		const reasonError = page.locator('#f-reason-error');
		await expect(reasonError).toHaveText('Kirjoita peruste säilytysajan muutokselle.');
		await expect(page.getByLabel('Muutoksen peruste')).toHaveAttribute('aria-invalid', 'true');
		await expect(years).toHaveValue('12');
		await expectAccessible(page);

		await page.getByLabel('Muutoksen peruste').fill('Hyvinvointialueen arkistonmuodostussuunnitelma 4/2026');
		await page.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.getByRole('status')).toHaveText('Tallennettu.');
		const change = page.getByTestId('retention-changes').locator('tbody tr').first();
		await expect(change).toContainText('Hyvinvointialueen arkistonmuodostussuunnitelma 4/2026');
		await expect(change).toContainText('12');
		await expect(page.getByText('säilytetään 12 vuotta', { exact: false })).toBeVisible();
		await expectAccessible(page);

		// Back to the national rule, so the other tests see the default.
		await years.fill('10');
		await page.getByLabel('Muutoksen peruste').fill('Palautettu Kansallisarkiston sääntöön');
		await page.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.getByTestId('retention-changes').locator('tbody tr').first()).toContainText('Palautettu Kansallisarkiston sääntöön');
	});
});
