import { test, expect, type Page } from '@playwright/test';
import { as, open, expectAccessible, expectNotFound, unique } from './helpers';
import { businessIdCheckDigit } from '../../src/lib/domain/business-id';

/** A random valid Y-tunnus, so parallel runs never collide. */
function randomBusinessId(): string {
	for (;;) {
		const digits = String(Math.floor(Math.random() * 9_000_000) + 1_000_000);
		const check = businessIdCheckDigit(digits);
		if (check !== null) return `${digits}-${check}`;
	}
}

async function createEmployer(page: Page, name: string): Promise<number> {
	await open(page, '/employers/new');
	await page.locator('#f-name').fill(name);
	await page.getByLabel('Y-tunnus').fill(randomBusinessId());
	await page.getByLabel('Kunta').fill('Vantaa');
	await page.getByRole('button', { name: 'Luo' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	return Number(new URL(page.url()).pathname.split('/').pop());
}

test.describe('employer register and weekly job development', () => {
	test.use(as('coach2'));

	test('register: search, validation of Y-tunnus and duplicates, edit', async ({ page }) => {
		test.slow();
		await open(page, '/employers');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Työnantajat');
		await expectAccessible(page);
		await page.getByLabel('Nimi tai Y-tunnus').fill('kahvila');
		await page.getByRole('button', { name: 'Hae' }).click();
		await expect(page.getByRole('rowheader').getByRole('link', { name: 'Kahvila Kulma Oy' })).toBeVisible();
		await expect(page.getByRole('rowheader').getByRole('link', { name: 'Vantaan Varasto Oy' })).toHaveCount(0);
		// Other team's employer is not listed.
		await open(page, '/employers?q=Keravan');
		await expect(page.getByRole('link', { name: 'Keravan Puutarha Oy' })).toHaveCount(0);

		await open(page, '/employers/new');
		await expectAccessible(page);
		const name = unique('Testiyritys Oy');
		await page.locator('#f-name').fill(name);
		await page.getByLabel('Y-tunnus').fill('1234567-2');
		await page.getByRole('button', { name: 'Luo' }).click();
		await expect(page.locator('#f-businessId-error')).toContainText('tarkistusmerkki');
		await expect(page.locator('#f-name')).toHaveValue(name);
		await page.getByLabel('Y-tunnus').fill('2345678-0');
		await page.getByRole('button', { name: 'Luo' }).click();
		await expect(page.locator('#f-businessId-error')).toContainText('on jo työnantaja');
		await expect(page.getByRole('link', { name: 'Kahvila Kulma Oy' })).toBeVisible();
		await page.getByLabel('Y-tunnus').fill(randomBusinessId());
		await page.getByRole('button', { name: 'Luo' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
		await expectAccessible(page);

		await page.getByRole('link', { name: 'Muokkaa' }).click();
		await page.getByLabel('Suhteen vaihe').selectOption('active-partner');
		await page.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.getByText('aktiivinen kumppani')).toBeVisible();
		// Same name again: flagged as a probable duplicate.
		await open(page, '/employers/new');
		await page.locator('#f-name').fill(name);
		await page.getByRole('button', { name: 'Luo' }).click();
		await expect(page.locator('#f-name-error')).toContainText('tämänniminen');
	});

	test('logs employer contacts and sees the weekly face-to-face count', async ({ page }) => {
		test.slow();
		const employerName = unique('Viikkoyritys Oy');
		const employerId = await createEmployer(page, employerName);
		await open(page, '/employers/week');
		await expectAccessible(page);
		const summary = page.getByTestId('week-summary');
		const before = Number(/(\d+) \/ 6/.exec((await summary.textContent()) ?? '')![1]);

		await open(page, `/employers/contacts/new?employer=${employerId}`);
		await expectAccessible(page);
		// Bad input: future date, named-client mode without clients, next step due before the date.
		await page.getByLabel('Päivämäärä').fill('2099-01-01');
		await page.getByLabel('Nimettyjen asiakkaiden puolesta').check();
		await page.getByLabel('Seuraava askel', { exact: true }).fill('Soita');
		await page.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.locator('#f-clientIds-error')).toBeVisible();
		await page.getByLabel('Nimettyjen asiakkaiden puolesta').uncheck();
		await page.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.locator('#f-date-error')).toContainText('tulevaisuudessa');
		const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
		await page.getByLabel('Päivämäärä').fill(today);
		await page.getByLabel('Tapa').selectOption('face-to-face');
		await page.getByLabel('Tarkoitus').selectOption('learn-business');
		await page.getByLabel('Tulos').fill('Tutustuttiin keittiöön.');
		await page.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page).toHaveURL(/\/employers\/week/);
		await expect(summary).toContainText(`${before + 1} / 6`);

		// A phone call does not count toward the target.
		await open(page, `/employers/contacts/new?employer=${employerId}`);
		await page.getByLabel('Tapa').selectOption('phone');
		await page.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page).toHaveURL(/\/employers\/week/);
		await expect(summary).toContainText(`${before + 1} / 6`);
		await open(page, `/employers/${employerId}`);
		await expect(page.getByRole('table').filter({ hasText: 'Tutustuttiin keittiöön.' })).toBeVisible();
	});
});

