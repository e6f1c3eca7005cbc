import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { isValidBusinessId } from '$lib/domain/business-id';
import { describeImportError, parseYesNo, validateEnrolments, validateEnrolmentsSteps, validatePlacements, VALIDATE_CHUNK } from '$lib/domain/import';
import { decodeCsv, detectDelimiter, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, parseImportFile } from '$lib/server/import/parse';

const TODAY = '2026-11-23';
const utf8 = (text: string) => new TextEncoder().encode(text);
const ENROLMENT_HEADER = 'client_ref,first_name,last_name,coach_email,referral_date,entry_date,out_of_work_at_referral,closed_date,closing_reason';

function enrolments(text: string) {
	const parsed = parseImportFile('enrolments.csv', utf8(text));
	return { parsed, validated: parsed.table ? validateEnrolments(parsed.table, TODAY) : null };
}

describe('header checks', () => {
	it('names unknown and missing columns with file and row 1', () => {
		const { parsed } = enrolments('client_ref,first_name,surname,coach_email\nA,B,C,d@e.fi\n');
		expect(parsed.table).toBeNull();
		expect(parsed.errors).toEqual(
			expect.arrayContaining([
				{ file: 'enrolments.csv', row: 1, column: 'surname', code: 'unknown-column' },
				{ file: 'enrolments.csv', row: 1, column: 'last_name', code: 'missing-column' },
				{ file: 'enrolments.csv', row: 1, column: 'referral_date', code: 'missing-column' }
			])
		);
	});
	it('accepts optional columns left out and header case/spaces', () => {
		const { parsed, validated } = enrolments('Client_Ref, First Name ,last_name,coach_email,referral_date\nA1,Aino,Malli,c@x.fi,1.2.2026\n');
		expect(parsed.errors).toEqual([]);
		expect(validated!.rows[0]).toMatchObject({ clientRef: 'A1', firstName: 'Aino', referralDate: '2026-02-01', outOfWorkAtReferral: true, entryDate: null });
	});
});

describe('row checks', () => {
	it('reports a bad date on row 57 with its column and value', () => {
		const rows = Array.from({ length: 60 }, (_, i) => `C${i},Aino,Malli,c@x.fi,${i === 55 ? '31.2.2024' : '1.2.2024'},,kyllä,,`);
		const { validated } = enrolments([ENROLMENT_HEADER, ...rows].join('\n'));
		expect(validated!.errors).toEqual([{ file: 'enrolments.csv', row: 57, column: 'referral_date', code: 'bad-date', value: '31.2.2024' }]);
		expect(describeImportError(validated!.errors[0])).toBe('enrolments.csv, row 57, column referral_date: not a date (use YYYY-MM-DD or d.m.yyyy) ("31.2.2024")');
	});
	it('counts blank lines in row numbers', () => {
		const { validated } = enrolments(`${ENROLMENT_HEADER}\nA,B,C,c@x.fi,2024-01-01,,,,\n\nD,E,F,c@x.fi,nope,,,,\n`);
		expect(validated!.errors[0]).toMatchObject({ row: 4, column: 'referral_date' });
	});
	it('checks codes, yes/no, date order, future dates and e-mail', () => {
		const { validated } = enrolments(
			`${ENROLMENT_HEADER}\nA,B,C,not-an-email,2024-05-01,2024-04-01,maybe,2099-01-01,fired\n`
		);
		const codes = validated!.errors.map((e) => `${e.column}:${e.code}`);
		expect(codes).toEqual(
			expect.arrayContaining(['coach_email:bad-email', 'entry_date:date-order', 'out_of_work_at_referral:bad-yes-no', 'closed_date:future-date', 'closing_reason:bad-code'])
		);
	});
	it('a re-used client_ref with another name is an error', () => {
		const { validated } = enrolments(`${ENROLMENT_HEADER}\nA,Aino,Malli,c@x.fi,2024-01-01,,,,\nA,Eero,Malli,c@x.fi,2025-01-01,,,,\n`);
		expect(validated!.errors).toEqual([{ file: 'enrolments.csv', row: 3, column: 'client_ref', code: 'conflicting-client', value: 'A' }]);
	});
	it('placements: started needs a start date, hours in range, business ID check digit', () => {
		const parsed = parseImportFile(
			'placements.csv',
			utf8('client_ref,employer_name,business_id,job_title,status,start_date,hours_per_week\nA,Oy,1234567-0,Job,started,,99\n')
		);
		const codes = validatePlacements(parsed.table!, TODAY).errors.map((e) => `${e.column}:${e.code}`);
		expect(codes).toEqual(['business_id:bad-business-id', 'start_date:required', 'hours_per_week:bad-number']);
	});
});

