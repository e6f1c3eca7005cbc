import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { closeDb, databasePath, getSqlite } from './db';

export class BackupError extends Error {}

/**
 * Copies the live database with SQLite's online backup API: consistent even while the server
 * writes (pages changed during the copy are re-copied), and it never blocks readers for long.
 */
export async function backupDatabase(target: string): Promise<{ file: string; bytes: number }> {
	const file = path.resolve(target);
	const dir = path.dirname(file);
	if (!fs.existsSync(dir)) throw new BackupError(`Backup directory does not exist: ${dir}`);
	if (fs.existsSync(file)) throw new BackupError(`Backup file already exists: ${file} (choose a new name)`);
	await getSqlite().backup(file);
	const check = integrityOf(file);
	if (check !== 'ok') throw new BackupError(`The backup failed its integrity check: ${check}`);
	return { file, bytes: fs.statSync(file).size };
}

/** `PRAGMA integrity_check` of a database file, opened read-only: 'ok' or the first problems found. */
export function integrityOf(file: string): string {
	let db: Database.Database | null = null;
	try {
		db = new Database(file, { readonly: true, fileMustExist: true });
		const rows = db.pragma('integrity_check') as { integrity_check: string }[];
		const result = rows.map((r) => r.integrity_check).join('; ');
		if (result !== 'ok') return result;
		// A Polku database has its migration table; anything else is not ours to restore.
		const migrations = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
		return migrations ? 'ok' : 'not a Polku database (no migration history)';
	} catch (err) {
		return err instanceof Error ? err.message : String(err);
	} finally {
		db?.close();
	}
}

/**
 * Replaces the database with a backup after checking the backup's integrity. The swap is a
 * rename, so the live file is either the old or the new database, never half of each. The old
 * database is kept beside it as `<name>.before-restore-<time>`. Stop the server before restoring.
 */
export function restoreDatabase(source: string): { restored: string; previous: string | null } {
	const backup = path.resolve(source);
	if (!fs.existsSync(backup)) throw new BackupError(`Backup file not found: ${backup}`);
	const check = integrityOf(backup);
	if (check !== 'ok') throw new BackupError(`Refusing to restore ${backup}: integrity check failed: ${check}`);

	const live = databasePath();
	closeDb();
	const staging = `${live}.restore-${process.pid}`;
	fs.copyFileSync(backup, staging);
	let previous: string | null = null;
	if (fs.existsSync(live)) {
		// Fold the WAL into the old file first, so the kept copy is complete on its own.
		const old = new Database(live);
		old.pragma('wal_checkpoint(TRUNCATE)');
		old.close();
		previous = `${live}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
		fs.copyFileSync(live, previous);
	}
	for (const suffix of ['-wal', '-shm']) fs.rmSync(live + suffix, { force: true });
	fs.renameSync(staging, live);
	return { restored: live, previous };
}

/** Backup files made by the scheduler, newest first. */
export function scheduledBackups(dir: string): string[] {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((name) => /^polku-\d{8}-\d{6}\.sqlite$/.test(name))
		.sort()
		.reverse()
		.map((name) => path.join(dir, name));
}

export function backupFileName(now: Date): string {
	const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
	return `polku-${stamp}.sqlite`;
}

/** Makes one scheduled backup into `dir` and deletes all but the newest `keep`. */
export async function runScheduledBackup(dir: string, keep: number, now = new Date()): Promise<{ file: string; removed: string[] }> {
	fs.mkdirSync(dir, { recursive: true });
	const { file } = await backupDatabase(path.join(dir, backupFileName(now)));
	const removed = scheduledBackups(dir).slice(Math.max(1, keep));
	for (const old of removed) fs.rmSync(old, { force: true });
	return { file, removed };
}

/**
 * Starts periodic backups when BACKUP_DIR is set: one at start-up, then every
 * BACKUP_INTERVAL_HOURS (default 24), keeping BACKUP_KEEP files (default 14).
 */
export function startBackupSchedule(env: NodeJS.ProcessEnv = process.env): NodeJS.Timeout | null {
	const dir = env.BACKUP_DIR;
	if (!dir) return null;
	// With several server processes (POLKU_WORKERS) only the first one takes scheduled backups.
	if (env.POLKU_WORKER_INDEX && env.POLKU_WORKER_INDEX !== '1') return null;
	const keep = Math.max(1, Number(env.BACKUP_KEEP ?? 14) || 14);
	const hours = Math.max(0.01, Number(env.BACKUP_INTERVAL_HOURS ?? 24) || 24);
	const run = () =>
		runScheduledBackup(dir, keep).then(
			(r) => console.log(`Backup written: ${r.file}${r.removed.length ? ` (removed ${r.removed.length} old)` : ''}`),
			(err) => console.error(`Scheduled backup failed: ${err instanceof Error ? err.message : err}`)
		);
	void run();
	const timer = setInterval(run, hours * 3600_000);
	timer.unref();
	return timer;
}
