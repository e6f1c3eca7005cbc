import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { cookieOf, OWN_ADMIN, postForm, signInFully, startOwnServer } from './own-server';

// Kills the server with SIGKILL in the middle of a burst of writes, restarts it on the same file and
// checks that every write that got a success response is there and the database is intact.

test('writes acknowledged before a SIGKILL survive it, and the database stays intact', async () => {
	test.setTimeout(60_000);
	const server = await startOwnServer();
	const { base, dbFile } = server;
	try {
		const signIn = await signInFully(server, OWN_ADMIN);
		expect(signIn.status).toBe(303);
		const cookie = cookieOf(signIn);

		const acknowledged: string[] = [];
		let killed = false;
		let sent = 0;
		const writer = async (worker: number) => {
			for (let i = 0; !killed; i++) {
				const name = `Kaatumistesti ${worker}-${i}`;
				sent++;
				try {
					const response = await postForm(base, '/admin?/createTeam', { name, municipality: 'Testi' }, cookie);
					await response.text();
					if (response.status === 200) acknowledged.push(name);
				} catch {
					return; // the connection died with the server
				}
			}
		};
		const writers = Promise.all(Array.from({ length: 6 }, (_, w) => writer(w)));
		while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 5));
		server.stop();
		killed = true;
		await writers;
		expect(acknowledged.length).toBeGreaterThanOrEqual(40);
		expect(sent).toBeGreaterThan(acknowledged.length - 1);

		await server.restart();
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
		server.stop();
		fs.rmSync(server.dir, { recursive: true, force: true });
	}
});
