import { describe, expect, it } from 'vitest';
import {
	checkHeader,
	columnsOf,
	describeImportError,
	normaliseHeader,
	parseYesNo,
	validateEmployerContacts,
	validateEmployerContactsSteps,
	validateEnrolments,
	validatePlacements,
	validatePlacementsSteps,
	VALIDATE_CHUNK,
	type ImportFileName,
	type ParsedTable
} from '$lib/domain/import';

const TODAY = '2026-06-15';

/** A parsed file: rows are objects by column, spreadsheet rows numbered from 2. */
function table(file: ImportFileName, rows: Record<string, string>[]): ParsedTable {
	const header = columnsOf(file);
	return { file, header, rows: rows.map((r) => header.map((c) => r[c] ?? '')), rowNumbers: rows.map((_, i) => i + 2) };
}
const codes = (errors: { column: string | null; code: string }[]) => errors.map((e) => `${e.column}:${e.code}`);

// Left alive in import.ts: normaliseHeader's /^\uFEFF/ anchor (a byte-order mark can only come first). Equivalent:
// the `?? ''` stand-in of a missing e-mail (the row is refused anyway) and the null guards of the date-order
// check (null compares false).
describe('import columns', () => {
	it('are written in the documented order', () => {
		expect(columnsOf('enrolments.csv')).toEqual(['client_ref', 'first_name', 'last_name', 'coach_email', 'referral_date', 'entry_date', 'out_of_work_at_referral', 'closed_date', 'closing_reason', 'birth_year', 'unemployment_months']);
		expect(columnsOf('employer_contacts.csv')).toEqual(['date', 'coach_email', 'employer_name', 'business_id', 'mode', 'client_ref', 'client_present', 'purpose']);
		expect(columnsOf('placements.csv')).toEqual([
			'client_ref',
			'employer_name',
			'business_id',
			'job_title',
			'job_type',
			'start_date',
			'end_date',
			'hours_per_week',
			'competitive',
			'wage_subsidy',
			'status',
			'end_reason'
		]);
	});

	it('headers are matched without byte-order mark, case or spaces', () => {
		expect(normaliseHeader('\uFEFF Client Ref ')).toBe('client_ref');
		expect(normaliseHeader('Out of  work at referral')).toBe('out_of_work_at_referral');
	});

	it('an empty header cell (a trailing comma) is no column; a second copy of a column is refused', () => {
		expect(checkHeader('placements.csv', ['client_ref', 'employer_name', 'job_title', 'status', ''])).toEqual([]);
		expect(checkHeader('placements.csv', ['client_ref', 'employer_name', 'job_title', 'status', 'status'])).toEqual([{ file: 'placements.csv', row: 1, column: 'status', code: 'duplicate-column' }]);
	});
});

describe('import error messages', () => {
	it('name file, row and column and quote the value, shortened', () => {
		expect(describeImportError({ file: 'placements.csv', row: 57, column: 'start_date', code: 'bad-date', value: '31.2.2024' })).toBe(
			'placements.csv, row 57, column start_date: not a date (use YYYY-MM-DD or d.m.yyyy) ("31.2.2024")'
		);
		expect(describeImportError({ file: null, row: null, column: null, code: 'no-files' })).toBe('import: no import files given');
		expect(describeImportError({ file: 'enrolments.csv', row: 2, column: 'first_name', code: 'required', value: '' })).toBe('enrolments.csv, row 2, column first_name: a value is required');
		expect(describeImportError({ file: 'enrolments.csv', row: 2, column: null, code: 'too-long', value: 'x'.repeat(70) })).toBe(`enrolments.csv, row 2: the text is too long ("${'x'.repeat(60)}")`);
	});

	it('yes and no in Finnish, Swedish and English, any case and spacing', () => {
		expect([' KYLLÄ ', 'k', 'Ja', 'TRUE', '1'].map(parseYesNo)).toEqual([true, true, true, true, true]);
		expect([' Ei ', 'Nej', 'false', '0'].map(parseYesNo)).toEqual([false, false, false, false]);
		expect(parseYesNo('maybe')).toBeNull();
	});
});

