import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import Database from 'better-sqlite3';

/** The demo accounts' published TOTP secret (README "Demo accounts"; src/lib/server/demo/accounts.ts). */
export const DEMO_TOTP_SECRET = 'POLKUDEMOPOLKUDEMOPOLKUDEMOPOLKU';

export function totpAt(secret: string, step: number): string {
	return generateHOTP(decodeBase32IgnorePadding(secret.replace(/\s/g, '').toUpperCase()), BigInt(step), 6);
}

function lastUsedStep(dbFile: string, email: string): number | null {
	const db = new Database(dbFile, { readonly: true, fileMustExist: true });
	try {
		const row = db.prepare('SELECT t.last_used_step AS step FROM user_totp t JOIN users u ON u.id = t.user_id WHERE u.email = ?').get(email) as { step: number | null } | undefined;
		return row?.step ?? null;
	} finally {
		db.close();
	}
}

/**
 * A code the server will accept now: Polku refuses a step already used, so when the account signed
 * in moments ago (another test), take the next step (accepted as clock drift) or wait for one.
 */
export async function nextTotpCode(secret: string, dbFile?: string, email?: string): Promise<string> {
	for (;;) {
		const now = Math.floor(Date.now() / 30_000);
		const last = dbFile && email ? lastUsedStep(dbFile, email) : null;
		const step = [now, now + 1].find((s) => last === null || s > last);
		if (step !== undefined) return totpAt(secret, step);
		await new Promise((r) => setTimeout(r, 1000));
	}
}
