import { test, expect, type Page } from '@playwright/test';
import { as, open, expectAccessible, expectNotFound } from './helpers';

const Q1_2026 = 'period=custom&from=2026-01-01&to=2026-03-31';
const FILES = ['enrolments.csv', 'employer_contacts.csv', 'placements.csv'] as const;

async function teamIdOnDashboard(page: Page): Promise<string> {
	await open(page, '/outcomes');
	return (await page.locator('form.period-picker [name="team"]').inputValue()) as string;
}

test.describe('outcomes as a team lead', () => {
	test.use(as('lead'));

	test('imports the template sample files (dry run, then import), follows a number to its records', async ({ page }) => {
		await open(page, '/outcomes/import');
		await expectAccessible(page);
		const files = [];
		for (const name of FILES) {
			const response = await page.request.get(`/outcomes/import/template/fi/${name}`);
			expect(response.status()).toBe(200);
			files.push({ name, mimeType: 'text/csv', buffer: await response.body() });
		}
		expect(files[0].buffer.toString('utf8')).toContain('MALLI-001;Maija;Malli');
		for (const [i, name] of FILES.entries()) await page.locator(`input[name="${name.replace('.csv', '')}"]`).setInputFiles(files[i]);

		await page.getByRole('button', { name: 'Tarkista (ei tallenna)' }).click();
		await expect(page.getByRole('heading', { name: /Tarkistus onnistui/ })).toBeVisible();
		await expect(page.getByText(/placements\.csv: 2 riviä/)).toBeVisible();
		await page.getByRole('button', { name: 'Tuo ja tallenna' }).click();
		// The save runs in a worker thread that first loads the server's modules: on a loaded machine, seconds.
		await expect(page.getByRole('heading', { name: 'Tuonti valmis.' })).toBeVisible({ timeout: 30_000 });
		await expectAccessible(page);

		// The imported clients are in Q1 2026: Maija Malli (entry 15.1.) is served and worked.
		const teamId = await teamIdOnDashboard(page);
		await open(page, `/outcomes?${Q1_2026}&team=${teamId}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tulokset');
		await expect(page.getByRole('heading', { name: 'Työllistymisaste neljänneksittäin' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Työhönvalmentajittain' })).toBeVisible();
		await expectAccessible(page);
		const workedRow = page.getByRole('row', { name: /^Työssä olleet \(ilman palkkatukea\)/ });
		await workedRow.getByRole('link').first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kirjaukset: Työssä olleet (ilman palkkatukea)');
		await expect(page.getByRole('link', { name: 'Malli Maija' })).toBeVisible();
		await expectAccessible(page);
	});

	test('a dry run lists each bad row by file, row and column and saves nothing', async ({ page }) => {
		await open(page, '/outcomes/import');
		const csv = 'client_ref;employer_name;job_title;status;start_date\nEI-OLE-1;Mallikahvila Oy;Kokki;started;2.3.2026\nEI-OLE-1;Mallikahvila Oy;Tarjoilija;started;31.2.2026\n';
		await page.locator('input[name="placements"]').setInputFiles({ name: 'placements.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
		await page.locator('input[name="enrolments"]').setInputFiles({ name: 'enrolments.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
		await page.getByRole('button', { name: 'Tuo ja tallenna' }).click();
		await expect(page.getByRole('heading', { name: /Virheitä: 3/ })).toBeVisible();
		await expect(page.getByRole('row', { name: /enrolments\.csv.*Tiedosto on tyhjä/ })).toBeVisible();
		await expect(page.getByRole('row', { name: /placements\.csv 2 client_ref client_ref ei ole/ })).toBeVisible();
		await expect(page.getByRole('row', { name: /placements\.csv 3 start_date Ei päivämäärä .*31\.2\.2026/ })).toBeVisible();
		await expect(page.getByText('Mitään ei tallennettu.')).toBeVisible();
		await expectAccessible(page);
	});

	test('a number with left-out records explains why', async ({ page }) => {
		const teamId = await teamIdOnDashboard(page);
		// Over the demo data's whole span some clients have not started a job yet.
		await open(page, `/outcomes/records?figure=meanDaysToFirstJob&period=custom&from=2020-01-01&to=2026-11-01&team=${teamId}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kirjaukset: Päiviä aloituksesta ensimmäiseen työhön (keskiarvo)');
		await expect(page.getByText('Ei alkanutta työtä aloituksen jälkeen').first()).toBeVisible();
	});

	test('downloads the report as CSV and XLSX and a raw table', async ({ page }) => {
		await open(page, '/outcomes');
		const exports = page.getByRole('region', { name: 'Vienti' });
		const [csv] = await Promise.all([page.waitForEvent('download'), exports.getByRole('listitem').filter({ hasText: 'Raportti' }).getByRole('link', { name: 'CSV' }).click()]);
		expect(csv.suggestedFilename()).toMatch(/^polku-report-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
		const csvText = await (await import('node:fs')).promises.readFile((await csv.path())!, 'utf8');
		expect(csvText.charCodeAt(0)).toBe(0xfeff);
		expect(csvText).toContain('figure;label;value;records_counted;records_left_out');
		expect(csvText).toContain('employmentRate;Työllistymisaste;');

		const [xlsx] = await Promise.all([page.waitForEvent('download'), exports.getByRole('listitem').filter({ hasText: 'Raportti' }).getByRole('link', { name: 'Excel (XLSX)' }).click()]);
		const bytes = await (await import('node:fs')).promises.readFile((await xlsx.path())!);
		expect(bytes.subarray(0, 2).toString()).toBe('PK');

		const placements = await page.request.get('/outcomes/export?table=placements&format=csv');
		expect(placements.status()).toBe(200);
		expect(await placements.text()).toContain('placement_id;client_id;enrolment_id;employer_name');
	});

	test('the printable report writes the definitions out', async ({ page }) => {
		await open(page, '/outcomes/report');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tulosraportti');
		await expect(page.getByRole('heading', { name: 'Määritelmät' })).toBeVisible();
		await expect(page.getByText(/Työssä olleet \(ilman palkkatukea\) ÷ asiakkuudet jaksolla/)).toBeVisible();
		await expectAccessible(page);
	});

	test('bad period and unknown figures do not break the page', async ({ page }) => {
		await open(page, '/outcomes?period=custom&from=2026-05-01&to=2026-01-01');
		await expect(page.getByText('Ajanjakso ei kelpaa')).toBeVisible();
		await expectNotFound(page, '/outcomes/records?figure=nonsense');
	});
});

test.describe('outcomes as a coach', () => {
	test.use(as('coach'));

	test('sees own numbers only, and no exports, import or other coaches', async ({ page }) => {
		await open(page, '/outcomes');
		await expect(page.getByText('Näet omat lukusi')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Työhönvalmentajittain' })).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'Vienti' })).toHaveCount(0);
		await expectAccessible(page);
		await open(page, '/outcomes/records?figure=activeEnrolments');
		const coaches = await page.locator('tbody tr td:nth-child(2)').allTextContents();
		expect(coaches.length).toBeGreaterThan(0);
		expect(new Set(coaches)).toEqual(new Set(['Kaisa Koski']));
		await expectNotFound(page, '/outcomes?team=all');
		await expectNotFound(page, '/outcomes/export?table=report&format=csv');
		await expectNotFound(page, '/outcomes/import');
	});
});

test.describe('outcomes refusals', () => {
	test.describe('employer', () => {
		test.use(as('employer'));
		test('gets 404 everywhere', async ({ page }) => {
			for (const url of ['/outcomes', '/outcomes/report', '/outcomes/records?figure=served', '/outcomes/export?table=clients&format=csv', '/outcomes/import']) {
				await expectNotFound(page, url);
			}
		});
	});
	test.describe('lead of another team', () => {
		test.use(as('lead2'));
		test('cannot open the other team’s outcomes', async ({ page }) => {
			const own = await teamIdOnDashboard(page);
			const other = String(Number(own) === 1 ? 2 : 1);
			await expectNotFound(page, `/outcomes?team=${other}`);
			await expectNotFound(page, `/outcomes/export?table=clients&format=xlsx&team=${other}`);
		});
	});
});
