import { error } from '@sveltejs/kit';
import { desc, eq, sql } from 'drizzle-orm';
import { prepared } from '../db/prepared';
import { clients, enrolments } from '../db/schema';
import { can, type Actor, type Resource } from '../policy';
import { auditClientRead } from '../read-budget';

/** What the policy needs to know about a client, read from the database (never from a form). */
export type ClientAccess = {
	clientId: number;
	teamId: number;
	/** Assigned coach of the current (latest) enrolment. */
	coachId: number | null;
	/** The current (latest) enrolment; null only for a client without any enrolment. */
	enrolmentId: number | null;
	closed: boolean;
};

// Every client page and action starts here: built and compiled once.
const accessRow = prepared((db) =>
	db
		.select({ clientId: clients.id, teamId: clients.teamId, coachId: enrolments.coachId, enrolmentId: enrolments.id, closedDate: enrolments.closedDate })
		.from(clients)
		.leftJoin(enrolments, eq(enrolments.clientId, clients.id))
		.where(eq(clients.id, sql.placeholder('clientId')))
		.orderBy(desc(enrolments.id))
		.limit(1)
		.prepare()
);

export function getClientAccess(clientId: number): ClientAccess | null {
	if (!Number.isInteger(clientId) || clientId <= 0) return null;
	const row = accessRow().get({ clientId });
	if (!row) return null;
	return { clientId: row.clientId, teamId: row.teamId, coachId: row.coachId, enrolmentId: row.enrolmentId, closed: row.closedDate !== null };
}

/** The policy resource of a client: `can(actor, action, clientResource(clientId))`; null = no such client. */
export function clientResource(clientId: number): Extract<Resource, { kind: 'client' }> | null {
	const access = getClientAccess(clientId);
	return access ? { kind: 'client', teamId: access.teamId, coachId: access.coachId } : null;
}

/** How the actor may write to this client: as its own coach/lead, as a covering teammate, or not at all. */
export type WriteMode = 'own' | 'covering' | null;

export function writeModeFor(actor: Actor | null | undefined, access: ClientAccess): WriteMode {
	const resource: Resource = { kind: 'client', teamId: access.teamId, coachId: access.coachId };
	if (can(actor, 'update', resource)) return 'own';
	if (can(actor, 'cover', resource)) return 'covering';
	return null;
}

/**
 * Loads a client for a page and audits the read (docs/domain/privacy.md#audit-log: every read of a client record).
 * Missing client or no right to read → 404; over the reader's read budget → 429 (read-budget.ts).
 */
export function requireClientRead(actor: Actor | null | undefined, clientIdParam: string, view: string): ClientAccess & { writeMode: WriteMode } {
	const access = getClientAccess(Number(clientIdParam));
	if (!access || !can(actor, 'read', { kind: 'client', teamId: access.teamId, coachId: access.coachId })) error(404, 'Not found');
	auditClientRead({ actor: actor ?? null, action: 'read', entity: 'client', entityId: access.clientId, clientId: access.clientId, teamId: access.teamId, view });
	return { ...access, writeMode: writeModeFor(actor, access) };
}

/**
 * For actions: the client and the actor's write mode. `allowCovering` = a teammate may write this
 * as a logged covering entry (contacts, outreach); otherwise only the own coach or a lead.
 */
export function requireClientWrite(actor: Actor | null | undefined, clientIdParam: string, allowCovering = false): ClientAccess & { writeMode: 'own' | 'covering' } {
	const access = getClientAccess(Number(clientIdParam));
	if (!access || !can(actor, 'read', { kind: 'client', teamId: access.teamId, coachId: access.coachId })) error(404, 'Not found');
	const mode = writeModeFor(actor, access);
	if (mode === 'own' || (mode === 'covering' && allowCovering)) return { ...access, writeMode: mode };
	// A teammate may see the record but not change it: 403 is honest here, the record is visible to them.
	error(403, 'Forbidden');
}
