import { test, expect, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DEMO_PASSWORD, DEMO_USERS, enrolTotp, expectAccessible } from './helpers';
import { nextTotpCode } from './totp';

// The app started exactly as the README says: `npm start` with only PORT and DATABASE_PATH set
// (no ORIGIN, HOST or proxy headers), used in Chromium at the URL it prints.
test.describe.configure({ mode: 'serial' });

type Started = { url: string; output: () => string; child: ChildProcess; stop(): Promise<void> };

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.listen(0, () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

/** The user's environment: nothing of the test servers' settings. */
function userEnv(dbFile: string, port: number): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATABASE_PATH: dbFile };
	for (const name of ['ORIGIN', 'HOST', 'PROTOCOL_HEADER', 'HOST_HEADER', 'PORT_HEADER', 'ADDRESS_HEADER', 'SIGNIN_IP_BURST', 'POLKU_E2E', 'POLKU_ADMIN_EMAIL', 'POLKU_ADMIN_PASSWORD']) {
		delete env[name];
	}
	return env;
}

async function npmStart(dbFile: string): Promise<Started> {
	const port = await freePort();
	const child = spawn('npm', ['start'], { env: userEnv(dbFile, port), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	const url = await new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`npm start printed no URL in 90 s:\n${output}`)), 90_000);
		const check = () => {
			const match = /Polku is running at (\S+)/.exec(output);
			if (match) {
				clearTimeout(timer);
				resolve(match[1]);
			}
		};
		child.stdout!.on('data', check);
		child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
	});
	return {
		url,
		child,
		output: () => output,
		async stop() {
			if (child.exitCode !== null) return;
			const exited = new Promise((r) => child.once('exit', r));
			process.kill(-child.pid!, 'SIGTERM');
			await exited;
		}
	};
}

function tempDb(): string {
	return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'polku-readme-')), 'polku.sqlite');
}

