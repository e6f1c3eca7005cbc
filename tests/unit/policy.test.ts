import { describe, expect, it } from 'vitest';
import {
	can,
	canReceiveReminders,
	canRemindCoach,
	coachForNewClient,
	decideOutcomeScope,
	hasOwnCaseload,
	ledTeams,
	memberTeams,
	pickTeam,
	requireAuditScope,
	requireReviewTeam,
	seesClientNames,
	seesWholeTeam,
	type Action,
	type Actor,
	type Resource
} from '$lib/server/policy';

const TEAM = 1;
const OTHER = 2;
const actors: Record<string, Actor> = {
	admin: { id: 1, isAdmin: true, employerId: null, memberships: [] },
	lead: { id: 2, isAdmin: false, employerId: null, memberships: [{ teamId: TEAM, role: 'lead' }] },
	coach: { id: 3, isAdmin: false, employerId: null, memberships: [{ teamId: TEAM, role: 'coach' }] },
	teammate: { id: 4, isAdmin: false, employerId: null, memberships: [{ teamId: TEAM, role: 'coach' }] },
	otherCoach: { id: 5, isAdmin: false, employerId: null, memberships: [{ teamId: OTHER, role: 'coach' }] },
	employer: { id: 6, isAdmin: false, employerId: 10, memberships: [] },
	otherEmployer: { id: 7, isAdmin: false, employerId: 11, memberships: [] }
};

const ownClient: Resource = { kind: 'client', teamId: TEAM, coachId: 3 };

