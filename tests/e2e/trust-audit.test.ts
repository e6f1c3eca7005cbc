import { test, expect } from '@playwright/test';
import { as, demoRow, expectAccessible, expectNotFound, open } from './helpers';

const vantaaClient = () =>
	demoRow<{ id: number }>("SELECT c.id FROM clients c JOIN teams t ON t.id = c.team_id WHERE t.name = 'Vantaan IPS-tiimi' ORDER BY c.id LIMIT 1").id;

test.describe('lead', () => {
	test.use(as('lead'));
	test('reads the team log and a client access report, and downloads it as CSV', async ({ page }) => {
		await open(page, '/audit');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lokitiedot');
		await expectAccessible(page);
		const id = vantaaClient();
		await open(page, `/audit/clients/${id}`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Käsittelyraportti');
		// The report's own reading is logged, so it is never empty.
		await expect(page.locator('tbody tr').first()).toContainText('access-report');
		await expectAccessible(page);
		const download = page.waitForEvent('download');
		await page.getByRole('link', { name: 'Lataa CSV' }).click();
		const file = await download;
		const text = await (await file.createReadStream()).toArray();
		const csv = Buffer.concat(text).toString('utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv).toContain('time,user,email,role,action,record,view,ip');
		expect(csv).toContain('lead@example.fi');
	});
});

test.describe('admin', () => {
	test.use(as('admin'));
	test('sees the whole log, filters it, and sees no client name', async ({ page }) => {
		await open(page, '/audit?action=sign-in');
		await expect(page.getByText('Koko palvelun lokitapahtumat', { exact: false })).toBeVisible();
		await expect(page.locator('tbody tr').first()).toContainText('sign-in');
		const id = vantaaClient();
		const client = demoRow<{ last_name: string }>('SELECT last_name FROM clients WHERE id = ?', id);
		await open(page, `/audit/clients/${id}`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(`#${id}`);
		await expect(page.locator('main')).not.toContainText(client.last_name);
	});
});

for (const role of ['coach', 'coach3', 'lead2', 'employer'] as const) {
	test.describe(role, () => {
		test.use(as(role));
		test(`gets 404 for another team's access report${role === 'coach' || role === 'employer' ? ' and the log' : ''}`, async ({ page }) => {
			const id = vantaaClient();
			await expectNotFound(page, `/audit/clients/${id}`);
			await expectNotFound(page, `/audit/clients/${id}/access.csv`);
			if (role === 'coach' || role === 'employer') await expectNotFound(page, '/audit');
		});
	});
}
