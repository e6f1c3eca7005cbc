import { beforeAll, describe, expect, it } from 'vitest';
import { eq, ne } from 'drizzle-orm';
import { loadDemo } from '$lib/server/demo';
import { getDb } from '$lib/server/db';
import { users, enrolments, clients, phaseChanges, employers, consents } from '$lib/server/db/schema';
import { listCaseload } from '$lib/server/clients/caseload';
import { getClientAccess, clientResource } from '$lib/server/clients/access';
import * as commands from '$lib/server/clients/commands';
import { saveProfile } from '$lib/server/clients/content';
import { teamSummary, supervisionList } from '$lib/server/clients/team';
import { clientTimeline } from '$lib/server/clients/timeline';
import { clientRecord } from '$lib/server/clients/record';
import { requireClientRead, requireClientWrite } from '$lib/server/clients/access';
import { listAudit } from '$lib/server/audit';
import type { Actor } from '$lib/server/policy';

const TODAY = '2026-11-23';
let coachId = 0;
let coach2Id = 0;
let teamId = 0;

beforeAll(async () => {
	await loadDemo({ today: TODAY });
	const db = getDb();
	coachId = db.select().from(users).where(eq(users.email, 'coach@example.fi')).get()!.id;
	coach2Id = db.select().from(users).where(eq(users.email, 'coach2@example.fi')).get()!.id;
	teamId = db.select().from(enrolments).where(eq(enrolments.coachId, coachId)).get()!.teamId;
});

const referral = {
	firstName: 'Unit',
	lastName: 'Testinen',
	personalId: null,
	birthYear: 1990,
	preferredLanguage: 'fi' as const,
	phone: null,
	email: null,
	municipality: 'Vantaa',
	referralDate: '2026-11-01',
	referralSource: 'kela' as const,
	referrer: null,
	situationAtReferral: null,
	unemploymentMonths: 12,
	outOfWorkAtReferral: true
};

