import Database from 'better-sqlite3';
const orig = Database.prototype.prepare;
const seen = new Map<string, number>();
(Database.prototype as any).prepare = function (source: string) {
	const stmt = orig.call(this, source);
	for (const fn of ['all', 'get', 'run']) { const o = (stmt as any)[fn].bind(stmt); (stmt as any)[fn] = (...a: unknown[]) => { const s = performance.now(); const r = o(...a); seen.set(source, (seen.get(source) ?? 0) + performance.now() - s); return r; }; }
	const origRaw = stmt.raw.bind(stmt); (stmt as any).raw = (...a: unknown[]) => { origRaw(...a); return stmt; };
	return stmt;
};
process.env.POLKU_CACHE_OFF = 'all';
const { listCaseload } = await import('../src/lib/server/clients/caseload');
const { dueExitFollowUps } = await import('../src/lib/server/clients/exit-follow-ups');
const { getDb } = await import('../src/lib/server/db');
const coach = (getDb() as any).$client.prepare("select id, (select team_id from team_members where user_id = users.id) team from users where email = 'coach20@bench.invalid'").get();
const N = 100;
const run = () => { listCaseload({ teamIds: [coach.team], coachId: coach.id, status: 'active', page: 1, today: '2026-12-07' }); dueExitFollowUps({ teamIds: [coach.team], coachId: coach.id }, '2026-12-07'); };
run(); seen.clear();
const s = performance.now(); for (let i = 0; i < N; i++) run(); const total = (performance.now() - s) / N;
let sqlTotal = 0; for (const [sql, ms] of seen) { sqlTotal += ms / N; console.log((ms / N).toFixed(3), 'ms', sql.replace(/\s+/g, ' ').slice(0, 160)); }
console.log('total', total.toFixed(2), 'sql', sqlTotal.toFixed(2));
