import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { loadDemo } from '$lib/server/demo';
import { databasePath, getSqlite } from '$lib/server/db';
import { audit } from '$lib/server/audit';
import { auditHash, CHAINED_INSERT, registerAuditHash, sealLegacyAuditRows, verifyAuditChain } from '$lib/server/audit-chain';
import { auditCommand } from '$lib/server/cli/audit';
import { backupDatabase } from '$lib/server/backup';

/** A copy of the test database, as an attacker with file access would get it (the WAL folded in). */
function copyOfDatabase(name: string): Database.Database {
	getSqlite().pragma('wal_checkpoint(TRUNCATE)');
	const file = path.join(path.dirname(databasePath()), name);
	fs.copyFileSync(databasePath(), file);
	return new Database(file);
}

const rowCount = (db: Database.Database) => (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

beforeAll(async () => {
	await loadDemo({ today: '2026-11-23' });
	const actor = { id: 1, isAdmin: true, employerId: null, memberships: [] };
	for (let i = 0; i < 30; i++) audit({ actor, action: i % 3 ? 'read' : 'update', entity: 'client', entityId: i, clientId: (i % 5) + 1, teamId: 1, view: 'record', details: i % 4 ? null : `ä ö "quoted" ${i}` });
	audit({ actor, action: 'disclose', entity: 'placement', entityId: 3, clientId: 2, teamId: 1, view: 'portal', recipient: 'employer:1', basis: 'consent:4' });
});

afterEach(() => vi.restoreAllMocks());

describe('audit log hash chain', () => {
	it('passes on the demo database, every row chained to the one before', () => {
		const result = verifyAuditChain(getSqlite());
		expect(result).toEqual({ ok: true, count: rowCount(getSqlite()) });
		expect(result.ok && result.count).toBeGreaterThan(30);
		const [first, second] = getSqlite().prepare('SELECT prev_hash, hash FROM audit_log ORDER BY id LIMIT 2').all() as { prev_hash: string | null; hash: string }[];
		expect(first.prev_hash).toBeNull();
		expect(second.prev_hash).toBe(first.hash);
		expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
	});

	it('the database refuses to update or delete a written row', () => {
		expect(() => getSqlite().prepare("UPDATE audit_log SET view = 'x' WHERE id = 5").run()).toThrow(/append-only/);
		expect(() => getSqlite().prepare('DELETE FROM audit_log WHERE id = 5').run()).toThrow(/append-only/);
	});

	it('fails after a row is edited with sqlite (trigger dropped), naming that entry', () => {
		const copy = copyOfDatabase('edited.sqlite');
		copy.exec('DROP TRIGGER audit_log_no_update');
		copy.prepare("UPDATE audit_log SET view = 'nothing to see' WHERE id = 12").run();
		const result = verifyAuditChain(copy);
		expect(result).toMatchObject({ ok: false, id: 12, problem: 'content', count: 11 });
		expect(!result.ok && result.message).toMatch(/entry #12 .* was changed after it was written/);
		copy.close();
	});

	it('fails when a row is edited and its hash recomputed: the next entry no longer follows it', () => {
		const copy = copyOfDatabase('rehashed.sqlite');
		copy.exec('DROP TRIGGER audit_log_no_update');
		const row = copy.prepare('SELECT * FROM audit_log WHERE id = 7').get() as Record<string, string | number | null>;
		const values = ['at', 'user_id', 'role', 'action', 'entity', 'entity_id', 'client_id', 'team_id', 'view', 'ip', 'details', 'recipient', 'basis'].map((c) => row[c]);
		values[1] = 999;
		copy.prepare('UPDATE audit_log SET user_id = 999, hash = ? WHERE id = 7').run(auditHash(row.prev_hash as string, values));
		expect(verifyAuditChain(copy)).toMatchObject({ ok: false, id: 8, problem: 'link' });
		copy.close();
	});

	it('fails when a row is deleted in the middle, or the newest rows are cut off', () => {
		const middle = copyOfDatabase('deleted.sqlite');
		middle.exec('DROP TRIGGER audit_log_no_delete');
		middle.prepare('DELETE FROM audit_log WHERE id = 20').run();
		expect(verifyAuditChain(middle)).toMatchObject({ ok: false, id: 21, problem: 'link' });
		middle.close();
		const tail = copyOfDatabase('truncated.sqlite');
		tail.exec('DROP TRIGGER audit_log_no_delete');
		const last = (tail.prepare('SELECT max(id) AS id FROM audit_log').get() as { id: number }).id;
		tail.prepare('DELETE FROM audit_log WHERE id > ?').run(last - 2);
		expect(verifyAuditChain(tail)).toMatchObject({ ok: false, problem: 'truncated', id: last });
		tail.close();
	});

	it('reports a row inserted behind Polku’s back (no hash)', () => {
		const copy = copyOfDatabase('inserted.sqlite');
		copy.prepare("INSERT INTO audit_log (at, role, action, entity) VALUES (0, 'system', 'read', 'forged')").run();
		expect(verifyAuditChain(copy)).toMatchObject({ ok: false, problem: 'unsealed' });
		copy.close();
	});

	it('two connections on one file (POLKU_WORKERS > 1) writing in turn keep one chain', () => {
		const other = new Database(databasePath());
		other.pragma('busy_timeout = 5000');
		registerAuditHash(other);
		const insert = other.prepare(CHAINED_INSERT);
		const row = { at: Date.now(), userId: 2, role: 'coach', action: 'read', entity: 'client', entityId: 1, clientId: 1, teamId: 1, view: 'record', ip: null, details: null, recipient: null, basis: null };
		for (let i = 0; i < 10; i++) {
			insert.run(row);
			audit({ actor: null, action: 'read', entity: 'client', clientId: 1 });
			other.transaction(() => insert.run(row)).immediate();
		}
		other.close();
		expect(verifyAuditChain(getSqlite())).toEqual({ ok: true, count: rowCount(getSqlite()) });
	});

	it('a backup carries the whole log, and its chain verifies with the same count', async () => {
		const file = path.join(path.dirname(databasePath()), 'backup-copy.sqlite');
		await backupDatabase(file);
		const copy = new Database(file, { readonly: true });
		expect(verifyAuditChain(copy)).toEqual({ ok: true, count: rowCount(getSqlite()) });
		copy.close();
	});

	it('seals rows written before the chain existed, in id order, once', () => {
		const copy = copyOfDatabase('legacy.sqlite');
		copy.exec('DROP TRIGGER audit_log_no_update');
		copy.exec("UPDATE audit_log SET prev_hash = NULL, hash = NULL; DELETE FROM settings WHERE key = 'audit_chain_sealed'");
		expect(verifyAuditChain(copy)).toMatchObject({ ok: false, problem: 'unsealed', id: 1 });
		expect(sealLegacyAuditRows(copy)).toBe(rowCount(copy));
		expect(sealLegacyAuditRows(copy)).toBe(0);
		expect(verifyAuditChain(copy)).toEqual({ ok: true, count: rowCount(copy) });
		copy.close();
	});

	it('`polku audit verify` prints OK with the count, and after an edit names the entry and exits 1', async () => {
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		const err = vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(await auditCommand.run({ positionals: ['verify'], flags: {} })).toBe(0);
		expect(log.mock.calls[0][0]).toBe(`OK: the audit log's chain is intact (${rowCount(getSqlite())} entries).`);
		const attacker = new Database(databasePath());
		attacker.exec('DROP TRIGGER audit_log_no_update');
		attacker.prepare("UPDATE audit_log SET ip = '10.0.0.66' WHERE id = 3").run();
		attacker.close();
		expect(await auditCommand.run({ positionals: ['verify'], flags: {} })).toBe(1);
		expect(err.mock.calls[0][0]).toMatch(/^Audit log chain broken: entry #3 \(.*\) does not match its hash/);
		await expect(async () => auditCommand.run({ positionals: [], flags: {} })).rejects.toThrow(/subcommand/);
	});
});
