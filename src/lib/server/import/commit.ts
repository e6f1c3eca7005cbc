import { getDb } from '../db';
import { audit } from '../audit';
import { checkAgainstDatabase } from './checks';
import { writeImport } from './write';
import type { CommitInput, ImportProgress, ImportResult, ValidRows } from './types';

/**
 * A real import's write: the checks against the database and every write in one `BEGIN IMMEDIATE`
 * transaction on this thread's connection, with the import's audit row. All rows or none: anything
 * thrown rolls the whole of it back. The checks are repeated inside the transaction, so what is
 * written was checked against what is stored at that moment. Run by the CLI on its own connection and
 * by the import worker (write-worker.ts) on the worker's; `onProgress` every 1 000 rows written.
 */
export function commitImport(input: CommitInput, rows: ValidRows, result: ImportResult, ip: string | null, onProgress: (progress: ImportProgress) => void = () => {}): void {
	const db = getDb();
	db.transaction(
		(tx) => {
			const plan = checkAgainstDatabase(db, input, rows, result);
			if (result.errors.length) return;
			const total = rows.enrolmentRows.length + rows.contactRows.length + rows.placementRows.length;
			for (const done of writeImport(tx, false, input, result, plan)) onProgress({ phase: 'write', done, total });
			logImport(input, result, ip);
			result.ok = true;
		},
		{ behavior: 'immediate' }
	);
}

/** The import's audit row, written in its transaction: what was imported into which team. */
function logImport(input: CommitInput, result: ImportResult, ip: string | null): void {
	audit({
		actor: input.actor,
		action: 'create',
		entity: 'import',
		teamId: result.teamId,
		view: 'outcomes/import',
		ip,
		details: JSON.stringify({ counts: result.counts, coachesCreated: result.coachesCreated.length, teamCreated: result.teamCreated })
	});
}
