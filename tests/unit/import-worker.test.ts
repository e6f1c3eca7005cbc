import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, like } from 'drizzle-orm';
import { createTeam, createUser } from '$lib/server/accounts';
import { getDb, getSqlite } from '$lib/server/db';
import { TeamRecordsCache } from '$lib/server/db/changes';
import { auditLog, clients, enrolments, phaseChanges } from '$lib/server/db/schema';
import { runImportAsync, type ImportProgress } from '$lib/server/import/apply';
import type { Actor } from '$lib/server/policy';
import { audit } from '$lib/server/audit';
import { longWriteDone, longWriteRunning } from '$lib/server/db/long-write';

// A real import from the web form writes in a worker thread on its own connection (write-worker.ts).
const TODAY = '2026-12-07';
let teamId: number;
let lead: Actor;

const HEADER = 'client_ref,first_name,last_name,coach_email,referral_date,entry_date';
const enrolmentsFile = (prefix: string, n: number) => {
	const bytes = new TextEncoder().encode([HEADER, ...Array.from({ length: n }, (_, i) => `${prefix}-${i},Aino,Iso${i},coach@example.fi,1.2.2024,15.2.2024`)].join('\n'));
	return { 'enrolments.csv': { bytes, size: bytes.byteLength } };
};
const clientsLike = (prefix: string) => getDb().select({ n: count() }).from(clients).where(like(clients.importRef, `${prefix}-%`)).get()!.n;
const readAudits = () => getDb().select({ n: count() }).from(auditLog).where(eq(auditLog.view, 'worker-test')).get()!.n;
const importAudits = () => getDb().select({ n: count() }).from(auditLog).where(and(eq(auditLog.entity, 'import'), eq(auditLog.teamId, teamId))).get()!.n;

beforeAll(async () => {
	teamId = createTeam({ name: 'Worker-tiimi', municipality: 'Espoo' });
	await createUser({ email: 'coach@example.fi', name: 'Kaisa Koski', password: null, team: { teamId, role: 'coach' } });
	const leadId = await createUser({ email: 'lead@example.fi', name: 'Liisa Lead', password: null, team: { teamId, role: 'lead' } });
	lead = { id: Number(leadId), isAdmin: false, employerId: null, memberships: [{ teamId, role: 'lead' }] };
});

describe('a real import writes in a worker thread', () => {
	it('saves every row with its audit row, reports progress, and the event loop keeps running meanwhile', async () => {
		// Counted in the server's in-process caches, keyed on the team's change counter.
		const cache = new TeamRecordsCache('test');
		const cachedCount = () => cache.get('clients', [teamId], () => clientsLike('W'));
		expect(cachedCount()).toBe(0);
		const progress: ImportProgress[] = [];
		let finished = false;
		let ticks = 0;
		const ticker = setInterval(() => ticks++, 1);
		const run = runImportAsync({ files: enrolmentsFile('W', 6_000), teamName: 'Worker-tiimi', dryRun: false, actor: lead, today: TODAY }, (p) => progress.push(p)).finally(() => {
			finished = true;
			clearInterval(ticker);
		});
		// Another request's reads on the server's connection are answered while the worker writes.
		while (!progress.some((p) => p.phase === 'write') && !finished) await new Promise((resolve) => setTimeout(resolve, 1));
		expect(finished).toBe(false);
		const readWhileWriting = clientsLike('W');
		// A read's audit row meanwhile does not wait on the write lock: it is kept and written after the commit.
		expect(longWriteRunning()).toBe(true);
		const readAt = Date.now();
		audit({ actor: lead, action: 'read', entity: 'client', teamId, view: 'worker-test' });
		expect(readAudits()).toBe(0);
		const ticksBefore = ticks;
		const result = await run;
		expect(result.ok).toBe(true);
		expect(result.counts['enrolments.csv']).toEqual({ rows: 6_000, created: 6_000, updated: 0 });
		expect(progress).toContainEqual({ phase: 'write', done: 6_000, total: 6_000 });
		// The read meanwhile saw none of the uncommitted rows: all or nothing to others too.
		expect(readWhileWriting).toBe(0);
		expect(ticks).toBeGreaterThan(ticksBefore);
		expect(clientsLike('W')).toBe(6_000);
		expect(getDb().select({ n: count() }).from(phaseChanges).innerJoin(enrolments, eq(enrolments.id, phaseChanges.enrolmentId)).where(like(enrolments.importRef, 'W-%')).get()!.n).toBe(6_000);
		const importRow = getDb().select().from(auditLog).where(and(eq(auditLog.entity, 'import'), eq(auditLog.teamId, teamId))).get()!;
		expect(importRow).toMatchObject({ userId: lead.id, role: 'lead', action: 'create' });
		expect(JSON.parse(importRow.details!).counts['enrolments.csv'].created).toBe(6_000);
		// The commit from the worker's connection raised the team's counter: the cache recomputes.
		expect(cachedCount()).toBe(6_000);
		await longWriteDone();
		const kept = getDb().select().from(auditLog).where(eq(auditLog.view, 'worker-test')).all();
		expect(kept).toHaveLength(1);
		expect(kept[0].at.getTime()).toBeLessThanOrEqual(readAt + 1000);
		expect(longWriteRunning()).toBe(false);
	}, 120_000);

	it('a failing write leaves nothing saved and no audit row, and the job fails', async () => {
		const auditsBefore = importAudits();
		// A database error in the middle of the write: the 200th new enrolment of this import is refused.
		getSqlite().exec(
			`CREATE TRIGGER test_import_fails BEFORE INSERT ON enrolments WHEN NEW.import_ref LIKE 'F-%' AND (SELECT count(*) FROM enrolments WHERE import_ref LIKE 'F-%') >= 199 BEGIN SELECT RAISE(ABORT, 'test failure'); END`
		);
		try {
			const progress: ImportProgress[] = [];
			await expect(runImportAsync({ files: enrolmentsFile('F', 1_500), teamName: 'Worker-tiimi', dryRun: false, actor: lead, today: TODAY }, (p) => progress.push(p))).rejects.toThrow(
				/nothing saved: .*test failure/s
			);
		} finally {
			getSqlite().exec('DROP TRIGGER test_import_fails');
		}
		expect(clientsLike('F')).toBe(0);
		expect(getDb().select({ n: count() }).from(enrolments).where(like(enrolments.importRef, 'F-%')).get()!.n).toBe(0);
		expect(importAudits()).toBe(auditsBefore);
		// The next import writes normally (the failed one left no lock behind).
		const again = await runImportAsync({ files: enrolmentsFile('F', 10), teamName: 'Worker-tiimi', dryRun: false, actor: lead, today: TODAY });
		expect(again.ok).toBe(true);
		expect(clientsLike('F')).toBe(10);
	}, 120_000);

	it('a check error found before the worker starts saves nothing', async () => {
		const result = await runImportAsync({ files: enrolmentsFile('E', 3), teamName: 'Ei tiimiä', dryRun: false, actor: lead, today: TODAY });
		expect(result.ok).toBe(false);
		expect(result.errors).toContainEqual({ file: null, row: null, column: null, code: 'unknown-team', value: 'Ei tiimiä' });
		expect(clientsLike('E')).toBe(0);
	});
});
