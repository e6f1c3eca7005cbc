import { test, expect, type Page } from '@playwright/test';
import { as, open, expectAccessible, unique } from './helpers';

test.use(as('coach'));

// Several pages and axe runs per test on a machine shared by parallel workers.
test.describe.configure({ timeout: 90_000 });

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
function daysAgo(n: number): string {
	const d = new Date(`${today}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - n);
	return d.toISOString().slice(0, 10);
}

async function createClient(page: Page, lastName: string): Promise<string> {
	await open(page, '/clients/new');
	await page.getByLabel('Etunimi').fill('Testi');
	await page.getByLabel('Sukunimi').fill(lastName);
	await page.getByLabel('Henkilötunnus').fill('131052-308T');
	await page.getByLabel('Lähetteen päivä').fill(daysAgo(10));
	await page.getByLabel('Ohjaava taho').selectOption('psychiatric-care');
	await page.getByRole('button', { name: 'Luo' }).click();
	await expect(page).toHaveURL(/\/clients\/\d+\?created/);
	return new URL(page.url()).pathname;
}

/** Opens a <details> form section unless it is already open (it stays open after a save). */
async function openDetails(page: Page, summary: string) {
	const details = page.locator('details', { has: page.locator('summary', { hasText: summary }) });
	// The section is re-rendered when a form answer arrives, so check until it stays open.
	await expect(async () => {
		if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
		await expect(details.locator('form')).toBeVisible({ timeout: 500 });
	}).toPass();
}

async function changePhase(page: Page, phase: string, reason = '', expectRefusal = false) {
	const form = page.locator('form[action="?/phase"]');
	await form.getByLabel('Uusi vaihe').selectOption(phase);
	if (reason) await form.getByLabel('Syy').fill(reason);
	await form.getByRole('button', { name: 'Vaihda vaihe' }).click();
	// Wait for the answer: the next change carries the version this one produced.
	if (expectRefusal) await expect(page.locator('#ph-reason-error')).toContainText('Kerro syy');
	else await expect(page.getByTestId('current-phase')).toContainText(new RegExp(`^${phase}\\.`));
}

test('new client from referral: bad input gets field messages, the record shows the code masked', async ({ page }) => {
	await open(page, '/clients/new');
	await page.getByLabel('Etunimi').fill('Virhe');
	await page.getByLabel('Sukunimi').fill('x'.repeat(101));
	await page.getByLabel('Henkilötunnus').fill('131052-308U');
	await page.getByLabel('Lähetteen päivä').fill('2099-01-01');
	await page.getByRole('button', { name: 'Luo' }).click();
	await expect(page.locator('#f-lastName-error')).toContainText('Enintään 100');
	await expect(page.getByLabel('Etunimi')).toHaveValue('Virhe');
	await page.getByLabel('Sukunimi').fill('Virheellinen');
	await page.getByRole('button', { name: 'Luo' }).click();
	await expect(page.locator('#f-personalId-error')).toContainText('Tarkista henkilötunnus');
	await expect(page.locator('#f-referralDate-error')).toContainText('tulevaisuudessa');
	await expect(page.getByLabel('Henkilötunnus')).toHaveValue('131052-308U');
	await expectAccessible(page);

	const lastName = unique('Polku');
	await createClient(page, lastName);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Testi ${lastName}`);
	await expect(page.getByText('131052-****')).toBeVisible();
	await expect(page.getByText('131052-308T')).toHaveCount(0);
	await expect(page.getByTestId('current-phase')).toContainText('1. Sopimus työhönvalmennuksesta');
	await expectAccessible(page);
});

