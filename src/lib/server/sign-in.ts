import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { verifyCredentials } from './accounts';
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

/**
 * Signs in: throttles per IP, checks the account (lockout inside), rotates the session (a new token
 * every sign-in; any session cookie sent along is ended) and applies the user's language.
 */
export async function signIn(event: RequestEvent, email: string, password: string): Promise<'ok' | 'invalid' | 'throttled'> {
	const ip = clientIp(event);
	if (!signInIpBucket.consume(ip)) return 'throttled';
	const result = await verifyCredentials(email, password);
	if (!result.ok) {
		audit({ actor: null, action: 'sign-in-failed', entity: 'user', ip, details: email.slice(0, 254) });
		return 'invalid';
	}
	if (event.locals.session) invalidateSession(event.locals.session.id);
	const token = generateSessionToken();
	const session = createSession(token, result.user.id);
	setSessionCookie(event.cookies, token, session.expiresAt, event.url.protocol === 'https:');
	setLocaleCookie(event.cookies, result.user.locale, event.url.protocol === 'https:');
	audit({ actor: loadActor(result.user), action: 'sign-in', entity: 'user', entityId: result.user.id, ip });
	return 'ok';
}
