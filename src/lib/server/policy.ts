import { error } from '@sveltejs/kit';
import { requiresTwoFactor, type TwoFactorPolicy } from '../domain/sign-in';

/**
 * The one place for authorization (docs/domain.md#roles). Every load and action asks `can` or `authorize`;
 * routes never compare roles themselves. A denied read answers 404, so a URL never confirms that a
 * record exists.
 */

export type TeamRole = 'lead' | 'coach';

export type Actor = {
	id: number;
	isAdmin: boolean;
	/** Employer users: the one organisation whose portal they see. */
	employerId: number | null;
	memberships: { teamId: number; role: TeamRole }[];
};

export type Action = 'read' | 'create' | 'update' | 'delete' | 'cover' | 'export' | 'manage';

export type Resource =
	/** Accounts, teams, settings, backups. */
	| { kind: 'administration' }
	/** The audit log: teamId null = the whole installation. */
	| { kind: 'audit'; teamId: number | null }
	/** A team's shared views: team caseload, supervision list, employer register, exports. */
	| { kind: 'team'; teamId: number }
	/** A client record and everything in it. coachId = the assigned coach of the current enrolment. */
	| { kind: 'client'; teamId: number; coachId: number | null }
	/** An employer organisation in a team's network (staff side). */
	| { kind: 'employer'; teamId: number }
	/** The employer portal of one organisation. */
	| { kind: 'portal'; employerId: number }
	/** Outcome figures for a team, or for one coach when coachId is set. */
	| { kind: 'outcomes'; teamId: number; coachId: number | null }
	/** A fidelity review (and its action plan). */
	| { kind: 'review'; teamId: number; status: 'draft' | 'consensus' | 'final' }
	/** A client's personal data as a whole: GDPR export and erasure. */
	| { kind: 'personal-data'; teamId: number }
	/** A team's service map (docs/domain/work-ability.md#service-map). */
	| { kind: 'services'; teamId: number }
	/** A team's consultations, the anonymous ones included (docs/domain/work-ability.md#consultations). */
	| { kind: 'consultations'; teamId: number }
	/** A staff user's own reminder settings and calendar feed (docs/domain/reminders.md). */
	| { kind: 'reminders'; userId: number }
	/** A user's own sign-in: sessions and second factor (docs/domain/sign-in.md). Employer users too. */
	| { kind: 'account'; userId: number };

// Role look-ups stay private to this module: outside it, code asks a named question below.
function roleIn(actor: Actor, teamId: number): TeamRole | null {
	return actor.memberships.find((m) => m.teamId === teamId)?.role ?? null;
}

function teamsWithRole(actor: Actor, role?: TeamRole): number[] {
	if (actor.employerId !== null) return [];
	return actor.memberships.filter((m) => !role || m.role === role).map((m) => m.teamId);
}

export function isStaff(actor: Actor): boolean {
	return actor.employerId === null && (actor.isAdmin || actor.memberships.length > 0);
}

/** A client record: teammates read and cover, the assigned coach and leads write (docs/domain.md#roles). */
function canOnClient(actor: Actor, action: Action, resource: Extract<Resource, { kind: 'client' }>): boolean {
	const role = roleIn(actor, resource.teamId);
	if (role === null) return false;
	switch (action) {
		case 'read':
			// IPS units cover each other: teammates read (and every read is audited).
			return true;
		case 'create':
			return true;
		case 'update':
			return role === 'lead' || resource.coachId === actor.id;
		case 'cover':
			// A teammate writes only as a logged "covering" entry.
			return role === 'coach' && resource.coachId !== actor.id;
		case 'delete':
		case 'manage':
		case 'export':
			return role === 'lead';
	}
	return false;
}

