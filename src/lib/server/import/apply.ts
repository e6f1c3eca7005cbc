import { getDb } from '../db';
import { audit } from '../audit';
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
import type { ImportInput, ImportProgress, ImportResult, ValidRows } from './types';

export type { FileCounts, ImportInput, ImportProgress, ImportResult } from './types';

/**
 * Validates the files and, unless it is a dry run, writes them in one transaction: all rows or none.
 * Re-importing the same rows finds them by their import reference and updates them instead of adding.
 * Runs to the end at once (the CLI); the web form uses runImportAsync.
 */
export function runImport(input: ImportInput): ImportResult {
	return runSteps(importSteps(input));
}

/**
 * The same import in steps, giving the event loop back between them (setImmediate): parsing is one
 * step per file (at most 10 MB), validation 2 000 rows a step, a dry run's counting 1 000 rows a step.
 * The writes of a real import stay one transaction (all or nothing, docs/architecture.md#exports-and-imports):
 * on the one connection a transaction cannot be left open while other requests run.
 */
export async function runImportAsync(input: ImportInput, onProgress: (progress: ImportProgress) => void = () => {}): Promise<ImportResult> {
	const steps = importSteps(input);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
		onProgress(next.value);
		await yieldToEventLoop();
	}
}

/** Parse, validate each file, check against the database, then write (or count, in a dry run). */
function* importSteps(input: ImportInput): Generator<ImportProgress, ImportResult, void> {
	const result: ImportResult = { ok: false, dryRun: input.dryRun, errors: [], counts: {}, teamId: null, teamCreated: false, coachesCreated: [], employersCreated: 0 };
	const given = IMPORT_FILES.filter((f) => input.files[f] || input.parsed?.[f]);
	if (given.length === 0) {
		result.errors.push({ file: null, row: null, column: null, code: 'no-files' });
		return result;
	}
	const tables: Partial<Record<ImportFileName, ParsedTable | null>> = {};
	for (const file of given) {
		const parsed = input.parsed?.[file] ?? parseImportFile(file, input.files[file]!.bytes, input.files[file]!.size);
		result.errors.push(...parsed.errors);
		tables[file] = parsed.table;
	}
	const rows = yield* validateFiles(tables, input.today, result);
	const db = getDb();
	const plan = checkAgainstDatabase(db, input, rows, result);
	if (result.errors.length) return result;
	if (input.dryRun) {
		// A dry run writes nothing: it counts what the import would do on what is stored now.
		const total = rows.enrolmentRows.length + rows.contactRows.length + rows.placementRows.length + rows.feedbackRows.length;
		for (const done of writeImport(db, true, input, result, plan)) yield { phase: 'write', done, total };
		result.ok = true;
	} else {
		db.transaction((tx) => {
			runSteps(writeImport(tx, false, input, result, plan));
			result.ok = true;
			logImport(input, result);
		});
	}
	return result;
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

/** The import's audit row, written in its transaction: what was imported into which team. */
function logImport(input: ImportInput, result: ImportResult): void {
	audit({
		actor: input.actor,
		action: 'create',
		entity: 'import',
		teamId: result.teamId,
		view: 'outcomes/import',
		details: JSON.stringify({ counts: result.counts, coachesCreated: result.coachesCreated.length, teamCreated: result.teamCreated })
	});
}

function yieldToEventLoop(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}

function collect<T>(result: ImportResult, validated: { rows: T[]; errors: ImportError[] }): T[] {
	result.errors.push(...validated.errors);
	return validated.rows;
}
