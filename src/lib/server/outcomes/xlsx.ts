import { Readable, PassThrough, type Writable } from 'node:stream';
import yazl from 'yazl';
import type { Cell } from '../csv';

/**
 * A streaming XLSX writer for the exports: the sheet XML is written here a chunk of rows at a time
 * and zipped by yazl through Node's zlib (compressed on the thread pool, off the event loop), with
 * backpressure all the way to the download. ExcelJS's streaming writer buffered its zip entries
 * without backpressure and built objects per cell: 450 MB and 40+ s for a county's year
 * (docs/outcomes.md, "Exports"). The workbook is kept to what the exports need: text, numbers and
 * yes/no as text, a bold header row, 18-wide columns. Text is written as ExcelJS wrote it (t="str"
 * with the value inline, never a formula), so a cell starting with `=` stays text.
 */

/** A sheet of an export: its columns and its rows as they are read. */
export type Sheet = { name: string; columns: string[]; chunks: AsyncIterable<Cell[][]> };

/**
 * Deflate level 1: a county's year took ~30% less time than at zlib's default 6 on the 2-core bench
 * machine, for a file as large as ExcelJS's was (31 MB; 25 MB at 6).
 */
const COMPRESSION_LEVEL = 1;
/** A sheet's buffer: room for the next chunk's XML (~0.7 MB) while zlib compresses the one before. */
const SHEET_BUFFER_BYTES = 2 * 1024 * 1024;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

// Characters XML 1.0 cannot hold (controls other than tab, LF, CR; DEL as ExcelJS) are dropped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
const XML_SPECIAL = /[&<>"]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;
const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text safe inside an XML element or a double-quoted attribute. */
export function xmlEscape(text: string): string {
	if (!NEEDS_ESCAPE.test(text)) return text; // most cells: no copy
	return text.replace(INVALID_XML, '').replace(XML_SPECIAL, (c) => XML_ENTITY[c]);
}

/** Column letters A, B, …, Z, AA, … for a 1-based column number. */
export function columnLetter(n: number): string {
	let letters = '';
	for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
	return letters;
}

/** One cell's XML; empty (null, or a number that is not finite) leaves the cell out. */
function cellXml(ref: string, value: Cell, style: string): string {
	if (value === null) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : '';
	if (typeof value === 'boolean') return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
	return `<c r="${ref}"${style} t="str"><v>${xmlEscape(value)}</v></c>`;
}

/** Rows as `<row>` elements, numbered from `first`; the header row (1) is bold (style 1). */
export function rowsXml(rows: Cell[][], first: number, letters: string[]): string {
	let xml = '';
	for (let i = 0; i < rows.length; i++) {
		const r = first + i;
		const header = r === 1;
		const style = header ? ' s="1"' : '';
		xml += header ? `<row r="1" s="1" customFormat="1">` : `<row r="${r}">`;
		const row = rows[i];
		for (let c = 0; c < row.length; c++) xml += cellXml((letters[c] ?? columnLetter(c + 1)) + r, row[c], style);
		xml += '</row>';
	}
	return xml;
}

function sheetStart(columnCount: number): string {
	const cols = columnCount ? `<cols><col min="1" max="${columnCount}" width="18" customWidth="1"/></cols>` : '';
	return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${cols}<sheetData>`;
}
const SHEET_END = '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

/** The workbook's fixed parts: content types, relationships, workbook (sheet names), styles, properties. */
export function packageParts(sheetNames: string[], created: Date): [string, string][] {
	const sheets = sheetNames.map((_, i) => i + 1);
	const stamp = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
	const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
	return [
		[
			'[Content_Types].xml',
			`${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((n) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${sheetType}"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`
		],
		[
			'_rels/.rels',
			`${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`
		],
		[
			'docProps/core.xml',
			`${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Polku</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`
		],
		['docProps/app.xml', `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Polku</Application></Properties>`],
		[
			'xl/workbook.xml',
			`${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheetNames.map((name, i) => `<sheet name="${xmlEscape(name)}" sheetId="${i + 1}" r:id="rId${i + 2}"/>`).join('')}</sheets></workbook>`
		],
		[
			'xl/_rels/workbook.xml.rels',
			`${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/styles" Target="styles.xml"/>${sheets.map((n) => `<Relationship Id="rId${n + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${n}.xml"/>`).join('')}</Relationships>`
		],
		[
			'xl/styles.xml',
			`${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
		]
	];
}

/** Resolves when `stream` takes writes again, or when it is gone (the caller then checks why). */
function writable(stream: Writable): Promise<void> {
	return new Promise((resolve) => {
		const go = () => {
			stream.off('drain', go);
			stream.off('close', go);
			resolve();
		};
		stream.on('drain', go);
		stream.on('close', go);
	});
}

/**
 * XLSX written as the download reads it: memory stays at about a chunk of rows plus the zip's
 * buffers. A cancelled download stops the reading (leaving the loop closes the statement); `done`
 * runs once either way.
 */
export function xlsxStream(sheets: Sheet[], done: () => void): ReadableStream<Uint8Array> {
	const zip = new yazl.ZipFile();
	const out = zip.outputStream as PassThrough;
	const names = sheets.map((s) => s.name.slice(0, 31));
	for (const [path, xml] of packageParts(names, new Date())) zip.addBuffer(Buffer.from(xml), path, { compressionLevel: COMPRESSION_LEVEL });
	const parts = sheets.map((_, i) => {
		const part = new PassThrough({ highWaterMark: SHEET_BUFFER_BYTES });
		zip.addReadStream(part, `xl/worksheets/sheet${i + 1}.xml`, { compressionLevel: COMPRESSION_LEVEL });
		return part;
	});
	zip.on('error', (e: Error) => out.destroy(e));
	let cancelled = false;
	out.once('close', () => {
		cancelled = !out.readableEnded;
		if (cancelled) for (const part of parts) part.destroy();
	});
	(async () => {
		for (const [i, { columns, chunks }] of sheets.entries()) {
			const part = parts[i];
			const letters = columns.map((_, c) => columnLetter(c + 1));
			part.write(sheetStart(columns.length) + rowsXml([columns], 1, letters));
			let next = 2;
			for await (const chunk of chunks) {
				if (cancelled) return;
				const more = part.write(rowsXml(chunk, next, letters));
				next += chunk.length;
				if (!more) await writable(part);
			}
			part.end(SHEET_END);
		}
		zip.end();
	})()
		.catch((e) => out.destroy(e))
		.finally(done);
	return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
