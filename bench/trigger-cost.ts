/**
 * What the team-change triggers (docs/performance.md#change-counters) add to a write: the same
 * statements timed on a copy of the bench database with the triggers, and again after dropping them.
 * Each statement runs in its own transaction, as a save does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

export type TriggerCost = { write: string; withUs: number; withoutUs: number; triggers: number };

const ROUNDS = 400;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)];
}

type Write = { name: string; run: (db: Database.Database, i: number) => void };

function writesFor(db: Database.Database): Write[] {
	const enrolment = db.prepare('SELECT id FROM enrolments WHERE closed_date IS NULL ORDER BY id LIMIT 1').get() as { id: number };
	const placement = db.prepare("SELECT id FROM placements WHERE status = 'started' ORDER BY id LIMIT 1").get() as { id: number };
	const employer = db.prepare('SELECT id, team_id AS teamId FROM employers ORDER BY id LIMIT 1').get() as { id: number; teamId: number };
	const coach = db.prepare("SELECT user_id AS id FROM team_members WHERE team_id = ? AND role = 'coach' LIMIT 1").get(employer.teamId) as { id: number };
	const insertContact = db.prepare("INSERT INTO client_contacts (enrolment_id, date, duration_minutes, mode, place, note, created_at) VALUES (?, '2026-12-01', 30, 'phone', 'remote', 'bench', ?)");
	const updatePlacement = db.prepare('UPDATE placements SET hours_per_week = ? WHERE id = ?');
	const insertEmployerContact = db.prepare(
		"INSERT INTO employer_contacts (employer_id, team_id, coach_id, date, mode, purpose, created_at) VALUES (?, ?, ?, '2026-12-01', 'phone', 'in-work-support', ?)"
	);
	return [
		{ name: 'a client contact (insert)', run: (_db, i) => insertContact.run(enrolment.id, Date.now() + i) },
		{ name: 'a placement (update)', run: (_db, i) => updatePlacement.run(20 + (i % 10), placement.id) },
		{ name: 'an employer contact (insert)', run: (_db, i) => insertEmployerContact.run(employer.id, employer.teamId, coach.id, Date.now() + i) }
	];
}

function timeWrites(db: Database.Database): Map<string, number> {
	const result = new Map<string, number>();
	for (const write of writesFor(db)) {
		const times: number[] = [];
		const once = db.transaction((i: number) => write.run(db, i));
		for (let i = 0; i < ROUNDS; i++) {
			const started = process.hrtime.bigint();
			once(i);
			times.push(Number(process.hrtime.bigint() - started) / 1000);
		}
		result.set(write.name, median(times));
	}
	return result;
}

/** Medians of ROUNDS writes of each kind, with and without the team-change triggers, in microseconds. */
export async function measureTriggerCost(dbFile: string): Promise<TriggerCost[]> {
	const copy = path.join(os.tmpdir(), `polku-bench-triggers-${process.pid}.sqlite`);
	const source = new Database(dbFile, { readonly: true });
	await source.backup(copy);
	source.close();
	const db = new Database(copy);
	try {
		db.pragma('journal_mode = WAL');
		db.pragma('synchronous = NORMAL');
		db.pragma('foreign_keys = ON');
		const triggers = db.prepare("SELECT name, tbl_name AS tbl FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_team\\_changes' ESCAPE '\\'").all() as { name: string; tbl: string }[];
		const perTable = (table: string) => triggers.filter((t) => t.tbl === table).length;
		const tableOf: Record<string, string> = { 'a client contact (insert)': 'client_contacts', 'a placement (update)': 'placements', 'an employer contact (insert)': 'employer_contacts' };
		const withTriggers = timeWrites(db);
		for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
		const without = timeWrites(db);
		return [...withTriggers].map(([write, withUs]) => ({ write, withUs, withoutUs: without.get(write)!, triggers: perTable(tableOf[write]) }));
	} finally {
		db.close();
		for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) fs.rmSync(f, { force: true });
	}
}
