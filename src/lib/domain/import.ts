/**
 * The import format for a team's existing spreadsheets (issue #7, codes in docs/domain/codes.md): column
 * lists, and validation of parsed rows into typed records with errors naming file, row and column.
 * Pure: the CSV text is parsed elsewhere; database look-ups (coaches, existing clients) come after.
 */
import { parseDate } from './dates';
import { CLOSING_REASONS, CONTACT_MODES, EMPLOYER_CONTACT_PURPOSES, END_REASONS, PLACEMENT_STATUSES } from './vocabularies';
import { isValidBusinessId, normaliseBusinessId } from './business-id';

export const IMPORT_FILES = ['enrolments.csv', 'employer_contacts.csv', 'placements.csv', 'feedback.csv'] as const;
export type ImportFileName = (typeof IMPORT_FILES)[number];

export const IMPORT_COLUMNS: Record<ImportFileName, { required: readonly string[]; optional: readonly string[] }> = {
	'enrolments.csv': {
		required: ['client_ref', 'first_name', 'last_name', 'coach_email', 'referral_date'],
		optional: ['entry_date', 'out_of_work_at_referral', 'closed_date', 'closing_reason', 'birth_year', 'unemployment_months']
	},
	'employer_contacts.csv': {
		required: ['date', 'coach_email', 'employer_name', 'mode', 'purpose'],
		optional: ['business_id', 'client_ref', 'client_present']
	},
	'placements.csv': {
		required: ['client_ref', 'employer_name', 'job_title', 'status'],
		optional: ['business_id', 'job_type', 'start_date', 'end_date', 'hours_per_week', 'competitive', 'wage_subsidy', 'end_reason']
	},
	// Client feedback from earlier surveys (docs/domain/team-report.md#client-feedback).
	'feedback.csv': {
		required: ['client_ref', 'date', 'satisfaction', 'recommend'],
		optional: []
	}
};

/** In the order the files are documented (and written in the templates). */
export function columnsOf(file: ImportFileName): string[] {
	const order: Record<ImportFileName, string[]> = {
		'enrolments.csv': ['client_ref', 'first_name', 'last_name', 'coach_email', 'referral_date', 'entry_date', 'out_of_work_at_referral', 'closed_date', 'closing_reason', 'birth_year', 'unemployment_months'],
		'employer_contacts.csv': ['date', 'coach_email', 'employer_name', 'business_id', 'mode', 'client_ref', 'client_present', 'purpose'],
		'placements.csv': ['client_ref', 'employer_name', 'business_id', 'job_title', 'job_type', 'start_date', 'end_date', 'hours_per_week', 'competitive', 'wage_subsidy', 'status', 'end_reason'],
		'feedback.csv': ['client_ref', 'date', 'satisfaction', 'recommend']
	};
	return order[file];
}

export type ImportErrorCode =
	| 'too-large'
	| 'too-many-rows'
	| 'empty-file'
	| 'csv-syntax'
	| 'unknown-file'
	| 'unknown-column'
	| 'missing-column'
	| 'duplicate-column'
	| 'extra-fields'
	| 'required'
	| 'bad-date'
	| 'future-date'
	| 'date-order'
	| 'bad-yes-no'
	| 'bad-code'
	| 'bad-number'
	| 'bad-email'
	| 'bad-business-id'
	| 'too-long'
	| 'duplicate-row'
	| 'conflicting-client'
	| 'unknown-client'
	| 'unknown-coach'
	| 'coach-not-in-team'
	| 'unknown-team'
	| 'business-id-other-team'
	| 'no-files';

export type ImportError = { file: ImportFileName | null; row: number | null; column: string | null; code: ImportErrorCode; value?: string };

const ENGLISH: Record<ImportErrorCode, string> = {
	'too-large': 'the file is larger than 10 MB; split it into smaller files',
	'too-many-rows': 'the file has more than 50 000 rows; split it into smaller files',
	'empty-file': 'the file is empty',
	'csv-syntax': 'the row is not valid CSV (check quotes)',
	'unknown-file': 'unknown file name (expected enrolments.csv, employer_contacts.csv, placements.csv, feedback.csv)',
	'unknown-column': 'unknown column',
	'missing-column': 'required column is missing',
	'duplicate-column': 'the column appears twice',
	'extra-fields': 'the row has more fields than the header',
	required: 'a value is required',
	'bad-date': 'not a date (use YYYY-MM-DD or d.m.yyyy)',
	'future-date': 'the date is in the future',
	'date-order': 'the date is before the date it must follow',
	'bad-yes-no': 'use yes/no, kyllä/ei, true/false or 1/0',
	'bad-code': 'not one of the allowed codes',
	'bad-number': 'not a number in the allowed range',
	'bad-email': 'not an e-mail address',
	'bad-business-id': 'not a valid business ID (Y-tunnus, 1234567-8)',
	'too-long': 'the text is too long',
	'duplicate-row': 'the same record appears twice in the file',
	'conflicting-client': 'the same client_ref has a different name on another row',
	'unknown-client': 'client_ref is not in enrolments.csv nor already imported',
	'unknown-coach': 'no account with this e-mail (use --create-coaches to create it)',
	'coach-not-in-team': 'the account is not a member of the team',
	'unknown-team': 'no team with this name (use --create-team to create it)',
	'business-id-other-team': 'the business ID belongs to another team’s employer',
	'no-files': 'no import files given'
};

