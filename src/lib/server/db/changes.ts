import { eq } from 'drizzle-orm';
import { getDb } from './index';
import { dataChanges } from './schema';

/**
 * The records' change counter (raised by triggers on every insert, update and delete, in any
 * process). Equal counters mean nothing in the records changed in between.
 */
export function recordsVersion(): number {
	const row = getDb().select({ counter: dataChanges.counter }).from(dataChanges).where(eq(dataChanges.scope, 'records')).get();
	return row?.counter ?? 0;
}

type Entry = { version: number; value: unknown };

/**
 * Memoises figures computed from the records until the next change. Keys must include every input
 * that shapes the result (scope, period, "today"). Bounded: the oldest entry goes first.
 */
export class RecordsCache {
	private readonly entries = new Map<string, Entry>();
	constructor(private readonly maxEntries = 200) {}

	get<T>(key: string, compute: () => T): T {
		const version = recordsVersion();
		const hit = this.entries.get(key);
		if (hit && hit.version === version) return hit.value as T;
		const value = compute();
		// A change committed while computing would make this value stale at once: store it under the
		// counter read before, so the next request recomputes.
		this.entries.delete(key);
		this.entries.set(key, { version, value });
		if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
		return value;
	}

	clear(): void {
		this.entries.clear();
	}
}