test('a coach runs a client through all five phases, with contacts, profile, plan, consent and closing', async ({ page, browser }) => {
	// One long journey through the whole record: more steps than the default 30 s allows on a shared machine.
	test.setTimeout(150_000);
	const lastName = unique('Vaihe');
	const url = await createClient(page, lastName);
	await open(page, url);

	// Phase 1: agreement. Entry before referral is refused at the field.
	const agreement = page.locator('form[action="?/enrolment"]');
	await openDetails(page, 'Muokkaa ohjautumista ja sopimusta');
	await agreement.getByLabel('Sopimuspäivä (aloitus)').fill(daysAgo(20));
	await agreement.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.locator('#en-entryDate-error')).toContainText('ennen lähetteen päivää');
	await agreement.getByLabel('Sopimuspäivä (aloitus)').fill(daysAgo(7));
	await agreement.getByLabel('Sovitut tavoitteet').fill('Osa-aikatyö kahvilassa');
	await agreement.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Tallennettu' })).toBeVisible();
	await expect(page.getByText('Osa-aikatyö kahvilassa')).toBeVisible();

	// Consent (Y100) with health data flagged explicitly, on its own page.
	await page.getByRole('link', { name: 'Lisää suostumus' }).click();
	await page.waitForURL(/\/consents\/new$/);
	await expectAccessible(page);
	const consent = page.locator('main form');
	await consent.getByLabel('Hyvinvointialue').check();
	await consent.getByLabel('Työhistoria').check();
	await consent.getByLabel('Suostumus kattaa terveystiedot').check();
	await consent.getByLabel('Käyttötarkoitus').fill('Työhönvalmennus');
	await consent.getByLabel('Voimassa asti').fill(daysAgo(8));
	await consent.getByRole('button', { name: 'Lisää suostumus' }).click();
	await expect(page.locator('#f-validTo-error')).toContainText('ennen alkupäivää');
	// Nothing typed is lost with the refusal.
	await expect(consent.getByLabel('Käyttötarkoitus')).toHaveValue('Työhönvalmennus');
	await expect(consent.getByLabel('Työhistoria')).toBeChecked();
	await consent.getByLabel('Voimassa asti').fill('');
	// The consent names the team's employer (what opens the employer portal for a disclosed job).
	await consent.getByLabel('Suostumuksessa nimetty työnantaja').selectOption({ label: 'Kahvila Kulma Oy' });
	await consent.getByRole('button', { name: 'Lisää suostumus' }).click();
	await page.waitForURL(/\/clients\/\d+\?saved=consent/);
	await expect(page.locator('#h-consents ~ [role="status"]')).toHaveText('Tallennettu.');
	await expect(page.getByTestId('consent-warning')).toHaveCount(0);
	await expect(page.getByText('Sisältää terveystietoja')).toBeVisible();
	await expect(page.getByText('Suostumuksessa nimetty työnantaja: Kahvila Kulma Oy')).toBeVisible();

	// Contacts: a future date and a zero duration are refused; a real one is saved.
	await openDetails(page, 'Kirjaa yhteydenotto');
	const contact = page.locator('form[action="?/contact"]');
	await contact.getByRole('textbox', { name: 'Päivämäärä', exact: true }).fill('2099-05-01');
	await contact.getByRole('button', { name: 'Kirjaa yhteydenotto' }).click();
	await expect(page.locator('#co-date-error')).toContainText('tulevaisuudessa');
	// Focus lands on the field to fix, not at the top of the document.
	await expect(contact.getByRole('textbox', { name: 'Päivämäärä', exact: true })).toBeFocused();
	await contact.getByRole('textbox', { name: 'Päivämäärä', exact: true }).fill(daysAgo(1));
	await contact.getByLabel('Kesto (min)').fill('1441');
	await contact.getByRole('button', { name: 'Kirjaa yhteydenotto' }).click();
	await expect(page.locator('#co-duration-error')).toContainText('1–1440');
	await expect(page.locator('#co-date-error')).toHaveCount(0);
	await contact.getByLabel('Kesto (min)').fill('45');
	await contact.getByLabel('Paikka').selectOption('public-place');
	await contact.getByLabel('Muistiinpano').fill('Ensitapaaminen kirjastossa');
	await contact.getByLabel('Seuraava askel', { exact: true }).fill('CV yhdessä');
	await contact.getByLabel('Seuraavan askeleen määräpäivä').fill(daysAgo(-7));
	await contact.getByRole('button', { name: 'Kirjaa yhteydenotto' }).click();
	await expect(page.getByRole('cell', { name: 'Ensitapaaminen kirjastossa' })).toBeVisible();

	// Phase 2: vocational profile (versioned), benefits counselling, disclosure, Kykyviisari.
	await changePhase(page, '2');
	await expect(page.getByTestId('current-phase')).toContainText('2. Ammatillinen profiili');
	await open(page, `${url}/profile`);
	await openDetails(page, 'Laadi ammatillinen profiili');
	await page.getByLabel('Taidot ja vahvuudet').fill('Asiakaspalvelu');
	await page.getByLabel('Työtavoitteet').fill('Kahvilatyö');
	await page.locator('form[action="?/profile"]').getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByText('Versio 1', { exact: false }).first()).toBeVisible();
	await openDetails(page, 'Päivitä profiili');
	await page.getByLabel('Työtavoitteet').fill('Kahvila- tai leipomotyö');
	await page.getByLabel('Mikä muuttui').fill('Leipomo lisätty');
	await page.locator('form[action="?/profile"]').getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('cell', { name: 'Leipomo lisätty' })).toBeVisible();
	await expect(page.getByRole('cell', { name: 'Työtavoitteet', exact: true })).toBeVisible();
	await page.locator('form[action="?/benefits"]').getByLabel('Tila').selectOption('done');
	await page.locator('form[action="?/benefits"]').getByRole('button', { name: 'Lisää' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'Annettu' })).toBeVisible();
	await page.locator('form[action="?/disclosure"]').getByLabel('Päätös').selectOption('general');
	await page.locator('form[action="?/disclosure"]').getByRole('button', { name: 'Lisää' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'Yleisesti' })).toBeVisible();
	for (const [date, overall] of [[daysAgo(6), '5'], [daysAgo(1), '7']]) {
		const kyky = page.locator('form[action="?/kykyviisari"]');
		await kyky.getByRole('textbox', { name: 'Täytetty', exact: true }).fill(date);
		await kyky.getByLabel('Työkyky yleisesti').fill(overall);
		await kyky.getByLabel('Taidot', { exact: true }).fill('6');
		await kyky.getByLabel('Työ ja tulevaisuus').fill(overall === '5' ? '4' : '6');
		await kyky.getByRole('button', { name: 'Lisää' }).click();
		await expect(page.locator('table').filter({ hasText: 'Työkyky yleisesti' }).locator('tbody tr').filter({ hasText: overall }).first()).toBeAttached();
	}
	await expect(page.getByText(/Työkyky muuttui 5 → 7/)).toBeVisible();
	const changeRow = page.getByRole('table', { name: 'Kykyviisarin muutos osa-alueittain' }).getByRole('row', { name: /Työ ja tulevaisuus/ });
	await expect(changeRow.getByRole('cell')).toHaveText(['4', '6', '+2']);
	await expect(page.locator('canvas')).toBeVisible();
	await expectAccessible(page);

	// Phase 3: job-search plan.
	await open(page, url);
	await changePhase(page, '3');
	await open(page, `${url}/profile`);
	await openDetails(page, 'Laadi suunnitelma');
	await page.getByLabel('Tavoitellut työt ja alat').fill('Kahvilat, leipomot');
	await page.locator('form[action="?/jobSearchPlan"]').getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByText('Kahvilat, leipomot').first()).toBeVisible();
	const activity = page.locator('form[action="?/activity"]');
	await activity.getByLabel('Laji').selectOption('interview');
	await activity.getByLabel('Työnantaja').fill('Kahvila Kulma Oy');
	await activity.getByRole('button', { name: 'Lisää' }).click();
	await expect(page.getByRole('cell', { name: 'Haastattelu' })).toBeVisible();

	// Work-ability support plan: goal → sub-goal → action, then the printable service map.
	await open(page, `${url}/plan`);
	await page.getByLabel('Tavoite', { exact: true }).first().fill('Osa-aikatyö syksyllä');
	await page.getByLabel('Osatavoite', { exact: true }).first().fill('Työnhakuasiakirjat');
	await page.locator('#f-g0s0a0').fill('x'.repeat(501));
	await page.locator('#f-g0s0a0_resp').fill('Työhönvalmentaja');
	await page.locator('#f-g0s0a0_due').fill(daysAgo(-30));
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.locator('#f-g0s0a0-error')).toContainText('Enintään 500');
	await expect(page.getByLabel('Tavoite', { exact: true }).first()).toHaveValue('Osa-aikatyö syksyllä');
	await page.locator('#f-g0s0a0').fill('CV ja hakemus');
	await page.getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('heading', { name: 'Osa-aikatyö syksyllä' })).toBeVisible();
	await expect(page.getByRole('cell', { name: 'CV ja hakemus' })).toBeVisible();
	await expectAccessible(page);
	await open(page, `${url}/plan/print`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Palvelukartta');
	await expect(page.getByRole('cell', { name: 'CV ja hakemus' })).toBeVisible();

	// Phases 4 and 5; moving back needs a reason.
	await open(page, url);
	await expect(page.getByRole('link', { name: 'Uusi työsuhde' })).toHaveAttribute('href', `${url}/placements/new`);
	await changePhase(page, '4');
	await changePhase(page, '5');
	await expect(page.getByTestId('current-phase')).toContainText('5. Tuki työsuhteen aikana');
	await changePhase(page, '3', '', true);
	await changePhase(page, '3', 'Työ päättyi koeajalla');
	await expect(page.getByTestId('current-phase')).toContainText('3. Työnhaku');
	await expect(page.getByRole('cell', { name: 'Työ päättyi koeajalla' })).toBeVisible();

	// Two people saving the same record: the later save is refused, nothing overwritten.
	const otherContext = await browser.newContext({ storageState: await page.context().storageState() });
	const other = await otherContext.newPage();
	await open(other, url);
	await openDetails(page, 'Muokkaa henkilötietoja');
	await page.locator('form[action="?/identity"]').getByLabel('Kotikunta').fill('Vantaa');
	await page.locator('form[action="?/identity"]').getByRole('button', { name: 'Tallenna' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Tallennettu' })).toBeVisible();
	// The section closed with the focused button in it: focus moves to the saved notice.
	await expect(page.getByRole('status').filter({ hasText: 'Tallennettu' })).toBeFocused();
	await openDetails(other, 'Muokkaa henkilötietoja');
	await other.locator('form[action="?/identity"]').getByLabel('Kotikunta').fill('Espoo');
	await other.locator('form[action="?/identity"]').getByRole('button', { name: 'Tallenna' }).click();
	await expect(other.getByRole('alert').filter({ hasText: 'Joku muu tallensi' })).toBeVisible();
	await otherContext.close();
	await open(page, url);
	await expect(page.locator('dd', { hasText: 'Vantaa' })).toBeVisible();

	// Closing: "could not be reached" needs three outreach attempts; then closed with a reason.
	const closing = page.locator('form[action="?/close"]');
	await closing.getByLabel('Päättymisen syy').selectOption('not-reached');
	await closing.getByRole('button', { name: 'Päätä asiakkuus' }).click();
	await expect(page.locator('#cl-reason-error')).toContainText('kolme');
	await closing.getByLabel('Päättymisen syy').selectOption('employed');
	await closing.getByRole('button', { name: 'Päätä asiakkuus' }).click();
	await expect(page.getByTestId('closed-badge')).toContainText('Työllistyi');
	await expect(page.locator('form[action="?/contact"]')).toHaveCount(0);

	// Editing a closed enrolment (a stale form posted anyway) gets a message, not a 500.
	const origin = new URL(page.url()).origin;
	const response = await page.request.post(`${url}?/contact`, {
		form: { _form: 'contact', date: daysAgo(1), durationMinutes: '30', mode: 'phone', place: 'remote' },
		headers: { origin, accept: 'text/html' }
	});
	expect(response.status()).toBe(400);
	expect(await response.text()).toContain('Asiakkuus on päättynyt');

	// The timeline shows everything, printable.
	await open(page, `${url}/timeline`);
	await expect(page.locator('tr[data-kind="contact"]')).toHaveCount(1);
	await expect(page.locator('tr[data-kind="phase"]')).toHaveCount(6);
	await expect(page.locator('tr[data-kind="closing"]')).toHaveCount(1);
	await expect(page.locator('tr[data-kind="support-plan"]')).toHaveCount(1);
	await expect(page.locator('tr[data-kind="job-search-activity"]')).toHaveCount(1);
	await expectAccessible(page);

	// Re-opening starts a new enrolment; the closed one stays as history.
	await open(page, url);
	await page.locator('form[action="?/reopen"]').getByRole('button', { name: 'Avaa uusi asiakkuus' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Uusi asiakkuus avattu' })).toBeVisible();
	await expect(page.getByTestId('current-phase')).toContainText('1. Sopimus');
	await expect(page.getByRole('heading', { name: 'Aiemmat asiakkuudet' })).toBeVisible();
});

test('the caseload lists own clients with flags, filters and search; / leads a coach there', async ({ page }) => {
	await open(page, '/');
	await expect(page).toHaveURL(/\/clients$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Asiakkaat');
	await expect(page.locator('[data-flag="no-contact"]').first()).toBeVisible();
	await expectAccessible(page);
	await open(page, '/clients?q=Virtanen');
	await expect(page.getByRole('link', { name: 'Virtanen, Aino' })).toBeVisible();
	await expect(page.getByRole('link', { name: /Korhonen/ })).toHaveCount(0);
	await open(page, '/clients?phase=5&status=all');
	for (const cell of await page.locator('tbody td:nth-child(2)').allTextContents()) expect(cell).toContain('5.');
});
