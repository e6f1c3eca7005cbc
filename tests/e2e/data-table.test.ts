import { test, expect, type Page } from '@playwright/test';
import { as, open, expectAccessible } from './helpers';

// The UI kit's DataTable (src/lib/components/DataTable.svelte) on real pages of the demo data.
test.describe.configure({ timeout: 90_000 });

const PHONE = { width: 360, height: 740 };

/** Every table of the page has a caption, scoped column headers and scoped row headers. */
async function expectTableStructure(page: Page) {
	const tables = page.locator('main table');
	expect(await tables.count()).toBeGreaterThan(0);
	for (const table of await tables.all()) {
		await expect(table.locator('caption')).toHaveCount(1);
		expect((await table.locator('caption').textContent())?.trim()).not.toBe('');
		const headers = table.locator('thead th');
		expect(await headers.count()).toBeGreaterThan(0);
		await expect(table.locator('thead th:not([scope="col"])')).toHaveCount(0);
		await expect(table.locator('tbody th:not([scope="row"])')).toHaveCount(0);
	}
}

/** The page itself does not scroll sideways (WCAG 1.4.10): only a table's own box may. */
async function expectNoPageScroll(page: Page) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow, 'page-level horizontal overflow in px').toBeLessThanOrEqual(0);
}

test.describe('data tables as a team lead', () => {
	test.use(as('lead'));

	test('team view: captions, scoped headers, numbers right-aligned with tabular figures', async ({ page }) => {
		await open(page, '/team');
		await expectTableStructure(page);
		const byCoach = page.getByRole('table', { name: 'Asiakasmäärä valmentajittain', exact: true });
		const activeHeader = byCoach.getByRole('columnheader', { name: 'Aktiivisia asiakkaita', exact: true });
		await expect(activeHeader).toHaveCSS('text-align', 'right');
		const activeCell = byCoach.locator('tbody tr').first().locator('td').first();
		await expect(activeCell).toHaveCSS('text-align', 'right');
		await expect(activeCell).toHaveCSS('font-variant-numeric', 'tabular-nums');
		// Text columns stay left-aligned.
		await expect(byCoach.getByRole('columnheader', { name: 'Työhönvalmentaja', exact: true })).toHaveCSS('text-align', 'left');
		await expectAccessible(page);
	});

	test('outcomes: figure tables and chart data tables align their numbers', async ({ page }) => {
		await open(page, '/outcomes');
		await expectTableStructure(page);
		const headline = page.getByRole('table', { name: 'Luvut', exact: true });
		await expect(headline.getByRole('columnheader', { name: 'Arvo', exact: true })).toHaveCSS('text-align', 'right');
		await expect(headline.locator('tbody tr').first().locator('td').first()).toHaveCSS('text-align', 'right');
		await expect(headline.getByRole('rowheader').first()).toHaveCSS('text-align', 'left');
	});

	test('on a 360 px wide phone the page does not scroll sideways and a wide table scrolls in its own focusable region', async ({ page }) => {
		await page.setViewportSize(PHONE);
		for (const url of ['/team', '/clients?scope=team', '/employers', '/outcomes', '/team/supervision']) {
			await open(page, url);
			await expectNoPageScroll(page);
		}

		await open(page, '/team');
		const region = page.getByRole('region', { name: 'Tiimin aktiiviset asiakkaat', exact: true });
		await expect(region).toHaveAttribute('tabindex', '0');
		await expect(region.getByRole('table')).toBeVisible();
		expect(await region.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
		// Keyboard users reach the region and scroll it with the arrow keys.
		await region.focus();
		await expect(region).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
		await expectAccessible(page);

		await open(page, '/outcomes');
		await expectAccessible(page);
	});

	test('a table that fits is no extra tab stop once the page runs', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await open(page, '/outcomes/import');
		const format = page.locator('.table-wrap').filter({ has: page.getByRole('table', { name: 'Tiedostomuoto', exact: true }) });
		await expect(format).toBeVisible();
		await expect.poll(() => format.getAttribute('tabindex')).toBeNull();
		await expect(format).not.toHaveAttribute('role', 'region');
	});
});

test.describe('data tables as a coach', () => {
	test.use(as('coach'));

	test('an empty list shows its message instead of an empty table', async ({ page }) => {
		await open(page, '/clients?q=ei-tallaista-nimea-ole');
		await expect(page.getByText('Ei rivejä.')).toBeVisible();
		await expect(page.locator('main table')).toHaveCount(0);
		await expectAccessible(page);
	});

	test('the client record on a phone: tables scroll inside their regions, the page does not', async ({ page }) => {
		await page.setViewportSize(PHONE);
		await open(page, '/clients?q=Virtanen');
		await page.getByRole('link', { name: 'Virtanen, Aino' }).click();
		await page.waitForURL(/\/clients\/\d+$/);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expectTableStructure(page);
		await expectNoPageScroll(page);
		await expectAccessible(page);
		await open(page, `${new URL(page.url()).pathname}/timeline`);
		await expectTableStructure(page);
		await expectNoPageScroll(page);
	});
});