export function can(actor: Actor | null | undefined, action: Action, resource: Resource): boolean {
	if (!actor) return false;
	// Everyone manages their own sessions and second factor; admins others' through 'administration'.
	if (resource.kind === 'account') return resource.userId === actor.id && action !== 'cover' && action !== 'export';
	// Employer users see their own portal and nothing else, whatever else the row says.
	if (actor.employerId !== null) {
		return (
			resource.kind === 'portal' &&
			resource.employerId === actor.employerId &&
			(action === 'read' || action === 'create')
		);
	}
	switch (resource.kind) {
		case 'administration':
			return actor.isAdmin;
		case 'audit':
			if (action !== 'read' && action !== 'export') return false;
			if (actor.isAdmin) return true;
			return resource.teamId !== null && roleIn(actor, resource.teamId) === 'lead';
		case 'team': {
			const role = roleIn(actor, resource.teamId);
			if (action === 'read') return role !== null;
			// Assigning clients, inviting employer users, exporting raw tables: the lead's job.
			if (action === 'manage' || action === 'export') return role === 'lead';
			return false;
		}
		case 'client':
			return canOnClient(actor, action, resource);
		case 'employer': {
			const role = roleIn(actor, resource.teamId);
			if (role === null) return false;
			if (action === 'delete' || action === 'manage') return role === 'lead';
			return action === 'read' || action === 'create' || action === 'update';
		}
		case 'portal':
			return false;
		case 'outcomes': {
			const role = roleIn(actor, resource.teamId);
			if (action !== 'read' && action !== 'export') return false;
			if (role === 'lead') return true;
			// A coach sees own numbers only, and exports nothing.
			return role === 'coach' && action === 'read' && resource.coachId === actor.id;
		}
		case 'review': {
			const role = roleIn(actor, resource.teamId);
			if (action === 'read') return role === 'lead' || (role === 'coach' && resource.status === 'final');
			if (action === 'create' || action === 'manage') return role === 'lead';
			if (action === 'update') return role === 'lead' && resource.status !== 'final';
			if (action === 'export') return role === 'lead';
			return false;
		}
		case 'personal-data': {
			if (action !== 'export' && action !== 'delete' && action !== 'read') return false;
			return actor.isAdmin || roleIn(actor, resource.teamId) === 'lead';
		}
		case 'services': {
			// The whole team searches the catalogue; its lead maintains it (entries, CSV import and export).
			const role = roleIn(actor, resource.teamId);
			if (action === 'read') return role !== null;
			return role === 'lead' && action !== 'delete' && action !== 'cover';
		}
		case 'consultations':
			// The team's coaches and lead record and read them; nobody edits another's answer away or deletes one.
			return (action === 'read' || action === 'create') && roleIn(actor, resource.teamId) !== null;
		case 'reminders':
			// Everyone manages only their own digest and feed; the feed is read as its owner.
			if (action !== 'read' && action !== 'create' && action !== 'update' && action !== 'delete') return false;
			return resource.userId === actor.id && isStaff(actor);
	}
}

/** Throws 404 (not 403) when denied: the caller learns nothing about the record. */
export function authorize(actor: Actor | null | undefined, action: Action, resource: Resource): asserts actor is Actor {
	if (!can(actor, action, resource)) error(404, 'Not found');
}

/** For pages every signed-in staff member may open (their own start page, account settings). */
export function requireStaff(actor: Actor | null | undefined): asserts actor is Actor {
	if (!actor || !isStaff(actor)) error(404, 'Not found');
}

/** For pages every signed-in user may open (account, language). */
export function requireSignedIn(actor: Actor | null | undefined): asserts actor is Actor {
	if (!actor) error(404, 'Not found');
}

// ---------------------------------------------------------------------------------------------
// Named decisions for pages that serve several teams or roles. Each is phrased as the question a
// page asks, and answered from `can` or the memberships, so no route compares roles itself.
// ---------------------------------------------------------------------------------------------

/** Teams whose shared views (caseload, register, supervision) the actor reads: every team they belong to. */
export function memberTeams(actor: Actor): number[] {
	return teamsWithRole(actor).filter((teamId) => can(actor, 'read', { kind: 'team', teamId }));
}

/** The team report's free-text feedback answers: only the lead of every team in scope (never a coach). */
export function canReadFeedbackText(actor: Actor, teamIds: readonly number[]): boolean {
	const led = ledTeams(actor);
	return teamIds.length > 0 && teamIds.every((teamId) => led.includes(teamId));
}

/** Teams the actor leads: where they manage assignments, imports, reviews and the team's log. */
export function ledTeams(actor: Actor): number[] {
	return teamsWithRole(actor, 'lead').filter((teamId) => can(actor, 'manage', { kind: 'team', teamId }));
}

/** Teams where the actor coaches clients of their own. */
export function coachedTeams(actor: Actor): number[] {
	return teamsWithRole(actor, 'coach');
}

/** A coach starts from their own caseload; someone who only leads starts from the team's. */
export function hasOwnCaseload(actor: Actor): boolean {
	return coachedTeams(actor).length > 0;
}

/** Team-wide lists (follow-along due, weekly employer contacts): the lead sees everyone's rows, a coach their own. */
export function seesWholeTeam(actor: Actor, teamId: number): boolean {
	return can(actor, 'manage', { kind: 'team', teamId });
}

/** The actor's role in a team, for display ("lead" / "coach" beside the team's name). */
export function roleLabelIn(actor: Actor, teamId: number): TeamRole | null {
	return roleIn(actor, teamId);
}

/**
 * The team a page shows: the one the URL names if the actor may read it, else the actor's first.
 * 404 when the actor belongs to no team or names a team they may not read.
 */
export function pickTeam<T extends { id: number }>(actor: Actor, teams: T[], requested: string | null): T {
	const wanted = requested ? teams.find((t) => String(t.id) === requested) : undefined;
	const team = wanted ?? teams[0];
	if (!team || !can(actor, 'read', { kind: 'team', teamId: team.id })) error(404, 'Not found');
	return team;
}

