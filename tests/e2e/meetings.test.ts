import { test, expect } from '@playwright/test';
import { as, open, expectAccessible, expectNotFound, unique, demoRow } from './helpers';

// Several form round trips and axe runs on a machine shared by parallel workers.
test.describe.configure({ timeout: 120_000 });

/** Aino Virtanen: the coach's demo client whose network the demo data fills. */
const clientId = () => demoRow<{ id: number }>("SELECT c.id FROM clients c JOIN teams t ON t.id = c.team_id WHERE c.first_name = 'Aino' AND c.last_name = 'Virtanen' AND t.name = 'Vantaan IPS-tiimi'").id;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

test.describe('network meetings, consultations, activities and plans made elsewhere, as the coach on a phone', () => {
	test.use({ ...as('coach'), viewport: { width: 390, height: 844 } });

	test('records a network meeting with two participants; a meeting with none is refused next to the field', async ({ page }) => {
		const topic = unique('Työkokeilun aloitus');
		await open(page, `/clients/${clientId()}`);
		const section = page.locator('section[aria-labelledby="h-meetings"]');
		await section.getByText('Kirjaa verkostopalaveri').first().click();
		const form = section.locator('form[action="?/networkMeeting"]');
		await form.getByLabel('Aihe').fill(topic);
		await form.getByLabel('Sovitut jatkotoimet').fill('Sopimus työnantajan kanssa ensi viikolla');
		await form.getByRole('button', { name: 'Kirjaa verkostopalaveri' }).click();
		await expect(form.getByText('Valitse tai kirjoita vähintään yksi osallistuja.')).toBeVisible();
		await expect(form.getByLabel('Aihe')).toHaveValue(topic);
		await expect(section.getByRole('cell', { name: topic })).toHaveCount(0);

		await form.getByLabel(/Sanna Sosiaaliohjaaja/).check();
		await form.getByLabel('Mikko Mäkelä').check();
		await form.getByRole('button', { name: 'Kirjaa verkostopalaveri' }).click();
		await expect(page.getByRole('status')).toHaveText('Tallennettu.');
		const row = section.getByRole('row').filter({ hasText: topic });
		await expect(row).toContainText('Sanna Sosiaaliohjaaja');
		await expect(row).toContainText('Mikko Mäkelä');
		await expect(row).toContainText('Sopimus työnantajan kanssa');
		await expectAccessible(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

		await open(page, `/clients/${clientId()}/timeline`);
		await expect(page.getByRole('row').filter({ hasText: topic })).toContainText('Verkostopalaveri');
	});

	test('an anonymous consultation naming a client warns; saved once the name is removed and confirmed', async ({ page }) => {
		const question = unique('Voiko työkokeilua jatkaa sairausloman jälkeen');
		await open(page, '/team');
		await page.getByRole('link', { name: 'Nimettömät konsultaatiot' }).click();
		await page.waitForURL('**/team/consultations**');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Nimettömät konsultaatiot');
		await page.getByLabel('Kenen kanssa').fill('Työkykykoordinaattori');
		await page.getByLabel('Kysymys').fill(`${question}, Aino Virtasen tilanne?`);
		await page.getByLabel('Vastaus').fill('Voi, kun lääkäri puoltaa.');
		await page.getByRole('button', { name: 'Kirjaa konsultaatio' }).click();
		await expect(page.locator('#f-question-error')).toContainText('Aino Virtanen');
		await expect(page.getByLabel('Kysymys')).toHaveValue(`${question}, Aino Virtasen tilanne?`);
		const confirm = page.getByLabel('Olen tarkistanut tekstin: se ei tunnista asiakasta');
		await expect(confirm).toBeVisible();
		await expectAccessible(page);

		await page.getByLabel('Kysymys').fill(question);
		await confirm.check();
		await page.getByRole('button', { name: 'Kirjaa konsultaatio' }).click();
		await expect(page.getByRole('status')).toHaveText('Tallennettu.');
		await expect(page.getByRole('rowheader', { name: question })).toBeVisible();
		await expect(page.getByLabel('Kysymys')).toHaveValue('');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});

	test('records a työkokeilu and an activation plan; both show on the timeline, the plan on the plan page', async ({ page }) => {
		const organiser = unique('Kauppa Oy');
		const owner = unique('TE-palvelut, Vantaa');
		await open(page, `/clients/${clientId()}`);
		const activities = page.locator('section[aria-labelledby="h-activities"]');
		await activities.getByText('Kirjaa toiminta').first().click();
		const form = activities.locator('form[action="?/activity"]');
		await form.getByLabel('Toiminta').selectOption('work-trial');
		await form.getByLabel('Alkaa').fill(daysAgo(3));
		await form.getByLabel('Päättyy').fill(daysAgo(10));
		await form.getByLabel('Järjestäjä').fill(organiser);
		await form.getByRole('button', { name: 'Kirjaa toiminta' }).click();
		await expect(form.getByText('Loppupäivä ei voi olla ennen alkupäivää.')).toBeVisible();
		await expect(form.getByLabel('Järjestäjä')).toHaveValue(organiser);
		await form.getByLabel('Päättyy').fill('');
		await form.getByRole('button', { name: 'Kirjaa toiminta' }).click();
		await expect(page.getByRole('status')).toHaveText('Tallennettu.');
		await expect(activities.getByRole('row').filter({ hasText: organiser })).toContainText('Käynnissä');
		await expect(page.getByTestId('ongoing-activities')).toContainText('Työkokeilu');

		const plans = page.locator('section[aria-labelledby="h-external-plans"]');
		await plans.getByText('Kirjaa muualla tehty suunnitelma').first().click();
		const planForm = plans.locator('form[action="?/externalPlan"]');
		await planForm.getByRole('combobox', { name: /^Suunnitelma/ }).selectOption('activation-plan');
		await planForm.getByLabel('Laadittu').fill(daysAgo(5));
		await planForm.getByLabel('Kenellä suunnitelma on').fill(owner);
		await planForm.getByRole('button', { name: 'Kirjaa muualla tehty suunnitelma' }).click();
		await expect(page.getByRole('status')).toHaveText('Tallennettu.');
		await expect(plans.getByRole('row').filter({ hasText: owner })).toContainText('Aktiivisuussuunnitelma');
		await expectAccessible(page);

		await open(page, `/clients/${clientId()}/timeline`);
		await expect(page.getByRole('row').filter({ hasText: organiser })).toContainText('Toiminta alkoi');
		await expect(page.getByRole('row').filter({ hasText: owner })).toContainText('Aktiivisuussuunnitelma');

		await open(page, `/clients/${clientId()}/plan`);
		const elsewhere = page.locator('section[aria-labelledby="h-plans-elsewhere"]');
		await expect(elsewhere.getByRole('heading', { name: 'Muualla tehdyt suunnitelmat' })).toBeVisible();
		await expect(elsewhere.getByRole('row').filter({ hasText: owner })).toContainText('Aktiivisuussuunnitelma');
		await expectAccessible(page);
	});
});

test.describe('refusals', () => {
	test.describe('another team’s coach', () => {
		test.use(as('coach3'));
		test('gets 404 for the client and for the team’s consultations', async ({ page }) => {
			const vantaa = demoRow<{ id: number }>("SELECT id FROM teams WHERE name = 'Vantaan IPS-tiimi'").id;
			await expectNotFound(page, `/clients/${clientId()}`);
			await expectNotFound(page, `/team/consultations?team=${vantaa}`);
			const origin = new URL(page.url()).origin;
			const consultation = await page.request.post(`/team/consultations?team=${vantaa}`, { form: { date: daysAgo(1), question: 'Ei saa' }, headers: { origin, accept: 'text/html' } });
			expect(consultation.status()).toBe(404);
			const meeting = await page.request.post(`/clients/${clientId()}?/networkMeeting`, { form: { date: daysAgo(1), topic: 'Ei saa', otherNames: 'X' }, headers: { origin, accept: 'text/html' } });
			expect(meeting.status()).toBe(404);
		});
	});

	test.describe('an employer user', () => {
		test.use(as('employer'));
		test('gets 404 for the client and the consultations page', async ({ page }) => {
			await expectNotFound(page, `/clients/${clientId()}`);
			await expectNotFound(page, '/team/consultations');
		});
	});
});
