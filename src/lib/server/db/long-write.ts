/**
 * A long write on another connection of this process: a real import commits in a worker thread and
 * holds SQLite's one write lock for seconds (docs/decisions/0008-import-write-in-a-worker.md).
 * better-sqlite3 is synchronous, so a write on the server's connection meanwhile would wait inside
 * SQLite's busy handler with the event loop held (up to busy_timeout, then fail with SQLITE_BUSY).
 * Instead, while one runs: form posts wait for it asynchronously before they start (hooks.server.ts),
 * the audit rows of reads are kept and written as soon as it ends (audit.ts), and a session's sliding
 * expiry is not moved (auth/session.ts). Reads need no lock (WAL) and go on as usual.
 */
let running: Promise<unknown> | null = null;

export function longWriteRunning(): boolean {
	return running !== null;
}

/** Resolves when no long write runs (at once if none does). */
export async function longWriteDone(): Promise<void> {
	while (running) await running.catch(() => {});
}

/** Marks `work` as the long write while it runs; one at a time (the caller queues). */
export function asLongWrite<T>(work: () => Promise<T>): Promise<T> {
	const run = work();
	const marker = run.finally(() => {
		if (running === marker) running = null;
	});
	running = marker;
	marker.catch(() => {});
	return run;
}
