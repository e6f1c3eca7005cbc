import { getSqlite } from '../db';
import { isoDateInFinland } from '$lib/domain/dates';
import { clientsDueForAnonymisation } from './personal-data';

/**
 * Retention follow-up (docs/domain/privacy.md#retention): the history of the setting (each change
 * with its reason, read from the audit log where setRetention writes it) and the daily list of
 * clients due for anonymisation. Nothing here anonymises: an admin or lead approves each client.
 */

export type RetentionChange = { at: Date; userName: string | null; years: number; previous: number | null; reason: string | null };

/** Parses `retention_years=10; previous=6; reason=…` (older rows have only the first part). */
export function parseRetentionDetails(details: string | null): { years: number; previous: number | null; reason: string | null } | null {
	const match = /^retention_years=(\d+)(?:; previous=(\d+))?(?:; reason=([\s\S]*))?$/.exec(details ?? '');
	if (!match) return null;
	return { years: Number(match[1]), previous: match[2] ? Number(match[2]) : null, reason: match[3] ?? null };
}

/** Changes of the retention period, newest first (at most 20). */
export function retentionChanges(): RetentionChange[] {
	const rows = getSqlite()
		.prepare(
			`SELECT a.at, u.name AS userName, a.details FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
			 WHERE a.entity = 'setting' AND a.action = 'update' AND a.details LIKE 'retention_years=%' ORDER BY a.id DESC LIMIT 20`
		)
		.all() as { at: number; userName: string | null; details: string }[];
	return rows.flatMap((r) => {
		const parsed = parseRetentionDetails(r.details);
		return parsed ? [{ at: new Date(r.at), userName: r.userName, ...parsed }] : [];
	});
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
