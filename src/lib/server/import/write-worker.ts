import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { closeDb } from '../db';
import { asLongWrite } from '../db/long-write';
import { commitImport } from './commit';
import type { CommitInput, ImportProgress, ImportResult, ValidRows } from './types';

/**
 * A real import's write runs in a worker thread on the worker's own SQLite connection
 * (docs/decisions/0008-import-write-in-a-worker.md). The write is one transaction (all or nothing)
 * and takes seconds for a large file; on the server's one connection it held the event loop that
 * long, and it cannot be split into steps there: a transaction left open across steps would take in
 * the writes of every other request. In the worker, WAL lets the server's connection go on reading;
 * while the worker holds the write lock, this process's own writes wait for it without holding the
 * event loop (db/long-write.ts).
 *
 * This module is both sides: the server calls `commitInWorker`; the worker runs this same module
 * (the built server chunk, or the TypeScript source through tsx in development and tests) and
 * commits when it finds its task in `workerData`.
 */
type Task = { kind: 'polku-import-commit'; input: CommitInput; rows: ValidRows; result: ImportResult; ip: string | null };
type Reply = { progress: ImportProgress } | { result: ImportResult } | { error: string };

/** One real import writes at a time: a second would only wait on SQLite's write lock and could time out. */
let queue: Promise<unknown> = Promise.resolve();

export function commitInWorker(task: Omit<Task, 'kind'>, onProgress: (progress: ImportProgress) => void = () => {}): Promise<ImportResult> {
	const run = queue.then(() => asLongWrite(() => runWorker({ kind: 'polku-import-commit', ...task }, onProgress)));
	queue = run.catch(() => {});
	return run;
}

function runWorker(task: Task, onProgress: (progress: ImportProgress) => void): Promise<ImportResult> {
	const self = import.meta.url;
	// Development and tests run the TypeScript source: the worker loads it through tsx (which also
	// resolves $lib); the built server runs its own compiled chunk.
	const worker = self.endsWith('.ts')
		? new Worker(`import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(self)}, ${JSON.stringify(self)}))`, { eval: true, workerData: task })
		: new Worker(new URL(self), { workerData: task });
	return new Promise((resolve, reject) => {
		let settled = false;
		worker.on('message', (reply: Reply) => {
			if ('progress' in reply) return onProgress(reply.progress);
			settled = true;
			// Ends the thread even if a module it loaded left a timer behind.
			void worker.terminate();
			if ('result' in reply) resolve(reply.result);
			else reject(new Error(`import write failed, nothing saved: ${reply.error}`));
		});
		worker.on('error', (err) => {
			settled = true;
			reject(err);
		});
		worker.on('exit', (code) => {
			if (!settled) reject(new Error(`import worker exited with code ${code} before answering, nothing saved`));
		});
	});
}

/** The worker's side: commit, close the connection, answer (the server then ends the thread). */
function serve(task: Task): void {
	const port = parentPort!;
	let reply: Reply;
	try {
		commitImport(task.input, task.rows, task.result, task.ip, (progress) => port.postMessage({ progress } satisfies Reply));
		reply = { result: task.result };
	} catch (err) {
		reply = { error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
	}
	try {
		closeDb();
	} catch {
		// The answer stands: after a commit the rows are saved whatever closing says.
	}
	port.postMessage(reply);
}

if (!isMainThread && (workerData as Task | null)?.kind === 'polku-import-commit') serve(workerData as Task);
