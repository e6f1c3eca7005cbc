import { error } from '@sveltejs/kit';

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
	| { kind: 'personal-data'; teamId: number };

export function roleIn(actor: Actor, teamId: number): TeamRole | null {
	return actor.memberships.find((m) => m.teamId === teamId)?.role ?? null;
}

export function isStaff(actor: Actor): boolean {
	return actor.employerId === null && (actor.isAdmin || actor.memberships.length > 0);
}

export function teamsWithRole(actor: Actor, role?: TeamRole): number[] {
	return actor.memberships.filter((m) => !role || m.role === role).map((m) => m.teamId);
}

export function can(actor: Actor | null | undefined, action: Action, resource: Resource): boolean {
	if (!actor) return false;
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
		case 'client': {
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
