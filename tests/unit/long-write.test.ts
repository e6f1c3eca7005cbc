import { beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createUser } from '$lib/server/accounts';
import { audit } from '$lib/server/audit';
import { createSession, generateSessionToken, validateSessionToken } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { asLongWrite, longWriteDone, longWriteRunning } from '$lib/server/db/long-write';
import { auditLog, sessions } from '$lib/server/db/schema';

// While a real import commits in its worker (db/long-write.ts), the server's own connection writes nothing
// that would wait on SQLite's write lock with the event loop held.
let userId: number;
beforeAll(async () => {
	userId = await createUser({ email: 'lw@example.fi', name: 'Long Write', password: null, team: null });
});

const rowsOf = (view: string) => getDb().select({ n: count() }).from(auditLog).where(eq(auditLog.view, view)).get()!.n;

describe('during a long write on another connection', () => {
	it('keeps read audit rows and writes them, with the read time, when it ends', async () => {
		let finish!: () => void;
		const write = asLongWrite(() => new Promise<void>((resolve) => (finish = resolve)));
		expect(longWriteRunning()).toBe(true);
		const readAt = Date.now();
		audit({ actor: null, action: 'read', entity: 'client', view: 'lw-kept' });
		audit({ actor: null, action: 'export', entity: 'client', view: 'lw-kept' });
		expect(rowsOf('lw-kept')).toBe(0);
		finish();
		await write;
		await longWriteDone();
		expect(longWriteRunning()).toBe(false);
		await new Promise((resolve) => setImmediate(resolve));
		expect(rowsOf('lw-kept')).toBe(2);
		const row = getDb().select().from(auditLog).where(eq(auditLog.view, 'lw-kept')).get()!;
		expect(Math.abs(row.at.getTime() - readAt)).toBeLessThan(2_000);
		// Afterwards rows are written at once again.
		audit({ actor: null, action: 'read', entity: 'client', view: 'lw-direct' });
		expect(rowsOf('lw-direct')).toBe(1);
	});

	it('does not slide a session nor delete an ended one, and ends even when the write fails', async () => {
		const t0 = Date.now() - 10 * 60_000;
		const token = generateSessionToken();
		const session = createSession(token, userId, t0);
		let fail!: (err: Error) => void;
		const write = asLongWrite(() => new Promise<void>((_, reject) => (fail = reject)));
		expect(validateSessionToken(token).session).not.toBeNull();
		expect(getDb().select().from(sessions).where(eq(sessions.id, session.id)).get()!.lastSeenAt.getTime()).toBe(t0);
		fail(new Error('import failed'));
		await expect(write).rejects.toThrow('import failed');
		await longWriteDone();
		expect(longWriteRunning()).toBe(false);
		validateSessionToken(token);
		expect(getDb().select().from(sessions).where(eq(sessions.id, session.id)).get()!.lastSeenAt.getTime()).toBeGreaterThan(t0);
	});
});
