import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';

/**
 * Append-only access and change log (Finnish client-data law: the client may ask who saw their data).
 * The app has no update or delete path for this table, triggers refuse both, and each row is chained
 * to the previous one by its hash (src/lib/server/audit-chain.ts).
 */
export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		userId: integer('user_id'),
		/** Role the user acted in: admin, lead, coach, employer, system. */
		role: text('role').notNull(),
		action: text('action').notNull(),
		entity: text('entity').notNull(),
		entityId: integer('entity_id'),
		clientId: integer('client_id'),
		teamId: integer('team_id'),
		view: text('view'),
		ip: text('ip'),
		details: text('details'),
		/** Disclosures (action 'disclose'): who received the data, e.g. `employer:3`, `client`, `user:7`. */
		recipient: text('recipient'),
		/** Disclosures: why it was allowed, e.g. `consent:12` or `role:lead` (docs/domain/privacy.md#disclosure-log). */
		basis: text('basis'),
		/** The previous entry's hash (hash chain, docs/domain/privacy.md#tamper-evident-audit-log). */
		prevHash: text('prev_hash'),
		/** SHA-256 over this entry's content and prevHash, hex. */
		hash: text('hash')
	},
	(t) => [
		index('audit_client_idx').on(t.clientId, t.at),
		index('audit_at_idx').on(t.at),
		index('audit_user_idx').on(t.userId, t.at)
	]
);

export type AuditRow = typeof auditLog.$inferSelect;
