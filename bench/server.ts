/** Starting the built server for the benchmark, its memory, and signing in as a bench user. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import Database from 'better-sqlite3';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { BENCH_PASSWORD } from './generate';

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.listen(0, '127.0.0.1', () => {
			const port = (srv.address() as net.AddressInfo).port;
			srv.close(() => resolve(port));
		});
		srv.on('error', reject);
	});
}

export async function startServer(port: number, dbFile: string, workers: number): Promise<{ child: ChildProcess; coldStartS: number; origin: string; stderr: () => string }> {
	const origin = `http://127.0.0.1:${port}`;
	const started = performance.now();
	// scripts/serve.mjs is what `npm start` runs after its build check (POLKU_WORKERS server processes).
	// BENCH_SERVER_NODE_ARGS: extra node flags for the server only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile a run.
	const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
	const child = spawn(process.execPath, [...nodeArgs, 'scripts/serve.mjs'], {
		env: { ...process.env, POLKU_CACHE_STATS: '1', DATABASE_PATH: dbFile, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, SIGNIN_IP_BURST: '100000', CLIENT_READ_BURST: '1000000', NODE_ENV: 'production', POLKU_WORKERS: String(workers) },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr!.on('data', (d) => (stderr += d));
	while (performance.now() - started < 30_000) {
		if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderr}`);
		try {
			const res = await fetch(`${origin}/login`, { redirect: 'manual' });
			await res.arrayBuffer();
			if (res.status === 200) {
				const coldStartS = (performance.now() - started) / 1000;
				// Cold start is the first answer; the load waits for every worker.
				while (processTree(child.pid!).length < (workers > 1 ? workers + 1 : 1) && performance.now() - started < 30_000) await new Promise((r) => setTimeout(r, 50));
				if (workers > 1) await new Promise((r) => setTimeout(r, 1000));
				return { child, coldStartS, origin, stderr: () => stderr };
			}
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 10));
	}
	child.kill();
	throw new Error(`server did not answer 200 on /login within 30 s: ${stderr}`);
}

/** fileMb: resident pages mapped from files (with the database's memory map, mostly the database itself). */
export type Memory = { hwmMb: number; rssMb: number; pssMb: number; fileMb: number };

/** The server process and its workers (POLKU_WORKERS > 1). */
export function processTree(pid: number): number[] {
	let children: number[] = [];
	try {
		children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch {
		// process gone
	}
	return [pid, ...children.flatMap(processTree)];
}

/** Summed over the process tree: RSS counts shared pages (the node binary) once per process, PSS shares them out. */
export function memoryOf(pid: number): Memory {
	const total: Memory = { hwmMb: 0, rssMb: 0, pssMb: 0, fileMb: 0 };
	for (const p of processTree(pid)) {
		const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
		const kb = (text: string, field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1] ?? NaN);
		total.hwmMb += kb(status, 'VmHWM') / 1024;
		total.rssMb += kb(status, 'VmRSS') / 1024;
		total.fileMb += kb(status, 'RssFile') / 1024;
		total.pssMb += kb(fs.readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'), 'Pss') / 1024;
	}
	return total;
}

/** The bench's leads, county lead and admin must use a second factor (docs/domain/sign-in.md): this secret, bench only. */
export const BENCH_TOTP_SECRET = 'POLKUBENCHPOLKUBENCHPOLKUBENCHPO';

/** Gives every bench user whose role requires a second factor the bench secret (after the server migrated the file). */
export function enrolBenchSecondFactor(dbFile: string): void {
	const db = new Database(dbFile);
	try {
		const now = Date.now();
		db.prepare(
			`INSERT OR IGNORE INTO user_totp (user_id, secret, confirmed_at, created_at)
			 SELECT id, ?, ?, ? FROM users WHERE is_admin = 1 OR id IN (SELECT user_id FROM team_members WHERE role = 'lead')`
		).run(BENCH_TOTP_SECRET, now, now);
	} finally {
		db.close();
	}
}

/** A code for a step this account has not used yet (Polku refuses a used step). */
async function nextTotpCode(dbFile: string, email: string): Promise<string> {
	for (;;) {
		const db = new Database(dbFile, { readonly: true });
		const last = (db.prepare('SELECT t.last_used_step AS step FROM user_totp t JOIN users u ON u.id = t.user_id WHERE u.email = ?').get(email) as { step: number | null } | undefined)?.step ?? null;
		db.close();
		const now = Math.floor(Date.now() / 30_000);
		const step = [now, now + 1].find((s) => last === null || s > last);
		if (step !== undefined) return generateHOTP(decodeBase32IgnorePadding(BENCH_TOTP_SECRET), BigInt(step), 6);
		await new Promise((r) => setTimeout(r, 1000));
	}
}

const sessionCookie = (res: Response) => res.headers.getSetCookie().find((c) => c.startsWith('polku_session='))?.split(';')[0];

/** Password, then the code when the account has a second factor; returns the signed-in session cookie. */
export async function signIn(origin: string, email: string, dbFile: string): Promise<string> {
	const post = (url: string, body: Record<string, string>, cookie?: string) =>
		fetch(`${origin}${url}`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin, ...(cookie ? { cookie } : {}) },
			body: new URLSearchParams(body)
		});
	const res = await post('/login', { email, password: BENCH_PASSWORD });
	await res.arrayBuffer();
	const cookie = sessionCookie(res);
	if (res.status !== 303 || !cookie) throw new Error(`sign-in as ${email} failed: HTTP ${res.status}`);
	if (!res.headers.get('location')?.startsWith('/login/two-factor')) return cookie;
	const second = await post('/login/two-factor', { code: await nextTotpCode(dbFile, email) }, cookie);
	await second.arrayBuffer();
	const verified = sessionCookie(second);
	if (second.status !== 303 || !verified) throw new Error(`second factor for ${email} failed: HTTP ${second.status}`);
	return verified;
}


export type CacheStat = { name: string; hits: number; misses: number };

/** The caches' hits and misses the server processes wrote as they exited (POLKU_CACHE_STATS), summed over processes. */
export function parseCacheStats(stderr: string): CacheStat[] {
	const byName = new Map<string, CacheStat>();
	for (const line of stderr.split('\n')) {
		if (!line.startsWith('polku-cache-stats ')) continue;
		for (const c of JSON.parse(line.slice('polku-cache-stats '.length)) as CacheStat[]) {
			const sum = byName.get(c.name) ?? { name: c.name, hits: 0, misses: 0 };
			sum.hits += c.hits;
			sum.misses += c.misses;
			byName.set(c.name, sum);
		}
	}
	return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
