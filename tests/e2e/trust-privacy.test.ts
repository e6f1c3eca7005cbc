import { test, expect } from '@playwright/test';
import { as, demoRow, expectAccessible, expectNotFound, open } from './helpers';

const vantaaClient = () =>
	demoRow<{ id: number; first_name: string }>(
		"SELECT c.id, c.first_name FROM clients c JOIN teams t ON t.id = c.team_id WHERE t.name = 'Vantaan IPS-tiimi' ORDER BY c.id LIMIT 1"
	);

test.describe('lead', () => {
	test.use(as('lead'));
	test('opens a client by id, downloads all of its data as JSON and sees the printable summary', async ({ page }) => {
		const client = vantaaClient();
		await open(page, '/privacy');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tietosuoja');
		await expectAccessible(page);
		await page.getByLabel('Asiakkaan tunnusnumero').fill(String(client.id));
		await page.getByRole('button', { name: 'Avaa' }).click();
		await expect(page).toHaveURL(new RegExp(`/privacy/clients/${client.id}$`));
		await expect(page.getByRole('heading', { level: 1 })).toContainText(client.first_name);
		await expectAccessible(page);

		const download = page.waitForEvent('download');
		await page.getByRole('link', { name: 'Lataa kaikki tiedot (JSON)' }).click();
		const stream = await (await download).createReadStream();
		const json = JSON.parse(Buffer.concat(await stream.toArray()).toString('utf8'));
		expect(json.client.id).toBe(client.id);
		expect(json.enrolments.length).toBeGreaterThan(0);
		expect(Array.isArray(json.accessLog)).toBe(true);

		await open(page, `/privacy/clients/${client.id}/summary`);
		await expect(page.getByRole('heading', { level: 2, name: 'Asiakkuudet' })).toBeVisible();
		await expectAccessible(page);
	});
});

for (const role of ['coach', 'lead2', 'employer'] as const) {
	test.describe(role, () => {
		test.use(as(role));
		test('cannot reach the client data tools of the Vantaa team (404)', async ({ page }) => {
			const { id } = vantaaClient();
			await expectNotFound(page, `/privacy/clients/${id}`);
			await expectNotFound(page, `/privacy/clients/${id}/export.json`);
			await expectNotFound(page, `/privacy/clients/${id}/summary`);
			await expectNotFound(page, `/privacy/go?client=${id}`);
			if (role !== 'lead2') await expectNotFound(page, '/privacy');
		});
	});
}
