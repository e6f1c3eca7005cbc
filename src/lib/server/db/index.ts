import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';
import { ensureFidelityScale } from '../fidelity/scale';
import { sealLegacyAuditRows } from '../audit-chain';

export type Db = BetterSQLite3Database<typeof schema>;

export class DatabaseConfigError extends Error {}

export function databasePath(): string {
	return path.resolve(process.env.DATABASE_PATH || 'db/polku.sqlite');
}

export function migrationsFolder(): string {
	return path.resolve(process.env.POLKU_MIGRATIONS_DIR || 'db/migrations');
}

/** Fails with a message naming the path, instead of a stack trace from deep inside SQLite. */
export function assertDatabaseDirectoryUsable(file: string): void {
	const dir = path.dirname(file);
	if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
		throw new DatabaseConfigError(`Database directory does not exist: ${dir} (DATABASE_PATH=${file})`);
	}
	try {
		fs.accessSync(dir, fs.constants.W_OK);
	} catch {
		throw new DatabaseConfigError(`Database directory is not writable: ${dir} (DATABASE_PATH=${file})`);
	}
}

/** POLKU_SQLITE_MMAP_MB (default 0 = off): how much of the database file is read through a memory map. */
export function mmapBytes(setting = process.env.POLKU_SQLITE_MMAP_MB): number {
	const mb = setting === undefined || setting.trim() === '' ? 0 : Number(setting);
	return Number.isFinite(mb) && mb > 0 ? Math.floor(mb) * 1024 * 1024 : 0;
}

export function openSqlite(file: string): Database.Database {
	assertDatabaseDirectoryUsable(file);
	const sqlite = new Database(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	// WAL + NORMAL is durable against process crashes (only an OS crash can lose the last commits).
	sqlite.pragma('synchronous = NORMAL');
	// 8 MB of page cache instead of the default 2 MB: a team's flags touch thousands of index pages,
	// and every page read from the OS cache is a system call. 32 MB measured no faster (computed
	// figures are cached) and cost resident memory.
	sqlite.pragma('cache_size = -8192');
	// Off by default: reading through a memory map made views computed afresh 10–25 % cheaper, but the
	// mapped database pages count in the process's RSS (a county export peaked at 422 MB instead of
	// 220 MB) and the coach pages met their targets without it (docs/performance.md#reading-the-database).
	sqlite.pragma(`mmap_size = ${mmapBytes()}`);
	return sqlite;
}

export function runMigrations(database: Db): void {
	migrate(database, { migrationsFolder: migrationsFolder() });
	// Reference data every database needs (idempotent).
	ensureFidelityScale(database);
}

/**
 * drizzle hands every query to `prepare()`; better-sqlite3 compiles anew each time and frees the
 * native statement only when V8 collects it, so under load compile time and memory pile up.
 * This view of the connection returns one compiled statement per SQL text (LRU-bounded).
 */
export function withStatementCache(sqlite: Database.Database, size = 1000): Database.Database {
	const cache = new Map<string, Database.Statement>();
	const prepare = (source: string): Database.Statement => {
		let statement = cache.get(source);
		if (statement) {
			cache.delete(source); // re-insert: most recently used last
		} else {
			statement = sqlite.prepare(source);
			if (cache.size >= size) cache.delete(cache.keys().next().value!);
		}
		cache.set(source, statement);
		// drizzle switches statements to raw mode when it maps columns itself; start every use in the default mode.
		const ready = statement.reader ? statement.raw(false) : statement;
		return SQL_PROFILE ? profiled(source, ready) : ready;
	};
	return new Proxy(sqlite, {
		get(target, property) {
			if (property === 'prepare') return prepare;
			const value = Reflect.get(target, property, target);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}

// POLKU_SQL_PROFILE=1: time per SQL text, printed (and reset) on `kill -USR2 <pid>`. A tuning aid.
const SQL_PROFILE = Boolean(process.env.POLKU_SQL_PROFILE);
const sqlTimes = new Map<string, { n: number; ms: number }>();
function profiled(source: string, statement: Database.Statement): Database.Statement {
	const wrap = (name: 'all' | 'get' | 'run') => (...args: unknown[]) => {
		const t = performance.now();
		try {
			return (statement[name] as (...a: unknown[]) => unknown)(...args);
		} finally {
			const e = sqlTimes.get(source) ?? { n: 0, ms: 0 };
			e.n++;
			e.ms += performance.now() - t;
			sqlTimes.set(source, e);
		}
	};
	return new Proxy(statement, {
		get(target, property) {
			if (property === 'all' || property === 'get' || property === 'run') return wrap(property);
			if (property === 'raw') return (on = true) => (target.raw(on), profiled(source, target));
			const value = Reflect.get(target, property, target);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}
if (SQL_PROFILE) {
	process.on('SIGUSR2', () => {
		const rows = [...sqlTimes].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25);
		for (const [source, e] of rows) console.error(`${e.ms.toFixed(0).padStart(7)} ms ${String(e.n).padStart(6)}× ${(e.ms / e.n).toFixed(3)} ms  ${source.slice(0, 300)}`);
		sqlTimes.clear();
	});
}

let sqliteInstance: Database.Database | null = null;
let dbInstance: Db | null = null;

/** The process-wide connection, opened and migrated on first use. */
export function getDb(): Db {
	if (!dbInstance) {
		sqliteInstance = openSqlite(databasePath());
		dbInstance = drizzle(withStatementCache(sqliteInstance), { schema });
		runMigrations(dbInstance);
		// Audit rows from before the hash chain get their hashes once (audit-chain.ts).
		sealLegacyAuditRows(sqliteInstance);
	}
	return dbInstance;
}

export function getSqlite(): Database.Database {
	getDb();
	return sqliteInstance!;
}

/**
 * A separate read-only connection for one long read (a streamed export). Its iterator keeps a
 * consistent snapshot (WAL) while the main connection goes on answering other requests and saving;
 * one per export, because a connection can run one iterating statement at a time. Close it when done.
 */
export function openReadConnection(): Database.Database {
	getDb(); // migrated (and the WAL files exist) before a read-only open
	const sqlite = new Database(databasePath(), { readonly: true, fileMustExist: true });
	sqlite.pragma('busy_timeout = 5000');
	return sqlite;
}

export function closeDb(): void {
	sqliteInstance?.close();
	sqliteInstance = null;
	dbInstance = null;
}

export { schema };
