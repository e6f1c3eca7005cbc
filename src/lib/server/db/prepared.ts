import { getDb, type Db } from './index';

/**
 * A query built once per database connection and run with placeholders (`sql.placeholder('id')`):
 * the hot paths (session check, caseload, client and employer pages) skip drizzle's query building
 * and SQLite's compiling on every request. Use `inJsonPlaceholder` for id lists.
 */
export function prepared<T>(build: (db: Db) => T): () => T {
	const byConnection = new WeakMap<Db, T>();
	return () => {
		const db = getDb();
		let query = byConnection.get(db);
		if (query === undefined) {
			query = build(db);
			byConnection.set(db, query);
		}
		return query;
	};
}

/** Like `prepared`, for a query whose shape varies (which filters apply): one prepared query per key. */
export function preparedByKey<K extends string, T>(build: (db: Db, key: K) => T): (key: K) => T {
	const byConnection = new WeakMap<Db, Map<K, T>>();
	return (key) => {
		const db = getDb();
		let queries = byConnection.get(db);
		if (!queries) {
			queries = new Map();
			byConnection.set(db, queries);
		}
		let query = queries.get(key);
		if (query === undefined) {
			query = build(db, key);
			queries.set(key, query);
		}
		return query;
	};
}
