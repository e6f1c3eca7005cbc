import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Cell } from '$lib/server/csv';
import { columnLetter, xlsxStream, xmlEscape, type Sheet } from '$lib/server/outcomes/xlsx';

// The exports' own XLSX writer (sheet XML zipped by yazl): read back with ExcelJS, as a spreadsheet
// user's tools would, so a broken file, a lost row between chunks or a wrong cell type fails here.

async function* chunksOf(...chunks: Cell[][][]): AsyncGenerator<Cell[][]> {
	for (const chunk of chunks) yield chunk;
}

async function readBack(sheets: Sheet[]) {
	let done = 0;
	const body = xlsxStream(sheets, () => done++);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(await new Response(body).arrayBuffer());
	return { workbook, done };
}

describe('xmlEscape and columnLetter', () => {
	it('escapes markup and drops characters XML cannot hold', () => {
		expect(xmlEscape('a <b> & "c"')).toBe('a &lt;b&gt; &amp; &quot;c&quot;');
		expect(xmlEscape('tab\tline\nbell\u0007del\u007f')).toBe('tab\tline\nbelldel');
		expect(xmlEscape('Pöytä ja äänet')).toBe('Pöytä ja äänet');
	});

	it('names columns as spreadsheets do', () => {
		expect([1, 2, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
	});
});

describe('xlsxStream', () => {
	it('writes sheets, a bold header, numbers as numbers and text (dates, formulas, markup) as text', async () => {
		const { workbook, done } = await readBack([
			{ name: 'outcomes 2026-01-01 2026-12-31 & more than 31 chars', columns: ['figure', 'value'], chunks: chunksOf([['employmentRate', 0.375], ['served', 12]]) },
			{
				name: 'contacts',
				columns: ['id', 'date', 'note', 'present', 'empty'],
				chunks: chunksOf(
					[
						[1, '2026-03-14', '=HYPERLINK("http://x")', true, null],
						[2, '2026-03-15', 'a <b> & c', false, null]
					],
					[[3, '2026-03-16', 'Pöytä\u0007', 'yes', 'no']]
				)
			}
		]);
		expect(done).toBe(1);
		expect(workbook.worksheets.map((s) => s.name)).toEqual(['outcomes 2026-01-01 2026-12-31 ', 'contacts']);
		const report = workbook.worksheets[0];
		expect(report.getRow(2).values).toEqual([undefined, 'employmentRate', 0.375]);
		expect(report.getRow(3).getCell(2).value).toBe(12);

		const contacts = workbook.getWorksheet('contacts')!;
		expect(contacts.getRow(1).values).toEqual([undefined, 'id', 'date', 'note', 'present', 'empty']);
		expect(contacts.getRow(1).font?.bold).toBe(true);
		expect(contacts.getRow(2).font?.bold).toBeFalsy();
		expect(contacts.getColumn(1).width).toBe(18);
		expect(contacts.actualRowCount).toBe(4); // rows numbered on across chunks
		const first = contacts.getRow(2);
		expect(first.getCell(1).value).toBe(1);
		expect(first.getCell(1).type).toBe(ExcelJS.ValueType.Number);
		expect(first.getCell(2).value).toBe('2026-03-14'); // a date stays the text it is in Polku
		expect(first.getCell(3).value).toBe('=HYPERLINK("http://x")'); // text, never a formula
		expect(first.getCell(3).type).toBe(ExcelJS.ValueType.String);
		expect(first.getCell(4).value).toBe(true);
		expect(first.getCell(5).value).toBeNull();
		expect(contacts.getRow(3).getCell(3).value).toBe('a <b> & c');
		expect(contacts.getRow(4).values).toEqual([undefined, 3, '2026-03-16', 'Pöytä', 'yes', 'no']);
	});

	it('an empty sheet still has its header; a cancelled download stops reading and calls done once', async () => {
		const { workbook } = await readBack([{ name: 'placements', columns: ['placement_id'], chunks: chunksOf() }]);
		expect(workbook.getWorksheet('placements')!.getRow(1).values).toEqual([undefined, 'placement_id']);

		let produced = 0;
		let closed = false;
		async function* endless(): AsyncGenerator<Cell[][]> {
			try {
				for (;;) {
					produced++;
					yield Array.from({ length: 2000 }, (_, i) => [i, 'x'.repeat(100)]);
					await new Promise((r) => setImmediate(r));
				}
			} finally {
				closed = true;
			}
		}
		let done = 0;
		const reader = xlsxStream([{ name: 'contacts', columns: ['id', 'text'], chunks: endless() }], () => done++).getReader();
		await reader.read();
		await reader.cancel();
		for (let i = 0; i < 50 && !closed; i++) await new Promise((r) => setTimeout(r, 10));
		expect(closed).toBe(true);
		expect(done).toBe(1);
		const after = produced;
		await new Promise((r) => setTimeout(r, 50));
		expect(produced).toBe(after);
	});
});
