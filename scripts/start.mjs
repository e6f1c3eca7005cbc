#!/usr/bin/env node
// `npm start`: build if the build is missing or older than the sources, then serve.
// Migrations run in the server's init hook; the first visit to an empty database opens /setup.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_STAMP } from './build-stamp.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
process.chdir(root);

const SOURCES = ['src', 'messages', 'static', 'project.inlang/settings.json', 'package-lock.json', 'svelte.config.js', 'vite.config.ts'];

function newestMtime(p) {
	if (!fs.existsSync(p)) return 0;
	const stat = fs.statSync(p);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of fs.readdirSync(p)) {
		if (p === 'src/lib' && entry === 'paraglide') continue; // generated during the build itself
		newest = Math.max(newest, newestMtime(path.join(p, entry)));
	}
	return newest;
}

function buildIsStale() {
	if (!fs.existsSync(path.join(root, 'build', 'index.js')) || !fs.existsSync(BUILD_STAMP)) return true;
	const built = fs.statSync(BUILD_STAMP).mtimeMs;
	return SOURCES.some((s) => newestMtime(s) > built);
}

if (buildIsStale()) {
	console.log('Building Polku (first start or changed sources)…');
	const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

const dbFile = path.resolve(process.env.DATABASE_PATH || 'db/polku.sqlite');
const dbDir = path.dirname(dbFile);
try {
	if (!fs.statSync(dbDir).isDirectory()) throw new Error('not a directory');
	fs.accessSync(dbDir, fs.constants.W_OK);
} catch {
	console.error(`Cannot use the database path ${dbFile}: the directory ${dbDir} does not exist or is not writable. Set DATABASE_PATH to a file in a writable directory.`);
	process.exit(1);
}
process.env.DATABASE_PATH = dbFile;
process.env.PORT ||= '3000';
// adapter-node reads the client address from the socket unless told about a proxy.
process.env.BODY_SIZE_LIMIT ||= '60M';

/** True on a new installation: the server has migrated the file, and no account exists yet. */
async function databaseHasNoUsers(file) {
	const { default: Database } = await import('better-sqlite3');
	const db = new Database(file, { readonly: true, fileMustExist: true });
	try {
		return db.prepare('SELECT count(*) AS n FROM users').get().n === 0;
	} catch {
		return false;
	} finally {
		db.close();
	}
}

try {
	const { serve } = await import('./serve.mjs');
	await serve();
	const host = process.env.HOST && process.env.HOST !== '0.0.0.0' && process.env.HOST !== '::' ? process.env.HOST : 'localhost';
	const url = process.env.ORIGIN || `http://${host.includes(':') ? `[${host}]` : host}:${process.env.PORT}`;
	const nextStep = (await databaseHasNoUsers(dbFile))
		? `\nNext step: open ${url} to create the administrator, or stop Polku (Ctrl+C) and load the demo with \`npm run polku -- demo\`.`
		: '';
	console.log(`Polku is running at ${url} (database ${dbFile})${nextStep}`);
} catch (err) {
	console.error(`Polku could not start: ${err instanceof Error ? err.message : err}`);
	process.exit(1);
}
