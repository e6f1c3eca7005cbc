import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from '$lib/server/db/schema';
describe('migration 0011: the five old areas become five of the seven', () => {
	it('keeps every old value under its matching area and leaves the two new areas empty', () => {
		const sqlite = new Database(':memory:');
		const files = fs.readdirSync('db/migrations').filter((f) => f.endsWith('.sql')).sort();
		const run = (file: string) => {
			for (const statement of fs.readFileSync(path.join('db/migrations', file), 'utf8').split('--> statement-breakpoint')) {
				if (statement.trim()) sqlite.exec(statement);
			}
		};
		for (const file of files.filter((f) => f < '0011')) run(file);
		sqlite.prepare("INSERT INTO teams (name, created_at) VALUES ('T', 0)").run();
		sqlite.prepare("INSERT INTO users (email, name, password_hash, created_at) VALUES ('c@example.fi', 'C', 'x', 0)").run();
		sqlite.prepare("INSERT INTO clients (team_id, first_name, last_name, preferred_language, created_at, updated_at) VALUES (1, 'A', 'B', 'fi', 0, 0)").run();
		sqlite.prepare("INSERT INTO enrolments (client_id, team_id, referral_date, created_at, updated_at) VALUES (1, 1, '2026-01-01', 0, 0)").run();
		sqlite
			.prepare(
				"INSERT INTO kykyviisari_results (enrolment_id, date, overall, mental_wellbeing, social_participation, physical_functioning, competence, everyday_life, created_by, created_at) VALUES (1, '2026-02-01', 6.5, 4, 5, 7, 8, 3, 1, 0)"
			)
			.run();
		run(files.find((f) => f.startsWith('0011'))!);
		const [row] = drizzle(sqlite, { schema }).select().from(schema.kykyviisariResults).all();
		expect(row).toMatchObject({ date: '2026-02-01', overall: 6.5, mind: 4, participation: 5, body: 7, skills: 8, everydayLife: 3, wellbeing: null, workAndFuture: null, linkSentOn: null });
		expect(sqlite.prepare('SELECT kykyviisari_grace_days AS d FROM teams').get()).toEqual({ d: 30 });
		sqlite.close();
	}, 30_000);
});
