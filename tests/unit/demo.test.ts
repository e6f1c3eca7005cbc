import { describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { loadDemo } from '$lib/server/demo';
import { getDb } from '$lib/server/db';
import { clients, enrolments, users } from '$lib/server/db/schema';

describe('demo data', () => {
	it('loads once, is idempotent, and covers all five phases', async () => {
		expect((await loadDemo({ today: '2026-11-23' })).status).toBe('loaded');
		expect((await loadDemo({ today: '2026-11-23' })).status).toBe('already-loaded');
		const db = getDb();
		expect(db.select({ n: count() }).from(clients).get()!.n).toBe(30);
		const phases = new Set(db.select({ p: enrolments.currentPhase }).from(enrolments).all().map((r) => r.p));
		expect([...phases].sort()).toEqual([1, 2, 3, 4, 5]);
		const emails = db.select({ e: users.email }).from(users).all().map((r) => r.e);
		expect(emails).toEqual(expect.arrayContaining(['admin@example.fi', 'lead@example.fi', 'coach@example.fi', 'coach2@example.fi', 'employer@example.fi']));
	});
});

