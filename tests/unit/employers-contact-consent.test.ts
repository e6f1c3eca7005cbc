import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, isNull } from 'drizzle-orm';
import { loadDemo } from '$lib/server/demo';
import { getDb } from '$lib/server/db';
import { consents, employerContacts, employers, placements, users } from '$lib/server/db/schema';
import { portalSharedContacts } from '$lib/server/portal/portal';
import { clientOptionsForCoach, createEmployerContact } from '$lib/server/employers/contacts';
import { addEmployerConsent, withdrawConsent } from '$lib/server/placements/placements';
import { addDays, isoDateInFinland } from '$lib/domain/dates';
import type { Actor } from '$lib/server/policy';
import type { EmployerContactInput } from '$lib/server/employers/forms';
import { actions } from '../../src/routes/employers/contacts/new/+page.server';

/**
 * A contact naming a client (ticked, or through its placement) reaches the employer portal only
 * while that client's written consent names the employer: refused on save, hidden when it ends.
 */

// The save action checks consent on the real date, so the demo is loaded relative to it.
const TODAY = isoDateInFinland();
let kahvilaId: number;
let teamId: number;
let coachId: number;
let actor: Actor;
/** The demo's disclosed placement at Kahvila Kulma: its client has a written consent naming Kahvila. */
let consented: { placementId: number; clientId: number };
/** The demo's undisclosed placement at Kahvila Kulma: no consent naming Kahvila. */
let unconsented: { placementId: number; clientId: number };
/** Another of the coach's own clients, without any consent naming Kahvila. */
let otherClientId: number;

function generic(overrides: Partial<EmployerContactInput> = {}): EmployerContactInput {
	return {
		employerId: kahvilaId,
		date: TODAY,
		mode: 'face-to-face',
		purpose: 'follow-up',
		personMet: null,
		forClients: false,
		clientIds: [],
		clientPresent: false,
		placementId: null,
		outcome: null,
		nextStep: null,
		nextStepDue: null,
		sharedWithEmployer: true,
		...overrides
	};
}

function portalOutcomes(today = TODAY): (string | null)[] {
	return portalSharedContacts(kahvilaId, today).map((c) => c.outcome);
}

function contactCount(): number {
	return getDb().select({ n: count() }).from(employerContacts).get()!.n;
}

/** Posts the "log employer contact" form as the coach; returns the failure, or 'saved' on the redirect. */
async function post(fields: Record<string, string | string[]>): Promise<{ status: number; errors: Record<string, string> } | 'saved'> {
	const body = new FormData();
	for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
	const request = new Request('http://localhost/employers/contacts/new', { method: 'POST', body });
	try {
		const result = (await actions.default({ request, locals: { actor } } as never)) as { status: number; data: { errors: Record<string, string> } };
		return { status: result.status, errors: result.data.errors };
	} catch (thrown) {
		if ((thrown as { status?: number }).status === 303) return 'saved';
		throw thrown;
	}
}

function form(outcome: string, extra: Record<string, string | string[]>) {
	return { employerId: String(kahvilaId), date: TODAY, mode: 'face-to-face', purpose: 'in-work-support', outcome, sharedWithEmployer: 'on', ...extra };
}

beforeAll(async () => {
	await loadDemo({ today: TODAY });
	const db = getDb();
	const kahvila = db.select().from(employers).where(eq(employers.name, 'Kahvila Kulma Oy')).get()!;
	kahvilaId = kahvila.id;
	teamId = kahvila.teamId;
	coachId = db.select().from(users).where(eq(users.email, 'coach@example.fi')).get()!.id;
	actor = { id: coachId, isAdmin: false, employerId: null, memberships: [{ teamId, role: 'coach' }] };
	const atKahvila = db.select().from(placements).where(eq(placements.employerId, kahvilaId)).all();
	const withConsent = (clientId: number) => db.select().from(consents).where(and(eq(consents.clientId, clientId), eq(consents.employerId, kahvilaId))).all().length > 0;
	const c = atKahvila.find((p) => withConsent(p.clientId))!;
	const u = atKahvila.find((p) => !withConsent(p.clientId))!;
	consented = { placementId: c.id, clientId: c.clientId };
	unconsented = { placementId: u.id, clientId: u.clientId };
	otherClientId = clientOptionsForCoach(coachId, teamId).find((o) => o.id !== consented.clientId && !withConsent(o.id))!.id;
});

