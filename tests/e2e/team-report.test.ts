import { test, expect } from '@playwright/test';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { as, demoRow, open, expectAccessible, expectNotFound } from './helpers';

const vantaa = () => demoRow<{ id: number }>("SELECT id FROM teams WHERE name = 'Vantaan IPS-tiimi'").id;

test.describe('team report, as the team lead', () => {
	test.use(as('lead'));

	test('opens the year’s report and follows a number to the records it counts', async ({ page }) => {
		// From the outcome dashboard the link keeps its period and scope; opened alone the report shows the year.
		await open(page, '/outcomes');
		await expect(page.getByRole('link', { name: /^Tiimin raportti \(/ })).toHaveAttribute('href', /^\/outcomes\/team-report\?period=custom&from=/);
		await expect(page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Tiimin raportti' })).toBeVisible();
		await open(page, '/outcomes/team-report');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiimin raportti');
		const year = new Date().getFullYear();
		await expect(page.locator('.report-meta')).toContainText(`1.1.${year}–31.12.${year}`);
		for (const name of ['Tulijat', 'Palvelun määrä', 'Muutos (Kykyviisari)', 'Asiakaspalaute', 'Asiakkuuden jälkeen', 'Työllistyminen']) {
			await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
		}
		await expect(page.getByText(/^Tulijat ovat asiakkuudet, joiden aloituspäivä/)).toBeVisible();
		await expect(page.getByRole('heading', { level: 3, name: 'Vapaat vastaukset' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Avaa tulosraportti' })).toHaveAttribute('href', /^\/outcomes\/report\?period=custom/);
		await expectAccessible(page);

		const entries = page.locator('a[data-figure="intake.entries"]');
		const count = Number((await entries.textContent())!.replace(/\s/g, ''));
		expect(count).toBeGreaterThan(0);
		await entries.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luvun tietueet: Aloittaneet asiakkuudet');
		// Other tests may add clients meanwhile: the list must match its own number.
		const shown = Number((await page.locator('main strong').first().textContent())!.replace(/\s/g, ''));
		expect(shown).toBeGreaterThanOrEqual(count);
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(`${shown} tietuetta`);
		await expect(page.locator('tbody tr')).toHaveCount(Math.min(shown, 50));
		await expectAccessible(page);
	});

	test('lists each coach’s numbers, linked to that coach’s records', async ({ page }) => {
		await open(page, '/outcomes/team-report');
		const table = page.getByRole('table', { name: 'Työhönvalmentajittain' });
		const row = table.getByRole('row').filter({ hasText: 'Kaisa Koski' });
		await row.getByRole('link').nth(1).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luvun tietueet: Tapaamiset');
		const coaches = await page.locator('tbody tr td:nth-child(2)').allTextContents();
		expect(new Set(coaches)).toEqual(new Set(['Kaisa Koski']));
	});

	test('prints without the controls', async ({ page }) => {
		await open(page, '/outcomes/team-report');
		await expect(page.getByRole('button', { name: 'Tulosta' })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Tulosta' })).toBeHidden();
		await expect(page.locator('.period-picker')).toBeHidden();
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.getByRole('heading', { level: 2, name: 'Asiakaspalaute' })).toBeVisible();
	});

	test('downloads the figures as CSV and XLSX', async ({ page }) => {
		await open(page, '/outcomes/team-report');
		const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
		expect(csv.suggestedFilename()).toMatch(/^polku-team-report-\d{4}-01-01-\d{4}-12-31\.csv$/);
		const text = await fs.promises.readFile((await csv.path())!, 'utf8');
		expect(text.charCodeAt(0)).toBe(0xfeff);
		const lines = text.slice(1).split('\r\n');
		expect(lines[0]).toBe('figure;label;value;records_counted');
		expect(lines[1]).toMatch(/^intake\.entries;Aloittaneet asiakkuudet;\d+;\d+$/);
		expect(text).toContain('feedback.nps;NPS (−100…100);');
		expect(text).toContain('intake.unemploymentBands:0-3m;Työttömyyden kesto lähetettäessä: 0–3 kk;');

		const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Excel (XLSX)' }).click()]);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile((await xlsx.path())!);
		const sheet = workbook.worksheets[0];
		expect(sheet.getRow(1).values).toEqual([undefined, 'figure', 'label', 'value', 'records_counted']);
		expect(sheet.getRow(2).getCell(1).value).toBe('intake.entries');
	});

	test('a period ending before it starts shows a message and no figures', async ({ page }) => {
		await open(page, '/outcomes/team-report?period=custom&from=2026-05-01&to=2026-01-01');
		await expect(page.getByRole('alert')).toHaveText('Jakson loppupäivä on ennen alkupäivää. Korjaa päivämäärät – lukuja ei näytetä ennen sitä.');
		await expect(page.getByRole('heading', { level: 2, name: 'Tulijat' })).toHaveCount(0);
		await expect(page.getByLabel('Oma aikaväli: alkaen')).toHaveValue('2026-05-01');
		await expectNotFound(page, '/outcomes/team-report/records?figure=intake.entries&period=custom&from=2026-05-01&to=2026-01-01');
		await expectNotFound(page, '/outcomes/team-report/records?figure=toString');
	});

	test('works at 390 px without sideways scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await open(page, '/outcomes/team-report');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await expectAccessible(page);
	});
});

test.describe('team report, as a coach', () => {
	test.use(as('coach'));

	test('sees own figures only: no free text, no downloads, own records', async ({ page }) => {
		await open(page, '/outcomes/team-report');
		await expect(page.getByText('Näet omat lukusi')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Vapaat vastaukset' })).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'CSV' })).toHaveCount(0);
		await expectAccessible(page);
		await page.locator('a[data-figure="service.contacts"]').click();
		const coaches = await page.locator('tbody tr td:nth-child(2)').allTextContents();
		expect(coaches.length).toBeGreaterThan(0);
		expect(new Set(coaches)).toEqual(new Set(['Kaisa Koski']));
		await expectNotFound(page, '/outcomes/team-report/export?format=csv');
		await expectNotFound(page, '/outcomes/team-report?team=all');
	});
});

test.describe('team report refusals', () => {
	test.describe('employer', () => {
		test.use(as('employer'));
		test('gets 404 everywhere', async ({ page }) => {
			for (const url of ['/outcomes/team-report', '/outcomes/team-report/records?figure=intake.entries', '/outcomes/team-report/export?format=xlsx']) await expectNotFound(page, url);
		});
	});
	test.describe('lead of another team', () => {
		test.use(as('lead2'));
		test('is told plainly that the team is not theirs, with no figures', async ({ page }) => {
			const response = await page.goto(`/outcomes/team-report?team=${vantaa()}`);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('alert')).toContainText('Tiimiä ei löydy tiimeistäsi');
			await expect(page.getByRole('heading', { level: 2, name: 'Tulijat' })).toHaveCount(0);
			await expectNotFound(page, `/outcomes/team-report/export?format=csv&team=${vantaa()}`);
		});
	});
});
