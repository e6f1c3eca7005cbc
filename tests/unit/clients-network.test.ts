import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { loadDemo } from '$lib/server/demo';
import { getDb } from '$lib/server/db';
import { users, networkPeople, enrolments, clients } from '$lib/server/db/schema';
import { loadActor } from '$lib/server/auth/session';
import * as commands from '$lib/server/clients/commands';
import { getClientAccess, requireClientWrite } from '$lib/server/clients/access';
import * as network from '$lib/server/clients/network';
import { NETWORK_ROLES } from '$lib/domain/vocabularies';
import { parseForm } from '$lib/server/forms';
import { listAudit } from '$lib/server/audit';
import { exportClientData, anonymiseClient, setRetentionYears } from '$lib/server/trust/personal-data';
import * as m from '$lib/paraglide/messages';
import type { Actor } from '$lib/server/policy';

const TODAY = '2026-11-23';
const actors: Record<string, Actor> = {};
let teamId = 0;

beforeAll(async () => {
	await loadDemo({ today: TODAY });
	const db = getDb();
	for (const key of ['coach', 'coach2', 'coach3', 'lead', 'lead2', 'employer']) {
		const user = db.select().from(users).where(eq(users.email, `${key}@example.fi`)).get();
		if (!user) throw new Error(`demo user ${key} missing`);
		actors[key] = loadActor(user);
	}
	teamId = actors.coach.memberships[0].teamId;
});

function newClient(lastName = 'Verkostolainen'): number {
	const created = commands.createClientFromReferral(
		{ firstName: 'Ville', lastName, personalId: null, birthYear: 1988, preferredLanguage: 'fi', phone: null, email: null, municipality: 'Vantaa', referralDate: '2026-11-01', referralSource: 'kela', referrer: null, situationAtReferral: null, unemploymentMonths: 6, outOfWorkAtReferral: true, teamId, coachId: actors.coach.id },
		actors.coach.id,
		TODAY
	);
	if (!created.ok) throw new Error('client not created');
	return created.value;
}

const form = (entries: Record<string, string>) => {
	const data = new FormData();
	for (const [k, v] of Object.entries(entries)) data.append(k, v);
	return data;
};
const person = { role: 'care-contact', name: 'Hanna Hoitaja', organisation: 'Psykiatrian poliklinikka', phone: '09 123 456', email: 'hanna@example.fi' };

describe('network person validation', () => {
	it('accepts a full card, trims, lower-cases the email and stores empty optional fields as null', () => {
		const parsed = parseForm(network.addPersonSchema, form({ role: 'other', name: '  Olli Omainen ', organisation: '', phone: ' ', email: ' Olli@Example.FI ' }));
		expect(parsed).toEqual({ ok: true, data: { role: 'other', name: 'Olli Omainen', organisation: null, phone: null, email: 'olli@example.fi' } });
	});
	it('names each bad field with its message', () => {
		const parsed = parseForm(network.addPersonSchema, form({ role: 'boss', name: ' ', phone: '1'.repeat(41), email: 'not-an-email', organisation: 'x'.repeat(201) }));
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.failure.errors).toEqual({
			role: m.err_choice(),
			name: m.err_required(),
			phone: m.err_too_long({ max: 40 }),
			email: m.err_email(),
			organisation: m.err_too_long({ max: 200 })
		});
		expect(parsed.failure.values.email).toBe('not-an-email');
	});
	it('an edit needs the id and the version it was read at', () => {
		const parsed = parseForm(network.updatePersonSchema, form({ ...person }));
		expect(parsed.ok ? [] : Object.keys(parsed.failure.errors).sort()).toEqual(['id', 'version']);
		expect(NETWORK_ROLES).toEqual(['responsible-worker', 'work-ability-coordinator', 'personal-coach', 'care-contact', 'other']);
	});
});

