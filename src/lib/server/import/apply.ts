import { getDb } from '../db';
import { currentIp } from '../request-context';
import {
	IMPORT_FILES,
	type ImportError,
	type ImportFileName,
	type ParsedTable,
	type ValidationSteps,
	runSteps,
	validateEmployerContactsSteps,
	validateEnrolmentsSteps,
	validatePlacementsSteps
} from '$lib/domain/import';
import { validateFeedbackSteps } from '$lib/domain/import-feedback';
import { parseImportFile } from './parse';
import { checkAgainstDatabase } from './checks';
import { writeImport } from './write';
import { commitImport } from './commit';
import { commitInWorker } from './write-worker';
import type { ImportInput, ImportProgress, ImportResult, Plan, ValidRows } from './types';

export type { FileCounts, ImportInput, ImportProgress, ImportResult } from './types';

/**
 * Validates the files and, unless it is a dry run, writes them in one transaction: all rows or none.
 * Re-importing the same rows finds them by their import reference and updates them instead of adding.
 * Runs to the end at once on this thread (the CLI); the web form uses runImportAsync.
 */
export function runImport(input: ImportInput): ImportResult {
	const result = emptyResult(input);
	const plan = runSteps(checkSteps(input, result));
	if (plan && input.dryRun) runSteps(countSteps(input, plan, result));
	else if (plan) commitImport(input, validRows(plan), result, currentIp());
	return result;
}

/**
 * The same import for the web form, giving the event loop back between steps (setImmediate): parsing
 * is one step per file (at most 10 MB), validation 2 000 rows a step, a dry run's counting 1 000 rows
 * a step. A real import's write is one transaction (all or nothing, docs/architecture.md#exports-and-imports)
 * and runs in a worker thread on its own connection (write-worker.ts, docs/decisions/0008), which
 * reports its progress every 1 000 rows.
 */
export async function runImportAsync(input: ImportInput, onProgress: (progress: ImportProgress) => void = () => {}): Promise<ImportResult> {
	const result = emptyResult(input);
	const plan = await stepped(checkSteps(input, result), onProgress);
	if (!plan) return result;
	if (input.dryRun) {
		await stepped(countSteps(input, plan, result), onProgress);
		return result;
	}
	const { files: _files, parsed: _parsed, ...commitInput } = input;
	return commitInWorker({ input: commitInput, rows: validRows(plan), result, ip: currentIp() }, onProgress);
}

const validRows = ({ enrolmentRows, contactRows, placementRows, feedbackRows }: Plan): ValidRows => ({ enrolmentRows, contactRows, placementRows, feedbackRows });

async function stepped<T>(steps: Generator<ImportProgress, T, void>, onProgress: (progress: ImportProgress) => void): Promise<T> {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
		onProgress(next.value);
		await yieldToEventLoop();
	}
}

function emptyResult(input: ImportInput): ImportResult {
	return { ok: false, dryRun: input.dryRun, errors: [], counts: {}, teamId: null, teamCreated: false, coachesCreated: [], employersCreated: 0 };
}

/** Parse, validate each file, check against the database: the plan (with the valid rows), or null with the errors in `result`. */
function* checkSteps(input: ImportInput, result: ImportResult): Generator<ImportProgress, Plan | null, void> {
	const given = IMPORT_FILES.filter((f) => input.files[f] || input.parsed?.[f]);
	if (given.length === 0) {
		result.errors.push({ file: null, row: null, column: null, code: 'no-files' });
		return null;
	}
	const tables: Partial<Record<ImportFileName, ParsedTable | null>> = {};
	for (const file of given) {
		const parsed = input.parsed?.[file] ?? parseImportFile(file, input.files[file]!.bytes, input.files[file]!.size);
		result.errors.push(...parsed.errors);
		tables[file] = parsed.table;
	}
	const rows = yield* validateFiles(tables, input.today, result);
	// A real import checks again inside its transaction (commit.ts); this check reports every error at once.
	const plan = checkAgainstDatabase(getDb(), input, rows, result);
	return result.errors.length ? null : plan;
}

/** A dry run writes nothing: it counts what the import would do on what is stored now. */
function* countSteps(input: ImportInput, plan: Plan, result: ImportResult): Generator<ImportProgress, void, void> {
	const total = plan.enrolmentRows.length + plan.contactRows.length + plan.placementRows.length + plan.feedbackRows.length;
	for (const done of writeImport(getDb(), true, input, result, plan)) yield { phase: 'write', done, total };
	result.ok = true;
}

/** Validates every file's rows, reporting progress over all files' rows together. */
function* validateFiles(tables: Partial<Record<ImportFileName, ParsedTable | null>>, today: string, result: ImportResult): Generator<ImportProgress, ValidRows, void> {
	const total = IMPORT_FILES.reduce((sum, f) => sum + (tables[f]?.rows.length ?? 0), 0);
	let offset = 0;
	function* validate<T>(table: ParsedTable | null | undefined, steps: (t: ParsedTable, today: string) => ValidationSteps<T>): Generator<ImportProgress, T[], void> {
		if (!table) return [];
		const run = steps(table, today);
		for (;;) {
			const next = run.next();
			if (next.done) {
				offset += table.rows.length;
				return collect(result, next.value);
			}
			yield { phase: 'validate', done: offset + next.value, total };
		}
	}
	const enrolmentRows = yield* validate(tables['enrolments.csv'], validateEnrolmentsSteps);
	const contactRows = yield* validate(tables['employer_contacts.csv'], validateEmployerContactsSteps);
	const placementRows = yield* validate(tables['placements.csv'], validatePlacementsSteps);
	const feedbackRows = yield* validate(tables['feedback.csv'], validateFeedbackSteps);
	yield { phase: 'validate', done: total, total };
	return { enrolmentRows, contactRows, placementRows, feedbackRows };
}

function yieldToEventLoop(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}

function collect<T>(result: ImportResult, validated: { rows: T[]; errors: ImportError[] }): T[] {
	result.errors.push(...validated.errors);
	return validated.rows;
}
