import { sqliteTable, integer, text, real, primaryKey, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { employers } from './employers';
import { TEAM_ROLES, UI_LOCALES } from '../../../domain/vocabularies';

/** Installation-wide accounts. Staff get team roles through teamMembers; employer users have employerId. */
export const users = sqliteTable(
	'users',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		email: text('email').notNull(),
		name: text('name').notNull(),
		phone: text('phone'),
		passwordHash: text('password_hash'),
		locale: text('locale', { enum: UI_LOCALES }).notNull().default('fi'),
		isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
		/** Set for employer users: the one organisation whose portal they see. */
		employerId: integer('employer_id').references((): any => employers.id),
		active: integer('active', { mode: 'boolean' }).notNull().default(true),
		mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
		failedSignIns: integer('failed_sign_ins').notNull().default(0),
		lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
		passwordChangedAt: integer('password_changed_at', { mode: 'timestamp_ms' })
	},
	(t) => [uniqueIndex('users_email_uq').on(t.email), index('users_employer_idx').on(t.employerId)]
);

export const sessions = sqliteTable(
	'sessions',
	{
		/** sha-256 of the token (the token itself is only in the cookie). */
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		/** False between the password and the second factor: such a session opens only /login/two-factor. */
		twoFactorVerified: integer('two_factor_verified', { mode: 'boolean' }).notNull().default(true),
		/** How it was signed in: 'password' or 'sso' (docs/domain/sign-in.md). */
		method: text('method').notNull().default('password'),
		/** The browser's User-Agent at sign-in, shown on /account (cut to 300 characters). */
		userAgent: text('user_agent')
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

export const teams = sqliteTable(
	'teams',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		name: text('name').notNull(),
		municipality: text('municipality'),
		/** Days from the start of coaching before a client without a Kykyviisari result is flagged (docs/domain/work-ability.md#kykyviisari). */
		kykyviisariGraceDays: integer('kykyviisari_grace_days').notNull().default(30),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date())
	},
	(t) => [uniqueIndex('teams_name_uq').on(t.name)]
);

/** A user has one role per team (docs/domain.md#roles). */
export const teamMembers = sqliteTable(
	'team_members',
	{
		teamId: integer('team_id')
			.notNull()
			.references(() => teams.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role', { enum: TEAM_ROLES }).notNull(),
		/** Full-time equivalent, for caseload per coach (IPS item 1). */
		fte: real('fte').notNull().default(1)
	},
	(t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('team_members_user_idx').on(t.userId)]
);

export const settings = sqliteTable('settings', {
	key: text('key').primaryKey(),
	value: text('value').notNull()
});

export type User = typeof users.$inferSelect;
export type Team = typeof teams.$inferSelect;
export type TeamMember = typeof teamMembers.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