describe('caseload queries', () => {
	it('lists only the coach\'s active clients, paginated, with flags', () => {
		const first = listCaseload({ teamIds: [teamId], coachId, today: TODAY, pageSize: 5 });
		expect(first.rows).toHaveLength(5);
		expect(first.total).toBeGreaterThan(5);
		expect(first.pages).toBe(Math.ceil(first.total / 5));
		expect(first.rows.every((r) => r.coachId === coachId && r.closedDate === null)).toBe(true);
		const all = listCaseload({ teamIds: [teamId], coachId, today: TODAY, pageSize: 100 });
		expect(all.rows.some((r) => r.flags.includes('no-contact'))).toBe(true);
		expect(all.rows.some((r) => r.flags.includes('consent-withdrawn') || r.flags.includes('consent-expiring'))).toBe(true);
	});
	it('filters by phase and name, and takes follow-along dues from the placement schedule', () => {
		const phase3 = listCaseload({ teamIds: [teamId], phase: 3, status: 'all', today: TODAY, pageSize: 100 });
		expect(phase3.rows.every((r) => r.phase === 3)).toBe(true);
		const byName = listCaseload({ teamIds: [teamId], search: 'Virt', today: TODAY });
		expect(byName.rows.map((r) => r.lastName)).toEqual(['Virtanen']);
		const target = byName.rows[0].enrolmentId;
		const withDue = listCaseload({ teamIds: [teamId], search: 'Virt', today: TODAY, followAlongDue: (ids) => new Map(ids.map((id) => [id, id === target ? '2026-11-20' : null])) });
		expect(withDue.rows[0].flags).toContain('follow-along-overdue');
	});
	it('the team summary counts clients per coach against the FTE limit; supervision lists stalled clients', () => {
		const summary = teamSummary(teamId, TODAY);
		const coach2 = summary.coaches.find((c) => c.coachId === coach2Id)!;
		expect(coach2.limit).toBe(16);
		expect(summary.coaches.reduce((n, c) => n + c.active, 0)).toBe(summary.rows.length);
		expect(supervisionList(teamId, TODAY).stalled.length).toBeGreaterThan(0);
	});
	it('the team view is served from the cache until a record changes, then shows the change', () => {
		const first = teamSummary(teamId, TODAY).rows;
		expect(teamSummary(teamId, TODAY).rows).toBe(first);
		const row = first.find((r) => r.lastContactDate !== TODAY)!;
		expect(commands.addContact(row.enrolmentId, { date: TODAY, durationMinutes: 30, mode: 'phone', place: 'remote', participants: null, note: null, nextStep: 'Cache check', nextStepDue: null }, false, coachId, TODAY)).toEqual({ ok: true, value: undefined });
		const after = teamSummary(teamId, TODAY).rows;
		expect(after).not.toBe(first);
		expect(after.find((r) => r.enrolmentId === row.enrolmentId)).toMatchObject({ lastContactDate: TODAY, nextStep: 'Cache check' });
	});
	it("a coach's caseload page is kept until a change in the team, not in another team", () => {
		const filter = { teamIds: [teamId], coachId, today: TODAY, pageSize: 100 };
		const first = listCaseload(filter);
		expect(listCaseload(filter)).toBe(first);
		const otherTeamEnrolment = getDb().select().from(enrolments).where(ne(enrolments.teamId, teamId)).get()!;
		expect(commands.addContact(otherTeamEnrolment.id, { date: TODAY, durationMinutes: 30, mode: 'phone', place: 'remote', participants: null, note: null, nextStep: null, nextStepDue: null }, false, otherTeamEnrolment.coachId!, TODAY).ok).toBe(true);
		expect(listCaseload(filter)).toBe(first);
		const row = first.rows.find((r) => r.nextStep !== 'Caseload cache check')!;
		expect(commands.addContact(row.enrolmentId, { date: TODAY, durationMinutes: 30, mode: 'phone', place: 'remote', participants: null, note: null, nextStep: 'Caseload cache check', nextStepDue: null }, false, coachId, TODAY).ok).toBe(true);
		const after = listCaseload(filter);
		expect(after).not.toBe(first);
		expect(after.rows.find((r) => r.enrolmentId === row.enrolmentId)).toMatchObject({ lastContactDate: TODAY, nextStep: 'Caseload cache check' });
	});
	it("a client's record is kept until a change in the client's team, and is kept apart per write mode", () => {
		const coach: Actor = { id: coachId, isAdmin: false, employerId: null, memberships: [{ teamId, role: 'coach' }] };
		const row = listCaseload({ teamIds: [teamId], coachId, today: TODAY, pageSize: 100 }).rows[0];
		const access = requireClientRead(coach, String(row.clientId), 'test');
		const first = clientRecord(access, 1, TODAY)!;
		expect(clientRecord(access, 1, TODAY)).toBe(first);
		expect(first.staff.length).toBeGreaterThan(0);
		expect(clientRecord({ ...access, writeMode: 'covering' }, 1, TODAY)!.staff).toEqual([]);
		expect(commands.addContact(row.enrolmentId, { date: TODAY, durationMinutes: 45, mode: 'phone', place: 'remote', participants: null, note: null, nextStep: 'Record cache check', nextStepDue: null }, false, coachId, TODAY).ok).toBe(true);
		const after = clientRecord(access, 1, TODAY)!;
		expect(after).not.toBe(first);
		expect(after.contacts!.rows.some((c) => c.nextStep === 'Record cache check')).toBe(true);
	});
});

