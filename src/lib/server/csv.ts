/** CSV for spreadsheets (exports, the access report): the one CSV writer of the app. */
export type Cell = string | number | boolean | null;

/**
 * One cell. A text cell is quoted when it holds either separator (`,` or `;`), a quote or a line
 * break, whatever the file's own delimiter: a spreadsheet may open the file with the other separator
 * (Finnish Excel splits on `;`), and an unquoted `;` would start a new cell there, one that can begin
 * with `=` and run as a formula.
 */
function csvCell(value: Cell): string {
	if (value === null) return '';
	let text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
	// A text cell starting like a formula must not run as one in a spreadsheet.
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[,;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with a header row and CRLF line ends; `bom` for downloads so Excel reads UTF-8 (ä, ö) right. */
export function toCsv(table: { name?: string; columns: string[]; rows: Cell[][] }, options: { delimiter?: ',' | ';'; bom?: boolean } = {}): string {
	const d = options.delimiter ?? ',';
	return (options.bom ? '\uFEFF' : '') + csvLines([table.columns, ...table.rows], d);
}

/** Rows as CSV lines, each ended by CRLF (a streamed export writes them a chunk at a time). */
export function csvLines(rows: Cell[][], delimiter: ',' | ';' = ','): string {
	let text = '';
	for (const row of rows) text += row.map(csvCell).join(delimiter) + '\r\n';
	return text;
}