/** "placements.csv row 57, column start_date: not a date … ("31.2.2024")" for the CLI and logs. */
export function describeImportError(e: ImportError): string {
	const where = [e.file ?? 'import', e.row !== null ? `row ${e.row}` : null, e.column ? `column ${e.column}` : null].filter(Boolean).join(', ');
	return `${where}: ${ENGLISH[e.code]}${e.value !== undefined && e.value !== '' ? ` ("${e.value.slice(0, 60)}")` : ''}`;
}

const YES = ['yes', 'kyllä', 'kylla', 'k', 'true', '1', 'ja'];
const NO = ['no', 'ei', 'e', 'false', '0', 'nej'];

/** yes/no variants (docs/domain/codes.md#yes-and-no); null when not recognised. */
export function parseYesNo(value: string): boolean | null {
	const v = value.trim().toLowerCase();
	if (YES.includes(v)) return true;
	if (NO.includes(v)) return false;
	return null;
}

export type EnrolmentRow = {
	row: number;
	clientRef: string;
	firstName: string;
	lastName: string;
	coachEmail: string;
	referralDate: string;
	entryDate: string | null;
	outOfWorkAtReferral: boolean;
	closedDate: string | null;
	closingReason: string | null;
	/** Stored on the client (age at entry = entry year − birth year); null = not given. */
	birthYear: number | null;
	/** Months out of work at referral; null = not given. */
	unemploymentMonths: number | null;
};
/** One answer of an earlier client survey; stored against the client's enrolment open on the date. */
export type FeedbackRow = { row: number; clientRef: string; date: string; satisfaction: number; recommend: number };
export type EmployerContactRow = {
	row: number;
	date: string;
	coachEmail: string;
	employerName: string;
	businessId: string | null;
	mode: (typeof CONTACT_MODES)[number];
	clientRef: string | null;
	clientPresent: boolean;
	purpose: (typeof EMPLOYER_CONTACT_PURPOSES)[number];
};
export type PlacementRow = {
	row: number;
	clientRef: string;
	employerName: string;
	businessId: string | null;
	jobTitle: string;
	jobType: string | null;
	startDate: string | null;
	endDate: string | null;
	hoursPerWeek: number | null;
	competitive: boolean;
	wageSubsidy: boolean;
	status: (typeof PLACEMENT_STATUSES)[number];
	endReason: (typeof END_REASONS)[number] | null;
};

/** rowNumbers[i] = the spreadsheet row of rows[i] (header is row 1; blank lines are skipped but counted). */
export type ParsedTable = { file: ImportFileName; header: string[]; rows: string[][]; rowNumbers: number[] };

export function normaliseHeader(name: string): string {
	return name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, '_');
}

/** Checks the header: unknown, duplicate and missing columns. */
export function checkHeader(file: ImportFileName, header: string[]): ImportError[] {
	const errors: ImportError[] = [];
	const spec = IMPORT_COLUMNS[file];
	const known = new Set([...spec.required, ...spec.optional]);
	const seen = new Set<string>();
	for (const column of header) {
		if (column === '') continue;
		if (!known.has(column)) errors.push({ file, row: 1, column, code: 'unknown-column' });
		else if (seen.has(column)) errors.push({ file, row: 1, column, code: 'duplicate-column' });
		seen.add(column);
	}
	for (const column of spec.required) if (!seen.has(column)) errors.push({ file, row: 1, column, code: 'missing-column' });
	return errors;
}