// role × resource × action → allowed. Everything not listed as allowed must be denied.
const cases: [string, Action, Resource, boolean][] = [
	['admin', 'read', { kind: 'administration' }, true],
	['admin', 'manage', { kind: 'administration' }, true],
	['lead', 'read', { kind: 'administration' }, false],
	['coach', 'read', { kind: 'administration' }, false],
	['employer', 'read', { kind: 'administration' }, false],
	// Admin sees no client content without a team role (docs/domain.md#roles).
	['admin', 'read', ownClient, false],
	['lead', 'read', ownClient, true],
	['lead', 'update', ownClient, true],
	['coach', 'read', ownClient, true],
	['coach', 'update', ownClient, true],
	['coach', 'cover', ownClient, false],
	['teammate', 'read', ownClient, true],
	['teammate', 'update', ownClient, false],
	['teammate', 'cover', ownClient, true],
	['otherCoach', 'read', ownClient, false],
	['otherCoach', 'cover', ownClient, false],
	['employer', 'read', ownClient, false],
	['coach', 'delete', ownClient, false],
	['lead', 'delete', ownClient, true],
	// Team views
	['coach', 'read', { kind: 'team', teamId: TEAM }, true],
	['coach', 'manage', { kind: 'team', teamId: TEAM }, false],
	['lead', 'manage', { kind: 'team', teamId: TEAM }, true],
	['lead', 'export', { kind: 'team', teamId: TEAM }, true],
	['coach', 'export', { kind: 'team', teamId: TEAM }, false],
	['otherCoach', 'read', { kind: 'team', teamId: TEAM }, false],
	['admin', 'read', { kind: 'team', teamId: TEAM }, false],
	// Employer register
	['coach', 'update', { kind: 'employer', teamId: TEAM }, true],
	['otherCoach', 'read', { kind: 'employer', teamId: TEAM }, false],
	['employer', 'read', { kind: 'employer', teamId: TEAM }, false],
	// Portal
	['employer', 'read', { kind: 'portal', employerId: 10 }, true],
	['employer', 'create', { kind: 'portal', employerId: 10 }, true],
	['employer', 'update', { kind: 'portal', employerId: 10 }, false],
	['otherEmployer', 'read', { kind: 'portal', employerId: 10 }, false],
	['coach', 'read', { kind: 'portal', employerId: 10 }, false],
	['admin', 'read', { kind: 'portal', employerId: 10 }, false],
	// Outcomes
	['lead', 'read', { kind: 'outcomes', teamId: TEAM, coachId: null }, true],
	['lead', 'export', { kind: 'outcomes', teamId: TEAM, coachId: null }, true],
	['coach', 'read', { kind: 'outcomes', teamId: TEAM, coachId: null }, false],
	['coach', 'read', { kind: 'outcomes', teamId: TEAM, coachId: 3 }, true],
	['coach', 'read', { kind: 'outcomes', teamId: TEAM, coachId: 4 }, false],
	['coach', 'export', { kind: 'outcomes', teamId: TEAM, coachId: 3 }, false],
	['employer', 'read', { kind: 'outcomes', teamId: TEAM, coachId: null }, false],
	// Fidelity reviews
	['lead', 'create', { kind: 'review', teamId: TEAM, status: 'draft' }, true],
	['lead', 'update', { kind: 'review', teamId: TEAM, status: 'draft' }, true],
	['lead', 'update', { kind: 'review', teamId: TEAM, status: 'final' }, false],
	['coach', 'read', { kind: 'review', teamId: TEAM, status: 'final' }, true],
	['coach', 'read', { kind: 'review', teamId: TEAM, status: 'draft' }, false],
	['coach', 'update', { kind: 'review', teamId: TEAM, status: 'draft' }, false],
	['otherCoach', 'read', { kind: 'review', teamId: TEAM, status: 'final' }, false],
	['employer', 'read', { kind: 'review', teamId: TEAM, status: 'final' }, false],
	// Audit log
	['admin', 'read', { kind: 'audit', teamId: null }, true],
	['lead', 'read', { kind: 'audit', teamId: TEAM }, true],
	['lead', 'read', { kind: 'audit', teamId: null }, false],
	['coach', 'read', { kind: 'audit', teamId: TEAM }, false],
	['lead', 'update', { kind: 'audit', teamId: TEAM }, false],
	['admin', 'delete', { kind: 'audit', teamId: null }, false],
	// GDPR
	['lead', 'export', { kind: 'personal-data', teamId: TEAM }, true],
	['admin', 'delete', { kind: 'personal-data', teamId: TEAM }, true],
	['coach', 'export', { kind: 'personal-data', teamId: TEAM }, false],
	// Service map: the team reads, its lead maintains; nobody deletes (entries are made inactive)
	['coach', 'read', { kind: 'services', teamId: TEAM }, true],
	['lead', 'read', { kind: 'services', teamId: TEAM }, true],
	['coach', 'create', { kind: 'services', teamId: TEAM }, false],
	['coach', 'update', { kind: 'services', teamId: TEAM }, false],
	['coach', 'export', { kind: 'services', teamId: TEAM }, false],
	['lead', 'create', { kind: 'services', teamId: TEAM }, true],
	['lead', 'update', { kind: 'services', teamId: TEAM }, true],
	['lead', 'manage', { kind: 'services', teamId: TEAM }, true],
	['lead', 'export', { kind: 'services', teamId: TEAM }, true],
	['lead', 'delete', { kind: 'services', teamId: TEAM }, false],
	['otherCoach', 'read', { kind: 'services', teamId: TEAM }, false],
	['admin', 'read', { kind: 'services', teamId: TEAM }, false],
	['employer', 'read', { kind: 'services', teamId: TEAM }, false],
	// Consultations: the team's coaches and lead, read and create only
	['coach', 'read', { kind: 'consultations', teamId: TEAM }, true],
	['coach', 'create', { kind: 'consultations', teamId: TEAM }, true],
	['lead', 'create', { kind: 'consultations', teamId: TEAM }, true],
	['coach', 'delete', { kind: 'consultations', teamId: TEAM }, false],
	['lead', 'export', { kind: 'consultations', teamId: TEAM }, false],
	['otherCoach', 'read', { kind: 'consultations', teamId: TEAM }, false],
	['admin', 'read', { kind: 'consultations', teamId: TEAM }, false],
	['employer', 'read', { kind: 'consultations', teamId: TEAM }, false],
	// Reminders: own digest choice and calendar feed only; never employer users
	['coach', 'read', { kind: 'reminders', userId: 3 }, true],
	['coach', 'update', { kind: 'reminders', userId: 3 }, true],
	['coach', 'create', { kind: 'reminders', userId: 3 }, true],
	['coach', 'delete', { kind: 'reminders', userId: 3 }, true],
	['coach', 'read', { kind: 'reminders', userId: 4 }, false],
	['coach', 'update', { kind: 'reminders', userId: 4 }, false],
	['lead', 'read', { kind: 'reminders', userId: 3 }, false],
	['admin', 'update', { kind: 'reminders', userId: 3 }, false],
	['admin', 'update', { kind: 'reminders', userId: 1 }, true],
	['coach', 'export', { kind: 'reminders', userId: 3 }, false],
	['employer', 'read', { kind: 'reminders', userId: 6 }, false],
	['employer', 'update', { kind: 'reminders', userId: 6 }, false]
];

