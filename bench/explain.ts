/**
 * EXPLAIN QUERY PLAN for the representative queries in bench/queries.ts; flags full-table SCANs.
 * CLI: `npx tsx bench/explain.ts [bench/bench.sqlite]`
 */
import Database from 'better-sqlite3';
import { pathToFileURL } from 'node:url';
import { EXPLAIN_QUERIES } from './queries';
import { DEFAULT_BENCH_DB } from './generate';

export type PlanReport = { name: string; plan: string[]; fullScans: string[] };

const SAMPLE_PARAMS = { coach: 1, client: 1, enrolment: 1, employer: 1, team: 1, placement: 1, review: 1, from: '2026-07-01', to: '2026-09-30' };

/** A SCAN without an index (or a temp B-tree for a whole table) reads every row as the table grows. */
export function isFullScan(detail: string): boolean {
	return /^SCAN \w+$/.test(detail.trim()) || (/^SCAN /.test(detail) && !/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY|json_each|CONSTANT ROW/.test(detail) && !/^SCAN (t|active|a)\b/.test(detail));
}

export function explainAll(sqlite: Database.Database): PlanReport[] {
	return EXPLAIN_QUERIES.map(({ name, sql }) => {
		const used = Object.fromEntries(Object.entries(SAMPLE_PARAMS).filter(([k]) => sql.includes(`@${k}`)));
		const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(used) as { detail: string }[];
		const plan = rows.map((r) => r.detail);
		return { name, plan, fullScans: plan.filter(isFullScan) };
	});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const sqlite = new Database(process.argv[2] ?? DEFAULT_BENCH_DB, { readonly: true });
	for (const r of explainAll(sqlite)) {
		console.log(`${r.fullScans.length ? 'SCAN!' : 'ok   '} ${r.name}`);
		for (const line of r.plan) console.log(`        ${line}`);
	}
	sqlite.close();
}
