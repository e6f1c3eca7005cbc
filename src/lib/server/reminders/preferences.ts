import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { getDb } from '../db';
import { calendarFeeds, reminderPreferences } from '../db/schema';
import { audited, done, refused, type CommandResult } from '../commands';
import type { Actor } from '../policy';
import { DEFAULT_DIGEST, DIGEST_CHOICES, type DigestChoice } from '$lib/domain/reminders';

/** A staff user's digest choice (default weekly). */
export function digestChoice(userId: number): DigestChoice {
	return getDb().select({ digest: reminderPreferences.digest }).from(reminderPreferences).where(eq(reminderPreferences.userId, userId)).get()?.digest ?? DEFAULT_DIGEST;
}

export function setDigestChoice(actor: Actor, choice: string): CommandResult<DigestChoice> {
	if (!(DIGEST_CHOICES as readonly string[]).includes(choice)) return refused({ digest: 'err_invalid' });
	const digest = choice as DigestChoice;
	return audited(
		() => {
			getDb()
				.insert(reminderPreferences)
				.values({ userId: actor.id, digest, updatedAt: new Date() })
				.onConflictDoUpdate({ target: reminderPreferences.userId, set: { digest, updatedAt: new Date() } })
				.run();
			return done(digest);
		},
		(value) => ({ actor, action: 'update', entity: 'reminder-preferences', entityId: actor.id, details: `digest=${value}` })
	);
}

// ---------------------------------------------------------------------------------------------
// Calendar feed tokens: 32 random bytes in the URL, only their sha-256 in the database.
// ---------------------------------------------------------------------------------------------

export function hashFeedToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** Tokens are base64url of 32 bytes; anything else is not looked up at all. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export type FeedStatus = { on: boolean; createdAt: Date | null };

export function feedStatus(userId: number): FeedStatus {
	const row = getDb()
		.select({ createdAt: calendarFeeds.createdAt })
		.from(calendarFeeds)
		.where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
		.orderBy(desc(calendarFeeds.id))
		.get();
	return { on: Boolean(row), createdAt: row?.createdAt ?? null };
}

function revokeAll(userId: number, now: Date): number {
	return getDb().update(calendarFeeds).set({ revokedAt: now }).where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt))).run().changes;
}

/** Turns the feed on, or replaces its address: any earlier address stops working at once. The token is returned once, never stored. */
export function createFeed(actor: Actor): CommandResult<{ token: string; feedId: number }> {
	const token = randomBytes(32).toString('base64url');
	return audited(
		() => {
			const now = new Date();
			const replaced = revokeAll(actor.id, now);
			const row = getDb().insert(calendarFeeds).values({ userId: actor.id, tokenHash: hashFeedToken(token), createdAt: now }).returning({ id: calendarFeeds.id }).get();
			return done({ token, feedId: row.id, replaced });
		},
		(value) => ({ actor, action: 'create', entity: 'calendar-feed', entityId: value.feedId, details: value.replaced ? 'replaced' : null })
	);
}

/** Turns the feed off: the address answers 404 from now on. */
export function revokeFeed(actor: Actor): CommandResult<number> {
	return audited(
		() => done(revokeAll(actor.id, new Date())),
		(revoked) => ({ actor, action: 'delete', entity: 'calendar-feed', details: `revoked=${revoked}` })
	);
}

/** The live feed a token opens, or null (unknown, malformed and revoked alike). */
export function feedByToken(token: string): { feedId: number; userId: number } | null {
	if (!TOKEN_SHAPE.test(token)) return null;
	const row = getDb()
		.select({ feedId: calendarFeeds.id, userId: calendarFeeds.userId })
		.from(calendarFeeds)
		.where(and(eq(calendarFeeds.tokenHash, hashFeedToken(token)), isNull(calendarFeeds.revokedAt)))
		.get();
	return row ?? null;
}

export function markFeedRead(feedId: number): void {
	getDb().update(calendarFeeds).set({ lastReadAt: new Date() }).where(eq(calendarFeeds.id, feedId)).run();
}
