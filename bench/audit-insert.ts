/**
 * How long one audit row takes to write (issue #23: the hash chain must keep inserts fast).
 *
 *   DATABASE_PATH=/tmp/x.sqlite npx tsx bench/audit-insert.ts [--rows 20000]
 *
 * On a fresh or copied database: writes the rows one by one, each in its own transaction as a read's
 * row is (autocommit), then 20 more batches of 100 inside one transaction (as an export's
 * disclosures are), and prints microseconds per row. Use a throwaway database: the rows stay.
 */
import { parseArgs } from 'node:util';
import { audit } from '../src/lib/server/audit';
import { closeDb, getSqlite } from '../src/lib/server/db';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '20000' } } });
const rows = Number(values.rows);
const entry = { actor: null, action: 'read' as const, entity: 'client', entityId: 1, clientId: 1, teamId: 1, view: 'record', ip: '127.0.0.1' };

getSqlite();
for (let i = 0; i < 200; i++) audit(entry); // warm-up: statements compiled, pages cached
let t = performance.now();
for (let i = 0; i < rows; i++) audit(entry);
const single = ((performance.now() - t) * 1000) / rows;
const db = getSqlite();
t = performance.now();
for (let b = 0; b < 20; b++) db.transaction(() => { for (let i = 0; i < 100; i++) audit(entry); })();
const batched = ((performance.now() - t) * 1000) / 2000;
console.log(`audit insert: ${single.toFixed(1)} µs per row alone (${rows} rows), ${batched.toFixed(1)} µs per row in a transaction of 100`);
closeDb();
