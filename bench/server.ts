/** Starting the built server for the benchmark, its memory, and signing in as a bench user. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
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

export async function startServer(port: number, dbFile: string, workers: number): Promise<{ child: ChildProcess; coldStartS: number; origin: string }> {
	const origin = `http://127.0.0.1:${port}`;
	const started = performance.now();
	// scripts/serve.mjs is what `npm start` runs after its build check (POLKU_WORKERS server processes).
	const child = spawn(process.execPath, ['scripts/serve.mjs'], {
		env: { ...process.env, DATABASE_PATH: dbFile, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, SIGNIN_IP_BURST: '100000', CLIENT_READ_BURST: '1000000', NODE_ENV: 'production', POLKU_WORKERS: String(workers) },
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
				return { child, coldStartS, origin };
			}
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 10));
	}
	child.kill();
	throw new Error(`server did not answer 200 on /login within 30 s: ${stderr}`);
}

export type Memory = { hwmMb: number; rssMb: number; pssMb: number };

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
	const total: Memory = { hwmMb: 0, rssMb: 0, pssMb: 0 };
	for (const p of processTree(pid)) {
		const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
		const kb = (text: string, field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1] ?? NaN);
		total.hwmMb += kb(status, 'VmHWM') / 1024;
		total.rssMb += kb(status, 'VmRSS') / 1024;
		total.pssMb += kb(fs.readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'), 'Pss') / 1024;
	}
	return total;
}

export async function signIn(origin: string, email: string): Promise<string> {
	const res = await fetch(`${origin}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin },
		body: new URLSearchParams({ email, password: BENCH_PASSWORD })
	});
	await res.arrayBuffer();
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('polku_session='));
	if (res.status !== 303 || !cookie) throw new Error(`sign-in as ${email} failed: HTTP ${res.status}`);
	return cookie.split(';')[0];
}

