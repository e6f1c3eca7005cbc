import * as client from 'openid-client';
import type { RequestEvent } from '@sveltejs/kit';
import { audit } from '../audit';
import { getDb } from '../db';
import { loadActor } from './session';
import { oidcSettings, type OidcSettings } from './sign-in-settings';
import { matchIdentity, storeIdentity, type IdentityClaims } from './oidc-identities';
import { clientIp, startSession } from '../sign-in';
import { safeRedirectPath } from '../../domain/safe-redirect';

/**
 * OpenID Connect sign-in with openid-client (certified): authorization code flow with PKCE, state and
 * nonce; the library checks the ID token's signature, issuer, audience, expiry and nonce. The
 * flow's secrets wait in a short-lived cookie for the callback (docs/domain/sign-in.md).
 */
const FLOW_COOKIE = 'polku_oidc';
const CALLBACK = '/login/oidc/callback';

let configuration: { key: string; config: Promise<client.Configuration> } | null = null;

function isLoopback(url: URL): boolean {
	return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** Discovery once per process; a failed one is retried at the next sign-in. */
function config(settings: OidcSettings): Promise<client.Configuration> {
	const key = `${settings.issuer} ${settings.clientId}`;
	if (configuration?.key === key) return configuration.config;
	const issuer = new URL(settings.issuer);
	// Plain HTTP only for a provider on this machine (tests, development); anything else must be HTTPS.
	const options = issuer.protocol === 'http:' && isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined;
	const promise = client.discovery(issuer, settings.clientId, settings.clientSecret, undefined, options);
	promise.catch(() => (configuration = null));
	configuration = { key, config: promise };
	return promise;
}

type Flow = { state: string; nonce: string; verifier: string; next: string };

/** The provider's sign-in page, with this flow's state, nonce and PKCE challenge; null when SSO is off. */
export async function startOidc(event: RequestEvent): Promise<URL | null> {
	const settings = oidcSettings();
	if (!settings) return null;
	const cfg = await config(settings);
	const flow: Flow = {
		state: client.randomState(),
		nonce: client.randomNonce(),
		verifier: client.randomPKCECodeVerifier(),
		next: safeRedirectPath(event.url.searchParams.get('next'), event.url.origin)
	};
	event.cookies.set(FLOW_COOKIE, Buffer.from(JSON.stringify(flow)).toString('base64url'), {
		path: '/login/oidc',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		maxAge: 600
	});
	return client.buildAuthorizationUrl(cfg, {
		redirect_uri: `${event.url.origin}${CALLBACK}`,
		scope: 'openid email profile',
		state: flow.state,
		nonce: flow.nonce,
		code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
		code_challenge_method: 'S256'
	});
}

function readFlow(event: RequestEvent): Flow | null {
	const raw = event.cookies.get(FLOW_COOKIE);
	event.cookies.delete(FLOW_COOKIE, { path: '/login/oidc', httpOnly: true, sameSite: 'lax', secure: event.url.protocol === 'https:' });
	if (!raw) return null;
	try {
		const flow = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Flow;
		return typeof flow.state === 'string' && typeof flow.nonce === 'string' && typeof flow.verifier === 'string' ? flow : null;
	} catch {
		return null;
	}
}

export type OidcRefusal = 'off' | 'failed' | 'unknown' | 'inactive' | 'unverified' | 'employer' | 'linked-elsewhere';
export type OidcResult = { ok: true; next: string } | { ok: false; reason: OidcRefusal };

/** The validated identity from the callback, or why not (the error's text is for the audit log). */
async function identityFrom(event: RequestEvent, settings: OidcSettings, flow: Flow): Promise<IdentityClaims> {
	const cfg = await config(settings);
	const tokens = await client.authorizationCodeGrant(
		cfg,
		event.url,
		{ pkceCodeVerifier: flow.verifier, expectedState: flow.state, expectedNonce: flow.nonce, idTokenExpected: true },
		{ redirect_uri: `${event.url.origin}${CALLBACK}` }
	);
	const claims = tokens.claims()!;
	let email = typeof claims.email === 'string' ? claims.email : null;
	let verified = claims.email_verified === true;
	// Many providers put the e-mail only in the userinfo answer.
	if (email === null) {
		const info = await client.fetchUserInfo(cfg, tokens.access_token, claims.sub);
		email = typeof info.email === 'string' ? info.email : null;
		verified = info.email_verified === true;
	}
	return { issuer: claims.iss, subject: claims.sub, email, emailVerified: verified };
}

/** The library's reason, with the underlying check's (e.g. 'unexpected "state" response parameter value'). */
function reasonOf(e: unknown): string {
	if (!(e instanceof Error)) return 'callback rejected';
	const cause = e.cause instanceof Error ? ` (${e.cause.message})` : '';
	return `${e.name}: ${e.message}${cause}`;
}

function refuse(reason: OidcRefusal, details: string, user: { id: number; isAdmin: boolean; employerId: number | null } | null): OidcResult {
	audit({ actor: user ? loadActor(user) : null, action: 'sign-in-failed', entity: 'user', entityId: user?.id ?? null, details: `sso ${reason}: ${details}`.slice(0, 500) });
	return { ok: false, reason };
}

/** The callback: validates the answer, finds the account (linking it the first time) and starts a session. */
export async function finishOidc(event: RequestEvent): Promise<OidcResult> {
	const settings = oidcSettings();
	if (!settings) return { ok: false, reason: 'off' };
	const flow = readFlow(event);
	if (!flow) return refuse('failed', 'no sign-in in progress (missing or expired flow cookie)', null);
	let claims: IdentityClaims;
	try {
		claims = await identityFrom(event, settings, flow);
	} catch (e) {
		return refuse('failed', reasonOf(e), null);
	}
	const who = `${claims.email ?? '(no e-mail)'} ${claims.issuer} sub=${claims.subject}`;
	const match = matchIdentity(claims);
	if (!match.ok) return refuse(match.reason, who, match.user);
	const actor = loadActor(match.user);
	getDb().transaction(() => {
		if (match.link) {
			const id = storeIdentity(match.user.id, claims);
			audit({ actor, action: 'create', entity: 'identity', entityId: id, details: `linked by verified e-mail: ${who}` });
		}
		audit({ actor, action: 'sign-in', entity: 'user', entityId: match.user.id, ip: clientIp(event), details: `sso ${claims.issuer}` });
	});
	startSession(event, match.user, { twoFactorVerified: true, method: 'sso' });
	return { ok: true, next: flow.next };
}
