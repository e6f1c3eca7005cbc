import { test, expect } from '@playwright/test';
import { as, open, expectAccessible, demoRow } from './helpers';

test.describe('fidelity review in Swedish', () => {
	test.use(as('coach'));

	test('the review item pages and the scale show the Finland-Swedish anchors and checklist', async ({ page, baseURL }) => {
		// The UI language comes from the PARAGLIDE_LOCALE cookie (set by /language and at sign-in);
		// setting it here leaves the demo account's own language alone for the other tests.
		await page.context().addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'sv', url: baseURL! }]);
		const review = demoRow<{ id: number }>(
			"SELECT r.id FROM fidelity_reviews r JOIN teams t ON t.id = r.team_id WHERE t.name = 'Vantaan IPS-tiimi' AND r.status = 'final' ORDER BY r.id LIMIT 1"
		);

		await open(page, `/fidelity/reviews/${review.id}/items/1`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('1. Antal klienter');
		await expect(page.getByText('Varje arbetstränare på heltid har högst 20 klienter.')).toBeVisible();
		await expect(page.getByText('4 = 21–25, 3 = 26–30, 2 = 31–40 klienter.')).toBeVisible();
		await expect(page.getByText('Minst 41 klienter per arbetstränare.')).toBeVisible();
		// Not the English fallback.
		await expect(page.getByText('Every full-time coach has at most 20 clients.')).toHaveCount(0);
		await expectAccessible(page);

		await open(page, `/fidelity/reviews/${review.id}/items/25`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('25. Aktivt uppsökande');
		await expect(page.getByText('Högst två metoder.')).toBeVisible();

		await open(page, '/fidelity/scale');
		await expect(page.getByRole('heading', { name: '5. Tätt samarbete med vårdteamet' })).toBeVisible();
		await expect(page.getByText('Deltar i vårdteamets möten varje vecka')).toBeVisible();
	});
});
