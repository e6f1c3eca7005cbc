import { describe, expect, it } from 'vitest';
import { csvLines, toCsv } from '$lib/server/csv';

// The scan's finding: with the English UI the export uses `,`, and a Finnish Excel (list separator `;`)
// split an unquoted `x;=cmd|' /C calc'!A0;y` into cells, one of them a formula.
const PAYLOAD = "x;=cmd|' /C calc'!A0;y";

/** Splits CSV lines the way a spreadsheet does with the given list separator (quotes respected). */
function cellsAs(text: string, separator: ',' | ';'): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
			else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === separator) row.push(cell), (cell = '');
		else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
		else cell += ch;
	}
	return rows;
}

describe('CSV cells', () => {
	for (const delimiter of [',', ';'] as const) {
		const other: ',' | ';' = delimiter === ',' ? ';' : ',';
		it(`with "${delimiter}": a cell holding either separator stays one cell when opened with "${other}" as well`, () => {
			const csv = toCsv({ columns: ['first_name', 'last_name', 'city'], rows: [['Matti', PAYLOAD, 'Vantaa, Tikkurila']] }, { delimiter });
			expect(csv).toBe(['first_name', 'last_name', 'city'].join(delimiter) + '\r\n' + ['Matti', `"${PAYLOAD}"`, '"Vantaa, Tikkurila"'].join(delimiter) + '\r\n');
			for (const separator of [delimiter, other]) {
				const cells = cellsAs(csv, separator).flat();
				expect(cells.filter((c) => /^[=+\-@]/.test(c)), `opened with "${separator}"`).toEqual([]);
			}
			// Read with its own delimiter, the file gives back the exact values.
			expect(cellsAs(csv, delimiter)[1]).toEqual(['Matti', PAYLOAD, 'Vantaa, Tikkurila']);
		});

		it(`with "${delimiter}": quotes, line breaks and formula starts`, () => {
			const line = csvLines([['say "hi"', 'two\nlines', 'cr\rhere', '=SUM(A1)', '+1', '-2', '@x', '\tx', 'plain', 7, -3, true, null]], delimiter);
			expect(line).toBe(
				['"say ""hi"""', '"two\nlines"', '"cr\rhere"', "'=SUM(A1)", "'+1", "'-2", "'@x", "'\tx", 'plain', '7', '-3', 'yes', ''].join(delimiter) + '\r\n'
			);
		});

		it(`with "${delimiter}": a formula-like cell that also holds a separator is defused and quoted`, () => {
			expect(csvLines([['=1;2', '=1,2']], delimiter)).toBe([`"'=1;2"`, `"'=1,2"`].join(delimiter) + '\r\n');
		});
	}

	it('plain text and numbers are left unquoted', () => {
		expect(toCsv({ columns: ['a', 'b'], rows: [['Äijälä', 1.5]] }, { delimiter: ';', bom: true })).toBe('\uFEFFa;b\r\nÄijälä;1.5\r\n');
	});
});
