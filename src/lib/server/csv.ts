import Papa from 'papaparse';

/** CSV for spreadsheets: UTF-8 with a BOM (Excel then reads ä/ö right), CRLF line ends, a header row. */
export function toCsv<T extends Record<string, unknown>>(rows: T[], columns: (keyof T & string)[]): string {
	return '\uFEFF' + Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\r\n' });
}
