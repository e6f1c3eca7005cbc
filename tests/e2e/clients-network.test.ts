import { test, expect } from '@playwright/test';
import { as, open, expectAccessible, expectNotFound, unique, demoRow, storageStatePath } from './helpers';

// Several form round trips and an axe run on a machine shared by parallel workers.
test.describe.configure({ timeout: 90_000 });

/** Aino Virtanen: the coach's demo client whose network the demo data fills. */
const clientUrl = () => `/clients/${demoRow<{ id: number }>("SELECT c.id FROM clients c JOIN teams t ON t.id = c.team_id WHERE c.last_name = 'Virtanen' AND t.name = 'Vantaan IPS-tiimi'").id}`;

test.describe('the coach keeps the support network', () => {
	test.use(as('coach'));

	test('adds (a bad email is refused next to the field, typed values stay), edits and removes a person', async ({ page }) => {
		const url = clientUrl();
		const name = unique('Olli Omavalmentaja');
		await open(page, `${url}/network`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verkosto: Aino Virtanen');
		await expect(page.getByRole('rowheader', { name: 'Sanna Sosiaaliohjaaja' })).toBeVisible();

		const add = page.locator('form[action="?/add"]');
		await add.getByLabel('Nimi').fill(name);
		await add.getByLabel('Rooli').selectOption('personal-coach');
		await add.getByLabel('Organisaatio').fill('Kuntoutussäätiö');
		await add.getByLabel('Sähköposti').fill('ei-osoite');
		await add.getByRole('button', { name: 'Lisää' }).click();
		const email = add.getByLabel('Sähköposti');
		await expect(email).toHaveAttribute('aria-invalid', 'true');
		await expect(add.getByText('Anna sähköpostiosoite muodossa nimi@esimerkki.fi.')).toBeVisible();
		await expect(email).toBeFocused();
		await expect(add.getByLabel('Nimi')).toHaveValue(name);
		await expect(add.getByLabel('Rooli')).toHaveValue('personal-coach');
		await expect(add.getByLabel('Organisaatio')).toHaveValue('Kuntoutussäätiö');
		await expect(email).toHaveValue('ei-osoite');
		await expect(page.getByRole('rowheader', { name })).toHaveCount(0);

		await email.fill('olli@example.fi');
		await add.getByRole('button', { name: 'Lisää' }).click();
		await expect(page.getByRole('status')).toHaveText('Henkilö lisätty verkostoon.');
		await expect(page.getByRole('status')).toBeFocused();
		const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
		await expect(row).toContainText('Omavalmentaja');
		await expect(row).toContainText('olli@example.fi');

		// The client page lists the name and role and links to the network.
		await open(page, url);
		const people = page.locator('section[aria-labelledby="h-people"]');
		await expect(people.getByText(`${name} (Omavalmentaja)`)).toBeVisible();
		await people.getByRole('link', { name: 'Verkosto' }).click();
		await page.waitForURL(`**${url}/network`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

		const card = page.getByRole('region', { name });
		await card.getByText(`Muokkaa: ${name}`).click();
		const edit = card.locator('form[action^="?/update"]');
		// A refused edit in one of several edit forms: focus goes to that form's field.
		await edit.getByLabel('Nimi').fill('');
		await edit.getByRole('button', { name: 'Tallenna' }).click();
		await expect(edit.getByLabel('Nimi')).toHaveAttribute('aria-invalid', 'true');
		await expect(edit.getByLabel('Nimi')).toBeFocused();
		await edit.getByLabel('Nimi').fill(name);
		await edit.getByLabel('Puhelin').fill('040 765 4321');
		await edit.getByLabel('Rooli').selectOption('care-contact');
		await edit.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.getByRole('status')).toHaveText('Tiedot tallennettu.');
		await expect(row).toContainText('040 765 4321');
		await expect(row).toContainText('Hoitokontakti');

		await card.getByText(`Poista: ${name}`).click();
		await card.getByRole('button', { name: 'Poista verkostosta' }).click();
		await expect(page.getByRole('status')).toHaveText('Henkilö poistettu verkostosta.');
		await expect(page.getByRole('rowheader', { name })).toHaveCount(0);
		await expect(page.getByRole('rowheader', { name: 'Sanna Sosiaaliohjaaja' })).toBeVisible();
		await expectAccessible(page);
	});

	test('works without JavaScript: a refused add keeps the typed values; add, edit and remove round-trip', async ({ browser }) => {
		const context = await browser.newContext({ storageState: storageStatePath('coach'), javaScriptEnabled: false });
		const page = await context.newPage();
		const url = clientUrl();
		const name = unique('Nina Nojs');
		await page.goto(`${url}/network`);
		const add = page.locator('form[action="?/add"]');
		await add.getByLabel('Nimi').fill(name);
		await add.getByLabel('Puhelin').fill('1'.repeat(41));
		await add.getByRole('button', { name: 'Lisää' }).click();
		await expect(page.locator('form[action="?/add"]').getByText('Enintään 40 merkkiä.')).toBeVisible();
		await expect(page.locator('form[action="?/add"]').getByLabel('Nimi')).toHaveValue(name);
		await page.locator('form[action="?/add"]').getByLabel('Puhelin').fill('09 123');
		await page.locator('form[action="?/add"]').getByRole('button', { name: 'Lisää' }).click();
		await expect(page.getByRole('status')).toHaveText('Henkilö lisätty verkostoon.');

		// Edit and remove post to the per-person actions (?/update&person=…) in a plain round trip.
		const card = page.getByRole('region', { name });
		await card.getByText(`Muokkaa: ${name}`).click();
		await card.getByLabel('Organisaatio').fill('Päihdepalvelut');
		await card.getByRole('button', { name: 'Tallenna' }).click();
		await expect(page.getByRole('status')).toHaveText('Tiedot tallennettu.');
		await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) })).toContainText('Päihdepalvelut');
		await page.getByRole('region', { name }).getByText(`Poista: ${name}`).click();
		await page.getByRole('region', { name }).getByRole('button', { name: 'Poista verkostosta' }).click();
		await expect(page.getByRole('status')).toHaveText('Henkilö poistettu verkostosta.');
		await expect(page.getByRole('rowheader', { name })).toHaveCount(0);
		await context.close();
	});
});

test('a teammate reads the network but cannot change it', async ({ browser }) => {
	const url = clientUrl();
	const context = await browser.newContext({ storageState: storageStatePath('coach2') });
	const page = await context.newPage();
	await open(page, `${url}/network`);
	await expect(page.getByRole('rowheader', { name: 'Sanna Sosiaaliohjaaja' })).toBeVisible();
	await expect(page.locator('form[action="?/add"]')).toHaveCount(0);
	const origin = new URL(page.url()).origin;
	const refused = await page.request.post(`${url}/network?/add`, { form: { role: 'other', name: 'Ei saa' }, headers: { origin, accept: 'text/html' } });
	expect(refused.status()).toBe(403);
	await context.close();
});

test('another team and an employer get 404 on the network page', async ({ browser }) => {
	const url = clientUrl();
	for (const role of ['coach3', 'lead2', 'employer'] as const) {
		const context = await browser.newContext({ storageState: storageStatePath(role) });
		const page = await context.newPage();
		await expectNotFound(page, `${url}/network`);
		const origin = new URL(page.url()).origin;
		const post = await page.request.post(`${url}/network?/add`, { form: { role: 'other', name: 'Ei saa' }, headers: { origin, accept: 'text/html' } });
		expect(post.status()).toBe(404);
		await context.close();
	}
});
