import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { loadDemo } from '$lib/server/demo';
import { getDb } from '$lib/server/db';
import { auditLog, enrolments, referrals, services, supportNeeds, users } from '$lib/server/db/schema';
import { loadActor } from '$lib/server/auth/session';
import * as commands from '$lib/server/clients/commands';
import { addReferral, editReferral, saveSupportNeeds, setReferralOutcome, type ReferralTarget } from '$lib/server/clients/referral-commands';
import { listReferrals, referralSection, referralTimelineEvents } from '$lib/server/clients/record/referrals';
import { clientTimeline } from '$lib/server/clients/timeline';
import { isoDateInFinland, addDays } from '$lib/domain/dates';
import type { Actor } from '$lib/server/policy';
import { actions } from '../../src/routes/clients/[id]/+page.server';

const TODAY = isoDateInFinland();
const actors: Record<string, Actor> = {};
let teamId = 0;

beforeAll(async () => {
	await loadDemo({ today: TODAY });
	for (const key of ['coach', 'coach2', 'coach3', 'lead', 'employer']) {
		const user = getDb().select().from(users).where(eq(users.email, `${key}@example.fi`)).get()!;
		actors[key] = loadActor(user);
	}
	teamId = actors.coach.memberships[0].teamId;
});

function newClient(): { clientId: number; target: ReferralTarget } {
	const created = commands.createClientFromReferral(
		{ firstName: 'Liisa', lastName: 'Lähetelä', personalId: null, birthYear: 1985, preferredLanguage: 'fi', phone: null, email: null, municipality: 'Vantaa', referralDate: addDays(TODAY, -60), referralSource: 'kela', referrer: null, situationAtReferral: null, unemploymentMonths: 6, outOfWorkAtReferral: true, teamId, coachId: actors.coach.id },
		actors.coach.id,
		TODAY
	);
	if (!created.ok) throw new Error('client not created');
	const enrolmentId = referralEnrolment(created.value);
	return { clientId: created.value, target: { clientId: created.value, teamId, enrolmentId, covering: false } };
}

function referralEnrolment(clientId: number): number {
	return getDb().select({ id: enrolments.id }).from(enrolments).where(eq(enrolments.clientId, clientId)).get()!.id;
}

const auditRows = (entity: string, clientId: number) => getDb().select().from(auditLog).where(and(eq(auditLog.entity, entity), eq(auditLog.clientId, clientId))).all();
const answers = { healthCheckDone: false, healthCheckOn: null, onSickLeave: null, rehabilitationInUse: true, otherServices: 'Kuntoutusohjaus', typClient: null, coordinatorNeeded: true, note: null };
const doctor = { kind: 'doctor' as const, serviceId: null, statementType: null, requestedOn: addDays(TODAY, -10), doneOn: null, cancelledOn: null, note: null };

describe('support-need checklist', () => {
	it('is created once, then edited over its version; a stale version is refused and nothing changes; each save is audited', () => {
		const { clientId, target } = newClient();
		const created = saveSupportNeeds(actors.coach, target, { version: 0, ...answers }, TODAY);
		expect(created.ok).toBe(true);
		expect(referralSection(target.enrolmentId, teamId, TODAY).suggestions.map((s) => s.kind)).toEqual(['health-check', 'work-ability-coordinator']);
		expect(saveSupportNeeds(actors.coach, target, { version: 0, ...answers, note: 'toinen' }, TODAY)).toEqual({ ok: false, errors: { _form: 'err_stale' }, status: 409 });
		expect(saveSupportNeeds(actors.coach, target, { version: 1, ...answers, coordinatorNeeded: false }, TODAY).ok).toBe(true);
		expect(saveSupportNeeds(actors.coach, target, { version: 1, ...answers, note: 'vanha' }, TODAY)).toEqual({ ok: false, errors: { _form: 'err_stale' }, status: 409 });
		const row = getDb().select().from(supportNeeds).where(eq(supportNeeds.enrolmentId, target.enrolmentId)).get()!;
		expect([row.version, row.coordinatorNeeded, row.note]).toEqual([2, false, null]);
		expect(auditRows('support-needs', clientId).map((a) => a.action)).toEqual(['create', 'update']);
	});
	it('refuses a health check day in the future or without a done check, writing nothing', () => {
		const { clientId, target } = newClient();
		expect(saveSupportNeeds(actors.coach, target, { version: 0, ...answers, healthCheckOn: addDays(TODAY, -5) }, TODAY)).toEqual({ ok: false, errors: { healthCheckOn: 'supportneed_err_date_without_check' } });
		expect(saveSupportNeeds(actors.coach, target, { version: 0, ...answers, healthCheckDone: true, healthCheckOn: addDays(TODAY, 1) }, TODAY)).toEqual({ ok: false, errors: { healthCheckOn: 'err_date_future' } });
		expect(getDb().select().from(supportNeeds).where(eq(supportNeeds.enrolmentId, target.enrolmentId)).all()).toEqual([]);
		expect(auditRows('support-needs', clientId)).toEqual([]);
	});
});

