import { redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { AsyncLocalStorage } from 'node:async_hooks';
import { extractLocaleFromRequest, overwriteServerAsyncLocalStorage, type Locale } from '$lib/paraglide/runtime';
import { getDb } from '$lib/server/db';
import { SESSION_COOKIE, deleteSessionCookie, setSessionCookie, validateSessionToken } from '$lib/server/auth/session';
import { ensureEnvironmentAdmin, setupRequired } from '$lib/server/setup';
import { securityHeaders } from '$lib/server/security-headers';
import { startBackupSchedule } from '$lib/server/backup';
import { startReminderSchedule } from '$lib/server/reminders/scheduler';
import { startRetentionSchedule } from '$lib/server/trust/retention';
import { requestContext } from '$lib/server/request-context';
import { longWriteDone, longWriteRunning } from '$lib/server/db/long-write';
import { compressHtml } from '$lib/server/compression';
import { mustHaveSecondFactor } from '$lib/server/policy';
import { twoFactorPolicy } from '$lib/server/auth/sign-in-settings';

export const init: ServerInit = async () => {
	// Open and migrate the database at start-up, so a bad DATABASE_PATH fails now, not at the first visit.
	getDb();
	await ensureEnvironmentAdmin();
	startBackupSchedule();
	startReminderSchedule();
	startRetentionSchedule();
};

// The request's language for paraglide's messages. This replaces paraglideMiddleware, which clones
// every request (for URL-prefix strategies, unused here) and records every message call: a tenth
// of a page's server time.
const localeStorage = new AsyncLocalStorage<{ locale?: Locale; origin?: string }>();
overwriteServerAsyncLocalStorage(localeStorage);

const handleLocale: Handle = ({ event, resolve }) => {
	const locale = extractLocaleFromRequest(event.request);
	return localeStorage.run({ locale, origin: event.url.origin }, () =>
		resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		})
	);
};

const handleSession: Handle = async ({ event, resolve }) => {
	// A form post writes: while an import commits in its worker, it waits for it here without holding
	// the event loop (docs/decisions/0008-import-write-in-a-worker.md).
	if (event.request.method !== 'GET' && event.request.method !== 'HEAD' && longWriteRunning()) await longWriteDone();
	const secure = event.url.protocol === 'https:';
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	event.locals.actor = null;
	if (token) {
		const result = validateSessionToken(token);
		if (result.session) {
			setSessionCookie(event.cookies, token, result.session.expiresAt, secure);
			event.locals.session = result.session;
			// Between the password and the second factor the session signs nobody in (docs/domain/sign-in.md).
			if (result.session.twoFactorVerified) {
				event.locals.user = result.user;
				event.locals.actor = result.actor;
			}
		} else {
			deleteSessionCookie(event.cookies, secure);
		}
	}
	return resolve(event);
};

const PUBLIC_DURING_SETUP = ['/setup', '/accessibility', '/language'];
/**
 * Pages anyone may open without signing in; everything else needs a session. (/calendar: the feed's
 * secret token is its credential; /feedback: the client's one-time feedback link, likewise.)
 */
const PUBLIC = ['/login', '/logout', '/setup', '/accessibility', '/language', '/favicon.ico', '/robots.txt', '/calendar', '/feedback'];

/** Pages a session waiting for its second factor, or a user who must enrol one, may still open. */
const SECOND_STEP = ['/login/two-factor', '/logout', '/language'];
const ENROLMENT = ['/account/two-factor', '/account/password', '/logout', '/language'];

/** First run: until an administrator exists, every page leads to the set-up page. */
const handleFirstRun: Handle = async ({ event, resolve }) => {
	const path = event.url.pathname;
	const session = event.locals.session;
	if (session && !session.twoFactorVerified && !SECOND_STEP.includes(path) && !path.startsWith('/_app/')) {
		redirect(303, '/login/two-factor');
	}
	if (setupRequired() && !PUBLIC_DURING_SETUP.some((p) => path === p || path.startsWith(p + '/')) && !path.startsWith('/_app/')) {
		redirect(303, '/setup');
	}
	// Signed-out visitors go to the sign-in page and come back afterwards.
	if (!event.locals.user && !PUBLIC.some((p) => path === p || path.startsWith(p + '/')) && !path.startsWith('/_app/')) {
		if (event.request.method === 'GET') redirect(303, `/login?next=${encodeURIComponent(path + event.url.search)}`);
		redirect(303, '/login');
	}
	// A one-time password must be changed before anything else.
	const user = event.locals.user;
	if (user?.mustChangePassword && session?.method !== 'sso' && !['/account/password', '/logout', '/language'].includes(path) && !path.startsWith('/_app/')) {
		redirect(303, '/account/password');
	}
	// A password account whose role needs a second factor enrols before anything else (SSO: the provider's MFA).
	const actor = event.locals.actor;
	if (user && actor && session?.method === 'password' && !user.hasSecondFactor && mustHaveSecondFactor(actor, twoFactorPolicy()) && !ENROLMENT.includes(path) && !path.startsWith('/_app/')) {
		redirect(303, '/account/two-factor');
	}
	return resolve(event);
};

const handleHeaders: Handle = async ({ event, resolve }) => {
	let ip: string | null = null;
	try {
		ip = event.getClientAddress();
	} catch {
		ip = null;
	}
	const response = await requestContext.run({ ip }, () => resolve(event));
	for (const [name, value] of Object.entries(securityHeaders(event.url.protocol === 'https:'))) {
		response.headers.set(name, value);
	}
	return compressHtml(event.request, response);
};

export const handle: Handle = sequence(handleHeaders, handleLocale, handleSession, handleFirstRun);

/** No stack traces to the user: log the error, answer with a generic message and an id to quote. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const errorId = crypto.randomUUID().slice(0, 8);
	if (status !== 404) console.error(`[${errorId}] ${event.request.method} ${event.url.pathname}`, error);
	return { message: status === 404 ? 'Not found' : message, errorId };
};
