#!/usr/bin/env node
// Serves the existing build (build/index.js). With POLKU_WORKERS=N (N > 1) it runs N server
// processes sharing the port (node:cluster), so a multi-core machine answers in parallel.
// The first worker starts alone — it migrates the database and creates the environment admin —
// and the others follow once it listens. Scheduled backups run in the first worker only.
import cluster from 'node:cluster';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

// V8 lets the heap grow to up to four times what survived the last full collection before it
// collects again; under load that was 120–160 MB of garbage around a ~25 MB live heap. Growing by
// half (POLKU_HEAP_GROWING_PERCENT, 0 = V8's own choice) keeps the heap smaller; unlike a heap cap,
// large imports and exports still get all the memory they need. Set before the build is imported.
const heapGrowingPercent = Math.max(0, Math.floor(Number(process.env.POLKU_HEAP_GROWING_PERCENT ?? 50)) || 0);
if (heapGrowingPercent > 0) v8.setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const workers = Math.max(1, Math.floor(Number(process.env.POLKU_WORKERS || 1)) || 1);

export async function serve() {
	if (workers === 1 || cluster.isWorker) {
		await import(path.join(root, 'build', 'index.js'));
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