describe('referrals', () => {
	it('adds, marks done and shows the waiting time; a stale or repeated outcome is refused; every write audited', () => {
		const { clientId, target } = newClient();
		const added = addReferral(actors.coach, target, doctor, TODAY);
		expect(added.ok).toBe(true);
		const id = added.ok ? added.value : 0;
		expect(setReferralOutcome(actors.coach, target, { referralId: id, version: 0, outcome: 'done', date: TODAY }, TODAY)).toEqual({ ok: false, errors: { date: 'err_stale' }, status: 409 });
		expect(setReferralOutcome(actors.coach, target, { referralId: id, version: 1, outcome: 'done', date: addDays(TODAY, -3) }, TODAY)).toEqual({ ok: true, value: id });
		expect(setReferralOutcome(actors.coach, target, { referralId: id, version: 2, outcome: 'cancelled', date: TODAY }, TODAY)).toEqual({ ok: false, errors: { date: 'referral_err_not_open' } });
		const [row] = listReferrals(target.enrolmentId);
		expect([row.status, row.waitDays]).toEqual(['done', 7]);
		expect(referralSection(target.enrolmentId, teamId, TODAY).medianWaitDays).toBe(7);
		expect(auditRows('referral', clientId).map((a) => [a.action, a.entityId])).toEqual([
			['create', id],
			['update', id]
		]);
		expect(clientTimeline(clientId).filter((e) => e.kind.startsWith('referral-')).map((e) => e.kind)).toEqual(['referral-done', 'referral-requested']);
		expect(referralTimelineEvents([])).toEqual([]);
	});
	it('refuses bad input field by field, nothing half-saved', () => {
		const { clientId, target } = newClient();
		expect(addReferral(actors.coach, target, { ...doctor, doneOn: addDays(TODAY, -11) }, TODAY)).toEqual({ ok: false, errors: { doneOn: 'referral_err_done_before_requested' } });
		expect(addReferral(actors.coach, target, { ...doctor, doneOn: addDays(TODAY, -1), cancelledOn: TODAY }, TODAY)).toEqual({ ok: false, errors: { cancelledOn: 'referral_err_done_and_cancelled' } });
		expect(addReferral(actors.coach, target, { ...doctor, cancelledOn: addDays(TODAY, 1) }, TODAY)).toEqual({ ok: false, errors: { cancelledOn: 'err_date_future' } });
		expect(addReferral(actors.coach, target, { ...doctor, kind: 'service' }, TODAY)).toEqual({ ok: false, errors: { serviceId: 'referral_err_service_required' } });
		expect(addReferral(actors.coach, target, { ...doctor, statementType: 'b' }, TODAY)).toEqual({ ok: false, errors: { statementType: 'referral_err_statement_type_only' } });
		expect(listReferrals(target.enrolmentId)).toEqual([]);
		expect(auditRows('referral', clientId)).toEqual([]);
	});
	it('names only the team’s active catalogue services; an edit may keep an inactive one; another enrolment’s referral is not found', () => {
		const { target } = newClient();
		const own = getDb().select().from(services).where(and(eq(services.teamId, teamId), eq(services.active, true))).get()!;
		const inactive = getDb().select().from(services).where(and(eq(services.teamId, teamId), eq(services.active, false))).get()!;
		const foreign = getDb().select().from(services).where(eq(services.teamId, actors.coach3.memberships[0].teamId)).get();
		if (foreign) expect(addReferral(actors.coach, target, { ...doctor, kind: 'service', serviceId: foreign.id }, TODAY)).toEqual({ ok: false, errors: { serviceId: 'err_choice' } });
		expect(addReferral(actors.coach, target, { ...doctor, kind: 'service', serviceId: inactive.id }, TODAY)).toEqual({ ok: false, errors: { serviceId: 'referral_err_service_inactive' } });
		const added = addReferral(actors.coach, target, { ...doctor, kind: 'service', serviceId: own.id }, TODAY);
		const id = added.ok ? added.value : 0;
		expect(listReferrals(target.enrolmentId)[0].serviceName).toBe(own.name);
		const choices = () => referralSection(target.enrolmentId, teamId, TODAY).services.map((s) => s.id);
		expect(choices()).toContain(own.id);
		expect(choices()).not.toContain(inactive.id);
		getDb().update(services).set({ active: false }).where(eq(services.id, own.id)).run();
		// Taken out of use, it stays a choice for the referral that names it.
		expect(choices()).toContain(own.id);
		expect(editReferral(actors.coach, target, { referralId: id, version: 1, ...doctor, kind: 'service', serviceId: own.id, note: 'pidetään' }, TODAY)).toEqual({ ok: true, value: id });
		getDb().update(services).set({ active: true }).where(eq(services.id, own.id)).run();
		expect(editReferral(actors.coach, target, { referralId: id, version: 1, ...doctor }, TODAY)).toEqual({ ok: false, errors: { _form: 'err_stale' }, status: 409 });
		const other = newClient();
		expect(editReferral(actors.coach, other.target, { referralId: id, version: 2, ...doctor }, TODAY)).toEqual({ ok: false, errors: { _form: 'err_choice' } });
		expect(getDb().select().from(referrals).where(eq(referrals.id, id)).get()!.kind).toBe('service');
	});
});