/** One row's cells by column, with a collector of that row's errors. */
export class RowReader {
	errors: ImportError[] = [];
	constructor(
		private file: ImportFileName,
		readonly row: number,
		private cells: Record<string, string>,
		private today: string
	) {}
	private fail(column: string, code: ImportErrorCode, value?: string) {
		this.errors.push({ file: this.file, row: this.row, column, code, value });
	}
	text(column: string, required: boolean, max = 200): string | null {
		const v = (this.cells[column] ?? '').trim();
		if (v === '') {
			if (required) this.fail(column, 'required');
			return null;
		}
		if (v.length > max) this.fail(column, 'too-long', v);
		return v;
	}
	date(column: string, required: boolean): string | null {
		const v = this.text(column, required);
		if (v === null) return null;
		const iso = parseDate(v);
		if (!iso) this.fail(column, 'bad-date', v);
		else if (iso > this.today) this.fail(column, 'future-date', v);
		return iso;
	}
	yesNo(column: string, fallback: boolean): boolean {
		const v = this.text(column, false);
		if (v === null) return fallback;
		const b = parseYesNo(v);
		if (b === null) this.fail(column, 'bad-yes-no', v);
		return b ?? fallback;
	}
	code<const T extends readonly string[]>(column: string, codes: T, required: boolean): T[number] | null {
		const v = this.text(column, required);
		if (v === null) return null;
		const c = v.toLowerCase();
		if (!codes.includes(c)) {
			this.fail(column, 'bad-code', v);
			return null;
		}
		return c as T[number];
	}
	email(column: string): string {
		const v = this.text(column, true, 254);
		if (v !== null && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) this.fail(column, 'bad-email', v);
		return (v ?? '').toLowerCase();
	}
	businessId(column: string): string | null {
		const v = this.text(column, false);
		if (v === null) return null;
		// The same rule and form as the employer form's (docs/domain/codes.md#business-id).
		if (!isValidBusinessId(v)) this.fail(column, 'bad-business-id', v);
		return normaliseBusinessId(v);
	}
	number(column: string, min: number, max: number): number | null {
		const v = this.text(column, false);
		if (v === null) return null;
		const n = Number(v.replace(',', '.'));
		if (!Number.isFinite(n) || n < min || n > max) {
			this.fail(column, 'bad-number', v);
			return null;
		}
		return n;
	}
	/** A whole number in [min, max] (no decimals); null when blank. */
	integer(column: string, min: number, max: number, required = false): number | null {
		const v = this.text(column, required);
		if (v === null) return null;
		const n = Number(v);
		if (!/^-?\d+$/.test(v) || n < min || n > max) {
			this.fail(column, 'bad-number', v);
			return null;
		}
		return n;
	}
	order(earlierColumn: string, earlier: string | null, laterColumn: string, later: string | null) {
		if (earlier && later && later < earlier) this.fail(laterColumn, 'date-order', `${later} < ${earlierColumn} ${earlier}`);
	}
}

/** Exported for the files validated in their own modules (import-feedback.ts). */
export function reader(table: ParsedTable, i: number, today: string): RowReader {
	const cells = table.rows[i];
	const byColumn: Record<string, string> = {};
	table.header.forEach((column, c) => (byColumn[column] = cells[c] ?? ''));
	return new RowReader(table.file, table.rowNumbers[i], byColumn, today);
}

export type Validated<T> = { rows: T[]; errors: ImportError[] };

/** Rows validated between two progress reports (a few milliseconds of work between two yields to the event loop). */
export const VALIDATE_CHUNK = 2000;

/** A validation in steps: yields the number of rows validated so far every VALIDATE_CHUNK rows. */
export type ValidationSteps<T> = Generator<number, Validated<T>, void>;

