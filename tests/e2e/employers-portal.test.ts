import { test, expect, type Browser } from '@playwright/test';
import { as, open, expectAccessible, expectNotFound, signIn, unique, enrolTotp } from './helpers';
import { businessIdCheckDigit } from '../../src/lib/domain/business-id';

/** Fields that must never reach the employer, by name or by demo value. */
const FORBIDDEN = ['lastName', 'clientId', 'disclosure', 'tasks', 'tailoring', 'accommodations', 'wage', 'healthData', 'notes', 'enrolment', 'consent', 'personalId', 'Hämäläinen', 'Sisäinen muistiinpano'];

async function coachPage(browser: Browser, role: 'coach' | 'lead' = 'coach') {
	const context = await browser.newContext({ storageState: as(role).storageState });
	return { context, page: await context.newPage() };
}

test.describe('employer portal (demo Kahvila Kulma Oy)', () => {
	test.use(as('employer'));

	test('sees exactly the disclosed placement and the shared contacts, nothing more', async ({ page }) => {
		test.slow();
		await open(page, '/portal');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Kahvila Kulma Oy');
		const cards = page.getByTestId('portal-placements').getByRole('listitem');
		await expect(cards).toHaveCount(1);
		await expect(cards.first()).toContainText('Kirsi');
		await expect(cards.first()).toContainText('Kaisa Koski');
		await expect(cards.first()).toContainText('coach@example.fi');
		await expect(page.getByTestId('portal-contacts').locator('tbody tr')).toHaveCount(2);
		await expect(page.locator('main')).not.toContainText('Sisäinen muistiinpano');
		await expectAccessible(page);

		const data = await page.request.get('/portal/__data.json');
		expect(data.status()).toBe(200);
		const text = await data.text();
		for (const word of FORBIDDEN) expect(text, word).not.toContain(word);

		await cards.first().getByRole('link', { name: 'Kirsi' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Kirsi');
		await expectAccessible(page);
		const detail = await page.request.get(`${new URL(page.url()).pathname}/__data.json`);
		for (const word of FORBIDDEN) expect(await detail.text(), word).not.toContain(word);
	});

	test('other clients, placements and employers answer 404', async ({ page, browser }) => {
		test.slow();
		const { context, page: coach } = await coachPage(browser);
		await open(coach, '/employers?q=Kahvila');
		await coach.getByRole('rowheader').getByRole('link', { name: 'Kahvila Kulma Oy' }).click();
		await coach.waitForURL(/\/employers\/\d+$/);
		const employerPath = new URL(coach.url()).pathname;
		const placementPaths = await coach.locator('tbody a[href^="/placements/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		await coach.locator('tbody a[href^="/placements/"]').first().click();
		await coach.waitForURL(/\/placements\/\d+$/);
		const clientPath = (await coach.getByRole('link', { name: /^←/ }).getAttribute('href'))!;
		await open(coach, '/employers?q=Varasto');
		await coach.getByRole('rowheader').getByRole('link', { name: 'Vantaan Varasto Oy' }).click();
		await coach.waitForURL(/\/employers\/\d+$/);
		const otherEmployerPath = new URL(coach.url()).pathname;
		const otherPlacement = (await coach.locator('tbody a[href^="/placements/"]').first().getAttribute('href'))!;
		await context.close();

		expect(placementPaths.length).toBe(2);
		await open(page, '/portal');
		const visibleId = (await page.getByTestId('portal-placements').locator('a[href^="/portal/placements/"]').first().getAttribute('href'))!.split('/').pop();
		for (const path of placementPaths) {
			await expectNotFound(page, path);
			const id = path.split('/').pop();
			if (id !== visibleId) await expectNotFound(page, `/portal/placements/${id}`);
		}
		await expectNotFound(page, `/portal/placements/${otherPlacement.split('/').pop()}`);
		await expectNotFound(page, '/portal/placements/abc');
		await expectNotFound(page, employerPath);
		await expectNotFound(page, otherEmployerPath);
		await expectNotFound(page, clientPath);
		await expectNotFound(page, `${clientPath}/placements/new`);
		await expectNotFound(page, '/employers');
		await expectNotFound(page, '/employers/week');
		await expectNotFound(page, '/placements/due');
	});

	test('sends a contact request that the coach sees; empty and over-long text get field messages', async ({ page, browser }) => {
		test.slow();
		await open(page, '/portal');
		await page.getByRole('button', { name: 'Lähetä' }).click();
		await expect(page.locator('#f-message-error')).toContainText('Pakollinen');
		await page.getByLabel('Viesti').fill('x'.repeat(1001));
		await page.getByRole('button', { name: 'Lähetä' }).click();
		await expect(page.locator('#f-message-error')).toContainText('1000');
		const message = unique('Voisitteko soittaa');
		await page.getByLabel('Viesti').fill(message);
		await page.getByRole('button', { name: 'Lähetä' }).click();
		await expect(page.getByRole('status')).toContainText('Viesti lähetetty');
		await expect(page.getByText(message)).toBeVisible();
		const { context, page: coach } = await coachPage(browser);
		await open(coach, '/employers');
		await expect(coach.getByText(message)).toBeVisible();
		await coach.getByRole('link', { name: 'Kahvila Kulma Oy' }).first().click();
		await expect(coach.getByText(message)).toBeVisible();
		await context.close();
	});
});

test.describe('staff cannot open the portal', () => {
	test.use(as('coach'));
	test('coach gets 404 at /portal', async ({ page }) => {
		test.slow();
		await expectNotFound(page, '/portal');
	});
});

test.describe('consent withdrawal hides the placement and its shared contacts from the portal', () => {
	test.use(as('lead'));

	test('lead invites an employer user; coach records and withdraws consent', async ({ page, browser }) => {
		test.slow();
		// Lead: new employer and its user.
		let businessId = '';
		while (!businessId) {
			const digits = String(Math.floor(Math.random() * 9_000_000) + 1_000_000);
			const check = businessIdCheckDigit(digits);
			if (check !== null) businessId = `${digits}-${check}`;
		}
		const employerName = unique('Portaaliyritys Oy');
		await open(page, '/employers/new');
		await page.locator('#f-name').fill(employerName);
		await page.getByLabel('Y-tunnus').fill(businessId);
		await page.getByRole('button', { name: 'Luo' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(employerName);
		const employerId = new URL(page.url()).pathname.split('/').pop();
		const email = `${unique('tyonantaja').replace(/\W+/g, '.')}@example.org`.toLowerCase();
		await page.getByText('Kutsu työnantajan käyttäjä').click();
		await page.locator('#invite-name').fill('Testi Esihenkilö');
		await page.locator('#invite-email').fill(email);
		await page.locator('#invite-password').fill('short');
		await page.getByRole('button', { name: 'Luo käyttäjä' }).click();
		await expect(page.locator('#invite-password-error')).toBeVisible();
		await page.locator('#invite-password').fill('onetime-password-9');
		await page.getByRole('button', { name: 'Luo käyttäjä' }).click();
		await expect(page.getByText(`Testi Esihenkilö (${email})`)).toBeVisible();
		await expectAccessible(page);

		// Coach: a disclosed placement at that employer, with a consent naming it.
		const { context, page: coach } = await coachPage(browser);
		await open(coach, '/employers/contacts/new');
		const clientId = await coach.locator('input[name="clientIds"]').first().getAttribute('value');
		await open(coach, `/clients/${clientId}/placements/new`);
		await coach.locator('#f-employerId').selectOption({ label: employerName });
		await coach.getByLabel('Tehtävänimike').fill('Asiakaspalvelija');
		await coach.getByLabel('Päätös').selectOption('general');
		await coach.getByRole('button', { name: 'Luo' }).click();
		await expect(coach.getByTestId('portal-visibility')).toHaveText('ei');
		const placementPath = new URL(coach.url()).pathname;

		// Without a consent naming the employer, a contact about this placement cannot be shared.
		const sharedOutcome = unique('Työpaikkakäynti sujui');
		const logSharedSupport = async () => {
			await open(coach, `/employers/contacts/new?placement=${placementPath.split('/').pop()}`);
			await coach.getByLabel('Tulos').fill(sharedOutcome);
			await coach.getByLabel('Näytä tämä kontakti työnantajan portaalissa').check();
			await coach.getByRole('button', { name: 'Tallenna' }).click();
		};
		await logSharedSupport();
		await expect(coach.locator('#f-sharedWithEmployer-error')).toContainText('ei ole voimassa olevaa kirjallista suostumusta');
		await expect(coach.getByLabel('Näytä tämä kontakti työnantajan portaalissa')).toHaveAttribute('aria-describedby', /f-sharedWithEmployer-error/);
		await expect(coach.getByLabel('Tulos')).toHaveValue(sharedOutcome);
		await expectAccessible(coach);
		await open(coach, placementPath);

		await coach.getByText('Kirjaa suostumus tälle työnantajalle').click();
		await coach.getByRole('button', { name: 'Lisää' }).click();
		await expect(coach.getByTestId('portal-visibility')).toContainText('kyllä');
		// With the consent it saves (back on the placement page).
		await logSharedSupport();
		await coach.waitForURL(/\/placements\/\d+\?saved/);
		await coach.locator('html[data-hydrated]').waitFor({ state: 'attached' });

		// The new employer user sees it (after choosing an own password).
		const employerContext = await browser.newContext({ storageState: undefined });
		const employer = await employerContext.newPage();
		await signIn(employer, email, 'onetime-password-9');
		await expect(employer).toHaveURL(/\/account\/password/);
		await employer.locator('input[name="currentPassword"]').fill('onetime-password-9');
		await employer.locator('input[name="password"]').fill('employer-own-pass-1');
		await employer.locator('input[name="passwordRepeat"]').fill('employer-own-pass-1');
		await employer.getByRole('button', { name: 'Tallenna' }).click();
		await expect(employer.getByRole('status')).toBeVisible();
		// Employer users sign in with a second factor: enrolment comes first (docs/domain/sign-in.md).
		await open(employer, '/portal');
		await expect(employer).toHaveURL(/\/account\/two-factor$/);
		await enrolTotp(employer);
		await open(employer, '/portal');
		await expect(employer.getByTestId('portal-placements').getByRole('listitem')).toHaveCount(1);
		await expect(employer.getByTestId('portal-placements')).toContainText('Asiakaspalvelija');
		await expect(employer.getByTestId('portal-contacts')).toContainText(sharedOutcome);
		await expectNotFound(employer, `/employers/${employerId}`);

		// Coach withdraws the consent: gone from the portal at once.
		await coach.getByRole('button', { name: 'Peru suostumus' }).click();
		await expect(coach.getByTestId('portal-visibility')).toHaveText('ei');
		await expect(coach.getByText(/peruttu/)).toBeVisible();
		await open(employer, '/portal');
		await expect(employer.getByTestId('portal-placements')).toHaveCount(0);
		await expect(employer.locator('main')).not.toContainText('Asiakaspalvelija');
		await expect(employer.locator('main')).not.toContainText(sharedOutcome);
		await employerContext.close();
		await context.close();
	});
});
