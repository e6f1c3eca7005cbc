import { prepared } from './prepared';
import { dataChanges } from './schema';

const allCounters = prepared((db) => db.select({ scope: dataChanges.scope, counter: dataChanges.counter }).from(dataChanges).prepare());

/**
 * Every team's change counter ('team:<id>') and the shared one ('shared'), raised by the triggers of
 * migration 0007 in whichever process saves: a team's counter rises with any change to a row that
 * belongs to the team or to one of its clients; the shared one with changes to rows no single team
 * owns (employers, user names). Not raised by sessions or the audit log.
 */
export type TeamVersions = ReadonlyMap<string, number>;

export function teamVersions(): TeamVersions {
	return new Map(allCounters().all().map((row) => [row.scope, row.counter]));
}

/** One key for the state of some teams' records: equal keys mean nothing these teams' views show changed. */
export function teamsVersion(teamIds: readonly number[], versions: TeamVersions = teamVersions()): string {
	return [versions.get('shared') ?? 0, ...[...new Set(teamIds)].sort((a, b) => a - b).map((id) => `${id}:${versions.get(`team:${id}`) ?? 0}`)].join('|');
}

type Entry = { version: string; value: unknown };

const allCaches: TeamRecordsCache[] = [];

/** Hits and misses of every cache in this process since it started. */
export function cacheStats(): { name: string; hits: number; misses: number }[] {
	return allCaches.map((c) => ({ name: c.name, hits: c.hits, misses: c.misses }));
}

// POLKU_CACHE_STATS=1: each server process writes its caches' hits and misses to stderr as it exits
// (one line, read by the benchmark after the mixed workload).
if (process.env.POLKU_CACHE_STATS) process.once('exit', () => process.stderr.write(`polku-cache-stats ${JSON.stringify(cacheStats())}\n`));

/**
 * Memoises what is computed from some teams' records until the next change in one of those teams
 * (or to shared rows): a save in one team leaves the other teams' entries valid. The value may only
 * read rows the team triggers cover (see `teamVersions`). Keys must include every input that shapes
 * the result (scope, period, "today"); pass `versions` when checking many entries at once.
 * Bounded: the oldest entry goes first.
 */
export class TeamRecordsCache {
	private readonly entries = new Map<string, Entry>();
	private readonly enabled: boolean;
	/** Counted for the benchmark's cache table (POLKU_CACHE_STATS). */
	hits = 0;
	misses = 0;
	/** `name` says which cache this is: POLKU_CACHE_OFF=<name>,… (or `all`) turns it off, to measure its effect (bench/README.md). */
	constructor(
		readonly name: string,
		private readonly maxEntries = 200
	) {
		this.enabled = !cacheSwitchedOff(name, process.env.POLKU_CACHE_OFF);
		allCaches.push(this);
	}

	get<T>(key: string, teamIds: readonly number[], compute: () => T, versions?: TeamVersions): T {
		if (!this.enabled) return compute();
		const version = teamsVersion(teamIds, versions);
		const hit = this.entries.get(key);
		if (hit && hit.version === version) {
			this.hits++;
			return hit.value as T;
		}
		this.misses++;
		const value = compute();
		// A change committed while computing would make this value stale at once: it is stored under
		// the version read before, so the next request recomputes.
		this.entries.delete(key);
		this.entries.set(key, { version, value });
		if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
		return value;
	}
}

/** Whether POLKU_CACHE_OFF (a comma-separated list of cache names, or `all`) names this cache. */
export function cacheSwitchedOff(name: string, setting: string | undefined): boolean {
	const names = (setting ?? '').split(',').map((n) => n.trim());
	return names.includes('all') || names.includes(name);
}
