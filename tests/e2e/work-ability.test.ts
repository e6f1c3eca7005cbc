import { test, expect } from '@playwright/test';
import { as, demoRow, open, expectAccessible, expectNotFound, unique } from './helpers';

const HEADER = 'name;provider;sector;area;description;municipality;contact;url;active';
const csv = (...rows: string[]) => ({ name: 'palvelut.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...rows].join('\n'), 'utf8') });

test.describe('service map, as the team lead', () => {
	test.use(as('lead'));

	test('imports a catalogue CSV: row errors first with nothing saved, then the file', async ({ page }) => {
		const name = unique('Työpajaryhmä');
		await open(page, '/services/import');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuo CSV-tiedostosta');
		await page.getByLabel('CSV-tiedosto').setInputFiles(csv(`${name};Vantaan kaupunki;municipality;skills;;Vantaa;;;`, `${name} 2;Vantaan kaupunki;municipality;feelings;;Vantaa;;;`));
		await page.getByRole('button', { name: 'Tarkista ja tuo' }).click();
		const errors = page.getByRole('table', { name: 'Virheet riveittäin' });
		await expect(errors.getByRole('row').nth(1)).toContainText('area');
		await expect(errors.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('2');
		await expectAccessible(page);

		await page.getByLabel('CSV-tiedosto').setInputFiles(csv(`${name};Vantaan kaupunki;municipality;skills;Ryhmä puutöihin;Vantaa;;https://example.fi/paja;`));
		await page.getByRole('button', { name: 'Tarkista ja tuo' }).click();
		await expect(page.getByRole('status')).toHaveText('Tuotu: 1 uutta, 0 päivitettyä palvelua.');
		await open(page, `/services?q=${encodeURIComponent(name)}`);
		await expect(page.getByRole('heading', { level: 2, name: 'Taidot' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
	});

	test('adds a service with a clear message for a bad address, then edits it inactive', async ({ page }) => {
		const name = unique('Kuntosaliryhmä');
		await open(page, '/services/new');
		await page.getByLabel('Palvelun nimi').fill(name);
		await page.getByLabel('Järjestäjä').fill('Liikuntaseura');
		await page.getByLabel('Sektori').selectOption('third-sector');
		await page.getByLabel('Osa-alue').selectOption('body');
		await page.getByLabel('Verkko-osoite').fill('javascript:alert(1)');
		await page.getByRole('button', { name: 'Luo' }).click();
		await expect(page.locator('#f-url-error')).toHaveText('Anna osoite muodossa https://…');
		await expect(page.getByLabel('Palvelun nimi')).toHaveValue(name);
		await page.getByLabel('Verkko-osoite').fill('https://example.fi/sali');
		await page.getByRole('button', { name: 'Luo' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
		await page.getByLabel('Käytössä').uncheck();
		await page.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.getByRole('status')).toHaveText('Tallennettu.');
		await open(page, `/services?q=${encodeURIComponent(name)}`);
		await expect(page.getByRole('heading', { level: 3, name })).toHaveCount(0);
		await open(page, `/services?q=${encodeURIComponent(name)}&inactive=1`);
		await expect(page.getByRole('heading', { level: 3, name })).toContainText('ei käytössä');
		await expectAccessible(page);
	});

	test('sets the team’s Kykyviisari grace period, refusing a value out of range next to the field', async ({ page }) => {
		await open(page, '/team');
		await page.getByRole('link', { name: 'Tiimin asetukset' }).click();
		const field = page.getByLabel('Kykyviisarin täyttöaika (päivää)');
		await expect(field).toHaveValue(/^\d+$/);
		await field.fill('400');
		await page.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.locator('#f-kykyviisariGraceDays-error')).toContainText('365');
		await expect(field).toHaveValue('400');
		await field.fill('45');
		await page.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.getByRole('status')).toHaveText('Tallennettu.');
		await expectAccessible(page);
		await field.fill('30');
		await page.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.getByRole('status')).toHaveText('Tallennettu.');
	});

	test('the outcomes page shows the team’s Kykyviisari change per area', async ({ page }) => {
		await open(page, '/outcomes?kind=year');
		await expect(page.getByRole('heading', { name: 'Kykyviisarin muutos jaksolla' })).toBeVisible();
	});
});

test.describe('service map, as a coach', () => {
	test.use(as('coach'));

	test('searches by area and words on a phone; maintenance pages are the lead’s', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await open(page, '/services');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Palvelukartta');
		await expect(page.getByRole('link', { name: 'Lisää palvelu' })).toHaveCount(0);
		await page.getByLabel('Osa-alue').selectOption('mind');
		await page.getByRole('button', { name: 'Hae' }).click();
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Mieli']);
		await expect(page.getByRole('heading', { level: 3, name: 'Mielenterveysneuvonta' })).toBeVisible();
		await page.getByLabel('Hakusanat').fill('vertais');
		await page.getByRole('button', { name: 'Hae' }).click();
		await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Vertaistukiryhmä']);
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
		await expectAccessible(page);
		await expectNotFound(page, '/services/new');
		await expectNotFound(page, '/services/import');
		await expectNotFound(page, '/services/export.csv');
	});

	test('records Kykyviisari with the seven areas on the profile page', async ({ page }) => {
		const { id } = demoRow<{ id: number }>(
			"SELECT c.id FROM clients c JOIN enrolments e ON e.client_id = c.id JOIN users u ON u.id = e.coach_id WHERE u.email = 'coach@example.fi' AND e.closed_date IS NULL ORDER BY c.id LIMIT 1"
		);
		await open(page, `/clients/${id}/profile`);
		const form = page.locator('form[action="?/kykyviisari"]');
		for (const label of ['Hyvinvointi', 'Osallisuus', 'Mieli', 'Arki', 'Taidot', 'Keho', 'Työ ja tulevaisuus']) await expect(form.getByLabel(label, { exact: true })).toBeVisible();
		await form.getByLabel('Linkki lähetetty').fill('2999-01-01');
		await form.getByLabel('Työkyky yleisesti').fill('6');
		await form.getByRole('button', { name: 'Lisää' }).click();
		await expect(form.locator('#ky-link-sent-error')).toBeVisible();
		await expect(form.getByLabel('Työkyky yleisesti')).toHaveValue('6');
	});
});

test.describe('services on the support plan, as a coach', () => {
	test.use(as('coach'));

	test('the plan suggests services for the low Kykyviisari areas; a chosen service prints under its area', async ({ page }) => {
		const { id } = demoRow<{ id: number }>(
			"SELECT c.id FROM clients c JOIN enrolments e ON e.client_id = c.id JOIN users u ON u.id = e.coach_id WHERE u.email = 'coach@example.fi' AND e.closed_date IS NULL AND e.current_phase = 2 ORDER BY c.id LIMIT 1"
		);
		await open(page, `/clients/${id}/plan`);
		const suggested = page.getByRole('region', { name: 'Ehdotetut palvelut' });
		await expect(suggested.getByRole('heading', { name: 'Mieli' })).toBeVisible();
		await expect(suggested.getByRole('heading', { name: 'Mielenterveysneuvonta' })).toBeVisible();
		await expectAccessible(page);

		const goal = page.locator('fieldset.goal').last();
		const title = unique('Mielen hyvinvointi');
		await goal.getByLabel('Tavoite', { exact: true }).fill(title);
		await goal.getByLabel('Osatavoite', { exact: true }).fill('Keskusteluapu');
		await goal.getByLabel('Palvelu palvelukartasta').selectOption({ label: 'Mieli: Mielenterveysneuvonta (Vantaan ja Keravan hyvinvointialue)' });
		await page.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.getByRole('status')).toHaveText('Tallennettu.');
		await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
		await expect(page.getByRole('cell', { name: 'Mielenterveysneuvonta' }).first()).toBeVisible();

		await open(page, `/clients/${id}/plan/print`);
		await expect(page.getByRole('heading', { level: 2, name: 'Palvelut osa-alueittain' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 3, name: 'Mieli' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 4, name: 'Mielenterveysneuvonta' })).toBeVisible();
		await expectAccessible(page);
	});
});

test.describe('meetings that did not happen, as a coach', () => {
	test.use(as('coach'));

	test('a no-show is logged on the record apart from the contacts, with a clear message for a future date', async ({ page }) => {
		const { id } = demoRow<{ id: number }>(
			"SELECT c.id FROM clients c JOIN enrolments e ON e.client_id = c.id JOIN users u ON u.id = e.coach_id WHERE u.email = 'coach@example.fi' AND e.closed_date IS NULL ORDER BY c.id DESC LIMIT 1"
		);
		await open(page, `/clients/${id}`);
		const section = page.getByRole('region', { name: 'Peruuntuneet tapaamiset' });
		await section.getByText('Kirjaa peruuntunut tapaaminen').first().click();
		const form = section.locator('form[action="?/missed"]');
		await form.getByLabel('Päivämäärä').fill('2999-01-01');
		await form.getByLabel('Mitä tapahtui').selectOption('no-show');
		const note = unique('Ei saapunut');
		await form.getByLabel('Muistiinpano').fill(note);
		await form.getByRole('button', { name: 'Kirjaa peruuntunut tapaaminen' }).click();
		await expect(form.locator('#mm-date-error')).toBeVisible();
		await expect(form.getByLabel('Muistiinpano')).toHaveValue(note);
		await form.getByLabel('Päivämäärä').fill(new Date().toISOString().slice(0, 10));
		await form.getByRole('button', { name: 'Kirjaa peruuntunut tapaaminen' }).click();
		await expect(section.getByRole('listitem').filter({ hasText: note })).toContainText('asiakas ei saapunut');
		await expect(page.getByRole('cell', { name: note })).toHaveCount(0);
		await expectAccessible(page);
	});
});

test.describe('support outside work, as a coach', () => {
	test.use(as('coach'));

	test('is recorded on the placement and shown there, never in the employer portal', async ({ page, browser }) => {
		const { id } = demoRow<{ id: number }>(
			"SELECT p.id FROM placements p JOIN enrolments e ON e.id = p.enrolment_id JOIN users u ON u.id = e.coach_id WHERE u.email = 'coach@example.fi' AND p.status IN ('agreed', 'started') ORDER BY p.id LIMIT 1"
		);
		await open(page, `/placements/${id}`);
		const text = unique('Asumisen tuki');
		const edit = page.locator('form[action="?/update"]');
		await page.locator('details', { has: edit }).locator('summary').click();
		await edit.getByLabel('Tuki työn ulkopuolella').fill(text);
		await edit.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.locator('dd').filter({ hasText: text })).toBeVisible();
		const employer = await browser.newContext(as('employer'));
		const portal = await employer.newPage();
		await open(portal, '/portal');
		await expect(portal.getByText(text)).toHaveCount(0);
		await employer.close();
	});
});

test('an employer user cannot open the service map', async ({ browser }) => {
	const context = await browser.newContext(as('employer'));
	const page = await context.newPage();
	await expectNotFound(page, '/services');
	await context.close();
});
