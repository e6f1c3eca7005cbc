import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { getDb, getSqlite } from '$lib/server/db';

const migration = (name: string) => fs.readFileSync(path.join('db/migrations', name), 'utf8');

describe('data migrations', () => {
	it('0004 rewrites the old employer party code of consents, and only that', () => {
		getDb();
		const db = getSqlite();
		db.prepare("INSERT INTO teams (name, created_at) VALUES ('Migration team', 0)").run();
		const teamId = (db.prepare("SELECT id FROM teams WHERE name = 'Migration team'").get() as { id: number }).id;
		db.prepare("INSERT INTO clients (team_id, first_name, last_name, preferred_language, created_at, updated_at) VALUES (?, 'M', 'Test', 'fi', 0, 0)").run(teamId);
		const clientId = (db.prepare("SELECT id FROM clients WHERE last_name = 'Test'").get() as { id: number }).id;
		const insert = db.prepare("INSERT INTO consents (client_id, form, parties, categories, health_data, purpose, valid_from, signed_how, created_at) VALUES (?, 'own', ?, '[]', 0, 'x', '2026-01-01', 'signature', 0)");
		insert.run(clientId, '["tyonantaja"]');
		insert.run(clientId, '["kela","tyonantaja"]');
		insert.run(clientId, '["kela"]');
		db.exec(migration('0004_consent_party_code.sql'));
		const parties = (db.prepare('SELECT parties FROM consents WHERE client_id = ? ORDER BY id').all(clientId) as { parties: string }[]).map((r) => JSON.parse(r.parties));
		expect(parties).toEqual([['employer'], ['kela', 'employer'], ['kela']]);
	});
});
