import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { generateBenchData, FULL_SCALE, type GenerateResult } from '../../bench/generate';

// The generator at 1 % scale: counts and referential sanity only (timing belongs to `npm run bench`).
describe('bench data generator at 1 % scale', () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polku-bench-'));
	const file = path.join(dir, 'bench.sqlite');
	let result: GenerateResult;
	let db: Database.Database;

	beforeAll(async () => {
		result = await generateBenchData({ file, scale: 0.01 });
		db = new Database(file, { readonly: true });
	}, 60_000);
	afterAll(() => {
		db?.close();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;

	it('writes the scaled row counts', () => {
		expect(result.counts.clients).toBe(FULL_SCALE.clients / 100);
		expect(result.counts.client_contacts).toBe(FULL_SCALE.clientContacts / 100);
		expect(result.counts.employer_contacts).toBe(FULL_SCALE.employerContacts / 100);
		expect(result.counts.employers).toBe(FULL_SCALE.employers / 100);
		expect(result.counts.placements).toBe(FULL_SCALE.placements / 100);
		expect(result.counts.teams).toBeGreaterThanOrEqual(2);
		expect(result.counts.fidelity_item_scores).toBe(result.counts.fidelity_reviews * 25);
		expect(result.counts.enrolments).toBeGreaterThan(result.counts.clients);
		expect(result.counts.employer_contact_clients).toBeGreaterThan(0);
		expect(result.counts.consents).toBe(result.counts.clients);
	});

	it('passes the foreign key check and leaves the file in WAL mode', () => {
		expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
		expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
	});

	it('keeps rows consistent across tables', () => {
		// A placement belongs to the same client as its enrolment, at an employer of the enrolment's team.
		expect(one('SELECT count(*) AS n FROM placements p JOIN enrolments e ON e.id = p.enrolment_id WHERE e.client_id <> p.client_id')).toBe(0);
		expect(one('SELECT count(*) AS n FROM placements p JOIN enrolments e ON e.id = p.enrolment_id JOIN employers m ON m.id = p.employer_id WHERE m.team_id <> e.team_id')).toBe(0);
		// Coaches are members of the team they coach in; enrolment team = client team.
		expect(one("SELECT count(*) AS n FROM enrolments e LEFT JOIN team_members tm ON tm.team_id = e.team_id AND tm.user_id = e.coach_id AND tm.role = 'coach' WHERE tm.user_id IS NULL")).toBe(0);
		expect(one('SELECT count(*) AS n FROM enrolments e JOIN clients c ON c.id = e.client_id WHERE c.team_id <> e.team_id')).toBe(0);
		// In-work contacts point at a placement of the same enrolment.
		expect(one('SELECT count(*) AS n FROM client_contacts cc JOIN placements p ON p.id = cc.placement_id WHERE p.enrolment_id <> cc.enrolment_id')).toBe(0);
		// Closed enrolments carry a reason; at most one open enrolment per client.
		expect(one('SELECT count(*) AS n FROM enrolments WHERE (closed_date IS NULL) <> (closing_reason IS NULL)')).toBe(0);
		expect(one('SELECT count(*) AS n FROM (SELECT client_id FROM enrolments WHERE closed_date IS NULL GROUP BY client_id HAVING count(*) > 1)')).toBe(0);
		// One phase-change row per phase up to the current one.
		expect(one('SELECT count(*) AS n FROM enrolments e WHERE (SELECT count(*) FROM phase_changes pc WHERE pc.enrolment_id = e.id) <> e.current_phase')).toBe(0);
	});

	it('covers every phase, closed and re-opened enrolments, every placement status', () => {
		expect(one('SELECT count(DISTINCT current_phase) AS n FROM enrolments')).toBe(5);
		expect(one('SELECT count(*) AS n FROM enrolments WHERE closed_date IS NOT NULL')).toBeGreaterThan(0);
		expect(one('SELECT count(*) AS n FROM (SELECT client_id FROM enrolments GROUP BY client_id HAVING count(*) > 1)')).toBeGreaterThan(0);
		expect(one('SELECT count(DISTINCT status) AS n FROM placements')).toBe(4);
		expect(one("SELECT count(*) AS n FROM users WHERE email = 'county-lead@bench.invalid'")).toBe(1);
		expect(one("SELECT count(*) AS n FROM team_members tm JOIN users u ON u.id = tm.user_id WHERE u.email = 'county-lead@bench.invalid' AND tm.role = 'lead'")).toBe(result.counts.teams);
	});

	it('is reproducible: the same seed gives the same rows', async () => {
		const again = path.join(dir, 'again.sqlite');
		await generateBenchData({ file: again, scale: 0.01 });
		const other = new Database(again, { readonly: true });
		const digest = (d: Database.Database) => d.prepare("SELECT group_concat(id || ':' || enrolment_id || ':' || date, ',') AS s FROM (SELECT * FROM client_contacts ORDER BY id LIMIT 500)").get();
		expect(digest(other)).toEqual(digest(db));
		other.close();
	}, 60_000);
});
