import { randomUUID } from 'node:crypto';
import type { Actor } from '../policy';
import { runImportAsync, type ImportInput, type ImportProgress, type ImportResult } from './apply';

/**
 * A web import runs as a job (runImportAsync checks in steps that give the event loop back, and a real
 * import writes in a worker thread), so the page can show its progress. Only the lead who started it
 * sees it, and only while they lead its team. Jobs live in memory: a restart forgets them (an
 * unfinished real import was one uncommitted transaction, so nothing of it was saved).
 */
export type ImportJob = {
	id: string;
	userId: number;
	teamId: number;
	dryRun: boolean;
	progress: ImportProgress | null;
	result: ImportResult | null;
	/** The import threw (a bug or a database error): nothing was saved. */
	failed: boolean;
	finishedAt: number | null;
};

/** A finished job's result stays viewable this long. */
const KEEP_MS = 60 * 60 * 1000;

const jobs = new Map<string, ImportJob>();

function prune(now = Date.now()): void {
	for (const [id, job] of jobs) if (job.finishedAt !== null && now - job.finishedAt > KEEP_MS) jobs.delete(id);
}

/** The actor's job still running, if any: one at a time per lead. */
export function runningImportOf(actor: Actor): ImportJob | null {
	for (const job of jobs.values()) if (job.userId === actor.id && job.finishedAt === null) return job;
	return null;
}

/** Starts the import and returns at once; `done` resolves when it has finished (tests wait on it). */
export function startImportJob(actor: Actor, teamId: number, input: ImportInput): { job: ImportJob; done: Promise<void> } {
	prune();
	const job: ImportJob = { id: randomUUID(), userId: actor.id, teamId, dryRun: input.dryRun, progress: null, result: null, failed: false, finishedAt: null };
	jobs.set(job.id, job);
	const done = runImportAsync(input, (progress) => (job.progress = progress))
		.then((result) => {
			job.result = result;
		})
		.catch((err) => {
			console.error('import job failed', err);
			job.failed = true;
		})
		.finally(() => {
			job.finishedAt = Date.now();
		});
	return { job, done };
}

/** The job if this actor started it and its team is among `ledTeamIds` (the teams they lead now); else null. */
export function importJobFor(actor: Actor, id: string, ledTeamIds: number[]): ImportJob | null {
	prune();
	const job = jobs.get(id);
	if (!job || job.userId !== actor.id || !ledTeamIds.includes(job.teamId)) return null;
	return job;
}
