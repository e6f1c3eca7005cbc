import { reader, runSteps, VALIDATE_CHUNK, type FeedbackRow, type ImportError, type ParsedTable, type Validated, type ValidationSteps } from './import';
import { RECOMMEND_MAX, RECOMMEND_MIN, SATISFACTION_MAX, SATISFACTION_MIN } from './client-feedback';

// feedback.csv of the import (docs/domain/team-report.md#client-feedback), in its own module to keep import.ts small.

/** feedback.csv: satisfaction 4–10 (school grade) and recommend 0–10, both required whole numbers. */
export function* validateFeedbackSteps(table: ParsedTable, today: string): ValidationSteps<FeedbackRow> {
	const rows: FeedbackRow[] = [];
	const errors: ImportError[] = [];
	for (let i = 0; i < table.rows.length; i++) {
		if (i > 0 && i % VALIDATE_CHUNK === 0) yield i;
		const r = reader(table, i, today);
		const clientRef = r.text('client_ref', true, 100);
		const date = r.date('date', true);
		const satisfaction = r.integer('satisfaction', SATISFACTION_MIN, SATISFACTION_MAX, true);
		const recommend = r.integer('recommend', RECOMMEND_MIN, RECOMMEND_MAX, true);
		if (r.errors.length) errors.push(...r.errors);
		else rows.push({ row: r.row, clientRef: clientRef!, date: date!, satisfaction: satisfaction!, recommend: recommend! });
	}
	return { rows, errors };
}

export function validateFeedback(table: ParsedTable, today: string): Validated<FeedbackRow> {
	return runSteps(validateFeedbackSteps(table, today));
}