test.describe('placements and follow-along', () => {
	test.use(as('coach'));

	test('creates and starts a placement, sees the schedule, ends it and restarts job search', async ({ page }) => {
		test.slow();
		await open(page, '/employers/contacts/new');
		const clientBox = page.locator('input[name="clientIds"]').last();
		const clientId = Number(await clientBox.getAttribute('value'));
		expect(clientId).toBeGreaterThan(0);

		await open(page, `/clients/${clientId}/placements/new`);
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Luo' }).click();
		await expect(page.locator('#f-employerId-error')).toBeVisible();
		await expect(page.locator('#f-jobTitle-error')).toBeVisible();
		await page.locator('#f-employerId').selectOption({ label: 'Puhdas Koti Ky' });
		const title = unique('Siivooja');
		await page.getByLabel('Tehtävänimike').fill(title);
		await page.getByLabel('Tunteja viikossa').fill('61');
		await page.getByLabel('Palkka (€)').fill('-5');
		await page.getByRole('button', { name: 'Luo' }).click();
		await expect(page.locator('#f-hoursPerWeek-error')).toContainText('1–60');
		await expect(page.locator('#f-wage-error')).toBeVisible();
		await expect(page.getByLabel('Tehtävänimike')).toHaveValue(title);
		await page.getByLabel('Tunteja viikossa').fill('0');
		await page.getByLabel('Palkka (€)').fill('12,80');
		await page.getByRole('button', { name: 'Luo' }).click();
		await expect(page.locator('#f-wage-error')).toHaveCount(0);
		await expect(page.locator('#f-hoursPerWeek-error')).toContainText('1–60');
		// Foundation's Field select loses the choice after a second failed enhanced submit: choose again.
		await page.locator('#f-employerId').selectOption({ label: 'Puhdas Koti Ky' });
		await page.getByLabel('Tunteja viikossa').fill('25');
		await page.getByRole('button', { name: 'Luo' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
		await expect(page.getByTestId('placement-status')).toHaveText('sovittu');
		await expectAccessible(page);

		await page.locator('#start-date').fill('2099-05-05');
		await page.getByRole('button', { name: 'Merkitse alkaneeksi' }).click();
		await expect(page.locator('#start-date-error')).toContainText('tulevaisuudessa');
		const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
		await page.locator('#start-date').fill(today);
		await page.getByRole('button', { name: 'Merkitse alkaneeksi' }).click();
		await expect(page.getByTestId('placement-status')).toHaveText('alkanut');
		const schedule = page.getByTestId('follow-along');
		await expect(schedule.getByRole('rowheader', { name: 'Ennen aloitusta' })).toBeVisible();
		await expect(schedule.getByRole('rowheader', { name: 'Aloituksen jälkeen' })).toBeVisible();
		await expect(schedule.getByRole('rowheader', { name: 'Viikko 4' })).toBeVisible();
		await expect(schedule.getByRole('rowheader', { name: 'Kuukausi 12' })).toBeVisible();
		await expectAccessible(page);

		// Ending before the start is refused at the field.
		await page.locator('#end-date').fill('2000-01-01');
		await page.locator('#end-reason').selectOption('laid-off');
		await page.getByRole('button', { name: 'Merkitse päättyneeksi' }).click();
		await expect(page.locator('#end-date-error')).toContainText('ennen');
		await expect(page.locator('#end-date')).toBeFocused();
		await page.locator('#end-date').fill(today);
		await page.getByRole('button', { name: 'Merkitse päättyneeksi' }).click();
		await expect(page.getByTestId('placement-status')).toHaveText('päättynyt');
		await expect(page.getByText('epätyydyttävä päättyminen')).toBeVisible();
		await expect(schedule.getByRole('rowheader', { name: 'Työn päättymisen jälkeen' })).toBeVisible();
		await page.getByRole('button', { name: 'Aloita työnhaku uudelleen' }).click();
		await expect(page.getByRole('heading', { name: 'Työ päättyi: mitä seuraavaksi?' })).toHaveCount(0);
	});

	test('a closed enrolment gets no placement; due list opens', async ({ page }) => {
		test.slow();
		await open(page, '/employers?q=Varasto');
		await page.getByRole('rowheader').getByRole('link', { name: 'Vantaan Varasto Oy' }).click();
		await page.getByRole('link', { name: 'Ville Niemi' }).first().click();
		await page.waitForURL(/\/placements\/\d+$/);
		const clientHref = await page.getByRole('link', { name: '← Ville Niemi' }).getAttribute('href');
		await open(page, `${clientHref}/placements/new`);
		await expect(page.getByRole('alert')).toContainText('Asiakkuus on päättynyt');
		await expect(page.getByRole('button', { name: 'Luo' })).toHaveCount(0);
		await open(page, '/placements/due');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectAccessible(page);
	});

	test('another team cannot open this team’s employer or placement', async ({ page, browser }) => {
		test.slow();
		await open(page, '/employers?q=Kahvila');
		await page.getByRole('rowheader').getByRole('link', { name: 'Kahvila Kulma Oy' }).click();
		await page.waitForURL(/\/employers\/\d+$/);
		const employerUrl = new URL(page.url()).pathname;
		const placementHref = (await page.locator('a[href^="/placements/"]').first().getAttribute('href'))!;
		const other = await browser.newContext({ storageState: as('coach3').storageState });
		const otherPage = await other.newPage();
		await expectNotFound(otherPage, employerUrl);
		await expectNotFound(otherPage, `${employerUrl}/edit`);
		await expectNotFound(otherPage, placementHref);
		await expectNotFound(otherPage, '/employers/999999');
		await other.close();
	});
});
