import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { loadDemo } from '$lib/server/demo';
import { getDb } from '$lib/server/db';
import { auditLog, enrolments, users } from '$lib/server/db/schema';
import { listCaseload } from '$lib/server/clients/caseload';
import { teamSummary } from '$lib/server/clients/team';
import * as commands from '$lib/server/clients/commands';
import { addKykyviisari } from '$lib/server/clients/content';
import { saveTeamSettings, teamSettings } from '$lib/server/teams/settings';
import { kykyviisariChange } from '$lib/server/outcomes/kykyviisari';
import type { Actor } from '$lib/server/policy';

const TODAY = '2026-11-23';
let coachId = 0;
let teamId = 0;

beforeAll(async () => {
	await loadDemo({ today: TODAY });
	coachId = getDb().select().from(users).where(eq(users.email, 'coach@example.fi')).get()!.id;
	teamId = getDb().select().from(enrolments).where(eq(enrolments.coachId, coachId)).get()!.teamId;
});

const referral = {
	firstName: 'Kyky',
	lastName: 'Testinen',
	personalId: null,
	birthYear: 1990,
	preferredLanguage: 'fi' as const,
	phone: null,
	email: null,
	municipality: 'Vantaa',
	referralSource: 'kela' as const,
	referrer: null,
	situationAtReferral: null,
	unemploymentMonths: 12,
	outOfWorkAtReferral: true
};
const noAreas = { linkSentOn: null, wellbeing: null, participation: null, mind: null, everydayLife: null, skills: null, body: null, workAndFuture: null };

function newClient(referralDate: string): { clientId: number; enrolmentId: number } {
	const created = commands.createClientFromReferral({ ...referral, referralDate, teamId, coachId }, coachId, TODAY);
	if (!created.ok) throw new Error('client not created');
	const enrolment = getDb().select().from(enrolments).where(eq(enrolments.clientId, created.value)).get()!;
	return { clientId: created.value, enrolmentId: enrolment.id };
}
const flagsOf = (clientId: number) => listCaseload({ teamIds: [teamId], coachId, today: TODAY, pageSize: 500 }).rows.find((r) => r.clientId === clientId)!.flags;

describe('every client fills in Kykyviisari', () => {
	it('flags a client without a result once the team’s grace period has passed, on the caseload and the team view', () => {
		const late = newClient('2026-10-01');
		const recent = newClient('2026-11-10');
		expect(flagsOf(late.clientId)).toContain('kykyviisari-missing');
		expect(flagsOf(recent.clientId)).not.toContain('kykyviisari-missing');
		const coachRow = teamSummary(teamId, TODAY).coaches.find((c) => c.coachId === coachId)!;
		expect(coachRow.flagCounts['kykyviisari-missing']).toBeGreaterThanOrEqual(1);

		expect(addKykyviisari(late.enrolmentId, { ...noAreas, date: '2026-11-20', overall: 6 }, coachId, TODAY)).toEqual({ ok: true, value: undefined });
		expect(flagsOf(late.clientId)).not.toContain('kykyviisari-missing');
	});

	it('follows the lead’s setting, and logs the change', () => {
		const client = newClient('2026-11-01');
		expect(flagsOf(client.clientId)).not.toContain('kykyviisari-missing');
		const lead: Actor = { id: coachId, isAdmin: false, employerId: null, memberships: [{ teamId, role: 'lead' }] };
		expect(saveTeamSettings(lead, teamId, { kykyviisariGraceDays: 14 }).ok).toBe(true);
		expect(teamSettings(teamId)).toEqual({ kykyviisariGraceDays: 14 });
		expect(flagsOf(client.clientId)).toContain('kykyviisari-missing');
		const logged = getDb().select().from(auditLog).where(and(eq(auditLog.entity, 'team-settings'), eq(auditLog.entityId, teamId))).all();
		expect(logged).toHaveLength(1);
		saveTeamSettings(lead, teamId, { kykyviisariGraceDays: 30 });
	});

	it('refuses a link sent after completion and a result in the future, saving nothing', () => {
		const client = newClient('2026-11-01');
		expect(addKykyviisari(client.enrolmentId, { ...noAreas, linkSentOn: '2026-11-21', date: '2026-11-20', overall: 6 }, coachId, TODAY)).toEqual({ ok: false, errors: { linkSentOn: 'clients_err_kyky_link_after_done' } });
		expect(addKykyviisari(client.enrolmentId, { ...noAreas, date: '2026-11-24', overall: 6 }, coachId, TODAY)).toEqual({ ok: false, errors: { date: 'err_date_future' } });
		expect(flagsOf(client.clientId)).not.toContain('kykyviisari-missing');
	});
});

describe('team mean change from the database', () => {
	it('counts the new client’s change in the period', () => {
		const client = newClient('2026-09-01');
		const period = { from: '2026-11-01', to: '2026-11-30' };
		const before = kykyviisariChange({ teamIds: [teamId], coachId }, period).find((r) => r.measure === 'work-and-future')!;
		addKykyviisari(client.enrolmentId, { ...noAreas, date: '2026-09-10', overall: 4, workAndFuture: 2 }, coachId, TODAY);
		addKykyviisari(client.enrolmentId, { ...noAreas, date: '2026-11-15', overall: 6, workAndFuture: 9 }, coachId, TODAY);
		const after = kykyviisariChange({ teamIds: [teamId], coachId }, period).find((r) => r.measure === 'work-and-future')!;
		expect(after.clients).toBe(before.clients + 1);
		expect(kykyviisariChange({ teamIds: [], coachId: null }, period).every((r) => r.clients === 0)).toBe(true);
	});
});
