/**
 * How long one audit row takes to write (issue #23: the hash chain must keep inserts fast).
 *
 *   DATABASE_PATH=/tmp/x.sqlite npx tsx bench/audit-insert.ts [--rows 20000]
 *
 * On a fresh or copied database: writes the rows one by one, each in its own transaction as a read's
 * row is (autocommit), then 20 more batches of 100 inside one transaction (as an export's
 * disclosures are), and prints microseconds per row, wall-clock and CPU (the CPU figure holds up
 * better on a busy machine). Use a throwaway database: the rows stay.
 */
import { parseArgs } from 'node:util';
import { audit } from '../src/lib/server/audit';
import { closeDb, getSqlite } from '../src/lib/server/db';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '20000' } } });
const rows = Number(values.rows);
const entry = { actor: null, action: 'read' as const, entity: 'client', entityId: 1, clientId: 1, teamId: 1, view: 'record', ip: '127.0.0.1' };

getSqlite();
for (let i = 0; i < 200; i++) audit(entry); // warm-up: statements compiled, pages cached
const cpu = (start: NodeJS.CpuUsage) => {
	const used = process.cpuUsage(start);
	return used.user + used.system;
};
let t = performance.now();
let c = process.cpuUsage();
for (let i = 0; i < rows; i++) audit(entry);
const single = { wall: ((performance.now() - t) * 1000) / rows, cpu: cpu(c) / rows };
const db = getSqlite();
t = performance.now();
c = process.cpuUsage();
for (let b = 0; b < 20; b++) db.transaction(() => { for (let i = 0; i < 100; i++) audit(entry); })();
const batched = { wall: ((performance.now() - t) * 1000) / 2000, cpu: cpu(c) / 2000 };
const f = (x: { wall: number; cpu: number }) => `${x.wall.toFixed(1)} µs (CPU ${x.cpu.toFixed(1)} µs)`;
console.log(`audit insert per row: alone ${f(single)} over ${rows} rows; in a transaction of 100 ${f(batched)}`);
closeDb();
