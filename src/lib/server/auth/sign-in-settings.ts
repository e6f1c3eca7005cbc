import { eq } from 'drizzle-orm';
import { getDb } from '../db';
import { settings } from '../db/schema';
import type { TwoFactorPolicy } from '../../domain/sign-in';

/**
 * Installation-wide sign-in settings (docs/domain/sign-in.md): who must have a second factor is
 * kept in the settings table (an admin changes it); single sign-on is configured by environment.
 */
const TWO_FACTOR_KEY = 'two_factor_required';
let cached: TwoFactorPolicy | null = null;

export function twoFactorPolicy(): TwoFactorPolicy {
	cached ??= getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, TWO_FACTOR_KEY)).get()?.value === 'everyone' ? 'everyone' : 'roles';
	return cached;
}

/** Synchronous, for a command to write it with its audit row. */
export function storeTwoFactorPolicy(policy: TwoFactorPolicy): void {
	getDb()
		.insert(settings)
		.values({ key: TWO_FACTOR_KEY, value: policy })
		.onConflictDoUpdate({ target: settings.key, set: { value: policy } })
		.run();
	cached = policy;
}

export type OidcSettings = { issuer: string; clientId: string; clientSecret: string; label: string | null };

/** OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together turn single sign-on on. */
export function oidcSettings(env: Record<string, string | undefined> = process.env): OidcSettings | null {
	const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
	if (!issuer || !clientId || !clientSecret) return null;
	return { issuer, clientId, clientSecret, label: env.OIDC_LABEL?.trim() || null };
}

/** OIDC_ONLY=true: staff sign in through single sign-on only (employer users keep their password). */
export function oidcOnly(env: Record<string, string | undefined> = process.env): boolean {
	return env.OIDC_ONLY === 'true' && oidcSettings(env) !== null;
}
