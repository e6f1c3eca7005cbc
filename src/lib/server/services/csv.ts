import Papa from 'papaparse';
import { z } from 'zod';
import { decodeCsv, detectDelimiter } from '../import/parse';
import { toCsv } from '../csv';
import { translate } from '../forms';
import { duplicateRows, parseActive } from '$lib/domain/service-map';
import { serviceFields, type ServiceInput } from './forms';
import type { Service } from './catalogue';

/**
 * The service map as CSV (docs/domain/work-ability.md#csv): the same columns out and in, so a lead can
 * export, edit in a spreadsheet and import again.
 */
export const SERVICE_CSV_COLUMNS = ['name', 'provider', 'sector', 'area', 'description', 'municipality', 'contact', 'url', 'active'] as const;
/** A catalogue is a region's services: a few hundred rows. Larger files are refused whole. */
export const MAX_SERVICE_ROWS = 2000;
export const MAX_SERVICE_BYTES = 1024 * 1024;

export type ServiceRowError = { row: number | null; column: string | null; message: string };
export type ParsedServices = { rows: ServiceInput[]; errors: ServiceRowError[] };

const rowSchema = z.object(serviceFields);

/** Checks every row and reports every problem at once (row numbers count data rows from 1). */
export function parseServiceCsv(bytes: Uint8Array): ParsedServices {
	if (bytes.byteLength > MAX_SERVICE_BYTES) return { rows: [], errors: [{ row: null, column: null, message: translate('services_err_file_too_large') }] };
	const text = decodeCsv(bytes).replace(/^\uFEFF/, '');
	const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: 'greedy' });
	const [header = [], ...data] = parsed.data;
	const columns = header.map((h) => h.trim().toLowerCase());
	const missing = SERVICE_CSV_COLUMNS.filter((c) => c !== 'active' && !columns.includes(c));
	if (missing.length > 0) return { rows: [], errors: [{ row: null, column: missing.join(', '), message: translate('services_err_columns', { columns: SERVICE_CSV_COLUMNS.join(', ') }) }] };
	if (data.length === 0) return { rows: [], errors: [{ row: null, column: null, message: translate('services_err_empty') }] };
	if (data.length > MAX_SERVICE_ROWS) return { rows: [], errors: [{ row: null, column: null, message: translate('services_err_too_many', { max: MAX_SERVICE_ROWS }) }] };
	const checked: { row: number; input: ServiceInput }[] = [];
	const errors: ServiceRowError[] = [];
	data.forEach((cells, index) => {
		const row = index + 1;
		const raw = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
		const active = parseActive(raw.active ?? '');
		if (active === null) errors.push({ row, column: 'active', message: translate('services_err_active') });
		const result = rowSchema.safeParse(raw);
		if (!result.success) {
			for (const issue of result.error.issues) errors.push({ row, column: String(issue.path[0] ?? ''), message: issueText(issue) });
		} else if (active !== null) checked.push({ row, input: { ...result.data, active } });
	});
	for (const d of duplicateRows(checked.map((c) => ({ row: c.row, name: c.input.name, provider: c.input.provider })))) {
		errors.push({ row: d.row, column: 'name', message: translate('services_err_duplicate_row', { first: d.firstRow }) });
	}
	if (errors.length > 0) return { rows: [], errors: errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
	return { rows: checked.map((c) => c.input), errors: [] };
}

/** Unknown codes name the codes that are allowed, so the lead can fix the spreadsheet. */
function issueText(issue: z.ZodIssue): string {
	const column = String(issue.path[0] ?? '');
	if (issue.message === 'err_choice' && column === 'area') return translate('services_err_area');
	if (issue.message === 'err_choice' && column === 'sector') return translate('services_err_sector');
	if (issue.code === 'too_big') return translate(issue.message, { max: Number(issue.maximum) });
	return translate(issue.message);
}

export function servicesCsv(rows: Service[]): string {
	return toCsv(
		{ columns: [...SERVICE_CSV_COLUMNS], rows: rows.map((s) => [s.name, s.provider, s.sector, s.area, s.description, s.municipality, s.contact, s.url, s.active ? 'yes' : 'no']) },
		{ delimiter: ';', bom: true }
	);
}
