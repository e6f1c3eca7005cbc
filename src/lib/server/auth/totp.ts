import { sha256 } from '@oslojs/crypto/sha2';
import { decodeBase32IgnorePadding, encodeBase32LowerCaseNoPadding, encodeBase32UpperCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp';
import QRCode from 'qrcode';
import { and, eq, isNull, isNotNull, count } from 'drizzle-orm';
import { getDb } from '../db';
import { recoveryCodes, userTotp, users } from '../db/schema';
import { lockoutUntil } from './rate-limit';
import { acceptedStep, looksLikeTotp, normaliseCode, RECOVERY_CODE_COUNT, TOTP_DIGITS, TOTP_PERIOD_SECONDS, totpStep } from '../../domain/sign-in';

/** TOTP secrets and recovery codes (RFC 6238, docs/domain/sign-in.md). No audit here: the callers log. */

export function hasSecondFactor(userId: number): boolean {
	return !!getDb().select({ userId: userTotp.userId }).from(userTotp).where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt))).get();
}

export function totpCodeFor(secret: string, step: number): string {
	return generateHOTP(decodeBase32IgnorePadding(secret), BigInt(step), TOTP_DIGITS);
}

/** The secret waiting for its first code, made now if there is none; null when already enrolled. */
export function pendingSecret(userId: number, now = new Date()): string | null {
	const db = getDb();
	const row = db.select().from(userTotp).where(eq(userTotp.userId, userId)).get();
	if (row?.confirmedAt) return null;
	if (row) return row.secret;
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	const secret = encodeBase32UpperCaseNoPadding(bytes);
	db.insert(userTotp).values({ userId, secret, createdAt: now }).run();
	return secret;
}

/** What the enrolment page shows: the secret as text (grouped by four) and as a QR code (SVG data URL). */
export async function enrolmentView(secret: string, accountName: string): Promise<{ secret: string; uri: string; qr: string }> {
	const uri = createTOTPKeyURI('Polku', accountName, decodeBase32IgnorePadding(secret), TOTP_PERIOD_SECONDS, TOTP_DIGITS);
	const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
	return { secret: secret.replace(/(.{4})/g, '$1 ').trim(), uri, qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

function hashCode(code: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(normaliseCode(code))));
}

/** Ten new codes (the old ones stop working); the plain codes are returned once, only hashes are kept. */
export function replaceRecoveryCodes(userId: number): string[] {
	const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
		const bytes = new Uint8Array(8);
		crypto.getRandomValues(bytes);
		return encodeBase32LowerCaseNoPadding(bytes).slice(0, 10);
	});
	const db = getDb();
	db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
	db.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashCode(code) }))).run();
	return codes;
}

export function unusedRecoveryCodes(userId: number): number {
	return getDb().select({ n: count() }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt))).get()?.n ?? 0;
}

/** Confirms the pending secret with a first code: true and the step stored, or false. */
export function confirmSecret(userId: number, code: string, now = Date.now()): boolean {
	const row = getDb().select().from(userTotp).where(eq(userTotp.userId, userId)).get();
	if (!row || row.confirmedAt) return false;
	const check = acceptedStep(normaliseCode(code), totpStep(now), null, (step) => totpCodeFor(row.secret, step));
	if (!check.ok) return false;
	getDb().update(userTotp).set({ confirmedAt: new Date(now), lastUsedStep: check.step }).where(eq(userTotp.userId, userId)).run();
	return true;
}

export type SecondFactorCheck = 'ok' | 'recovery' | 'invalid' | 'replayed' | 'locked';

/**
 * A code at sign-in: a TOTP code (never one of an already used step) or an unused recovery code.
 * Wrong codes count in the account's lockout like wrong passwords. Synchronous: no other request
 * runs between reading and writing the last used step.
 */
export function checkSecondFactor(userId: number, input: string, now = Date.now()): SecondFactorCheck {
	const db = getDb();
	return db.transaction(() => {
		const user = db.select({ failed: users.failedSignIns, lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, userId)).get();
		const totp = db.select().from(userTotp).where(eq(userTotp.userId, userId)).get();
		if (!user || !totp?.confirmedAt) return 'invalid';
		if (user.lockedUntil && user.lockedUntil.getTime() > now) return 'locked';
		const code = normaliseCode(input);
		let result: SecondFactorCheck = 'invalid';
		if (looksLikeTotp(code)) {
			const check = acceptedStep(code, totpStep(now), totp.lastUsedStep, (step) => totpCodeFor(totp.secret, step));
			if (check.ok) db.update(userTotp).set({ lastUsedStep: check.step }).where(eq(userTotp.userId, userId)).run();
			result = check.ok ? 'ok' : check.reason;
		} else if (code.length === 10) {
			const used = db
				.update(recoveryCodes)
				.set({ usedAt: new Date(now) })
				.where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashCode(code)), isNull(recoveryCodes.usedAt)))
				.returning({ id: recoveryCodes.id })
				.get();
			if (used) result = 'recovery';
		}
		if (result === 'ok' || result === 'recovery') {
			if (user.failed > 0 || user.lockedUntil) db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, userId)).run();
		} else {
			const failed = user.failed + 1;
			db.update(users).set({ failedSignIns: failed, lockedUntil: lockoutUntil(failed, now) }).where(eq(users.id, userId)).run();
		}
		return result;
	});
}

/** Removes the secret and recovery codes; the user enrols again at the next sign-in if required. */
export function removeSecondFactor(userId: number): void {
	const db = getDb();
	db.delete(userTotp).where(eq(userTotp.userId, userId)).run();
	db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
}

/** For demo accounts and POLKU_ADMIN_TOTP_SECRET: a known secret, already confirmed. */
export function storeConfirmedSecret(userId: number, secret: string, now = new Date()): void {
	decodeBase32IgnorePadding(secret.toUpperCase()); // throws on a malformed secret
	getDb()
		.insert(userTotp)
		.values({ userId, secret: secret.toUpperCase(), confirmedAt: now, createdAt: now })
		.onConflictDoUpdate({ target: userTotp.userId, set: { secret: secret.toUpperCase(), confirmedAt: now, lastUsedStep: null } })
		.run();
}
