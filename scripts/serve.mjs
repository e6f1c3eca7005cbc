#!/usr/bin/env node
// Serves the existing build (build/index.js). With POLKU_WORKERS=N (N > 1) it runs N server
// processes sharing the port (node:cluster), so a multi-core machine answers in parallel.
// The first worker starts alone — it migrates the database and creates the environment admin —
// and the others follow once it listens. Scheduled backups run in the first worker only.
import cluster from 'node:cluster';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { LOCAL_HOST_HEADER, LOCAL_PROTOCOL_HEADER, applyOrigin, isCrossSiteFormPost, originSettings, refusalLocale, refusalPage } from './origin.mjs';

// V8 lets the heap grow to up to four times what survived the last full collection before it
// collects again; under load that was 120–160 MB of garbage around a ~25 MB live heap. Growing by
// half (POLKU_HEAP_GROWING_PERCENT, 0 = V8's own choice) keeps the heap smaller; unlike a heap cap,
// large imports and exports still get all the memory they need. Set before the build is imported.
const heapGrowingPercent = Math.max(0, Math.floor(Number(process.env.POLKU_HEAP_GROWING_PERCENT ?? 50)) || 0);
if (heapGrowingPercent > 0) v8.setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const workers = Math.max(1, Math.floor(Number(process.env.POLKU_WORKERS || 1)) || 1);

/**
 * One server process: adapter-node's request handler behind a plain http server that first settles
 * the request's origin (scripts/origin.mjs), so a plain `npm start` accepts forms from its own URL.
 */
async function listen() {
	const settings = originSettings(process.env);
	if (settings.mode === 'local') {
		// Read by adapter-node when its handler is imported; set per request by applyOrigin.
		process.env.PROTOCOL_HEADER = LOCAL_PROTOCOL_HEADER;
		process.env.HOST_HEADER = LOCAL_HOST_HEADER;
	}
	const { handler } = await import(path.join(root, 'build', 'handler.js'));
	const server = http.createServer((req, res) => {
		const appOrigin = applyOrigin(req.headers, settings);
		if (isCrossSiteFormPost(req.method, req.headers, appOrigin)) {
			// SvelteKit would refuse it too, with a bare text line; say why and what to set.
			req.resume();
			res.writeHead(403, {
				'content-type': 'text/html; charset=utf-8',
				'cache-control': 'no-store',
				'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
				'x-content-type-options': 'nosniff'
			});
			res.end(refusalPage(refusalLocale(req.headers), req.headers.origin, appOrigin));
			return;
		}
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	const host = process.env.HOST || '0.0.0.0';
	const port = Number(process.env.PORT || 3000);
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(undefined));
	});
	let closing = false;
	const shutdown = () => {
		if (closing) return;
		closing = true;
		server.close(() => {
			// Lets the app finish its own work (adapter-node's contract for hooks).
			process.emit(/** @type {any} */ ('sveltekit:shutdown'), 'SIGTERM');
			process.exit(0);
		});
		server.closeIdleConnections();
		setTimeout(() => process.exit(0), 5000).unref();
	};
	process.on('SIGTERM', shutdown);
	process.on('SIGINT', shutdown);
}

export async function serve() {
	if (workers === 1 || cluster.isWorker) {
		await listen();
		return;
	}
	let stopping = false;
	// Workers run this file, which imports the build (start.mjs's build check stays in the primary).
	cluster.setupPrimary({ exec: fileURLToPath(import.meta.url) });
	const indexOf = new Map();
	const fork = (index) => {
		const worker = cluster.fork({ POLKU_WORKER_INDEX: String(index) });
		indexOf.set(worker.id, index);
		return worker;
	};
	const listening = new Promise((resolve, reject) => {
		const first = fork(1);
		first.once('listening', () => {
			for (let i = 2; i <= workers; i++) fork(i);
			resolve(undefined);
		});
		first.once('exit', (code) => reject(new Error(`the first server process exited (code ${code})`)));
	});
	cluster.on('exit', (worker, code, signal) => {
		const index = indexOf.get(worker.id);
		indexOf.delete(worker.id);
		if (stopping || code === 0) return;
		console.error(`Server process ${worker.process.pid} ended (${signal ?? code}); starting a new one.`);
		fork(index);
	});
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.on(signal, () => {
			stopping = true;
			for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
			setTimeout(() => process.exit(0), 5000).unref();
			cluster.on('exit', () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
		});
	}
	await listening;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await serve();
}
