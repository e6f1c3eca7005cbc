import Papa from 'papaparse';
import iconv from 'iconv-lite';
import { checkHeader, normaliseHeader, type ImportError, type ImportFileName, type ParsedTable } from '$lib/domain/import';

/** Larger files are refused before they are read into memory or parsed. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * Data rows per file (blank lines not counted). 50 000 rows is decades of a large team's enrolments
 * and contacts, and bounds a check to a few seconds of work split into small steps (README, Import).
 * A larger file is refused as a whole, with nothing saved.
 */
export const MAX_IMPORT_ROWS = 50_000;

/**
 * UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise Windows-1252: what Excel in
 * Finland saves as "CSV (semicolon delimited)".
 */
export function decodeCsv(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return iconv.decode(Buffer.from(bytes), 'win1252');
	}
}

/** `;` when the header line has more semicolons than commas (Finnish Excel), else `,`. */
export function detectDelimiter(text: string): ',' | ';' {
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	const count = (ch: string) => firstLine.split(ch).length - 1;
	return count(';') > count(',') ? ';' : ',';
}

export type ParseResult = { table: ParsedTable | null; errors: ImportError[] };

/** Bytes of one import file → header and rows, or errors naming the file, row and column. */
export function parseImportFile(file: ImportFileName, bytes: Uint8Array | null, size = bytes?.byteLength ?? 0): ParseResult {
	if (size > MAX_IMPORT_BYTES) return { table: null, errors: [{ file, row: null, column: null, code: 'too-large', value: `${Math.round(size / 1024 / 1024)} MB` }] };
	if (bytes === null) return { table: null, errors: [{ file, row: null, column: null, code: 'empty-file' }] };
	const text = decodeCsv(bytes);
	if (text.trim() === '') return { table: null, errors: [{ file, row: null, column: null, code: 'empty-file' }] };
	const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
	const errors: ImportError[] = parsed.errors
		.filter((e) => e.type === 'Quotes')
		.map((e) => ({ file, row: e.row !== undefined ? e.row + 1 : null, column: null, code: 'csv-syntax' as const }));
	const [headerCells, ...allRows] = parsed.data;
	const rows: string[][] = [];
	const rowNumbers: number[] = [];
	allRows.forEach((cells, i) => {
		if (cells.some((c) => c.trim() !== '')) {
			rows.push(cells);
			rowNumbers.push(i + 2);
		}
	});
	if (rows.length > MAX_IMPORT_ROWS) return { table: null, errors: [{ file, row: null, column: null, code: 'too-many-rows', value: String(rows.length) }] };
	const header = (headerCells ?? []).map(normaliseHeader);
	// Excel often leaves empty columns at the right edge: drop them.
	while (header.length > 0 && header[header.length - 1] === '') header.pop();
	errors.push(...checkHeader(file, header));
	rows.forEach((cells, i) => {
		if (cells.slice(header.length).some((c) => c.trim() !== '')) errors.push({ file, row: rowNumbers[i], column: null, code: 'extra-fields' });
	});
	return { table: errors.length ? null : { file, header, rows, rowNumbers }, errors };
}
