import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';

/**
 * Counters that triggers raise on changes to the records (not sessions or the audit log), so a cache
 * keyed on them is never older than the last saved change, in any process: 'team:<id>' on changes to
 * a team's rows and its clients' rows, 'shared' on rows no team owns (migration
 * 0007_team_change_counters.sql; it replaced the one global counter of 0002).
 */
export const dataChanges = sqliteTable('data_changes', {
	scope: text('scope').primaryKey(),
	counter: integer('counter').notNull().default(0)
});