describe('the record’s form actions', () => {
	const post = (actor: Actor | null, clientId: number, action: 'referral' | 'supportNeeds', fields: Record<string, string>) => {
		const body = new FormData();
		for (const [k, v] of Object.entries(fields)) body.set(k, v);
		const request = new Request(`http://localhost/clients/${clientId}?/${action}`, { method: 'POST', body });
		return actions[action]!({ request, locals: { actor }, params: { id: String(clientId) } } as never);
	};
	const referral = { _form: 'referral', kind: 'health-check', requestedOn: addDays(TODAY, -3), doneOn: '', cancelledOn: '', serviceId: '', statementType: '', note: '' };

	it('other teams and employers get 404, nothing saved; the own coach saves with an audit row', async () => {
		const { clientId, target } = newClient();
		for (const actor of [actors.coach3, actors.employer, null]) await expect(post(actor, clientId, 'referral', referral)).rejects.toMatchObject({ status: 404 });
		await expect(post(actors.coach3, clientId, 'supportNeeds', { _form: 'supportNeeds', version: '0' })).rejects.toMatchObject({ status: 404 });
		expect(listReferrals(target.enrolmentId)).toEqual([]);
		expect(await post(actors.coach, clientId, 'referral', referral)).toEqual({ saved: 'referral' });
		expect(await post(actors.lead, clientId, 'supportNeeds', { _form: 'supportNeeds', version: '0', healthCheckDone: 'no' })).toEqual({ saved: 'support-needs' });
		expect(auditRows('referral', clientId)).toHaveLength(1);
		expect(auditRows('support-needs', clientId)).toHaveLength(1);
	});
	it('a bad date comes back next to its field with the typed values kept', async () => {
		const { clientId } = newClient();
		const answer = (await post(actors.coach, clientId, 'referral', { ...referral, doneOn: addDays(TODAY, -4) })) as { status: number; data: { errors: Record<string, string>; values: Record<string, string> } };
		expect(answer.status).toBe(400);
		expect(Object.keys(answer.data.errors)).toEqual(['doneOn']);
		expect(answer.data.values.doneOn).toBe(addDays(TODAY, -4));
	});
});