describe('enrolments.csv', () => {
	const row = { client_ref: 'A1', first_name: 'Anna', last_name: 'Aho', coach_email: 'Coach@Team.FI', referral_date: '2026-01-05' };

	it('reads a row, e-mail in lower case, out of work unless said otherwise', () => {
		const { rows, errors } = validateEnrolments(table('enrolments.csv', [{ ...row, entry_date: '12.1.2026', closed_date: TODAY, closing_reason: 'Employed' }]), TODAY);
		expect(errors).toEqual([]);
		expect(rows).toEqual([
			{ row: 2, clientRef: 'A1', firstName: 'Anna', lastName: 'Aho', coachEmail: 'coach@team.fi', referralDate: '2026-01-05', entryDate: '2026-01-12', outOfWorkAtReferral: true, closedDate: TODAY, closingReason: 'employed', birthYear: null, unemploymentMonths: null }
		]);
		expect(validateEnrolments(table('enrolments.csv', [{ ...row, out_of_work_at_referral: 'ei' }]), TODAY).rows[0].outOfWorkAtReferral).toBe(false);
	});

	it('trims the cells, and reads the cells missing at the end of a short row as empty', () => {
		const { rows, errors } = validateEnrolments(table('enrolments.csv', [{ ...row, first_name: '  Anna ', client_ref: ' A1' }]), TODAY);
		expect(errors).toEqual([]);
		expect(rows[0]).toMatchObject({ clientRef: 'A1', firstName: 'Anna' });
		const short: ParsedTable = { file: 'enrolments.csv', header: columnsOf('enrolments.csv'), rows: [['A1', 'Anna', 'Aho', 'coach@team.fi', '2026-01-05']], rowNumbers: [2] };
		expect(validateEnrolments(short, TODAY)).toMatchObject({ errors: [], rows: [{ entryDate: null, closedDate: null, closingReason: null, outOfWorkAtReferral: true }] });
	});

	it('requires reference, names, coach e-mail and referral date', () => {
		const { rows, errors } = validateEnrolments(table('enrolments.csv', [{}]), TODAY);
		expect(rows).toEqual([]);
		expect(codes(errors)).toEqual(['client_ref:required', 'first_name:required', 'last_name:required', 'coach_email:required', 'referral_date:required']);
	});

	it('dates must come in order: referral, entry, closing (closing after referral when there is no entry)', () => {
		const entryFirst = validateEnrolments(table('enrolments.csv', [{ ...row, entry_date: '2026-01-04' }]), TODAY).errors;
		expect(entryFirst).toEqual([{ file: 'enrolments.csv', row: 2, column: 'entry_date', code: 'date-order', value: '2026-01-04 < referral_date 2026-01-05' }]);
		expect(validateEnrolments(table('enrolments.csv', [{ ...row, entry_date: '2026-01-10', closed_date: '2026-01-09' }]), TODAY).errors).toEqual([
			{ file: 'enrolments.csv', row: 2, column: 'closed_date', code: 'date-order', value: '2026-01-09 < entry_date 2026-01-10' }
		]);
		expect(codes(validateEnrolments(table('enrolments.csv', [{ ...row, closed_date: '2026-01-04' }]), TODAY).errors)).toEqual(['closed_date:date-order']);
		expect(validateEnrolments(table('enrolments.csv', [{ ...row, entry_date: '2026-01-05', closed_date: '2026-01-05' }]), TODAY).errors).toEqual([]);
	});

	it('a date may be today, not later', () => {
		expect(validateEnrolments(table('enrolments.csv', [{ ...row, referral_date: TODAY }]), TODAY).errors).toEqual([]);
		expect(codes(validateEnrolments(table('enrolments.csv', [{ ...row, referral_date: '2026-06-16' }]), TODAY).errors)).toEqual(['referral_date:future-date']);
	});

	it('refuses a client reference over 100 characters and a malformed e-mail', () => {
		expect(validateEnrolments(table('enrolments.csv', [{ ...row, client_ref: 'x'.repeat(100) }]), TODAY).errors).toEqual([]);
		expect(codes(validateEnrolments(table('enrolments.csv', [{ ...row, client_ref: 'x'.repeat(101) }]), TODAY).errors)).toEqual(['client_ref:too-long']);
		for (const email of ['coach', 'coach@team', 'x@team.fi@y', '@x@team.fi', 'co ach@team.fi'])
			expect(codes(validateEnrolments(table('enrolments.csv', [{ ...row, coach_email: email }]), TODAY).errors), email).toEqual(['coach_email:bad-email']);
		expect(validateEnrolments(table('enrolments.csv', [{ ...row, coach_email: 'coach.one@team.example.fi' }]), TODAY).errors).toEqual([]);
	});

	it('the same client twice: fine when re-opened under the same name, refused with another name or the same referral', () => {
		const reopened = validateEnrolments(table('enrolments.csv', [row, { ...row, referral_date: '2026-03-01' }]), TODAY);
		expect(reopened.errors).toEqual([]);
		expect(reopened.rows).toHaveLength(2);
		const renamed = validateEnrolments(table('enrolments.csv', [row, { ...row, first_name: 'Anne', referral_date: '2026-03-01' }]), TODAY);
		expect(renamed.errors).toEqual([{ file: 'enrolments.csv', row: 3, column: 'client_ref', code: 'conflicting-client', value: 'A1' }]);
		const twice = validateEnrolments(table('enrolments.csv', [row, row]), TODAY);
		expect(twice.errors).toEqual([{ file: 'enrolments.csv', row: 3, column: 'referral_date', code: 'duplicate-row', value: '2026-01-05' }]);
		// A row missing a name is reported as such only.
		const noName = validateEnrolments(table('enrolments.csv', [row, { ...row, last_name: '' }]), TODAY);
		expect(codes(noName.errors)).toEqual(['last_name:required']);
		// Two rows of one client without a referral date: each is missing it, and the second repeats the first.
		const undated = validateEnrolments(table('enrolments.csv', [{ ...row, referral_date: '' }, { ...row, referral_date: '' }]), TODAY);
		expect(undated.errors.filter((e) => e.row === 3)).toEqual([
			{ file: 'enrolments.csv', row: 3, column: 'referral_date', code: 'required', value: undefined },
			{ file: 'enrolments.csv', row: 3, column: 'referral_date', code: 'duplicate-row', value: '' }
		]);
		const noFirstName = validateEnrolments(table('enrolments.csv', [row, { ...row, first_name: '' }]), TODAY);
		expect(codes(noFirstName.errors)).toEqual(['first_name:required']);
	});
});

