import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

// Kills the server with SIGKILL in the middle of a burst of writes, restarts it on the same file and
// checks that every write that got a success response is there and the database is intact.

const ADMIN = { email: 'crash-admin@example.org', password: 'crash-test-password-1' };

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

function startServer(dbFile: string, port: number): ChildProcess {
	return spawn(process.execPath, [path.join(process.cwd(), 'build', 'index.js')], {
		env: {
			...process.env,
			DATABASE_PATH: dbFile,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			POLKU_ADMIN_EMAIL: ADMIN.email,
			POLKU_ADMIN_PASSWORD: ADMIN.password,
			SIGNIN_IP_BURST: '1000'
		},
		stdio: 'ignore'
	});
}

async function waitUntilUp(base: string): Promise<void> {
	for (let i = 0; i < 200; i++) {
		try {
			if ((await fetch(`${base}/login`)).ok) return;
		} catch {
			/* not listening yet */
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error('server did not start');
}

test('writes acknowledged before a SIGKILL survive it, and the database stays intact', async () => {
	test.setTimeout(60_000);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polku-crash-'));
	const dbFile = path.join(dir, 'polku.sqlite');
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	let server = startServer(dbFile, port);
	try {
		await waitUntilUp(base);
		const signIn = await fetch(`${base}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams(ADMIN).toString()
		});
		expect(signIn.status).toBe(303);
		const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

		const acknowledged: string[] = [];
		let killed = false;
		let sent = 0;
		const writer = async (worker: number) => {
			for (let i = 0; !killed; i++) {
				const name = `Kaatumistesti ${worker}-${i}`;
				sent++;
				try {
					const response = await fetch(`${base}/admin?/createTeam`, {
						method: 'POST',
						redirect: 'manual',
						headers: { origin: base, accept: 'text/html', cookie, 'content-type': 'application/x-www-form-urlencoded' },
						body: new URLSearchParams({ name, municipality: 'Testi' }).toString()
					});
					await response.text();
					if (response.status === 200) acknowledged.push(name);
				} catch {
					return; // the connection died with the server
				}
			}
		};
		const writers = Promise.all(Array.from({ length: 6 }, (_, w) => writer(w)));
		while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 5));
		server.kill('SIGKILL');
		killed = true;
		await writers;
		expect(acknowledged.length).toBeGreaterThanOrEqual(40);
		expect(sent).toBeGreaterThan(acknowledged.length - 1);

		server = startServer(dbFile, port);
		await waitUntilUp(base);
		const db = new Database(dbFile, { readonly: true });
		try {
			expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
			const stored = new Set((db.prepare("SELECT name FROM teams WHERE name LIKE 'Kaatumistesti %'").all() as { name: string }[]).map((r) => r.name));
			const lost = acknowledged.filter((name) => !stored.has(name));
			expect(lost).toEqual([]);
		} finally {
			db.close();
		}
	} finally {
		server.kill('SIGKILL');
		fs.rmSync(dir, { recursive: true, force: true });
	}
});