/** Runs a step-wise validation to its end at once (the CLI and tests). */
export function runSteps<T>(steps: Generator<unknown, T, void>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

export function validateEnrolments(table: ParsedTable, today: string): Validated<EnrolmentRow> {
	return runSteps(validateEnrolmentsSteps(table, today));
}
export function validateEmployerContacts(table: ParsedTable, today: string): Validated<EmployerContactRow> {
	return runSteps(validateEmployerContactsSteps(table, today));
}
export function validatePlacements(table: ParsedTable, today: string): Validated<PlacementRow> {
	return runSteps(validatePlacementsSteps(table, today));
}

export function* validateEnrolmentsSteps(table: ParsedTable, today: string): ValidationSteps<EnrolmentRow> {
	const rows: EnrolmentRow[] = [];
	const errors: ImportError[] = [];
	const names = new Map<string, string>();
	const seen = new Set<string>();
	for (let i = 0; i < table.rows.length; i++) {
		if (i > 0 && i % VALIDATE_CHUNK === 0) yield i;
		const r = reader(table, i, today);
		const clientRef = r.text('client_ref', true, 100);
		const firstName = r.text('first_name', true, 100);
		const lastName = r.text('last_name', true, 100);
		const coachEmail = r.email('coach_email');
		const referralDate = r.date('referral_date', true);
		const entryDate = r.date('entry_date', false);
		const closedDate = r.date('closed_date', false);
		r.order('referral_date', referralDate, 'entry_date', entryDate);
		r.order('entry_date', entryDate ?? referralDate, 'closed_date', closedDate);
		const closingReason = r.code('closing_reason', CLOSING_REASONS, false);
		const outOfWorkAtReferral = r.yesNo('out_of_work_at_referral', true);
		const { birthYear, unemploymentMonths } = readProfile(r, today);
		if (clientRef && firstName && lastName) {
			const name = `${firstName} ${lastName}`;
			const earlier = names.get(clientRef);
			if (earlier !== undefined && earlier !== name) r.errors.push({ file: table.file, row: r.row, column: 'client_ref', code: 'conflicting-client', value: clientRef });
			names.set(clientRef, name);
			const key = `${clientRef}|${referralDate}`;
			if (seen.has(key)) r.errors.push({ file: table.file, row: r.row, column: 'referral_date', code: 'duplicate-row', value: referralDate ?? '' });
			seen.add(key);
		}
		if (r.errors.length) errors.push(...r.errors);
		else rows.push({ row: r.row, clientRef: clientRef!, firstName: firstName!, lastName: lastName!, coachEmail, referralDate: referralDate!, entryDate, outOfWorkAtReferral, closedDate, closingReason, birthYear, unemploymentMonths });
	}
	return { rows, errors };
}

export function* validateEmployerContactsSteps(table: ParsedTable, today: string): ValidationSteps<EmployerContactRow> {
	const rows: EmployerContactRow[] = [];
	const errors: ImportError[] = [];
	for (let i = 0; i < table.rows.length; i++) {
		if (i > 0 && i % VALIDATE_CHUNK === 0) yield i;
		const r = reader(table, i, today);
		const date = r.date('date', true);
		const coachEmail = r.email('coach_email');
		const employerName = r.text('employer_name', true);
		const businessId = r.businessId('business_id');
		const mode = r.code('mode', CONTACT_MODES, true);
		const clientRef = r.text('client_ref', false, 100);
		const clientPresent = r.yesNo('client_present', false);
		const purpose = r.code('purpose', EMPLOYER_CONTACT_PURPOSES, true);
		if (r.errors.length) errors.push(...r.errors);
		else rows.push({ row: r.row, date: date!, coachEmail, employerName: employerName!, businessId, mode: mode!, clientRef, clientPresent, purpose: purpose! });
	}
	return { rows, errors };
}

export function* validatePlacementsSteps(table: ParsedTable, today: string): ValidationSteps<PlacementRow> {
	const rows: PlacementRow[] = [];
	const errors: ImportError[] = [];
	for (let i = 0; i < table.rows.length; i++) {
		if (i > 0 && i % VALIDATE_CHUNK === 0) yield i;
		const r = reader(table, i, today);
		const clientRef = r.text('client_ref', true, 100);
		const employerName = r.text('employer_name', true);
		const businessId = r.businessId('business_id');
		const jobTitle = r.text('job_title', true);
		const jobType = r.text('job_type', false);
		const status = r.code('status', PLACEMENT_STATUSES, true);
		// A started or ended job needs its start date; an ended one its end date.
		const startDate = r.date('start_date', status === 'started' || status === 'ended');
		const endDate = r.date('end_date', status === 'ended');
		r.order('start_date', startDate, 'end_date', endDate);
		const hoursPerWeek = r.number('hours_per_week', 0, 80);
		const competitive = r.yesNo('competitive', true);
		const wageSubsidy = r.yesNo('wage_subsidy', false);
		const endReason = r.code('end_reason', END_REASONS, false);
		if (r.errors.length) errors.push(...r.errors);
		else rows.push({ row: r.row, clientRef: clientRef!, employerName: employerName!, businessId, jobTitle: jobTitle!, jobType, startDate, endDate, hoursPerWeek, competitive, wageSubsidy, status: status!, endReason });
	}
	return { rows, errors };
}

/** Birth years from 100 to 15 years back (clients of working age); months out of work up to 50 years. */
export const BIRTH_YEAR_AGES = { min: 15, max: 100 } as const;
export const UNEMPLOYMENT_MONTHS_MAX = 600;

/** The optional intake columns of enrolments.csv: birth year and months out of work at referral. */
function readProfile(r: RowReader, today: string): { birthYear: number | null; unemploymentMonths: number | null } {
	const year = Number(today.slice(0, 4));
	return {
		birthYear: r.integer('birth_year', year - BIRTH_YEAR_AGES.max, year - BIRTH_YEAR_AGES.min),
		unemploymentMonths: r.integer('unemployment_months', 0, UNEMPLOYMENT_MONTHS_MAX)
	};
}
