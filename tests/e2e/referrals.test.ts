import { test, expect, type Page } from '@playwright/test';
import { as, demoRow, open, expectAccessible, expectNotFound, unique } from './helpers';

// The support-need checklist and referrals on the client record (docs/domain/work-ability.md#referrals-and-statements).
test.describe.configure({ timeout: 90_000 });

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
function daysAgo(n: number): string {
	const d = new Date(`${today}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - n);
	return d.toISOString().slice(0, 10);
}
const finnish = (iso: string) => iso.split('-').reverse().map(Number).join('.');

/** A fresh client of the coach, so a retry does not meet the referrals of an earlier attempt. */
async function createClient(page: Page): Promise<string> {
	await open(page, '/clients/new');
	await page.getByLabel('Etunimi').fill('Lähete');
	await page.getByLabel('Sukunimi').fill(unique('Testinen'));
	await page.getByLabel('Lähetteen päivä').fill(daysAgo(30));
	await page.getByRole('button', { name: 'Luo' }).click();
	await expect(page).toHaveURL(/\/clients\/\d+\?created/);
	return new URL(page.url()).pathname;
}

async function openDetails(page: Page, summary: string) {
	const details = page.locator('details', { has: page.locator('summary', { hasText: summary }) });
	await expect(async () => {
		if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
		await expect(details.locator('form')).toBeVisible({ timeout: 500 });
	}).toPass();
}

test.describe('referrals, as a coach', () => {
	test.use(as('coach'));

	test('fills the checklist on a phone, refers from a suggestion to a health check, marks it done and sees the waiting time', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		const path = await createClient(page);
		await open(page, path);
		await expect(page.getByRole('heading', { level: 2, name: 'Tuen tarpeen tunnistaminen' })).toBeVisible();
		await openDetails(page, 'Täytä tarkistuslista');
		const checklist = page.locator('form[action="?/supportNeeds"]');
		await checklist.getByLabel('Terveystarkastus tehty').selectOption('no');
		await checklist.getByLabel('Työkykykoordinaattorin tarve').selectOption('yes');
		await checklist.getByLabel('Käytössä olevat palvelut').fill('Kuntoutusohjaus');
		await checklist.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.getByRole('status')).toHaveText('Tallennettu.');
		await expect(page.getByTestId('support-needs')).toContainText('Kuntoutusohjaus');

		const suggestions = page.getByRole('region', { name: 'Ehdotetut lähetteet' });
		await expect(suggestions).toContainText('Terveystarkastusta ei ole tehty.');
		await expect(suggestions).toContainText('Työkykykoordinaattorille on tarvetta.');
		await expectAccessible(page);

		await suggestions.getByRole('button', { name: 'Tee lähete: Terveystarkastus' }).click();
		await expect(page).toHaveURL(/refer=health-check/);
		const add = page.locator('form[action="?/referral"]');
		await expect(add).toBeVisible();
		await expect(add.getByLabel('Lähete tai lausunto')).toHaveValue('health-check');
		await add.getByLabel('Pyydetty').fill(daysAgo(9));
		await add.getByRole('button', { name: 'Lisää' }).click();
		await expect(page.getByRole('status')).toHaveText('Tallennettu.');

		const table = page.getByTestId('referrals');
		const row = table.getByRole('row', { name: /Terveystarkastus/ });
		await expect(row).toContainText('odottaa');
		await expect(suggestions).not.toContainText('Terveystarkastusta ei ole tehty.');
		await expect(page.getByTestId('referral-median')).toHaveText('Toteutuneita lähetteitä ei vielä ole, joten odotusaikaa ei ole.');

		await row.getByRole('button', { name: `Toteutui tänään: Terveystarkastus, pyydetty ${finnish(daysAgo(9))}` }).click();
		await expect(page.getByRole('status')).toHaveText('Tallennettu.');
		await expect(row).toContainText(`toteutunut ${finnish(today)}`);
		await expect(row.getByRole('cell').nth(2)).toHaveText('9');
		await expect(page.getByTestId('referral-median')).toHaveText('Odotusajan mediaani: 9 päivää (1 toteutunutta).');
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
		await expectAccessible(page);

		await open(page, `${path}/timeline`);
		await expect(page.getByRole('rowheader', { name: 'Lähete tai lausunto toteutunut' })).toBeVisible();
		await expect(page.getByRole('rowheader', { name: 'Lähete tai lausunto pyydetty' })).toBeVisible();
	});

	test('a referral done before it was requested is refused next to the field, the input kept; a statement type is edited', async ({ page }) => {
		const path = await createClient(page);
		await open(page, path);
		await openDetails(page, 'Lisää lähete tai lausunto');
		const add = page.locator('form[action="?/referral"]');
		await add.getByLabel('Lähete tai lausunto').selectOption('medical-statement');
		await add.getByLabel('Lausunnon tyyppi').selectOption('b');
		await add.getByLabel('Pyydetty').fill(daysAgo(5));
		await add.getByLabel('Toteutunut').fill(daysAgo(6));
		await add.getByLabel('Huomio').fill('Kelaa varten');
		await add.getByRole('button', { name: 'Lisää' }).click();
		await expect(page.locator('#rf-doneOn-error')).toHaveText('Toteutumispäivä ei voi olla ennen pyyntöpäivää.');
		await expect(add.getByLabel('Toteutunut')).toHaveValue(daysAgo(6));
		await expect(add.getByLabel('Huomio')).toHaveValue('Kelaa varten');
		await expect(add.getByLabel('Lausunnon tyyppi')).toHaveValue('b');
		await expect(page.getByTestId('referrals')).toHaveCount(0);
		await expectAccessible(page);

		await add.getByLabel('Toteutunut').fill(daysAgo(1));
		await add.getByRole('button', { name: 'Lisää' }).click();
		await expect(page.getByRole('status')).toHaveText('Tallennettu.');
		const row = page.getByTestId('referrals').getByRole('row', { name: /B-lausunto/ });
		await expect(row.getByRole('cell').nth(2)).toHaveText('4');

		await row.getByRole('link', { name: /^Muokkaa: B-lausunto/ }).click();
		const edit = page.locator('form[action="?/referralEdit"]');
		await edit.getByLabel('Lausunnon tyyppi').selectOption('e');
		await edit.getByLabel('Peruttu').fill(daysAgo(1));
		await edit.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.locator('#rfe-cancelledOn-error')).toHaveText('Lähete on joko toteutunut tai peruttu, ei molempia.');
		await edit.getByLabel('Peruttu').fill('');
		await edit.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.getByRole('status')).toHaveText('Tallennettu.');
		await expect(page.getByTestId('referrals').getByRole('row', { name: /E-lausunto/ })).toBeVisible();
	});
});

const vantaaClient = () =>
	demoRow<{ id: number }>(
		"SELECT c.id FROM clients c JOIN enrolments e ON e.client_id = c.id JOIN users u ON u.id = e.coach_id WHERE u.email = 'coach@example.fi' AND e.closed_date IS NULL ORDER BY c.id LIMIT 1"
	).id;

for (const role of ['coach3', 'employer'] as const) {
	test.describe(`referrals, as ${role}`, () => {
		test.use(as(role));

		test('another team’s client: the record and its referral forms answer 404, nothing saved', async ({ page, baseURL }) => {
			const id = vantaaClient();
			await expectNotFound(page, `/clients/${id}`);
			for (const [action, form] of [
				['referral', { _form: 'referral', kind: 'doctor', requestedOn: daysAgo(1) }],
				['supportNeeds', { _form: 'supportNeeds', version: '0', healthCheckDone: 'no' }],
				['referralOutcome', { _form: 'referralOutcome', referralId: '1', version: '1', outcome: 'done', date: today }]
			] as const) {
				const response = await page.request.post(`/clients/${id}?/${action}`, { form, headers: { origin: baseURL! } });
				expect(response.status(), `${role} ${action}`).toBe(404);
			}
		});
	});
}
