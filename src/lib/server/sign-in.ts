import type { RequestEvent } from '@sveltejs/kit';
import { verifyCredentials } from './accounts';
import { createSession, generateSessionToken, setSessionCookie, invalidateSession, loadActor } from './auth/session';
import { signInIpBucket } from './auth/rate-limit';
import { audit } from './audit';

export const LOCALE_COOKIE = 'PARAGLIDE_LOCALE';

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
	event.cookies.set(LOCALE_COOKIE, result.user.locale, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
	audit({ actor: loadActor(result.user), action: 'sign-in', entity: 'user', entityId: result.user.id, ip });
	return 'ok';
}
