import { and, count, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import { getDb, getSqlite } from './db';
import { CHAINED_INSERT, registerAuditHash } from './audit-chain';
import { longWriteDone, longWriteRunning } from './db/long-write';
import { auditLog, users, clients } from './db/schema';
import type { Actor } from './policy';
import { currentIp } from './request-context';

/**
 * 'read-refused': a read of client data refused by the reader's budget (read-budget.ts).
 * 'disclose': client data left the staff circle (disclosures.ts), with its recipient and basis.
 */
export type AuditAction = 'read' | 'read-refused' | 'create' | 'update' | 'delete' | 'export' | 'disclose' | 'sign-in' | 'sign-in-failed' | 'sign-out' | 'erase';

export type AuditEntry = {
	actor: Actor | null;
	action: AuditAction;
	entity: string;
	entityId?: number | null;
	clientId?: number | null;
	teamId?: number | null;
	view?: string | null;
	ip?: string | null;
	details?: string | null;
	/** Disclosures only: who received the data (`employer:<id>`, `client`, `user:<id>`). */
	recipient?: string | null;
	/** Disclosures only: `consent:<id>` or `role:<role>`. */
	basis?: string | null;
};

/** The role the actor acted in: for a team record, their role in that team. */
export function actingRole(actor: Actor | null, teamId?: number | null): string {
	if (!actor) return 'system';
	if (actor.employerId !== null) return 'employer';
	const teamRole = teamId != null ? actor.memberships.find((m) => m.teamId === teamId)?.role : undefined;
	if (teamRole) return teamRole;
	if (actor.isAdmin) return 'admin';
	return actor.memberships[0]?.role ?? 'user';
}

/**
 * Appends one row, chained to the previous one by its hash (audit-chain.ts). There is deliberately
 * no update or delete function for this table, and the database refuses both (migration `audit_chain_disclosures`).
 */
export function audit(entry: AuditEntry): void {
	const row = {
		at: Date.now(),
		userId: entry.actor?.id ?? null,
		role: actingRole(entry.actor, entry.teamId),
		action: entry.action,
		entity: entry.entity,
		entityId: entry.entityId ?? null,
		clientId: entry.clientId ?? null,
		teamId: entry.teamId ?? null,
		view: entry.view ?? null,
		ip: entry.ip ?? currentIp(),
		details: entry.details ?? null,
		recipient: entry.recipient ?? null,
		basis: entry.basis ?? null
	};
	// While an import commits in its worker, a read's row (outside a transaction) is written right
	// after it, with the time of the read, instead of holding the event loop on the write lock.
	if (longWriteRunning() && !getSqlite().inTransaction) {
		if (deferred.push(row) === 1) void longWriteDone().then(writeDeferred);
		return;
	}
	chainedInsert().run(row);
}

const deferred: Record<string, unknown>[] = [];

function writeDeferred(): void {
	const rows = deferred.splice(0);
	getDb().transaction(() => {
		for (const row of rows) chainedInsert().run(row);
	});
}

// Every read of a client record writes a row: compiled once per connection.
const insertByConnection = new WeakMap<Database.Database, Database.Statement>();
function chainedInsert(): Database.Statement {
	const sqlite = getSqlite();
	let statement = insertByConnection.get(sqlite);
	if (!statement) {
		registerAuditHash(sqlite);
		statement = sqlite.prepare(CHAINED_INSERT);
		insertByConnection.set(sqlite, statement);
	}
	return statement;
}

export type AuditFilter = {
	/** null = the whole installation (admins); otherwise only entries of these teams. */
	teamIds: number[] | null;
	clientId?: number;
	userEmail?: string;
	action?: string;
	from?: string;
	to?: string;
	page?: number;
};

export const AUDIT_PAGE_SIZE = 50;

function auditWhere(filter: AuditFilter): SQL | undefined {
	const where: SQL[] = [];
	if (filter.teamIds) where.push(filter.teamIds.length ? inArray(auditLog.teamId, filter.teamIds) : eq(auditLog.id, -1));
	if (filter.clientId != null) where.push(eq(auditLog.clientId, filter.clientId));
	if (filter.userEmail) where.push(eq(users.email, filter.userEmail.trim().toLowerCase()));
	if (filter.action) where.push(eq(auditLog.action, filter.action));
	// Dates are Finnish calendar days; the log stores instants.
	if (filter.from) where.push(gte(auditLog.at, new Date(`${filter.from}T00:00:00+02:00`)));
	if (filter.to) where.push(lte(auditLog.at, new Date(`${filter.to}T23:59:59.999+02:00`)));
	return where.length ? and(...where) : undefined;
}

/** One page of the log, newest first, with the total for pagination. */
export function listAudit(filter: AuditFilter) {
	const db = getDb();
	const where = auditWhere(filter);
	const page = Math.max(1, filter.page ?? 1);
	const rows = db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			userId: auditLog.userId,
			userName: users.name,
			userEmail: users.email,
			role: auditLog.role,
			action: auditLog.action,
			entity: auditLog.entity,
			entityId: auditLog.entityId,
			clientId: auditLog.clientId,
			teamId: auditLog.teamId,
			view: auditLog.view,
			ip: auditLog.ip,
			details: auditLog.details,
			recipient: auditLog.recipient,
			basis: auditLog.basis
		})
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.userId))
		.where(where)
		.orderBy(desc(auditLog.id))
		.limit(AUDIT_PAGE_SIZE)
		.offset((page - 1) * AUDIT_PAGE_SIZE)
		.all();
	const total = db.select({ n: count() }).from(auditLog).leftJoin(users, eq(users.id, auditLog.userId)).where(where).get()?.n ?? 0;
	return { rows, page, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), total };
}

/** The client's team (for the policy) and display name, or undefined. */
export function clientForAccessReport(clientId: number) {
	return getDb()
		.select({ id: clients.id, teamId: clients.teamId, firstName: clients.firstName, lastName: clients.lastName })
		.from(clients)
		.where(eq(clients.id, clientId))
		.get();
}

/** Who accessed, changed or received this client's data, and when: the report a client may ask for. */
export function clientAccessReport(clientId: number) {
	return getDb()
		.select({
			at: auditLog.at,
			userName: users.name,
			userEmail: users.email,
			role: auditLog.role,
			action: auditLog.action,
			entity: auditLog.entity,
			view: auditLog.view,
			ip: auditLog.ip,
			details: auditLog.details,
			recipient: auditLog.recipient,
			basis: auditLog.basis
		})
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.userId))
		.where(eq(auditLog.clientId, clientId))
		.orderBy(desc(auditLog.id))
		.all();
}
