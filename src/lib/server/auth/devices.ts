import { and, desc, eq, gt } from 'drizzle-orm';
import { getDb } from '../db';
import { sessions } from '../db/schema';
import { browserLabel } from '../../domain/sign-in';

/** A user's active sessions as /account and the admin's user page show them (docs/domain/sign-in.md). */
export type DeviceRow = { id: string; createdAt: Date; lastSeenAt: Date; browser: string; method: string; current: boolean };

export function activeSessions(userId: number, currentSessionId: string | null, now = Date.now()): DeviceRow[] {
	return getDb()
		.select({ id: sessions.id, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, userAgent: sessions.userAgent, method: sessions.method })
		.from(sessions)
		.where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, new Date(now)), eq(sessions.twoFactorVerified, true)))
		.orderBy(desc(sessions.lastSeenAt))
		.all()
		.map(({ userAgent, ...row }) => ({ ...row, browser: browserLabel(userAgent), current: row.id === currentSessionId }));
}

/** Ends one of the user's sessions; false when it is not theirs (or already gone). */
export function deleteOwnSession(userId: number, sessionId: string): boolean {
	return getDb().delete(sessions).where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId))).run().changes > 0;
}

/** The admin's view of a user's sign-in: second factor, active sessions, linked SSO identities. */
export function signInState(userId: number, hasSecondFactor: boolean, identities: { issuer: string }[]) {
	return { hasSecondFactor, sessions: activeSessions(userId, null).length, identities: identities.map((i) => i.issuer) };
}
