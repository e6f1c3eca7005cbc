#!/usr/bin/env node
// A real OpenID Connect provider (the `oidc-provider` package) for tests and for trying single
// sign-on locally. Never for production: any login name is accepted and consent is skipped.
// Usage: node scripts/oidc-test-provider.mjs <port> <polku-base-url>
//   then start Polku with OIDC_ISSUER=http://127.0.0.1:<port> OIDC_CLIENT_ID=polku OIDC_CLIENT_SECRET=polku-test-secret
// @ts-expect-error oidc-provider ships no types (a test-only development dependency)
import Provider from 'oidc-provider';
import { pathToFileURL } from 'node:url';

export const TEST_CLIENT = { id: 'polku', secret: 'polku-test-secret' };

/**
 * Login name → claims. The dev login form takes any name; unknown names get an unverified address.
 * @type {Record<string, { email: string; email_verified: boolean; name: string }>}
 */
export const TEST_ACCOUNTS = {
	admin: { email: 'admin@example.fi', email_verified: true, name: 'Aila Pääkäyttäjä' },
	lead: { email: 'lead@example.fi', email_verified: true, name: 'Leena Laine' },
	coach: { email: 'COACH@example.fi', email_verified: true, name: 'Kaisa Koski' },
	coach3: { email: 'coach3@example.fi', email_verified: true, name: 'Sanna Salo' },
	stranger: { email: 'stranger@example.org', email_verified: true, name: 'Vieras Henkilö' },
	unverified: { email: 'coach2@example.fi', email_verified: false, name: 'Mikko Mäkelä' },
	employer: { email: 'employer@example.fi', email_verified: true, name: 'Erja Esihenkilö' }
};

/**
 * Starts the provider on 127.0.0.1:port for a Polku at `appBase`. `accounts` may be changed while it
 * runs (e.g. an e-mail changed at the provider). Resolves to { issuer, accounts, close() }.
 * @param {number} port
 * @param {string} appBase
 * @param {typeof TEST_ACCOUNTS} [accounts]
 * @returns {Promise<{ issuer: string; accounts: typeof TEST_ACCOUNTS; close(): Promise<void> }>}
 */
export async function startTestProvider(port, appBase, accounts = structuredClone(TEST_ACCOUNTS)) {
	const issuer = `http://127.0.0.1:${port}`;
	const provider = new Provider(issuer, {
		clients: [{ client_id: TEST_CLIENT.id, client_secret: TEST_CLIENT.secret, redirect_uris: [`${appBase}/login/oidc/callback`], grant_types: ['authorization_code'], response_types: ['code'] }],
		claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
		// The claims in the ID token itself, as many providers (Entra ID with optional claims) do.
		conformIdTokenClaims: false,
		pkce: { required: () => true, methods: ['S256'] },
		cookies: { keys: ['polku-test-provider-key'] },
		features: { devInteractions: { enabled: true } },
		/** @param {unknown} _ctx @param {string} id */
		async findAccount(_ctx, id) {
			return { accountId: id, claims: async () => ({ sub: id, ...(accounts[id] ?? { email: `${id}@example.org`, email_verified: false }) }) };
		},
		// No consent screen: a first-party client gets the scopes it asks for.
		/** @param {any} ctx */
		async loadExistingGrant(ctx) {
			const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
			if (grantId) return ctx.oidc.provider.Grant.find(grantId);
			const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
			grant.addOIDCScope('openid email profile');
			await grant.save();
			return grant;
		}
	});
	provider.on('server_error', (/** @type {unknown} */ _ctx, /** @type {unknown} */ err) => console.error('oidc-provider', err));
	/** @type {import('node:http').Server} */
	const server = await new Promise((resolve) => {
		const s = provider.listen(port, '127.0.0.1', () => resolve(s));
	});
	return { issuer, accounts, close: () => new Promise((r) => server.close(() => r(undefined))) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const [port, appBase] = process.argv.slice(2);
	const { issuer } = await startTestProvider(Number(port), appBase);
	console.log(`Test OpenID Connect provider at ${issuer} (client ${TEST_CLIENT.id} / ${TEST_CLIENT.secret}) for ${appBase}`);
}