describe('files as Excel writes them', () => {
	it('reads Windows-1252 with semicolons', () => {
		const bytes = iconv.encode(`${ENROLMENT_HEADER.replaceAll(',', ';')}\r\nA1;Väinö;Hämäläinen;c@x.fi;1.2.2026;;kyllä;;\r\n`, 'win1252');
		expect(decodeCsv(bytes)).toContain('Väinö');
		const parsed = parseImportFile('enrolments.csv', bytes);
		const validated = validateEnrolments(parsed.table!, TODAY);
		expect(validated.rows[0]).toMatchObject({ firstName: 'Väinö', lastName: 'Hämäläinen' });
	});
	it('reads UTF-8 with a BOM and detects the delimiter', () => {
		expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
		expect(detectDelimiter('a,b,c')).toBe(',');
		const { validated } = enrolments(`\uFEFF${ENROLMENT_HEADER}\nA,Åsa,Öberg,c@x.fi,2026-01-01,,,,\n`);
		expect(validated!.rows[0].firstName).toBe('Åsa');
	});
	it('refuses an empty file', () => {
		expect(parseImportFile('enrolments.csv', utf8('')).errors).toEqual([{ file: 'enrolments.csv', row: null, column: null, code: 'empty-file' }]);
		expect(parseImportFile('enrolments.csv', utf8(' \r\n')).errors[0].code).toBe('empty-file');
	});
	it('refuses an oversize file by its size, and a 50 MB buffer does not crash', () => {
		expect(parseImportFile('placements.csv', null, 11 * 1024 * 1024).errors[0]).toMatchObject({ code: 'too-large', value: '11 MB' });
		const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
		expect(big.byteLength).toBeGreaterThan(MAX_IMPORT_BYTES);
		expect(parseImportFile('placements.csv', big).errors[0].code).toBe('too-large');
	});
	it(`refuses a file of more than ${MAX_IMPORT_ROWS} data rows as a whole; blank lines do not count`, () => {
		const rows = (n: number) => Array.from({ length: n }, (_, i) => `C${i},Aino,Malli,c@x.fi,1.2.2024,,,,`);
		const atCap = parseImportFile('enrolments.csv', utf8([ENROLMENT_HEADER, ...rows(MAX_IMPORT_ROWS), '', ''].join('\n')));
		expect(atCap.errors).toEqual([]);
		expect(atCap.table!.rows).toHaveLength(MAX_IMPORT_ROWS);
		const over = parseImportFile('enrolments.csv', utf8([ENROLMENT_HEADER, ...rows(MAX_IMPORT_ROWS + 1)].join('\n')));
		expect(over.table).toBeNull();
		expect(over.errors).toEqual([{ file: 'enrolments.csv', row: null, column: null, code: 'too-many-rows', value: String(MAX_IMPORT_ROWS + 1) }]);
		expect(describeImportError(over.errors[0])).toContain('more than 50 000 rows');
	});
	it('a large file parsed in pieces gives the rows of one parse (CRLF, quoted line breaks and quotes, blank lines)', () => {
		const lines = Array.from({ length: 12_000 }, (_, i) =>
			i % 500 === 3 ? '' : `C${i},"Aino ""A${i}""","Malli${i % 7 === 0 ? '\r\nrivi 2' : ''}",c@x.fi,1.2.2024,,kyllä,,`
		);
		const text = [ENROLMENT_HEADER, ...lines].join('\r\n') + '\r\n';
		expect(text.length).toBeGreaterThan(2 * 256 * 1024);
		const parsed = parseImportFile('enrolments.csv', utf8(text));
		const [, ...all] = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
		const expected = all.map((cells, i) => ({ cells, row: i + 2 })).filter((r) => r.cells.some((c) => c.trim() !== ''));
		expect(parsed.errors).toEqual([]);
		expect(parsed.table!.rows).toEqual(expected.map((r) => r.cells));
		expect(parsed.table!.rowNumbers).toEqual(expected.map((r) => r.row));
		expect(parsed.table!.rows[6]).toEqual(['C7', 'Aino "A7"', 'Malli\r\nrivi 2', 'c@x.fi', '1.2.2024', '', 'kyllä', '', '']);
	});
	it('a stray quote in a large file still gives the rows of one parse', () => {
		const lines = Array.from({ length: 9000 }, (_, i) => `C${i},Aino,${i === 10 ? 'Malli 5" näyttö' : 'Malli'},c@x.fi,1.2.2024,,,,`);
		const text = [ENROLMENT_HEADER, ...lines, 'C9000,"Aino\nrivi",Malli,c@x.fi,1.2.2024,,,,'].join('\n');
		expect(text.length).toBeGreaterThan(256 * 1024);
		const parsed = parseImportFile('enrolments.csv', utf8(text));
		const [, ...all] = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
		expect(parsed.table!.rows).toEqual(all);
		expect(parsed.table!.rows[10][2]).toBe('Malli 5" näyttö');
	});
	it('validation in steps reports progress and gives the same rows and errors as at once', () => {
		const lines = Array.from({ length: 2 * VALIDATE_CHUNK + 7 }, (_, i) => `C${i},Aino,Malli,c@x.fi,${i % 997 === 5 ? '31.2.2024' : '1.2.2024'},,kyllä,,`);
		const table = parseImportFile('enrolments.csv', utf8([ENROLMENT_HEADER, ...lines].join('\n'))).table!;
		const steps = validateEnrolmentsSteps(table, TODAY);
		const reported: number[] = [];
		let next = steps.next();
		while (!next.done) {
			reported.push(next.value);
			next = steps.next();
		}
		expect(reported).toEqual([VALIDATE_CHUNK, 2 * VALIDATE_CHUNK]);
		expect(next.value).toEqual(validateEnrolments(table, TODAY));
		expect(next.value.rows).toHaveLength(lines.length - 5);
		expect(next.value.errors.map((e) => e.row)).toEqual([7, 1004, 2001, 2998, 3995]);
	});
	it('flags rows with more fields than the header', () => {
		expect(parseImportFile('enrolments.csv', utf8(`${ENROLMENT_HEADER}\nA,B,C,c@x.fi,2026-01-01,,,,,extra\n`)).errors).toEqual([
			{ file: 'enrolments.csv', row: 2, column: null, code: 'extra-fields' }
		]);
	});
});

describe('codes', () => {
	it('yes/no variants and business IDs', () => {
		expect(['yes', 'Kyllä', 'TRUE', '1'].map(parseYesNo)).toEqual([true, true, true, true]);
		expect(['no', 'EI', 'false', '0'].map(parseYesNo)).toEqual([false, false, false, false]);
		expect(parseYesNo('maybe')).toBeNull();
		expect(isValidBusinessId('1618033-3')).toBe(true);
		expect(isValidBusinessId('1618033-4')).toBe(false);
	});
});
