import { describe, expect, it } from 'vitest';
import { getDb, getSqlite } from '../../src/lib/server/db';
import { teams } from '../../src/lib/server/db/schema';
import { RecordsCache, recordsVersion } from '../../src/lib/server/db/changes';

describe('records cache', () => {
	it('recomputes after any change to the records, and only then', () => {
		getDb();
		const cache = new RecordsCache();
		let computed = 0;
		const figure = () => cache.get('teams', () => ++computed);
		expect(figure()).toBe(1);
		expect(figure()).toBe(1);
		const before = recordsVersion();
		getDb().insert(teams).values({ name: 'Cache team', createdAt: new Date() }).run();
		expect(recordsVersion()).toBe(before + 1);
		expect(figure()).toBe(2);
		getSqlite().prepare("UPDATE teams SET name = 'Renamed' WHERE name = 'Cache team'").run();
		expect(figure()).toBe(3);
		getSqlite().prepare("DELETE FROM teams WHERE name = 'Renamed'").run();
		expect(figure()).toBe(4);
		expect(figure()).toBe(4);
	});

	it('does not count sessions or the audit log as changes', () => {
		const before = recordsVersion();
		getSqlite().prepare("INSERT INTO audit_log (at, role, action, entity) VALUES (0, 'system', 'read', 'test')").run();
		expect(recordsVersion()).toBe(before);
	});

	it('has a trigger on every table except sessions, the audit log and reference data', () => {
		const tables = (getSqlite().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
		const triggered = new Set((getSqlite().prepare("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_changes'").all() as { tbl_name: string }[]).map((t) => t.tbl_name));
		const untracked = tables.filter((t) => !triggered.has(t)).sort();
		expect(untracked).toEqual(['__drizzle_migrations', 'audit_log', 'data_changes', 'fidelity_scales', 'sessions']);
	});

	it('forgets the oldest entry beyond its size', () => {
		const cache = new RecordsCache(2);
		let computed = 0;
		cache.get('a', () => ++computed);
		cache.get('b', () => ++computed);
		cache.get('c', () => ++computed);
		expect(cache.get('a', () => ++computed)).toBe(4);
		expect(cache.get('c', () => 0)).toBe(3);
	});
});
