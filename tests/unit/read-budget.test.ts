import { beforeAll, describe, expect, it, vi } from 'vitest';
import { clientReadBudget, clientReadBucketFor } from '$lib/server/auth/rate-limit';
import { createTeam, createUser } from '$lib/server/accounts';
import { getSqlite } from '$lib/server/db';
import { requireClientRead } from '$lib/server/clients/access';
import type { Actor } from '$lib/server/policy';
import { addClient, addEnrolment } from './fixtures';

// The process-wide bucket is made when rate-limit.ts loads: a budget of 3 reads, one more a minute.
vi.hoisted(() => {
	process.env.CLIENT_READ_BURST = '3';
	process.env.CLIENT_READ_PER_MINUTE = '1';
});

describe('client read budget settings', () => {
	it('defaults to a burst of 120 and 120 a minute; the environment may change both', () => {
		expect(clientReadBudget({})).toEqual({ burst: 120, perMinute: 120 });
		expect(clientReadBudget({ CLIENT_READ_BURST: '5', CLIENT_READ_PER_MINUTE: '30' })).toEqual({ burst: 5, perMinute: 30 });
		for (const bad of ['', '0', '-4', '1.5', 'many']) expect(clientReadBudget({ CLIENT_READ_BURST: bad, CLIENT_READ_PER_MINUTE: bad })).toEqual({ burst: 120, perMinute: 120 });
	});

	it('default budget: 120 reads at once, then one per half second; each user has their own', () => {
		const bucket = clientReadBucketFor(clientReadBudget({}));
		const t = 5_000_000;
		for (let i = 0; i < 120; i++) expect(bucket.consume(1, 1, t)).toBe(true);
		expect(bucket.consume(1, 1, t)).toBe(false);
		expect(bucket.consume(1, 1, t + 499)).toBe(false);
		expect(bucket.consume(2, 1, t + 499)).toBe(true);
		expect(bucket.consume(1, 1, t + 500)).toBe(true);
		expect(bucket.consume(1, 1, t + 500)).toBe(false);
		// A minute's pause gives 120 reads again, never more than the burst.
		let served = 0;
		for (let i = 0; i < 200; i++) if (bucket.consume(1, 1, t + 500 + 120_000)) served++;
		expect(served).toBe(120);
	});

	it('the scan: 3000 reads in 36 s serve the burst plus two a second', () => {
		const bucket = clientReadBucketFor(clientReadBudget({}));
		let served = 0;
		for (let i = 0; i < 3000; i++) if (bucket.consume(7, 1, 1_000_000 + i * 12)) served++;
		expect(served).toBeGreaterThanOrEqual(120 + 71);
		expect(served).toBeLessThanOrEqual(120 + 72);
	});

	it('reading at the refill rate on average, unevenly spaced, is never refused', () => {
		const bucket = clientReadBucketFor({ burst: 1, perMinute: 120 });
		const t = 9_000_000;
		// Two reads a second, at 0 ms and 700 ms of each second.
		for (let s = 0; s < 60; s++) {
			expect(bucket.consume(3, 1, t + s * 1000), `second ${s}`).toBe(true);
			expect(bucket.consume(3, 1, t + s * 1000 + 700), `second ${s} + 700 ms`).toBe(true);
		}
	});
});

describe('reads over the budget', () => {
	let clientId = 0;
	let reader: Actor;
	let teammate: Actor;

	beforeAll(async () => {
		const teamId = createTeam({ name: 'Lukutiimi', municipality: null });
		const readerId = await createUser({ email: 'reader@budget.fi', name: 'Reader', password: null, team: { teamId, role: 'coach' } });
		const teammateId = await createUser({ email: 'mate@budget.fi', name: 'Mate', password: null, team: { teamId, role: 'coach' } });
		reader = { id: readerId, isAdmin: false, employerId: null, memberships: [{ teamId, role: 'coach' }] };
		teammate = { id: teammateId, isAdmin: false, employerId: null, memberships: [{ teamId, role: 'coach' }] };
		clientId = addClient(teamId, 'Budjetti', 'Asiakas');
		addEnrolment(clientId, teamId, { coachId: readerId, referralDate: '2026-01-05', outOfWorkAtReferral: true });
	});

	const rows = (userId: number) =>
		getSqlite().prepare('SELECT action, client_id AS clientId, view, details FROM audit_log WHERE user_id = ? ORDER BY id').all(userId) as {
			action: string;
			clientId: number;
			view: string;
			details: string | null;
		}[];

	it('serves the budget with a read row each, then answers 429 and logs a refusal, not a read', () => {
		for (let i = 0; i < 3; i++) expect(requireClientRead(reader, String(clientId), 'record').clientId).toBe(clientId);
		let status = 0;
		try {
			requireClientRead(reader, String(clientId), 'timeline');
		} catch (e) {
			status = (e as { status: number }).status;
		}
		expect(status).toBe(429);
		expect(rows(reader.id)).toEqual([
			{ action: 'read', clientId, view: 'record', details: null },
			{ action: 'read', clientId, view: 'record', details: null },
			{ action: 'read', clientId, view: 'record', details: null },
			{ action: 'read-refused', clientId, view: 'timeline', details: 'over the read budget' }
		]);
	});

	it('another user of the same team still reads', () => {
		expect(requireClientRead(teammate, String(clientId), 'record').clientId).toBe(clientId);
		expect(rows(teammate.id).map((r) => r.action)).toEqual(['read']);
	});

	it('a client the reader may not see is still 404, not a refusal', () => {
		let status = 0;
		try {
			requireClientRead(reader, '999999', 'record');
		} catch (e) {
			status = (e as { status: number }).status;
		}
		expect(status).toBe(404);
	});
});
