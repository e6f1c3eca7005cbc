import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { getDb } from './db';
import { auditLog, users, clients } from './db/schema';
import type { Actor } from './policy';

export type AuditAction = 'read' | 'create' | 'update' | 'delete' | 'export' | 'sign-in' | 'sign-in-failed' | 'sign-out' | 'erase';

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

/** Appends one row. There is deliberately no update or delete function for this table. */
export function audit(entry: AuditEntry): void {
	getDb()
		.insert(auditLog)
		.values({
			at: new Date(),
			userId: entry.actor?.id ?? null,
			role: actingRole(entry.actor, entry.teamId),
			action: entry.action,
			entity: entry.entity,
			entityId: entry.entityId ?? null,
			clientId: entry.clientId ?? null,
			teamId: entry.teamId ?? null,
			view: entry.view ?? null,
			ip: entry.ip ?? null,
			details: entry.details ?? null
		})
		.run();
}

export type AuditFilter = {
	teamId?: number | null;
	clientId?: number;
	userId?: number;
	action?: string;
	from?: Date;
	to?: Date;
	limit?: number;
	offset?: number;
};

export function listAudit(filter: AuditFilter) {
	const where: SQL[] = [];
	if (filter.teamId != null) where.push(eq(auditLog.teamId, filter.teamId));
	if (filter.clientId != null) where.push(eq(auditLog.clientId, filter.clientId));
	if (filter.userId != null) where.push(eq(auditLog.userId, filter.userId));
	if (filter.action) where.push(eq(auditLog.action, filter.action));
	if (filter.from) where.push(gte(auditLog.at, filter.from));
	if (filter.to) where.push(lte(auditLog.at, filter.to));
	return getDb()
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
			clientName: clients.lastName,
			teamId: auditLog.teamId,
			view: auditLog.view,
			ip: auditLog.ip,
			details: auditLog.details
		})
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.userId))
		.leftJoin(clients, eq(clients.id, auditLog.clientId))
		.where(where.length ? and(...where) : undefined)
		.orderBy(desc(auditLog.id))
		.limit(filter.limit ?? 100)
		.offset(filter.offset ?? 0)
		.all();
}
