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

/**
 * Memoises what is computed from some teams' records until the next change in one of those teams
 * (or to shared rows): a save in one team leaves the other teams' entries valid. The value may only
 * read rows the team triggers cover (see `teamVersions`). Keys must include every input that shapes
 * the result (scope, period, "today"); pass `versions` when checking many entries at once.
 * Bounded: the oldest entry goes first.
 */
export class TeamRecordsCache {
	private readonly entries = new Map<string, Entry>();
	constructor(private readonly maxEntries = 200) {}

	get<T>(key: string, teamIds: readonly number[], compute: () => T, versions?: TeamVersions): T {
		const version = teamsVersion(teamIds, versions);
		const hit = this.entries.get(key);
		if (hit && hit.version === version) return hit.value as T;
		const value = compute();
		// A change committed while computing would make this value stale at once: it is stored under
		// the version read before, so the next request recomputes.
		this.entries.delete(key);
		this.entries.set(key, { version, value });
		if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
		return value;
	}
}
