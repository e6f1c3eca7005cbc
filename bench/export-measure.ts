/**
 * The county-wide exports alone, each on a freshly started built server (so the server's VmHWM is
 * the export's own peak): seconds, MB, peak RSS, and a coach's caseload requested one after another
 * meanwhile. `npx tsx bench/export-measure.ts [--only csv|xlsx] [--save DIR] [--db FILE] [--no-probe]`; build first.
 * BENCH_SERVER_NODE_ARGS passes node flags (e.g. --cpu-prof) to the server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BENCH_EMAILS } from './generate';
import { enrolBenchSecondFactor, freePort, memoryOf, processTree, signIn, startServer } from './server';

const arg = (name: string) => {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
};
const dbFile = path.resolve(arg('--db') ?? 'bench/bench.sqlite');
const saveDir = arg('--save');
const only = arg('--only');
// --no-probe: the export alone, no caseload requests meanwhile (its own time, without sharing the event loop).
const probe = !process.argv.includes('--no-probe');
const year = 'period=year&at=2026-01-01&team=all';
const exportsToRun = [
	{ key: 'csv', query: `table=contacts&format=csv&${year}` },
	{ key: 'xlsx', query: `table=all&format=xlsx&${year}` }
].filter((e) => !only || e.key === only);

function coachEmail(): string {
	const db = new Database(dbFile, { readonly: true });
	try {
		return (db.prepare(`SELECT u.email FROM enrolments e JOIN users u ON u.id = e.coach_id WHERE e.closed_date IS NULL GROUP BY e.coach_id ORDER BY count(*) DESC, u.id LIMIT 1`).get() as { email: string }).email;
	} finally {
		db.close();
	}
}

const fmt = (n: number, d = 1) => n.toFixed(d);

/** CPU seconds (user + system, all threads) the server has used: on a shared machine, steadier than wall time. */
function cpuSeconds(pid: number): number {
	let ticks = 0;
	for (const p of processTree(pid)) {
		const fields = fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
		ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
	}
	return ticks / 100; // USER_HZ
}

for (const { key, query } of exportsToRun) {
	const { child, origin } = await startServer(await freePort(), dbFile, 1);
	try {
		enrolBenchSecondFactor(dbFile);
		const county = await signIn(origin, BENCH_EMAILS.countyLead, dbFile);
		const coach = await signIn(origin, coachEmail(), dbFile);
		const before = memoryOf(child.pid!);
		const cpuBefore = cpuSeconds(child.pid!);
		let done = false;
		let rssPeak = 0;
		const poll = setInterval(() => {
			try {
				rssPeak = Math.max(rssPeak, memoryOf(child.pid!).rssMb);
			} catch {
				// gone
			}
		}, 100);
		const probeTimes: number[] = [];
		const probing = (async () => {
			while (probe && !done) {
				const t = performance.now();
				const res = await fetch(`${origin}/clients`, { headers: { cookie: coach } });
				await res.arrayBuffer();
				probeTimes.push(performance.now() - t);
			}
		})();
		const started = performance.now();
		let bytes = 0;
		let status = 0;
		const parts: Uint8Array[] = [];
		try {
			const res = await fetch(`${origin}/outcomes/export?${query}`, { headers: { cookie: county } });
			status = res.status;
			const reader = res.body!.getReader();
			for (let r = await reader.read(); !r.done; r = await reader.read()) {
				bytes += r.value.byteLength;
				if (saveDir) parts.push(r.value);
			}
		} finally {
			done = true;
			await probing;
			clearInterval(poll);
		}
		const seconds = (performance.now() - started) / 1000;
		const hwm = memoryOf(child.pid!).hwmMb;
		const cpu = cpuSeconds(child.pid!) - cpuBefore;
		probeTimes.sort((a, b) => a - b);
		const p95 = probeTimes[Math.min(probeTimes.length - 1, Math.ceil(probeTimes.length * 0.95) - 1)] ?? NaN;
		if (saveDir) {
			fs.mkdirSync(saveDir, { recursive: true });
			fs.writeFileSync(path.join(saveDir, `export.${key}`), Buffer.concat(parts));
		}
		console.log(
			`${key}: HTTP ${status}, ${fmt(seconds)} s (server CPU ${fmt(cpu)} s), ${fmt(bytes / 1024 ** 2)} MB; VmHWM ${fmt(hwm, 0)} MB (RSS before ${fmt(before.rssMb, 0)}, polled peak ${fmt(rssPeak, 0)}); ` +
				`caseload meanwhile p95 ${fmt(probeTimes.length ? p95 : NaN, 0)} ms, max ${fmt(probeTimes.at(-1) ?? NaN, 0)} ms (${probeTimes.length}); load ${os.loadavg().map((l) => fmt(l, 2)).join(' ')}`
		);
	} finally {
		child.kill('SIGTERM');
		await new Promise((r) => child.once('exit', r));
	}
}