describe('client commands', () => {
	it('a consent may name one of the team\'s employers, never another team\'s', () => {
		const created = commands.createClientFromReferral({ ...referral, teamId, coachId }, coachId, TODAY);
		const clientId = created.ok ? created.value : 0;
		const own = getDb().select().from(employers).where(eq(employers.teamId, teamId)).get()!;
		const other = getDb().select().from(employers).where(ne(employers.teamId, teamId)).get()!;
		const input = { form: 'y100' as const, parties: ['kela' as const], categories: [], healthData: false, purpose: 'Työhönvalmennus', validFrom: TODAY, validTo: null, signedHow: 'signature' as const };
		expect(commands.addConsent(clientId, { ...input, employerId: other.id }, coachId)).toEqual({ ok: false, errors: { employerId: 'err_choice' } });
		expect(commands.addConsent(clientId, { ...input, employerId: 999_999 }, coachId)).toEqual({ ok: false, errors: { employerId: 'err_choice' } });
		const added = commands.addConsent(clientId, { ...input, employerId: own.id }, coachId);
		const saved = getDb().select().from(consents).where(eq(consents.clientId, clientId)).all();
		expect(saved).toHaveLength(1);
		expect(added).toEqual({ ok: true, value: saved[0].id });
		expect(saved[0]).toMatchObject({ employerId: own.id, parties: ['kela', 'employer'] });
	});

	it('creates a client from a referral in phase 1, refusing a bad henkilötunnus and a future referral', () => {
		expect(commands.createClientFromReferral({ ...referral, personalId: '131052-308U', teamId, coachId }, coachId, TODAY)).toEqual({ ok: false, errors: { personalId: 'clients_err_henkilotunnus' } });
		expect(commands.createClientFromReferral({ ...referral, referralDate: '2026-12-01', teamId, coachId }, coachId, TODAY)).toEqual({ ok: false, errors: { referralDate: 'err_date_future' } });
		const created = commands.createClientFromReferral({ ...referral, personalId: '131052-308T', teamId, coachId }, coachId, TODAY);
		expect(created.ok).toBe(true);
		const access = getClientAccess(created.ok ? created.value : 0)!;
		expect(access).toMatchObject({ teamId, coachId, closed: false });
		expect(clientResource(access.clientId)).toEqual({ kind: 'client', teamId, coachId });
		expect(getDb().select().from(phaseChanges).where(eq(phaseChanges.enrolmentId, access.enrolmentId!)).all()).toHaveLength(1);
	});

	it('phase changes, stale saves, closing rules and re-opening', () => {
		const created = commands.createClientFromReferral({ ...referral, teamId, coachId }, coachId, TODAY);
		const access = getClientAccess(created.ok ? created.value : 0)!;
		const enrolmentId = access.enrolmentId!;
		const version = () => getDb().select().from(enrolments).where(eq(enrolments.id, enrolmentId)).get()!.version;
		const v = version();
		expect(commands.changePhase(enrolmentId, { phase: 3, enteredOn: '2026-11-10', reason: null, version: v }, coachId, TODAY)).toEqual({ ok: true, value: undefined });
		// The form read before the change: refused, nothing overwritten.
		expect(commands.changePhase(enrolmentId, { phase: 4, enteredOn: '2026-11-11', reason: null, version: v }, coachId, TODAY)).toEqual({ ok: false, errors: { phase: 'err_stale' } });
		expect(commands.changePhase(enrolmentId, { phase: 2, enteredOn: '2026-11-12', reason: null, version: version() }, coachId, TODAY)).toEqual({ ok: false, errors: { reason: 'clients_err_phase_reason' } });
		const c = getDb().select().from(clients).where(eq(clients.id, access.clientId)).get()!;
		const identity = { ...referral, municipality: 'Espoo', version: c.version };
		expect(commands.updateIdentity(access.clientId, identity).ok).toBe(true);
		expect(commands.updateIdentity(access.clientId, identity)).toEqual({ ok: false, errors: { version: 'err_stale' } });

		expect(commands.closeEnrolment(enrolmentId, { reason: 'not-reached', closedDate: TODAY, note: null, version: version() }, TODAY)).toEqual({ ok: false, errors: { reason: 'clients_err_outreach_needed' } });
		for (const date of ['2026-11-15', '2026-11-18', '2026-11-20']) commands.addOutreach(enrolmentId, { date, channel: 'phone', result: null }, coachId, TODAY);
		expect(commands.closeEnrolment(enrolmentId, { reason: 'not-reached', closedDate: TODAY, note: null, version: version() }, TODAY).ok).toBe(true);
		// A closed enrolment takes no more contacts or profile versions.
		expect(commands.addContact(enrolmentId, { date: TODAY, durationMinutes: 30, mode: 'phone', place: 'remote', participants: null, note: null, nextStep: null, nextStepDue: null }, false, coachId, TODAY)).toEqual({ ok: false, errors: { date: 'clients_err_closed' } });
		expect(saveProfile(enrolmentId, { workHistory: null, education: null, skills: 'x', interests: null, helpsAndHinders: null, supportNetwork: null, jobGoals: null, changeNote: null, baseVersion: 0 }, coachId)).toEqual({ ok: false, errors: { baseVersion: 'clients_err_closed' } });

		const reopened = commands.reopen(access.clientId, { referralDate: TODAY, referralSource: 'self', referrer: null }, coachId, TODAY);
		expect(reopened.ok).toBe(true);
		expect(getClientAccess(access.clientId)).toMatchObject({ closed: false, enrolmentId: reopened.ok ? reopened.value : -1 });
		const kinds = clientTimeline(access.clientId).map((e) => e.kind);
		expect(kinds).toEqual(expect.arrayContaining(['referral', 'phase', 'outreach', 'closing']));
	});

	it('versioned profile: a save based on an old version is refused', () => {
		const created = commands.createClientFromReferral({ ...referral, teamId, coachId }, coachId, TODAY);
		const enrolmentId = getClientAccess(created.ok ? created.value : 0)!.enrolmentId!;
		const blank = { workHistory: null, education: null, skills: 'Asiakaspalvelu', interests: null, helpsAndHinders: null, supportNetwork: null, jobGoals: null, changeNote: null };
		expect(saveProfile(enrolmentId, { ...blank, baseVersion: 0 }, coachId).ok).toBe(true);
		expect(saveProfile(enrolmentId, { ...blank, baseVersion: 0 }, coachId)).toEqual({ ok: false, errors: { baseVersion: 'err_stale' } });
		expect(saveProfile(enrolmentId, { ...blank, baseVersion: 1 }, coachId).ok).toBe(true);
	});
});

