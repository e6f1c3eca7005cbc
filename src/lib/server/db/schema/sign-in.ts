import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';

/**
 * Second factor and single sign-on (docs/domain/sign-in.md). Rows belong to a user, never to a team
 * or client, so no team-change triggers.
 */

/** One TOTP secret per user; `confirmedAt` null while enrolment waits for the first code. */
export const userTotp = sqliteTable('user_totp', {
	userId: integer('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	/** base32 (RFC 4648) as shown to the user. */
	secret: text('secret').notNull(),
	confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
	/** The last 30-second step a code was accepted for: a code is never accepted twice. */
	lastUsedStep: integer('last_used_step'),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});

/** Ten one-time recovery codes per enrolment, stored as SHA-256 hashes. */
export const recoveryCodes = sqliteTable(
	'recovery_codes',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		codeHash: text('code_hash').notNull(),
		usedAt: integer('used_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('recovery_codes_user_idx').on(t.userId)]
);

/** An identity at an OpenID Connect provider linked to a Polku account (issuer + subject). */
export const userIdentities = sqliteTable(
	'user_identities',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		issuer: text('issuer').notNull(),
		subject: text('subject').notNull(),
		linkedAt: integer('linked_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [uniqueIndex('user_identities_iss_sub_uq').on(t.issuer, t.subject), index('user_identities_user_idx').on(t.userId)]
);

export type UserTotp = typeof userTotp.$inferSelect;
