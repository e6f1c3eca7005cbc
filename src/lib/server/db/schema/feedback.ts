import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { teams, users } from './accounts';
import { enrolments } from './clients';
import { EXIT_SITUATIONS } from '../../../domain/vocabularies';

// The client's own feedback and the follow-up three months after exit (docs/domain/team-report.md).

/**
 * A one-time feedback link: only the token's hash is stored. Used once, expires after 30 days, and
 * the answer page shows nothing about the client.
 */
export const feedbackLinks = sqliteTable(
	'feedback_links',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: integer('enrolment_id')
			.notNull()
			.references(() => enrolments.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash').notNull(),
		createdBy: integer('created_by').references(() => users.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		usedAt: integer('used_at', { mode: 'timestamp_ms' })
	},
	(t) => [uniqueIndex('feedback_links_token_idx').on(t.tokenHash), index('feedback_links_enrolment_idx').on(t.enrolmentId)]
);

/** Feedback a client chose to give anonymously: it counts only in the team's figures. */
export const anonymousFeedback = sqliteTable(
	'anonymous_feedback',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		teamId: integer('team_id')
			.notNull()
			.references(() => teams.id),
		date: text('date').notNull(),
		/** School grade 4–10. */
		satisfaction: integer('satisfaction').notNull(),
		/** Likelihood to recommend 0–10. */
		recommend: integer('recommend'),
		comment: text('comment'),
		improvement: text('improvement'),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date())
	},
	(t) => [index('anonymous_feedback_team_idx').on(t.teamId, t.date)]
);

/** The follow-up contact three months after an enrolment closed; due dates are computed, only answers are stored. */
export const exitFollowUps = sqliteTable(
	'exit_follow_ups',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: integer('enrolment_id')
			.notNull()
			.references(() => enrolments.id, { onDelete: 'cascade' }),
		contactedOn: text('contacted_on').notNull(),
		situation: text('situation', { enum: EXIT_SITUATIONS }).notNull(),
		note: text('note'),
		createdBy: integer('created_by').references(() => users.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
		version: integer('version').notNull().default(1)
	},
	(t) => [uniqueIndex('exit_follow_ups_enrolment_idx').on(t.enrolmentId)]
);
