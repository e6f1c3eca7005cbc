import { getSqlite } from '../db';
import { isoDateInFinland } from '$lib/domain/dates';
import { clientsDueForAnonymisation } from './personal-data';

/**
 * Retention follow-up (docs/domain/privacy.md#retention): the history of the setting (each change
 * with its reason) and the daily list of clients due for anonymisation. Nothing here anonymises:
 * an admin or lead approves each client.
 */

export type RetentionChange = { at: Date; userName: string | null; years: number; previous: number | null; reason: string | null };
type StoredChange = { at: number; userId: number; years: number; previous: number; reason: string };

const CHANGES_KEY = 'retention_changes';
const KEPT_CHANGES = 20;

/**
 * The page's short history of the setting, kept beside it in `settings` (the newest 20), so the page
 * need not search the whole audit log; the audit row written with each change stays the record.
 * Called inside setRetention's transaction.
 */
export function recordRetentionChange(change: StoredChange): void {
	const db = getSqlite();
	const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(CHANGES_KEY) as { value: string } | undefined;
	const changes = [change, ...(row ? (JSON.parse(row.value) as StoredChange[]) : [])].slice(0, KEPT_CHANGES);
	db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(CHANGES_KEY, JSON.stringify(changes));
}

/** Changes of the retention period, newest first (at most 20), with who made them. */
export function retentionChanges(): RetentionChange[] {
	const db = getSqlite();
	const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(CHANGES_KEY) as { value: string } | undefined;
	const changes = row ? (JSON.parse(row.value) as StoredChange[]) : [];
	const name = db.prepare('SELECT name FROM users WHERE id = ?');
	return changes.map((c) => ({ at: new Date(c.at), userName: (name.get(c.userId) as { name: string } | undefined)?.name ?? null, years: c.years, previous: c.previous, reason: c.reason }));
}

/** The due list as lines of text, for `polku retention due` and the server's daily log line. */
export function dueReport(today = isoDateInFinland()): { count: number; lines: string[] } {
	const due = clientsDueForAnonymisation(null, today);
	return { count: due.length, lines: due.map((c) => `#${c.id}\tteam ${c.teamId}\tlast closed ${c.lastClosed}`) };
}

/** Hours between the server's checks; the list is written to the server log once a day. */
const CHECK_HOURS = 1;

/**
 * The daily job in the running server: once a day (first worker only, not under vitest) it writes
 * how many clients are due to the server log, pointing the admin to /privacy. Cron can run
 * `polku retention due` instead or as well.
 */
export function startRetentionSchedule(env: Record<string, string | undefined> = process.env, log: (line: string) => void = console.log): NodeJS.Timeout | null {
	if (env.VITEST) return null;
	if (env.POLKU_WORKER_INDEX && env.POLKU_WORKER_INDEX !== '1') return null;
	let listedFor: string | null = null;
	const check = () => {
		const today = isoDateInFinland();
		if (listedFor === today) return;
		listedFor = today;
		try {
			const { count } = dueReport(today);
			if (count > 0) log(`Retention: ${count} client${count === 1 ? ' is' : 's are'} due for anonymisation; approve each at /privacy (list: npm run polku -- retention due).`);
		} catch (err) {
			console.error(`Retention check failed: ${err instanceof Error ? err.message : err}`);
		}
	};
	const timer = setInterval(check, CHECK_HOURS * 3_600_000);
	timer.unref();
	check();
	return timer;
}
