/**
 * Sign-in rules (docs/domain/sign-in.md): who must have a second factor, which TOTP step a code is
 * accepted for (never the same step twice), recovery code format and the browser named on a session.
 */

/** RFC 6238 with the authenticator apps' defaults: 30-second steps, six digits. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
export const RECOVERY_CODE_COUNT = 10;

export type TwoFactorPolicy = 'roles' | 'everyone';

export type AccountKind = { isAdmin: boolean; employerId: number | null; roles: readonly string[] };

/** Admins, team leads and employer users always; everybody when the installation says so. */
export function requiresTwoFactor(account: AccountKind, policy: TwoFactorPolicy): boolean {
	if (policy === 'everyone') return true;
	return account.isAdmin || account.employerId !== null || account.roles.includes('lead');
}

export function totpStep(nowMs: number): number {
	return Math.floor(nowMs / 1000 / TOTP_PERIOD_SECONDS);
}

/** A typed code without the spaces or dashes people add; lower case (recovery codes are base32). */
export function normaliseCode(input: string): string {
	return input.replace(/[\s-]/g, '').toLowerCase();
}

export function looksLikeTotp(code: string): boolean {
	return /^\d{6}$/.test(code);
}

export type StepCheck = { ok: true; step: number } | { ok: false; reason: 'invalid' | 'replayed' };

/**
 * The step a six-digit code belongs to: the current one or one either side (clocks drift, typing
 * takes time). A step at or before the last accepted one is refused as a replay.
 */
export function acceptedStep(code: string, nowStep: number, lastUsedStep: number | null, codeFor: (step: number) => string): StepCheck {
	for (const step of [nowStep, nowStep - 1, nowStep + 1]) {
		if (codeFor(step) !== code) continue;
		if (lastUsedStep !== null && step <= lastUsedStep) return { ok: false, reason: 'replayed' };
		return { ok: true, step };
	}
	return { ok: false, reason: 'invalid' };
}

/** Ten base32 characters shown as two groups of five ("abcde-fghij"). */
export function formatRecoveryCode(code: string): string {
	return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** The browser and system named in a User-Agent, e.g. "Firefox 128 (Windows)"; '' when unknown. */
export function browserLabel(userAgent: string | null | undefined): string {
	if (!userAgent) return '';
	const browsers: [RegExp, string][] = [
		[/Edg\/(\d+)/, 'Edge'],
		[/OPR\/(\d+)/, 'Opera'],
		[/Firefox\/(\d+)/, 'Firefox'],
		[/(?:Chrome|Chromium|CriOS)\/(\d+)/, 'Chrome'],
		[/Version\/(\d+)[^ ]* (?:Mobile\/\S+ )?Safari/, 'Safari']
	];
	const systems: [RegExp, string][] = [
		[/Windows/, 'Windows'],
		[/Android/, 'Android'],
		[/iPhone|iPad|iPod/, 'iOS'],
		[/Mac OS X|Macintosh/, 'macOS'],
		[/CrOS/, 'ChromeOS'],
		[/Linux/, 'Linux']
	];
	const browser = browsers.map(([re, name]) => [re.exec(userAgent), name] as const).find(([match]) => match);
	const system = systems.find(([re]) => re.test(userAgent))?.[1];
	const name = browser ? `${browser[1]} ${browser[0]![1]}` : userAgent.slice(0, 40);
	return system ? `${name} (${system})` : name;
}
