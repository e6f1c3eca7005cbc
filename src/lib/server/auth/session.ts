import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq, ne, sql } from 'drizzle-orm';
import { longWriteRunning } from '../db/long-write';
import { getDb } from '../db';
import { prepared } from '../db/prepared';
import { sessions, users, teamMembers } from '../db/schema';
import type { Cookies } from '@sveltejs/kit';
import type { Actor } from '../policy';

/** Sessions follow the Lucia guide: a random token in the cookie, its SHA-256 as the row id. */
export const SESSION_COOKIE = 'polku_session';

const MINUTE = 60_000;
export function idleTimeoutMs(): number {
	return Number(process.env.SESSION_IDLE_MINUTES || 120) * MINUTE;
}
export function absoluteTimeoutMs(): number {
	return Number(process.env.SESSION_MAX_HOURS || 12) * 60 * MINUTE;
}

export type Session = {
	id: string;
	userId: number;
	createdAt: Date;
	lastSeenAt: Date;
	expiresAt: Date;
	/** False until the second factor is given (docs/domain/sign-in.md). */
	twoFactorVerified: boolean;
	method: string;
	userAgent: string | null;
};

export type SessionOptions = { twoFactorVerified?: boolean; method?: 'password' | 'sso'; userAgent?: string | null };

export type SessionUser = {
	id: number;
	email: string;
	name: string;
	locale: 'fi' | 'sv' | 'en';
	isAdmin: boolean;
	employerId: number | null;
	mustChangePassword: boolean;
	/** A confirmed TOTP secret exists (docs/domain/sign-in.md). */
	hasSecondFactor: boolean;
};

export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

function expiryFor(createdAt: number, lastSeenAt: number): Date {
	return new Date(Math.min(lastSeenAt + idleTimeoutMs(), createdAt + absoluteTimeoutMs()));
}

export function createSession(token: string, userId: number, now = Date.now(), options: SessionOptions = {}): Session {
	const session: Session = {
		id: sessionIdFromToken(token),
		userId,
		createdAt: new Date(now),
		lastSeenAt: new Date(now),
		expiresAt: expiryFor(now, now),
		twoFactorVerified: options.twoFactorVerified ?? true,
		method: options.method ?? 'password',
		userAgent: options.userAgent?.slice(0, 300) || null
	};
	getDb().insert(sessions).values(session).run();
	return session;
}

export type SessionValidation =
	| { session: Session; user: SessionUser; actor: Actor }
	| { session: null; user: null; actor: null };

// Run on every request: built and compiled once.
const sessionWithUser = prepared((db) =>
	db
		.select({
			session: sessions,
			user: {
				id: users.id,
				email: users.email,
				name: users.name,
				locale: users.locale,
				isAdmin: users.isAdmin,
				employerId: users.employerId,
				mustChangePassword: users.mustChangePassword,
				hasSecondFactor: sql<number>`exists (select 1 from user_totp t where t.user_id = ${users.id} and t.confirmed_at is not null)`,
				active: users.active
			}
		})
		.from(sessions)
		.innerJoin(users, eq(sessions.userId, users.id))
		.where(eq(sessions.id, sql.placeholder('id')))
		.prepare()
);

const membershipsOf = prepared((db) =>
	db
		.select({ teamId: teamMembers.teamId, role: teamMembers.role })
		.from(teamMembers)
		.where(eq(teamMembers.userId, sql.placeholder('userId')))
		.prepare()
);

/** Validates and slides the session: idle timeout from the last request, capped by an absolute lifetime. */
export function validateSessionToken(token: string, now = Date.now()): SessionValidation {
	const db = getDb();
	const id = sessionIdFromToken(token);
	const row = sessionWithUser().get({ id });
	if (!row) return { session: null, user: null, actor: null };
	const { session, user } = row;
	// While an import commits in its worker (db/long-write.ts) nothing is written here: a later request
	// deletes the ended session or slides the expiry.
	const write = !longWriteRunning();
	if (now >= session.expiresAt.getTime() || !user.active) {
		if (write) db.delete(sessions).where(eq(sessions.id, id)).run();
		return { session: null, user: null, actor: null };
	}
	// Write the sliding expiry at most once a minute, not on every request.
	if (write && now - session.lastSeenAt.getTime() > MINUTE) {
		session.lastSeenAt = new Date(now);
		session.expiresAt = expiryFor(session.createdAt.getTime(), now);
		db.update(sessions)
			.set({ lastSeenAt: session.lastSeenAt, expiresAt: session.expiresAt })
			.where(eq(sessions.id, id))
			.run();
	}
	const { active: _active, hasSecondFactor, ...rest } = user;
	const sessionUser: SessionUser = { ...rest, hasSecondFactor: Boolean(hasSecondFactor) };
	return { session, user: sessionUser, actor: loadActor(sessionUser) };
}

export function loadActor(user: { id: number; isAdmin: boolean; employerId: number | null }): Actor {
	const memberships = membershipsOf().all({ userId: user.id });
	return { id: user.id, isAdmin: user.isAdmin, employerId: user.employerId, memberships };
}

export function invalidateSession(sessionId: string): void {
	getDb().delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** Sign-out everywhere; keepSessionId keeps the session that asked (e.g. after a password change). */
export function invalidateUserSessions(userId: number, keepSessionId?: string): void {
	const db = getDb();
	if (keepSessionId) {
		db.delete(sessions)
			.where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)))
			.run();
	} else {
		db.delete(sessions).where(eq(sessions.userId, userId)).run();
	}
}

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date, secure: boolean): void {
	cookies.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt });
}

export function deleteSessionCookie(cookies: Cookies, secure: boolean): void {
	cookies.delete(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