describe('employer_contacts.csv', () => {
	const row = { date: '2026-06-01', coach_email: 'coach@team.fi', employer_name: 'Kahvila Kulma', mode: 'Face-to-face', purpose: 'introduction' };

	it('reads a row; business ID normalised, client not present unless said', () => {
		const { rows, errors } = validateEmployerContacts(table('employer_contacts.csv', [{ ...row, business_id: '737546-2', client_ref: 'A1' }, row]), TODAY);
		expect(errors).toEqual([]);
		expect(rows).toEqual([
			{ row: 2, date: '2026-06-01', coachEmail: 'coach@team.fi', employerName: 'Kahvila Kulma', businessId: '0737546-2', mode: 'face-to-face', clientRef: 'A1', clientPresent: false, purpose: 'introduction' },
			{ row: 3, date: '2026-06-01', coachEmail: 'coach@team.fi', employerName: 'Kahvila Kulma', businessId: null, mode: 'face-to-face', clientRef: null, clientPresent: false, purpose: 'introduction' }
		]);
		expect(validateEmployerContacts(table('employer_contacts.csv', [{ ...row, client_present: 'kyllä' }]), TODAY).rows[0].clientPresent).toBe(true);
	});

	it('reports its progress every 2000 rows', () => {
		const steps = validateEmployerContactsSteps(table('employer_contacts.csv', Array.from({ length: VALIDATE_CHUNK + 1 }, () => row)), TODAY);
		const progress: number[] = [];
		let next = steps.next();
		while (!next.done) {
			progress.push(next.value);
			next = steps.next();
		}
		expect(progress).toEqual([2000]);
		expect(next.value.rows).toHaveLength(2001);
	});

	it('requires date, coach, employer, mode and purpose, and refuses bad codes, IDs and yes/no', () => {
		expect(codes(validateEmployerContacts(table('employer_contacts.csv', [{}]), TODAY).errors)).toEqual([
			'date:required',
			'coach_email:required',
			'employer_name:required',
			'mode:required',
			'purpose:required'
		]);
		const bad = validateEmployerContacts(table('employer_contacts.csv', [{ ...row, business_id: '0737546-3', mode: 'telepathy', client_present: 'perhaps', purpose: 'lunch' }]), TODAY);
		expect(bad.rows).toEqual([]);
		expect(bad.errors).toEqual([
			{ file: 'employer_contacts.csv', row: 2, column: 'business_id', code: 'bad-business-id', value: '0737546-3' },
			{ file: 'employer_contacts.csv', row: 2, column: 'mode', code: 'bad-code', value: 'telepathy' },
			{ file: 'employer_contacts.csv', row: 2, column: 'client_present', code: 'bad-yes-no', value: 'perhaps' },
			{ file: 'employer_contacts.csv', row: 2, column: 'purpose', code: 'bad-code', value: 'lunch' }
		]);
	});
});

