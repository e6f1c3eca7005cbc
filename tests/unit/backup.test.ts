import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { getDb, getSqlite, closeDb, schema } from '$lib/server/db';
import { backupDatabase, BackupError, integrityOf, restoreDatabase, runScheduledBackup, scheduledBackups, startBackupSchedule } from '$lib/server/backup';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polku-backup-'));
afterAll(() => closeDb());

function teamCount(file?: string): number {
	if (!file) return (getSqlite().prepare('SELECT count(*) AS n FROM teams').get() as { n: number }).n;
	const db = new Database(file, { readonly: true });
	try {
		return (db.prepare('SELECT count(*) AS n FROM teams').get() as { n: number }).n;
	} finally {
		db.close();
	}
}

describe('backup and restore', () => {
	it('backs up a live database consistently while writes go on', async () => {
		const db = getDb();
		db.insert(schema.teams).values({ name: 'Ennen varmuuskopiota' }).run();
		let writes = 0;
		const writer = setInterval(() => {
			db.insert(schema.teams).values({ name: `Kirjoitus ${writes++}` }).run();
		}, 1);
		const file = path.join(dir, 'live.sqlite');
		const result = await backupDatabase(file);
		clearInterval(writer);
		expect(result.bytes).toBeGreaterThan(0);
		expect(integrityOf(file)).toBe('ok');
		expect(teamCount(file)).toBeGreaterThanOrEqual(1);
		expect(teamCount(file)).toBeLessThanOrEqual(teamCount());
	});

	it('refuses to overwrite an existing backup file or write into a missing folder', async () => {
		const file = path.join(dir, 'exists.sqlite');
		fs.writeFileSync(file, 'x');
		await expect(backupDatabase(file)).rejects.toThrow(BackupError);
		await expect(backupDatabase(path.join(dir, 'no-such-dir', 'b.sqlite'))).rejects.toThrow(/does not exist/);
	});

	it('refuses to restore a damaged or foreign file and leaves the live data as it was', () => {
		const before = teamCount();
		const garbage = path.join(dir, 'garbage.sqlite');
		fs.writeFileSync(garbage, 'this is not a database'.repeat(100));
		expect(() => restoreDatabase(garbage)).toThrow(/integrity check failed/);
		const foreign = path.join(dir, 'foreign.sqlite');
		const other = new Database(foreign);
		other.exec('CREATE TABLE t (x)');
		other.close();
		expect(() => restoreDatabase(foreign)).toThrow(/not a Polku database/);
		expect(() => restoreDatabase(path.join(dir, 'missing.sqlite'))).toThrow(/not found/);
		expect(teamCount()).toBe(before);
	});

	it('restores a backup: data after the backup is gone, the previous file is kept', async () => {
		const file = path.join(dir, 'point.sqlite');
		await backupDatabase(file);
		const atBackup = teamCount();
		getDb().insert(schema.teams).values({ name: 'Varmuuskopion jälkeen' }).run();
		expect(teamCount()).toBe(atBackup + 1);
		const result = restoreDatabase(file);
		expect(result.previous && fs.existsSync(result.previous)).toBeTruthy();
		expect(teamCount()).toBe(atBackup);
		expect(integrityOf(result.restored)).toBe('ok');
	});

	it('keeps only the newest BACKUP_KEEP scheduled backups', async () => {
		const folder = path.join(dir, 'scheduled');
		for (let i = 0; i < 4; i++) await runScheduledBackup(folder, 2, new Date(Date.UTC(2026, 10, 20 + i, 3, 0, 0)));
		const kept = scheduledBackups(folder).map((f) => path.basename(f));
		expect(kept).toEqual(['polku-20261123-030000.sqlite', 'polku-20261122-030000.sqlite']);
	});

	it('works from the CLI: backup then restore', () => {
		const dbFile = path.join(dir, 'cli.sqlite');
		const env = { ...process.env, DATABASE_PATH: dbFile };
		const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
		const cli = (...args: string[]) => spawnSync(tsx, ['src/lib/server/cli/main.ts', ...args], { env, encoding: 'utf8' });
		expect(cli('migrate').status).toBe(0);
		const target = path.join(dir, 'cli-backup.sqlite');
		const backup = cli('backup', target);
		expect(backup.status, backup.stderr).toBe(0);
		expect(backup.stdout).toContain('integrity ok');
		expect(cli('backup', target).status).toBe(1);
		const restore = cli('restore', target);
		expect(restore.status, restore.stderr).toBe(0);
		expect(cli('restore', path.join(dir, 'nope.sqlite')).status).toBe(1);
		expect(cli('backup').status).toBe(2);
	}, 60_000);
});

describe('scheduled backups with several server processes', () => {
	it('run in the first process only', async () => {
		getDb();
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polku-backup-workers-'));
		expect(startBackupSchedule({ BACKUP_DIR: dir, POLKU_WORKER_INDEX: '2' })).toBeNull();
		const timer = startBackupSchedule({ BACKUP_DIR: dir, POLKU_WORKER_INDEX: '1', BACKUP_INTERVAL_HOURS: '24' });
		expect(timer).not.toBeNull();
		clearInterval(timer!);
		// The first backup starts at once.
		for (let i = 0; i < 100 && fs.readdirSync(dir).filter((f) => f.endsWith('.sqlite')).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
		expect(fs.readdirSync(dir).some((f) => f.endsWith('.sqlite'))).toBe(true);
	});
});