describe('saving a shared contact', () => {
	it('is refused next to the shared box when a named client has no consent naming the employer; nothing is saved', async () => {
		const before = contactCount();
		const result = await post(form('Ei saa näkyä', { forClients: 'on', clientIds: [String(otherClientId)] }));
		expect(result).not.toBe('saved');
		if (result === 'saved') return;
		expect(result.status).toBe(400);
		expect(result.errors.sharedWithEmployer).toContain('kirjallista suostumusta');
		expect(Object.keys(result.errors)).toEqual(['sharedWithEmployer']);
		expect(contactCount()).toBe(before);
	});

	it('is refused when the linked placement’s client has no such consent (one consented client is not enough)', async () => {
		const before = contactCount();
		const viaPlacement = await post(form('Ei saa näkyä', { placementId: String(unconsented.placementId) }));
		expect(viaPlacement).not.toBe('saved');
		if (viaPlacement !== 'saved') expect(viaPlacement.errors.sharedWithEmployer).toContain('kirjallista suostumusta');
		const mixed = await post(form('Ei saa näkyä', { forClients: 'on', clientIds: [String(consented.clientId), String(otherClientId)] }));
		expect(mixed).not.toBe('saved');
		expect(contactCount()).toBe(before);
		expect(portalOutcomes()).not.toContain('Ei saa näkyä');
	});

	it('is allowed with a valid written consent naming the employer, and the same contact unshared is always allowed', async () => {
		expect(await post(form('Jaettu suostumuksella', { forClients: 'on', clientIds: [String(consented.clientId)] }))).toBe('saved');
		expect(await post(form('Jaettu työsuhteesta', { placementId: String(consented.placementId) }))).toBe('saved');
		const { sharedWithEmployer: _, ...unshared } = form('Sisäinen', { forClients: 'on', clientIds: [String(otherClientId)] });
		expect(await post(unshared)).toBe('saved');
		const shown = portalOutcomes();
		expect(shown).toContain('Jaettu suostumuksella');
		expect(shown).toContain('Jaettu työsuhteesta');
		expect(shown).not.toContain('Sisäinen');
	});
});

describe('the portal hides a shared contact when the consent ends', () => {
	it('after the consent is withdrawn; contacts naming nobody stay', () => {
		const id = createEmployerContact({ ...generic({ forClients: true, clientIds: [consented.clientId], outcome: 'Ennen peruutusta' }), teamId, coachId });
		createEmployerContact({ ...generic({ placementId: consented.placementId, outcome: 'Työsuhteen tuki' }), teamId, coachId });
		createEmployerContact({ ...generic({ outcome: 'Yleinen tapaaminen' }), teamId, coachId });
		expect(id).toBeGreaterThan(0);
		expect(portalOutcomes()).toEqual(expect.arrayContaining(['Ennen peruutusta', 'Työsuhteen tuki', 'Yleinen tapaaminen']));
		const consent = getDb().select().from(consents).where(and(eq(consents.clientId, consented.clientId), eq(consents.employerId, kahvilaId), isNull(consents.withdrawnAt))).get()!;
		expect(withdrawConsent(consent.id, consented.clientId, kahvilaId, TODAY)).toBe(true);
		const after = portalOutcomes();
		expect(after).not.toContain('Ennen peruutusta');
		expect(after).not.toContain('Työsuhteen tuki');
		expect(after).not.toContain('Jaettu suostumuksella');
		expect(after).toContain('Yleinen tapaaminen');
		// The demo's own shared contacts name nobody: still there.
		expect(after).toEqual(expect.arrayContaining(['Sovittiin aamuvuorojen tehtävistä.', 'Perehdytys sujunut hyvin.']));
	});

	it('after the consent expires', () => {
		addEmployerConsent(otherClientId, kahvilaId, { form: 'own', validFrom: addDays(TODAY, -30), validTo: addDays(TODAY, 5), signedHow: 'signature' }, coachId);
		createEmployerContact({ ...generic({ forClients: true, clientIds: [otherClientId], outcome: 'Määräaikainen suostumus' }), teamId, coachId });
		expect(portalOutcomes(TODAY)).toContain('Määräaikainen suostumus');
		expect(portalOutcomes(addDays(TODAY, 5))).toContain('Määräaikainen suostumus');
		expect(portalOutcomes(addDays(TODAY, 6))).not.toContain('Määräaikainen suostumus');
		expect(portalOutcomes(addDays(TODAY, 6))).toContain('Yleinen tapaaminen');
	});

	it('oral consent never opens it, and a consent naming another employer does not count', () => {
		const other = getDb().select().from(employers).where(eq(employers.name, 'Vantaan Varasto Oy')).get()!;
		addEmployerConsent(unconsented.clientId, other.id, { form: 'own', validFrom: addDays(TODAY, -1), validTo: null, signedHow: 'signature' }, coachId);
		getDb().insert(consents).values({ clientId: unconsented.clientId, form: 'oral', parties: ['employer'], employerId: kahvilaId, categories: [], validFrom: addDays(TODAY, -1), signedHow: 'oral', createdBy: coachId }).run();
		createEmployerContact({ ...generic({ placementId: unconsented.placementId, outcome: 'Suullinen ei riitä' }), teamId, coachId });
		expect(portalOutcomes()).not.toContain('Suullinen ei riitä');
	});
});