describe('client access', () => {
	it('audits every read with its view; other teams and employers get 404; teammates write only as covering', () => {
		const created = commands.createClientFromReferral({ ...referral, teamId, coachId }, coachId, TODAY);
		const clientId = created.ok ? created.value : 0;
		const coach: Actor = { id: coachId, isAdmin: false, employerId: null, memberships: [{ teamId, role: 'coach' }] };
		const teammate: Actor = { id: coach2Id, isAdmin: false, employerId: null, memberships: [{ teamId, role: 'coach' }] };
		const otherTeam: Actor = { id: 999, isAdmin: false, employerId: null, memberships: [{ teamId: teamId + 1, role: 'lead' }] };
		const employer: Actor = { id: 998, isAdmin: false, employerId: 1, memberships: [] };
		expect(requireClientRead(coach, String(clientId), 'record').writeMode).toBe('own');
		expect(requireClientRead(teammate, String(clientId), 'timeline').writeMode).toBe('covering');
		const views = listAudit({ teamIds: null, clientId }).rows.filter((a) => a.action === 'read').map((a) => [a.userId, a.view]);
		expect(views).toEqual(expect.arrayContaining([[coachId, 'record'], [coach2Id, 'timeline']]));
		for (const actor of [otherTeam, employer, null]) expect(() => requireClientRead(actor, String(clientId), 'record')).toThrow(expect.objectContaining({ status: 404 }));
		expect(() => requireClientRead(coach, 'abc', 'record')).toThrow(expect.objectContaining({ status: 404 }));
		expect(requireClientWrite(teammate, String(clientId), true).writeMode).toBe('covering');
		expect(() => requireClientWrite(teammate, String(clientId), false)).toThrow(expect.objectContaining({ status: 403 }));
	});
});
