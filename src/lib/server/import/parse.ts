import Papa from 'papaparse';
import iconv from 'iconv-lite';
import { checkHeader, normaliseHeader, runSteps, type ImportError, type ImportFileName, type ParsedTable } from '$lib/domain/import';

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

/** Characters of CSV text parsed in one step (a few tens of milliseconds) before the event loop gets a turn. */
const PARSE_PIECE = 256 * 1024;

/** Bytes of one import file → header and rows, or errors naming the file, row and column. */
export function parseImportFile(file: ImportFileName, bytes: Uint8Array | null, size = bytes?.byteLength ?? 0): ParseResult {
	return runSteps(parseImportFileSteps(file, bytes, size));
}

/** The same parse, giving the event loop a turn between pieces of the text (the web form). */
export async function parseImportFileAsync(file: ImportFileName, bytes: Uint8Array | null, size = bytes?.byteLength ?? 0): Promise<ParseResult> {
	const steps = parseImportFileSteps(file, bytes, size);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
		await new Promise((resolve) => setImmediate(resolve));
	}
}

/**
 * Parses the text in pieces cut at line breaks outside quotes (an even number of quote characters
 * before the cut), so the rows are those of one parse of the whole text. A stray quote can fool
 * that count; a piece then ends inside a quoted field, which Papa reports as a quote error, and the
 * whole text is parsed again at once.
 */
function* parseRows(text: string, delimiter: string): Generator<void, Papa.ParseResult<string[]>, void> {
	const whole = () => Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
	if (text.length <= PARSE_PIECE) return whole();
	// Papa guesses the line break from the first 1 MB of the text: guess it from the same.
	const linebreak = Papa.parse<string[]>(text.slice(0, 1024 * 1024), { delimiter, preview: 1 }).meta.linebreak;
	const data: string[][] = [];
	let start = 0;
	while (start <= text.length) {
		let end = text.length;
		if (start + PARSE_PIECE < text.length) {
			let quotes = 0;
			let scanned = start;
			let cut = text.indexOf(linebreak, start + PARSE_PIECE);
			while (cut !== -1) {
				for (; scanned < cut; scanned++) if (text.charCodeAt(scanned) === 34) quotes++;
				if (quotes % 2 === 0) break;
				cut = text.indexOf(linebreak, cut + linebreak.length);
			}
			if (cut !== -1) end = cut;
		}
		const piece = Papa.parse<string[]>(text.slice(start, end), { delimiter, newline: linebreak as '\n', skipEmptyLines: false });
		if (piece.errors.some((e) => e.type === 'Quotes')) return whole();
		for (const row of piece.data) data.push(row);
		start = end + linebreak.length;
		yield;
	}
	return { data, errors: [], meta: { delimiter, linebreak, aborted: false, truncated: false, cursor: text.length } };
}

function* parseImportFileSteps(file: ImportFileName, bytes: Uint8Array | null, size: number): Generator<void, ParseResult, void> {
	if (size > MAX_IMPORT_BYTES) return { table: null, errors: [{ file, row: null, column: null, code: 'too-large', value: `${Math.round(size / 1024 / 1024)} MB` }] };
	if (bytes === null) return { table: null, errors: [{ file, row: null, column: null, code: 'empty-file' }] };
	const text = decodeCsv(bytes);
	if (text.trim() === '') return { table: null, errors: [{ file, row: null, column: null, code: 'empty-file' }] };
	const parsed = yield* parseRows(text, detectDelimiter(text));
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