/**
 * The team whose final reviews a page shows (fidelity charts) and the teams it can switch to: the
 * one the URL names, else the first. 404 when the actor reads no team's final reviews or names a
 * team whose reviews they may not read (unlike pickTeam, an unreadable team is not replaced).
 */
export function requireReviewTeam<T extends { id: number }>(actor: Actor | null | undefined, teams: T[], requested: string | null): { team: T; teams: T[] } {
	const readable = actor ? teams.filter((team) => can(actor, 'read', { kind: 'review', teamId: team.id, status: 'final' })) : [];
	const team = requested === null ? readable[0] : readable.find((candidate) => String(candidate.id) === requested);
	if (!team) error(404, 'Not found');
	return { team, teams: readable };
}

/** Who a new client's coach may be: a lead assigns anyone (default themselves), a coach only themselves. */
export function coachForNewClient(actor: Actor, teamId: number, requestedCoachId: number | null | undefined): number {
	return can(actor, 'manage', { kind: 'team', teamId }) ? (requestedCoachId ?? actor.id) : actor.id;
}

/** Whose part of the audit log the actor reads: null = the whole installation (admins), else the teams they lead. 404 for anyone else. */
export function requireAuditScope(actor: Actor | null | undefined): { teamIds: number[] | null } {
	if (actor && can(actor, 'read', { kind: 'audit', teamId: null })) return { teamIds: null };
	const teams = actor ? teamsWithRole(actor, 'lead') : [];
	if (!actor || teams.length === 0) error(404, 'Not found');
	for (const teamId of teams) authorize(actor, 'read', { kind: 'audit', teamId });
	return { teamIds: teams };
}

/** Client names appear in logs and reports only for the client's own team; an admin without a team role sees the log, not who. */
export function seesClientNames(actor: Actor, teamId: number): boolean {
	return actor.employerId === null && roleIn(actor, teamId) !== null;
}

/** The outcome figures asked for: whose numbers, and whether it is a lead's whole-team view. */
export type OutcomeScopeDecision = { teamIds: number[]; coachId: number | null; team: 'all' | number; isLeadView: boolean; ledTeamIds: number[] };

function parseId(value: string | null): number | null {
	if (value === null || !/^\d{1,9}$/.test(value)) return null;
	return Number(value);
}

/**
 * ?team=all|<id>&coach=<id>, checked for every team: a lead sees their team(s) and each coach; a
 * coach sees their own numbers only. Anything else: 404.
 */
export function decideOutcomeScope(actor: Actor | null | undefined, teamParam: string | null, coachParam: string | null): OutcomeScopeDecision {
	if (!actor || actor.employerId !== null) error(404, 'Not found');
	const leadTeams = teamsWithRole(actor, 'lead');
	let teamIds: number[];
	let team: 'all' | number;
	if (teamParam === 'all') {
		teamIds = leadTeams;
		team = 'all';
	} else if (teamParam !== null && teamParam !== '') {
		const id = parseId(teamParam);
		if (id === null) error(404, 'Not found');
		teamIds = [id];
		team = id;
	} else if (leadTeams.length > 0) {
		teamIds = leadTeams;
		team = leadTeams.length === 1 ? leadTeams[0] : 'all';
	} else {
		teamIds = teamsWithRole(actor, 'coach');
		team = teamIds.length === 1 ? teamIds[0] : 'all';
	}
	if (teamIds.length === 0) error(404, 'Not found');
	let coachId: number | null = coachParam ? parseId(coachParam) : null;
	if (coachParam && coachId === null) error(404, 'Not found');
	if (coachId === null && teamIds.some((t) => !leadTeams.includes(t))) coachId = actor.id;
	for (const teamId of teamIds) authorize(actor, 'read', { kind: 'outcomes', teamId, coachId });
	return { teamIds, coachId, team, isLeadView: teamIds.every((t) => leadTeams.includes(t)), ledTeamIds: leadTeams };
}

/** Who gets digests and may keep a calendar feed: staff only (employer users never). */
export function canReceiveReminders(actor: Actor): boolean {
	return can(actor, 'read', { kind: 'reminders', userId: actor.id });
}

/** A lead's "remind the coach" about a client: only the lead of the client's team (a client without a coach is refused by the command). */
export function canRemindCoach(actor: Actor, client: { teamId: number; coachId: number | null }): boolean {
	return can(actor, 'manage', { kind: 'client', teamId: client.teamId, coachId: client.coachId });
}

/** Admins, team leads and employer users (everyone, if the setting says so) sign in with a second factor. */
export function mustHaveSecondFactor(actor: Actor, policy: TwoFactorPolicy): boolean {
	return requiresTwoFactor({ isAdmin: actor.isAdmin, employerId: actor.employerId, roles: actor.memberships.map((m) => m.role) }, policy);
}
