import { and, eq } from 'drizzle-orm';
import { getDb } from '../db';
import { userIdentities, type User } from '../db/schema';
import { findUserByEmail, getUser } from '../accounts';
import { hasSecondFactor } from './totp';
import { signInState } from './devices';

/**
 * Which Polku account an OpenID Connect identity signs in as (docs/domain/sign-in.md): the linked
 * account by issuer + subject; the first time, the active staff account with the provider's
 * verified e-mail, then linked. Nobody else: no account is ever created here.
 */
export type IdentityClaims = { issuer: string; subject: string; email: string | null; emailVerified: boolean };
export type IdentityMatch =
	| { ok: true; user: User; link: boolean }
	| { ok: false; reason: 'unknown' | 'inactive' | 'unverified' | 'employer' | 'linked-elsewhere'; user: User | null };

export function matchIdentity(claims: IdentityClaims): IdentityMatch {
	const db = getDb();
	const linked = db
		.select({ userId: userIdentities.userId })
		.from(userIdentities)
		.where(and(eq(userIdentities.issuer, claims.issuer), eq(userIdentities.subject, claims.subject)))
		.get();
	if (linked) {
		const user = getUser(linked.userId);
		if (!user) return { ok: false, reason: 'unknown', user: null };
		if (!user.active) return { ok: false, reason: 'inactive', user };
		return { ok: true, user, link: false };
	}
	if (!claims.email) return { ok: false, reason: 'unknown', user: null };
	if (!claims.emailVerified) return { ok: false, reason: 'unverified', user: null };
	const user = findUserByEmail(claims.email);
	if (!user) return { ok: false, reason: 'unknown', user: null };
	if (!user.active) return { ok: false, reason: 'inactive', user };
	// Employer users are outside the county's directory: password and Polku's own second factor.
	if (user.employerId !== null) return { ok: false, reason: 'employer', user };
	// Already linked to another identity at this provider: an e-mail match must not take it over.
	const other = db.select({ id: userIdentities.id }).from(userIdentities).where(and(eq(userIdentities.userId, user.id), eq(userIdentities.issuer, claims.issuer))).get();
	if (other) return { ok: false, reason: 'linked-elsewhere', user };
	return { ok: true, user, link: true };
}

/** Synchronous, so the link and its audit row go in one transaction. */
export function storeIdentity(userId: number, claims: IdentityClaims, now = new Date()): number {
	return getDb().insert(userIdentities).values({ userId, issuer: claims.issuer, subject: claims.subject, linkedAt: now }).returning({ id: userIdentities.id }).get().id;
}

export function identitiesOf(userId: number): { issuer: string; subject: string; linkedAt: Date }[] {
	return getDb().select({ issuer: userIdentities.issuer, subject: userIdentities.subject, linkedAt: userIdentities.linkedAt }).from(userIdentities).where(eq(userIdentities.userId, userId)).all();
}

export function adminSignInState(userId: number) {
	return signInState(userId, hasSecondFactor(userId), identitiesOf(userId));
}
