import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * `column IN (ids)` with the list as one JSON parameter: the SQL text is the same for any list
 * length, so the statement cache compiles it once, and there is no limit on the number of ids.
 * Check the plan on large tables: SQLite may choose a scan when the column's index looks unselective
 * (see `scopedEnrolments` in outcomes/load.ts for a join that forces the index).
 */
export function inJsonList(column: AnyColumn | SQL, ids: readonly (number | string)[]): SQL {
	return sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
}

/** `column IN (…)` for a prepared query: pass the ids as `JSON.stringify(ids)` in placeholder `name`. */
export function inJsonPlaceholder(column: AnyColumn | SQL, name: string): SQL {
	return sql`${column} IN (SELECT value FROM json_each(${sql.placeholder(name)}))`;
}
