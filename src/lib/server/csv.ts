/** CSV for spreadsheets (exports, the access report): the one CSV writer of the app. */
export type Cell = string | number | boolean | null;

function csvCell(value: Cell, delimiter: string): string {
	if (value === null) return '';
	let text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
	// A text cell starting like a formula must not run as one in a spreadsheet.
	if (typeof value === 'string' && /^[=+\-@\t]/.test(text)) text = `'${text}`;
	return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with a header row and CRLF line ends; `bom` for downloads so Excel reads UTF-8 (ä, ö) right. */
export function toCsv(table: { name?: string; columns: string[]; rows: Cell[][] }, options: { delimiter?: ',' | ';'; bom?: boolean } = {}): string {
	const d = options.delimiter ?? ',';
	return (options.bom ? '\uFEFF' : '') + csvLines([table.columns, ...table.rows], d);
}

/** Rows as CSV lines, each ended by CRLF (a streamed export writes them a chunk at a time). */
export function csvLines(rows: Cell[][], delimiter: ',' | ';' = ','): string {
	let text = '';
	for (const row of rows) text += row.map((v) => csvCell(v, delimiter)).join(delimiter) + '\r\n';
	return text;
}