async function hydrated(page: Page) {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

async function signIn(page: Page, url: string, email: string, password: string, totp?: { secret: string; dbFile: string }) {
	await page.goto(`${url}/login`);
	await hydrated(page);
	await page.getByLabel('Sähköposti').fill(email);
	await page.getByLabel('Salasana').fill(password);
	await page.getByRole('button', { name: 'Kirjaudu' }).click();
	if (totp) {
		// The code step; the enrolment's step was used, so take the next one if still in it.
		await page.waitForURL((u) => u.pathname === '/login/two-factor');
		await hydrated(page);
		await page.getByLabel('Koodi').fill(await nextTotpCode(totp.secret, totp.dbFile, email));
		await page.getByRole('button', { name: 'Vahvista' }).click();
	}
	await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

test('a new installation: npm start, the printed URL, first-run set-up, sign out and in, save a form', async ({ page }) => {
	test.setTimeout(120_000);
	const dbFile = tempDb();
	const app = await npmStart(dbFile);
	try {
		expect(app.url).toMatch(/^http:\/\/localhost:\d+$/);
		// The next step is printed on an empty database.
		expect(app.output()).toContain('to create the administrator');
		expect(app.output()).toContain('npm run polku -- demo');

		await page.goto(app.url);
		await expect(page).toHaveURL(/\/setup$/);
		await hydrated(page);
		await page.getByLabel('Nimi').fill('Aino Ylläpitäjä');
		await page.getByLabel('Sähköposti').fill('aino@example.org');
		await page.locator('input[name="password"]').fill('first-run-password-1');
		await page.locator('input[name="passwordRepeat"]').fill('first-run-password-1');
		await page.getByRole('button', { name: 'Luo pääkäyttäjä' }).click();
		// The new administrator enrols a second factor first (docs/domain/sign-in.md).
		await expect(page).toHaveURL(/\/account\/two-factor$/);
		const { secret } = await enrolTotp(page);
		await page.getByRole('link', { name: 'Jatka' }).click();
		await page.goto(`${app.url}/admin`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ylläpito');

		await page.getByTestId('sign-out').click();
		await expect(page).toHaveURL(/\/login/);
		await signIn(page, app.url, 'aino@example.org', 'first-run-password-1', { secret, dbFile });

		await page.goto(`${app.url}/admin`);
		await hydrated(page);
		await page.getByLabel('Tiimin nimi').fill('Espoon IPS-tiimi');
		await page.getByRole('button', { name: 'Luo', exact: true }).click();
		await expect(page.getByRole('status')).toHaveText('Tiimi luotu.');
		await expect(page.getByRole('cell', { name: 'Espoon IPS-tiimi' })).toBeVisible();
	} finally {
		await app.stop();
	}
	const db = new Database(dbFile, { readonly: true });
	expect(db.prepare("SELECT count(*) AS n FROM teams WHERE name = 'Espoon IPS-tiimi'").get()).toEqual({ n: 1 });
	db.close();
});

test('the demo database: the coach signs in at the printed URL and logs a contact', async ({ page }) => {
	test.setTimeout(120_000);
	const dbFile = tempDb();
	const port = await freePort();
	// As the README says: load the demo, then start.
	const demo = spawnSync('npm', ['run', 'polku', '--', 'demo'], { env: userEnv(dbFile, port), encoding: 'utf8' });
	expect(demo.status, demo.stderr).toBe(0);
	const app = await npmStart(dbFile);
	try {
		expect(app.output()).not.toContain('to create the administrator');
		await signIn(page, app.url, DEMO_USERS.coach, DEMO_PASSWORD);
		await page.goto(`${app.url}/clients`);
		await page.locator('table a[href^="/clients/"]').first().click();
		await page.waitForURL(/\/clients\/\d+$/);
		await hydrated(page);
		const details = page.locator('details', { has: page.locator('summary', { hasText: 'Kirjaa yhteydenotto' }) });
		await details.locator('summary').click();
		const contact = page.locator('form[action="?/contact"]');
		await contact.getByLabel('Muistiinpano').fill('Tapaaminen README:n käynnistämässä Polussa');
		await contact.getByRole('button', { name: 'Kirjaa yhteydenotto' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Tallennettu' })).toBeVisible();
		await expect(page.getByRole('cell', { name: 'Tapaaminen README:n käynnistämässä Polussa' })).toBeVisible();
	} finally {
		await app.stop();
	}
});

test('a form sent from another site gets a readable refusal naming ORIGIN, and nothing changes', async ({ page }) => {
	test.setTimeout(120_000);
	const dbFile = tempDb();
	const app = await npmStart(dbFile);
	// A foreign page (another origin on this machine) with a form aimed at the first-run set-up.
	const foreign = http.createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(`<!doctype html><html lang="en"><title>Foreign</title><form method="POST" action="${app.url}/setup">
			<input name="name" value="Mallory"><input name="email" value="mallory@example.org">
			<input name="password" value="mallory-password-1"><input name="passwordRepeat" value="mallory-password-1">
			<button>Send</button></form></html>`);
	});
	await new Promise<void>((r) => foreign.listen(0, '127.0.0.1', () => r()));
	try {
		const foreignUrl = `http://127.0.0.1:${(foreign.address() as net.AddressInfo).port}`;
		await page.goto(foreignUrl);
		const [response] = await Promise.all([page.waitForResponse(`${app.url}/setup`), page.getByRole('button', { name: 'Send' }).click()]);
		expect(response.status()).toBe(403);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lomaketta ei hyväksytty');
		await expect(page.getByText(`ORIGIN=${foreignUrl}`)).toBeVisible();
		await expect(page.getByText('Mitään ei tallennettu.')).toBeVisible();
		await expectAccessible(page);

		// A spoofed Host header does not make a foreign Origin acceptable.
		const spoofed = await new Promise<number>((resolve, reject) => {
			const body = 'name=Mallory&email=mallory%40example.org&password=mallory-password-1&passwordRepeat=mallory-password-1';
			const req = http.request(`${app.url.replace('localhost', '127.0.0.1')}/setup`, {
				method: 'POST',
				headers: { host: 'evil.example', origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) }
			}, (res) => {
				res.resume();
				resolve(res.statusCode ?? 0);
			});
			req.on('error', reject);
			req.end(body);
		});
		expect(spoofed).toBe(403);
	} finally {
		foreign.close();
		await app.stop();
	}
	const db = new Database(dbFile, { readonly: true });
	expect(db.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });
	db.close();
});

test('an e-mail typed before the page script has loaded is kept and signs in', async ({ page }) => {
	test.setTimeout(120_000);
	const dbFile = tempDb();
	const port = await freePort();
	const demo = spawnSync('npm', ['run', 'polku', '--', 'demo'], { env: userEnv(dbFile, port), encoding: 'utf8' });
	expect(demo.status, demo.stderr).toBe(0);
	const app = await npmStart(dbFile);
	try {
		// Hold the app's scripts until the form has been filled, as on a slow connection.
		let release: () => void = () => {};
		const typed = new Promise<void>((r) => (release = r));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await typed;
			await route.continue();
		});
		await page.goto(`${app.url}/login`, { waitUntil: 'domcontentloaded' });
		await expect(page.locator('html[data-hydrated]')).toHaveCount(0);
		await page.getByLabel('Sähköposti').fill(DEMO_USERS.coach);
		await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
		release();
		await hydrated(page);
		await expect(page.getByLabel('Sähköposti')).toHaveValue(DEMO_USERS.coach);
		await page.getByRole('button', { name: 'Kirjaudu' }).click();
		await page.waitForURL((u) => !u.pathname.startsWith('/login'));

		// The same on a page built from the shared field component.
		const second = new Promise<void>((r) => (release = r));
		await page.unroute('**/_app/immutable/**/*.js');
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await second;
			await route.continue();
		});
		await page.goto(`${app.url}/clients/new`, { waitUntil: 'domcontentloaded' });
		await page.getByLabel('Sukunimi').fill('Aikainen');
		release();
		await hydrated(page);
		await expect(page.getByLabel('Sukunimi')).toHaveValue('Aikainen');
	} finally {
		await app.stop();
	}
});
