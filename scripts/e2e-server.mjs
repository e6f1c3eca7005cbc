#!/usr/bin/env node
// Starts the built app for Playwright on a fresh temporary database.
// Usage: node scripts/e2e-server.mjs <port> <empty|demo>
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const [port, dataset] = process.argv.slice(2);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), `polku-e2e-${dataset}-`));
const dbFile = path.join(dir, 'polku.sqlite');
const env = {
	...process.env,
	DATABASE_PATH: dbFile,
	PORT: port,
	HOST: '127.0.0.1',
	// No ORIGIN: like a plain `npm start`, the origin comes from the Host header (scripts/origin.mjs).
	// Many sign-ins from one address during the suite; the IP throttle itself is unit-tested.
	SIGNIN_IP_BURST: '100000',
	// The whole suite reads client records as a few demo users; the read budget has its own tests.
	CLIENT_READ_BURST: '100000',
	POLKU_E2E: '1'
};
delete env.ORIGIN;
fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
fs.writeFileSync(path.join(root, 'test-results', `e2e-db-${dataset}.txt`), dbFile);
if (dataset === 'demo') {
	const result = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['src/lib/server/cli/main.ts', 'demo'], { cwd: root, env, stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}
Object.assign(process.env, env);
delete process.env.ORIGIN;
// The same server as `npm start` after its build check.
const { serve } = await import('./serve.mjs');
await serve();