describe('network people: policy, versions, audit', () => {
	it('the own coach adds, edits and removes; each write is audited; a stale version is refused without overwriting', () => {
		const clientId = newClient();
		const access = requireClientWrite(actors.coach, String(clientId));
		const added = network.addNetworkPerson(actors.coach, access, { ...person, role: 'care-contact' });
		expect(added.ok).toBe(true);
		const id = added.ok ? added.value : 0;
		const [card] = network.listNetworkPeople(clientId);
		expect(card).toMatchObject({ id, name: 'Hanna Hoitaja', role: 'care-contact', version: 1 });

		const edit = { ...person, role: 'care-contact' as const, id, version: 1 };
		expect(network.updateNetworkPerson(actors.coach, access, { ...edit, phone: '040 111' })).toEqual({ ok: true, value: id });
		// A second save made on the version 1 copy: refused, the first save stays.
		expect(network.updateNetworkPerson(actors.coach, access, { ...edit, name: 'Vanha Tieto' })).toEqual({ ok: false, errors: { version: 'err_stale' }, status: 409 });
		expect(network.listNetworkPeople(clientId)[0]).toMatchObject({ name: 'Hanna Hoitaja', phone: '040 111', version: 2 });
		expect(network.removeNetworkPerson(actors.coach, access, { id, version: 1 })).toEqual({ ok: false, errors: { version: 'err_stale' }, status: 409 });
		expect(network.removeNetworkPerson(actors.coach, access, { id, version: 2 })).toEqual({ ok: true, value: id });
		expect(network.listNetworkPeople(clientId)).toEqual([]);
		expect(network.removeNetworkPerson(actors.coach, access, { id, version: 2 })).toEqual({ ok: false, errors: { _form: 'network_err_gone' } });

		const rows = listAudit({ teamIds: null, clientId }).rows.filter((a) => a.entity === 'network-person');
		expect(rows.map((a) => [a.action, a.entityId, a.userId]).sort()).toEqual(
			[
				['create', id, actors.coach.id],
				['delete', id, actors.coach.id],
				['update', id, actors.coach.id]
			].sort()
		);
	});

	it('reads are audited as the client record with view "network"; teammates read only; other teams and employers get 404', () => {
		const clientId = newClient();
		const own = network.requireNetworkRead(actors.coach, String(clientId));
		expect(own.writable).toBe(true);
		const teammate = network.requireNetworkRead(actors.coach2, String(clientId));
		expect(teammate.writable).toBe(false);
		expect(network.requireNetworkRead(actors.lead, String(clientId)).writable).toBe(true);
		const reads = listAudit({ teamIds: null, clientId }).rows.filter((a) => a.action === 'read' && a.view === 'network').map((a) => a.userId);
		expect(reads).toEqual(expect.arrayContaining([actors.coach.id, actors.coach2.id, actors.lead.id]));
		for (const outsider of [actors.coach3, actors.lead2, actors.employer, null]) {
			expect(() => network.requireNetworkRead(outsider, String(clientId))).toThrow(expect.objectContaining({ status: 404 }));
			expect(() => requireClientWrite(outsider, String(clientId))).toThrow(expect.objectContaining({ status: 404 }));
		}
		// A teammate sees the network but does not change it (not a covering entry).
		expect(() => requireClientWrite(actors.coach2, String(clientId))).toThrow(expect.objectContaining({ status: 403 }));
		expect(requireClientWrite(actors.lead, String(clientId)).clientId).toBe(clientId);
		expect(() => network.requireNetworkRead(actors.coach, 'abc')).toThrow(expect.objectContaining({ status: 404 }));
	});

	it('a person of another client cannot be edited or removed through this client', () => {
		const first = newClient();
		const second = newClient();
		const a = network.addNetworkPerson(actors.coach, requireClientWrite(actors.coach, String(first)), { ...person, role: 'other' });
		const id = a.ok ? a.value : 0;
		const viaSecond = requireClientWrite(actors.coach, String(second));
		expect(network.updateNetworkPerson(actors.coach, viaSecond, { ...person, role: 'other', name: 'Kaapattu', id, version: 1 })).toEqual({ ok: false, errors: { _form: 'network_err_gone' } });
		expect(network.removeNetworkPerson(actors.coach, viaSecond, { id, version: 1 })).toEqual({ ok: false, errors: { _form: 'network_err_gone' } });
		expect(network.listNetworkPeople(first).map((p) => p.name)).toEqual(['Hanna Hoitaja']);
	});

	it('a closed enrolment is read-only', () => {
		const clientId = newClient();
		const db = getDb();
		db.update(enrolments).set({ closedDate: TODAY, closingReason: 'other' }).where(eq(enrolments.clientId, clientId)).run();
		expect(network.requireNetworkRead(actors.coach, String(clientId)).writable).toBe(false);
		const access = getClientAccess(clientId)!;
		expect(network.addNetworkPerson(actors.coach, access, { ...person, role: 'other' })).toEqual({ ok: false, errors: { _form: 'clients_err_closed' } });
		expect(db.select().from(networkPeople).where(eq(networkPeople.clientId, clientId)).all()).toEqual([]);
	});

	it('the client page list is names and roles, sorted by name; the demo client has its network', () => {
		const clientId = newClient();
		const access = requireClientWrite(actors.coach, String(clientId));
		network.addNetworkPerson(actors.coach, access, { ...person, role: 'personal-coach', name: 'Öystilä Otto' });
		network.addNetworkPerson(actors.coach, access, { ...person, role: 'responsible-worker', name: 'Aalto Anna' });
		expect(network.listNetworkNames(clientId).map(({ name, role }) => [name, role])).toEqual([
			['Aalto Anna', 'responsible-worker'],
			['Öystilä Otto', 'personal-coach']
		]);
		const virtanen = getDb().select({ id: clients.id }).from(clients).where(and(eq(clients.teamId, teamId), eq(clients.lastName, 'Virtanen'))).get()!;
		expect(network.listNetworkNames(virtanen.id).map((p) => p.role).sort()).toEqual(['care-contact', 'responsible-worker', 'work-ability-coordinator']);
	});
});

describe('network people in personal data', () => {
	it('the GDPR export includes the network; anonymisation deletes it', () => {
		const clientId = newClient('Poistettava');
		const access = requireClientWrite(actors.coach, String(clientId));
		network.addNetworkPerson(actors.coach, access, { ...person, role: 'care-contact' });
		expect(exportClientData(clientId).records.network_people).toEqual([expect.objectContaining({ name: 'Hanna Hoitaja', email: 'hanna@example.fi', role: 'care-contact' })]);
		setRetentionYears(1);
		getDb().update(enrolments).set({ closedDate: '2020-01-31', closingReason: 'other' }).where(eq(enrolments.clientId, clientId)).run();
		expect(anonymiseClient(clientId, TODAY).deletedTables).toContain('network_people');
		expect(network.listNetworkPeople(clientId)).toEqual([]);
	});
});
