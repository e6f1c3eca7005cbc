import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEMO_TOTP_SECRET, nextTotpCode } from './totp';

/**
 * A private instance of the built app on its own database file, for tests that kill it, restart it
 * or need settings the shared test servers don't have (low throttles, proxy headers).
 */
export type OwnServer = { base: string; dbFile: string; dir: string; process: ChildProcess; stop(): void; restart(): Promise<void> };

export const OWN_ADMIN = { email: 'own-admin@example.org', password: 'own-server-password-1' };
/** The own admin's TOTP secret (POLKU_ADMIN_TOTP_SECRET), so tests can give the second step. */
export const OWN_ADMIN_TOTP_SECRET = 'OWNADMINOWNADMINOWNADMINOWNADMIN';

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

async function waitUntilUp(base: string): Promise<void> {
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(`${base}/login`)).ok) return;
		} catch {
			/* not listening yet */
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error('server did not start');
}

/** An empty value removes the variable (e.g. ORIGIN '' = take the origin from the request's headers). */
function withoutEmpty(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
}

export async function startOwnServer(env: Record<string, string> = {}, options: { demo?: boolean } = {}): Promise<OwnServer> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polku-own-'));
	const dbFile = path.join(dir, 'polku.sqlite');
	if (options.demo) {
		const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
		const result = spawnSync(tsx, ['src/lib/server/cli/main.ts', 'demo'], { env: { ...process.env, DATABASE_PATH: dbFile }, encoding: 'utf8' });
		if (result.status !== 0) throw new Error(`demo load failed: ${result.stderr}`);
	}
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const launch = () =>
		spawn(process.execPath, [path.join(process.cwd(), 'scripts', 'serve.mjs')], {
			env: withoutEmpty({
				...process.env,
				DATABASE_PATH: dbFile,
				PORT: String(port),
				HOST: '127.0.0.1',
				// No ORIGIN, as a plain `npm start`: the origin comes from the Host header (scripts/origin.mjs).
				ORIGIN: '',
				POLKU_ADMIN_EMAIL: OWN_ADMIN.email,
				POLKU_ADMIN_PASSWORD: OWN_ADMIN.password,
				POLKU_ADMIN_TOTP_SECRET: OWN_ADMIN_TOTP_SECRET,
				SIGNIN_IP_BURST: '1000',
				...env
			}),
			stdio: 'ignore'
		});
	const server: OwnServer = {
		base,
		dbFile,
		dir,
		process: launch(),
		stop() {
			server.process.kill('SIGKILL');
		},
		async restart() {
			server.process = launch();
			await waitUntilUp(base);
		}
	};
	await waitUntilUp(base);
	return server;
}

/** Posts a form like a browser without JavaScript (303 on success redirects, 200/400 with a page otherwise). */
export function postForm(base: string, url: string, fields: Record<string, string>, cookie = '', extraHeaders: Record<string, string> = {}) {
	return fetch(`${base}${url}`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: base, accept: 'text/html', cookie, 'content-type': 'application/x-www-form-urlencoded', ...extraHeaders },
		body: new URLSearchParams(fields).toString()
	});
}

export function cookieOf(response: Response): string {
	return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/**
 * Signs in with the password form and, when asked, the second step (the own admin's or the demo
 * accounts' TOTP secret): the last response, a 303 whose cookie is a full session.
 */
export async function signInFully(server: { base: string; dbFile: string }, fields: { email: string; password: string }, extraHeaders: Record<string, string> = {}): Promise<Response> {
	const first = await postForm(server.base, '/login', fields, '', extraHeaders);
	if (!first.headers.get('location')?.startsWith('/login/two-factor')) return first;
	const secret = fields.email === OWN_ADMIN.email ? OWN_ADMIN_TOTP_SECRET : DEMO_TOTP_SECRET;
	const code = await nextTotpCode(secret, server.dbFile, fields.email);
	return postForm(server.base, '/login/two-factor', { code }, cookieOf(first), extraHeaders);
}
