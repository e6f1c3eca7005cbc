import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';

/**
 * A counter that triggers raise on every change to the records (clients, employers, placements,
 * fidelity, teams, users; not sessions or the audit log). Computed figures — the outcome dashboard —
 * are cached against it, so a cache is never older than the last saved change, in any process.
 * The triggers are in migration 0002_change_triggers.sql.
 */
export const dataChanges = sqliteTable('data_changes', {
	scope: text('scope').primaryKey(),
	counter: integer('counter').notNull().default(0)
});
