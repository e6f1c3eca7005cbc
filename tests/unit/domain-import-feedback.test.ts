import { describe, expect, it } from 'vitest';
import { checkHeader, columnsOf, validateEnrolments, type ImportFileName, type ParsedTable } from '$lib/domain/import';
import { validateFeedback } from '$lib/domain/import-feedback';

const TODAY = '2026-06-15';

function table(file: ImportFileName, rows: Record<string, string>[]): ParsedTable {
	const header = columnsOf(file);
	return { file, header, rows: rows.map((r) => header.map((c) => r[c] ?? '')), rowNumbers: rows.map((_, i) => i + 2) };
}
const codes = (errors: { row: number | null; column: string | null; code: string }[]) => errors.map((e) => `${e.row}:${e.column}:${e.code}`);

describe('feedback.csv', () => {
	it('has client_ref, date, satisfaction, recommend, all required', () => {
		expect(columnsOf('feedback.csv')).toEqual(['client_ref', 'date', 'satisfaction', 'recommend']);
		expect(codes(checkHeader('feedback.csv', ['client_ref', 'date']))).toEqual(['1:satisfaction:missing-column', '1:recommend:missing-column']);
	});
	it('accepts the range edges and Finnish dates', () => {
		const result = validateFeedback(
			table('feedback.csv', [
				{ client_ref: 'A', date: '1.2.2026', satisfaction: '4', recommend: '0' },
				{ client_ref: 'B', date: '2026-06-15', satisfaction: '10', recommend: '10' }
			]),
			TODAY
		);
		expect(result.errors).toEqual([]);
		expect(result.rows).toEqual([
			{ row: 2, clientRef: 'A', date: '2026-02-01', satisfaction: 4, recommend: 0 },
			{ row: 3, clientRef: 'B', date: '2026-06-15', satisfaction: 10, recommend: 10 }
		]);
	});
	it('names the row and column of every bad value', () => {
		const result = validateFeedback(
			table('feedback.csv', [
				{ client_ref: 'A', date: '1.2.2026', satisfaction: '3', recommend: '11' },
				{ client_ref: '', date: '1.7.2026', satisfaction: '8,5', recommend: '-1' },
				{ client_ref: 'C', date: 'eilen', satisfaction: '', recommend: 'x' }
			]),
			TODAY
		);
		expect(result.rows).toEqual([]);
		expect(codes(result.errors)).toEqual([
			'2:satisfaction:bad-number',
			'2:recommend:bad-number',
			'3:client_ref:required',
			'3:date:future-date',
			'3:satisfaction:bad-number',
			'3:recommend:bad-number',
			'4:date:bad-date',
			'4:satisfaction:required',
			'4:recommend:bad-number'
		]);
	});
});

describe('enrolments.csv birth_year and unemployment_months', () => {
	const base = { client_ref: 'A', first_name: 'Aino', last_name: 'A', coach_email: 'c@example.fi', referral_date: '1.1.2026' };
	it('are optional; blank means not given', () => {
		const result = validateEnrolments(table('enrolments.csv', [base]), TODAY);
		expect(result.rows[0]).toMatchObject({ birthYear: null, unemploymentMonths: null });
	});
	it('accept 100 to 15 years back and 0–600 months', () => {
		const result = validateEnrolments(
			table('enrolments.csv', [
				{ ...base, birth_year: '1926', unemployment_months: '0' },
				{ ...base, client_ref: 'B', birth_year: '2011', unemployment_months: '600' }
			]),
			TODAY
		);
		expect(result.errors).toEqual([]);
		expect(result.rows.map((r) => [r.birthYear, r.unemploymentMonths])).toEqual([
			[1926, 0],
			[2011, 600]
		]);
	});
	it('refuse values out of range or not whole numbers, with the row number', () => {
		const result = validateEnrolments(
			table('enrolments.csv', [
				{ ...base, birth_year: '1925', unemployment_months: '601' },
				{ ...base, client_ref: 'B', birth_year: '2012', unemployment_months: '2.5' },
				{ ...base, client_ref: 'C', birth_year: '88', unemployment_months: '-1' }
			]),
			TODAY
		);
		expect(result.rows).toEqual([]);
		expect(codes(result.errors)).toEqual([
			'2:birth_year:bad-number',
			'2:unemployment_months:bad-number',
			'3:birth_year:bad-number',
			'3:unemployment_months:bad-number',
			'4:birth_year:bad-number',
			'4:unemployment_months:bad-number'
		]);
	});
});
