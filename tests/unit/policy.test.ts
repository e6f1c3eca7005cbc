import { describe, expect, it } from 'vitest';
import { can, type Action, type Actor, type Resource } from '../../src/lib/server/policy';

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
	['coach', 'export', { kind: 'personal-data', teamId: TEAM }, false]
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
