import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { getUser, verifyCredentials } from './accounts';
import { checkSecondFactor, hasSecondFactor } from './auth/totp';
import { oidcOnly } from './auth/sign-in-settings';
import { createSession, generateSessionToken, setSessionCookie, invalidateSession, loadActor } from './auth/session';
import { signInIpBucket } from './auth/rate-limit';
import { audit } from './audit';

export const LOCALE_COOKIE = 'PARAGLIDE_LOCALE';

/** The UI language cookie paraglide reads; Secure only over HTTPS (SvelteKit's default would drop it on plain-HTTP hosts). */
export function setLocaleCookie(cookies: Cookies, locale: string, secure: boolean): void {
	cookies.set(LOCALE_COOKIE, locale, { path: '/', httpOnly: false, sameSite: 'lax', secure, maxAge: 60 * 60 * 24 * 365 });
}

export function clientIp(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

/** A new session for the user (rotating any session the request carried) and their language. */
export function startSession(event: RequestEvent, user: { id: number; locale: string }, options: { twoFactorVerified: boolean; method: 'password' | 'sso' }): void {
	if (event.locals.session) invalidateSession(event.locals.session.id);
	const token = generateSessionToken();
	const userAgent = event.request.headers.get('user-agent');
	const session = createSession(token, user.id, Date.now(), { ...options, userAgent });
	setSessionCookie(event.cookies, token, session.expiresAt, event.url.protocol === 'https:');
	setLocaleCookie(event.cookies, user.locale, event.url.protocol === 'https:');
}

export type PasswordSignIn = 'ok' | 'two-factor' | 'invalid' | 'throttled' | 'sso-only';

/**
 * Signs in with a password: throttles per IP, checks the account (lockout inside), and starts a
 * session. An account with a second factor gets a session that opens only the code page
 * (docs/domain/sign-in.md). With OIDC_ONLY, staff are refused here (employer users are not).
 */
export async function signIn(event: RequestEvent, email: string, password: string): Promise<PasswordSignIn> {
	const ip = clientIp(event);
	if (!signInIpBucket.consume(ip)) return 'throttled';
	const result = await verifyCredentials(email, password);
	if (!result.ok) {
		audit({ actor: null, action: 'sign-in-failed', entity: 'user', ip, details: email.slice(0, 254) });
		return 'invalid';
	}
	const actor = loadActor(result.user);
	if (oidcOnly() && result.user.employerId === null) {
		audit({ actor, action: 'sign-in-failed', entity: 'user', entityId: result.user.id, ip, details: 'password refused: staff sign in with single sign-on (OIDC_ONLY)' });
		return 'sso-only';
	}
	const twoFactor = hasSecondFactor(result.user.id);
	startSession(event, result.user, { twoFactorVerified: !twoFactor, method: 'password' });
	if (twoFactor) return 'two-factor';
	audit({ actor, action: 'sign-in', entity: 'user', entityId: result.user.id, ip });
	return 'ok';
}

export type SecondStep = 'ok' | 'invalid' | 'replayed' | 'locked' | 'throttled';

/** The code after the password: a TOTP code or a recovery code; on success a new, full session. */
export function completeSecondFactor(event: RequestEvent, code: string): SecondStep {
	const pending = event.locals.session;
	if (!pending || pending.twoFactorVerified) return 'invalid';
	const ip = clientIp(event);
	if (!signInIpBucket.consume(ip)) return 'throttled';
	const user = getUser(pending.userId);
	if (!user || !user.active) return 'invalid';
	const actor = loadActor(user);
	const check = checkSecondFactor(user.id, code);
	if (check !== 'ok' && check !== 'recovery') {
		audit({ actor, action: 'sign-in-failed', entity: 'user', entityId: user.id, ip, details: `second factor ${check}` });
		return check;
	}
	startSession(event, user, { twoFactorVerified: true, method: 'password' });
	audit({ actor, action: 'sign-in', entity: 'user', entityId: user.id, ip, details: check === 'recovery' ? 'password + recovery code' : 'password + totp' });
	return 'ok';
}