describe('placements.csv', () => {
	const row = { client_ref: 'A1', employer_name: 'Kahvila Kulma', job_title: 'Barista', status: 'started', start_date: '2026-03-01' };

	it('reads a row: competitive unless said otherwise, no wage subsidy unless said, hours with a decimal comma', () => {
		const { rows, errors } = validatePlacements(table('placements.csv', [{ ...row, job_type: 'part-time', hours_per_week: '37,5', wage_subsidy: 'yes' }]), TODAY);
		expect(errors).toEqual([]);
		expect(rows).toEqual([
			{
				row: 2,
				clientRef: 'A1',
				employerName: 'Kahvila Kulma',
				businessId: null,
				jobTitle: 'Barista',
				jobType: 'part-time',
				startDate: '2026-03-01',
				endDate: null,
				hoursPerWeek: 37.5,
				competitive: true,
				wageSubsidy: true,
				status: 'started',
				endReason: null
			}
		]);
		const plain = validatePlacements(table('placements.csv', [{ ...row, competitive: 'no' }]), TODAY).rows[0];
		expect(plain).toMatchObject({ competitive: false, wageSubsidy: false, hoursPerWeek: null, jobType: null });
	});

	it('requires client, employer, title and status; a started job its start, an ended one its end too', () => {
		expect(codes(validatePlacements(table('placements.csv', [{}]), TODAY).errors)).toEqual(['client_ref:required', 'employer_name:required', 'job_title:required', 'status:required']);
		expect(codes(validatePlacements(table('placements.csv', [{ ...row, start_date: '' }]), TODAY).errors)).toEqual(['start_date:required']);
		expect(codes(validatePlacements(table('placements.csv', [{ ...row, status: 'ended', start_date: '' }]), TODAY).errors)).toEqual(['start_date:required', 'end_date:required']);
		expect(validatePlacements(table('placements.csv', [{ ...row, status: 'agreed', start_date: '' }]), TODAY).errors).toEqual([]);
	});

	it('an ended job: end on or after start, a known end reason', () => {
		const ended = { ...row, status: 'ended', end_date: '2026-03-01', end_reason: 'better-job' };
		expect(validatePlacements(table('placements.csv', [ended]), TODAY).rows[0]).toMatchObject({ endDate: '2026-03-01', endReason: 'better-job' });
		expect(validatePlacements(table('placements.csv', [{ ...ended, end_date: '2026-02-28' }]), TODAY).errors).toEqual([
			{ file: 'placements.csv', row: 2, column: 'end_date', code: 'date-order', value: '2026-02-28 < start_date 2026-03-01' }
		]);
		expect(codes(validatePlacements(table('placements.csv', [{ ...ended, end_reason: 'bored' }]), TODAY).errors)).toEqual(['end_reason:bad-code']);
	});

	it('hours per week 0–80', () => {
		for (const hours of ['0', '80', '12.5']) expect(validatePlacements(table('placements.csv', [{ ...row, hours_per_week: hours }]), TODAY).errors, hours).toEqual([]);
		for (const hours of ['-1', '80.5', 'lots', 'Infinity'])
			expect(codes(validatePlacements(table('placements.csv', [{ ...row, hours_per_week: hours }]), TODAY).errors), hours).toEqual(['hours_per_week:bad-number']);
	});

	it('reports its progress every 2000 rows', () => {
		const rows = Array.from({ length: 2 * VALIDATE_CHUNK + 1 }, () => row);
		const steps = validatePlacementsSteps(table('placements.csv', rows), TODAY);
		const progress: number[] = [];
		let next = steps.next();
		while (!next.done) {
			progress.push(next.value);
			next = steps.next();
		}
		expect(progress).toEqual([2000, 4000]);
		expect(next.value.rows).toHaveLength(4001);
		expect(next.value.rows[4000].row).toBe(4002);
	});
});