describe('policy matrix', () => {
	it.each(cases)('%s %s %o → %s', (who, action, resource, allowed) => {
		expect(can(actors[who], action, resource)).toBe(allowed);
	});

	it('denies everything to a missing actor', () => {
		expect(can(null, 'read', { kind: 'team', teamId: TEAM })).toBe(false);
		expect(can(undefined, 'read', { kind: 'portal', employerId: 10 })).toBe(false);
	});

	it('never lets an employer user reach staff resources, even with a stray team membership', () => {
		const odd: Actor = { id: 9, isAdmin: true, employerId: 10, memberships: [{ teamId: TEAM, role: 'lead' }] };
		expect(can(odd, 'read', ownClient)).toBe(false);
		expect(can(odd, 'read', { kind: 'administration' })).toBe(false);
		expect(can(odd, 'read', { kind: 'portal', employerId: 10 })).toBe(true);
	});
});

/** A refusal from the policy is a 404 thrown by SvelteKit's error(). */
function refused(run: () => unknown): boolean {
	try {
		run();
		return false;
	} catch (e) {
		return (e as { status?: number }).status === 404;
	}
}

describe('the named decisions pages ask the policy', () => {
	const leadAndCoach: Actor = { id: 8, isAdmin: false, employerId: null, memberships: [{ teamId: TEAM, role: 'lead' }, { teamId: OTHER, role: 'coach' }] };
	const strayEmployer: Actor = { id: 9, isAdmin: false, employerId: 10, memberships: [{ teamId: TEAM, role: 'lead' }] };

	it('team lists: member teams, led teams, own caseload', () => {
		expect(memberTeams(leadAndCoach)).toEqual([TEAM, OTHER]);
		expect(ledTeams(leadAndCoach)).toEqual([TEAM]);
		expect(ledTeams(actors.coach)).toEqual([]);
		expect(hasOwnCaseload(leadAndCoach)).toBe(true);
		expect(hasOwnCaseload(actors.lead)).toBe(false);
		expect(memberTeams(actors.admin)).toEqual([]);
		// An employer user never gets a team, even with a stray membership row.
		expect(memberTeams(strayEmployer)).toEqual([]);
		expect(ledTeams(strayEmployer)).toEqual([]);
	});

	it('a lead sees the whole team and assigns any coach; a coach only their own', () => {
		expect(seesWholeTeam(actors.lead, TEAM)).toBe(true);
		expect(seesWholeTeam(actors.coach, TEAM)).toBe(false);
		expect(seesWholeTeam(leadAndCoach, OTHER)).toBe(false);
		expect(coachForNewClient(actors.lead, TEAM, 3)).toBe(3);
		expect(coachForNewClient(actors.lead, TEAM, null)).toBe(actors.lead.id);
		expect(coachForNewClient(actors.coach, TEAM, 4)).toBe(actors.coach.id);
	});

	it('picks the team the URL names among the actor\u2019s, else the first; 404 with none or a foreign one', () => {
		const teams = [{ id: TEAM, name: 'A' }, { id: OTHER, name: 'B' }];
		expect(pickTeam(leadAndCoach, teams, String(OTHER)).id).toBe(OTHER);
		expect(pickTeam(leadAndCoach, teams, null).id).toBe(TEAM);
		expect(pickTeam(leadAndCoach, teams, '999').id).toBe(TEAM);
		expect(refused(() => pickTeam(actors.coach, [], null))).toBe(true);
		expect(refused(() => pickTeam(actors.otherCoach, [{ id: TEAM, name: 'A' }], null))).toBe(true);
	});

	it('fidelity charts: the named team if the actor reads its final reviews, else the first; 404 otherwise (never another team instead)', () => {
		const teams = [{ id: TEAM, name: 'A' }, { id: OTHER, name: 'B' }];
		expect(requireReviewTeam(leadAndCoach, teams, String(OTHER)).team.id).toBe(OTHER);
		expect(requireReviewTeam(leadAndCoach, teams, null)).toEqual({ team: teams[0], teams });
		expect(requireReviewTeam(actors.coach, teams, null)).toEqual({ team: teams[0], teams: [teams[0]] });
		expect(refused(() => requireReviewTeam(actors.otherCoach, teams, String(TEAM)))).toBe(true);
		expect(refused(() => requireReviewTeam(leadAndCoach, teams, '999'))).toBe(true);
		expect(refused(() => requireReviewTeam(actors.admin, teams, null))).toBe(true);
		expect(refused(() => requireReviewTeam(actors.employer, teams, null))).toBe(true);
		expect(refused(() => requireReviewTeam(null, teams, null))).toBe(true);
	});

	it('client names in logs only for the client\u2019s own team', () => {
		expect(seesClientNames(actors.lead, TEAM)).toBe(true);
		expect(seesClientNames(actors.admin, TEAM)).toBe(false);
		expect(seesClientNames(actors.otherCoach, TEAM)).toBe(false);
		expect(seesClientNames(strayEmployer, TEAM)).toBe(false);
	});

	it('the audit log: the whole installation for admins, led teams for leads, 404 for others', () => {
		expect(requireAuditScope(actors.admin)).toEqual({ teamIds: null });
		expect(requireAuditScope(leadAndCoach)).toEqual({ teamIds: [TEAM] });
		expect(refused(() => requireAuditScope(actors.coach))).toBe(true);
		expect(refused(() => requireAuditScope(actors.employer))).toBe(true);
		expect(refused(() => requireAuditScope(null))).toBe(true);
	});

	it('outcome scope: a lead\u2019s teams, a coach\u2019s own numbers, 404 beyond', () => {
		expect(decideOutcomeScope(actors.lead, null, null)).toEqual({ teamIds: [TEAM], coachId: null, team: TEAM, isLeadView: true, ledTeamIds: [TEAM] });
		expect(decideOutcomeScope(actors.lead, String(TEAM), '3')).toMatchObject({ teamIds: [TEAM], coachId: 3, isLeadView: true });
		expect(decideOutcomeScope(actors.coach, null, null)).toMatchObject({ teamIds: [TEAM], coachId: actors.coach.id, isLeadView: false });
		// A coach asking for the team's figures gets their own.
		expect(decideOutcomeScope(actors.coach, String(TEAM), null)).toMatchObject({ coachId: actors.coach.id });
		expect(refused(() => decideOutcomeScope(actors.coach, String(TEAM), '4'))).toBe(true);
		expect(refused(() => decideOutcomeScope(actors.coach, String(OTHER), null))).toBe(true);
		expect(refused(() => decideOutcomeScope(actors.lead, 'x', null))).toBe(true);
		expect(refused(() => decideOutcomeScope(actors.employer, null, null))).toBe(true);
		expect(decideOutcomeScope(leadAndCoach, 'all', null)).toMatchObject({ teamIds: [TEAM], team: 'all', isLeadView: true });
	});

	it('reminders: staff get digests; only the lead of the client\u2019s team reminds its coach', () => {
		expect(canReceiveReminders(actors.coach)).toBe(true);
		expect(canReceiveReminders(actors.lead)).toBe(true);
		expect(canReceiveReminders(actors.employer)).toBe(false);
		expect(canReceiveReminders(strayEmployer)).toBe(false);
		expect(canRemindCoach(actors.lead, ownClient as { teamId: number; coachId: number })).toBe(true);
		expect(canRemindCoach(leadAndCoach, { teamId: TEAM, coachId: 3 })).toBe(true);
		expect(canRemindCoach(leadAndCoach, { teamId: OTHER, coachId: 5 })).toBe(false);
		expect(canRemindCoach(actors.lead, { teamId: OTHER, coachId: 5 })).toBe(false);
		// Allowed; the command then refuses a client without a coach (err_reminders_no_coach).
		expect(canRemindCoach(actors.lead, { teamId: TEAM, coachId: null })).toBe(true);
		expect(canRemindCoach(actors.coach, { teamId: TEAM, coachId: 3 })).toBe(false);
		expect(canRemindCoach(actors.teammate, { teamId: TEAM, coachId: 3 })).toBe(false);
		expect(canRemindCoach(strayEmployer, { teamId: TEAM, coachId: 3 })).toBe(false);
	});
});
