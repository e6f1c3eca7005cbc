import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users, teams } from './accounts';
import { clients } from './clients';
import { DIGEST_CHOICES, CLIENT_REMINDER_DELIVERIES, DELIVERY_STATUSES } from '../../../domain/reminders';

/**
 * Reminders by e-mail and the calendar feed (docs/domain/reminders.md). None of these tables is read
 * by a team view, so they carry no team change triggers (tests/unit/team-changes.test.ts lists them).
 */

/** A staff user's digest choice; no row = the default (weekly). */
export const reminderPreferences = sqliteTable('reminder_preferences', {
	userId: integer('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	digest: text('digest', { enum: DIGEST_CHOICES }).notNull().default('weekly'),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date())
});

/** Personal calendar feeds: only the sha-256 of the secret token is stored. Revoked rows are kept. */
export const calendarFeeds = sqliteTable(
	'calendar_feeds',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
		revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
		lastReadAt: integer('last_read_at', { mode: 'timestamp_ms' })
	},
	(t) => [uniqueIndex('calendar_feeds_token_uq').on(t.tokenHash), index('calendar_feeds_user_idx').on(t.userId, t.revokedAt)]
);

/** The send log: one row per user and day, so a digest is never sent twice and failures are retried. */
export const reminderDeliveries = sqliteTable(
	'reminder_deliveries',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** The Finnish calendar day the digest is for. */
		day: text('day').notNull(),
		status: text('status', { enum: DELIVERY_STATUSES }).notNull(),
		items: integer('items').notNull().default(0),
		attempts: integer('attempts').notNull().default(0),
		/** Why the last attempt failed (SMTP answer or connection error); no client data. */
		error: text('error'),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date())
	},
	(t) => [uniqueIndex('reminder_deliveries_user_day_uq').on(t.userId, t.day)]
);

/** A lead's one-off reminder about a client to its coach ("remind" on the supervision list). */
export const clientReminders = sqliteTable(
	'client_reminders',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		clientId: integer('client_id')
			.notNull()
			.references(() => clients.id, { onDelete: 'cascade' }),
		teamId: integer('team_id')
			.notNull()
			.references(() => teams.id),
		/** The coach to remind (the client's coach when the reminder was made). */
		coachId: integer('coach_id')
			.notNull()
			.references(() => users.id),
		createdBy: integer('created_by')
			.notNull()
			.references(() => users.id),
		delivery: text('delivery', { enum: CLIENT_REMINDER_DELIVERIES }).notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
		/** Set when an e-mail carrying it was accepted by the SMTP server. */
		deliveredAt: integer('delivered_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('client_reminders_coach_idx').on(t.coachId, t.deliveredAt)]
);

export type CalendarFeed = typeof calendarFeeds.$inferSelect;
