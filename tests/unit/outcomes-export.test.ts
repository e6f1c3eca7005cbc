import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTeam, createUser } from '$lib/server/accounts';
import { getSqlite } from '$lib/server/db';
import { buildExport, type ExportRequest } from '$lib/server/outcomes/export';
import { resolveScope } from '$lib/server/outcomes/figures';
import type { Actor } from '$lib/server/policy';
import { addClient, addEmployer, addEnrolment } from './fixtures';

// Streamed exports: every row exactly once across chunks (2 000 rows each), only the lead's teams and
// period, a consistent snapshot while the main connection keeps saving, and the read connection
// released when a download is cancelled.

const NOW = Date.now();
const CONTACTS_IN_PERIOD = 4500;
let teamA: number;
let teamB: number;
let lead: Actor;
let enrolmentA: number;

const insertContact = () =>
	getSqlite().prepare("INSERT INTO client_contacts (enrolment_id, date, duration_minutes, mode, place, note, created_at) VALUES (?, ?, 30, 'face-to-face', 'office', ?, ?)");

async function exportOf(table: string, format: 'csv' | 'xlsx') {
	const request: ExportRequest = {
		actor: lead,
		holder: {},
		scope: resolveScope(lead, new URLSearchParams('')),
		period: { from: '2026-01-01', to: '2026-12-31' },
		today: '2026-11-23',
		table,
		format,
		delimiter: ';',
		label: (k) => k,
		closingReasonLabel: (r) => r,
		view: '/outcomes/export'
	};
	return buildExport(request);
}

/** Checkpointing the whole WAL away needs every reader gone: busy = 1 while an export's read is open. */
function checkpointBusy(): number {
	getSqlite().pragma('busy_timeout = 0'); // answer at once instead of waiting for the reader
	try {
		return (getSqlite().pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[])[0].busy;
	} finally {
		getSqlite().pragma('busy_timeout = 5000');
	}
}

/** The download as text, its byte order mark kept (Response.text() would drop it). */
const text = async (body: ReadableStream<Uint8Array>) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(body).arrayBuffer());

beforeAll(async () => {
	teamA = createTeam({ name: 'Vientitiimi', municipality: null });
	teamB = createTeam({ name: 'Toinen tiimi', municipality: null });
	const leadId = await createUser({ email: 'lead@export.fi', name: 'Lead', password: null, team: { teamId: teamA, role: 'lead' } });
	lead = { id: leadId, isAdmin: false, employerId: null, memberships: [{ teamId: teamA, role: 'lead' }] };
	const referred = { referralDate: '2026-01-05', outOfWorkAtReferral: true };
	enrolmentA = addEnrolment(addClient(teamA, 'Aino', 'Vienti'), teamA, referred);
	const enrolmentB = addEnrolment(addClient(teamB, 'Bertta', 'Vienti'), teamB, referred);
	const contact = insertContact();
	getSqlite().transaction(() => {
		for (let i = 0; i < CONTACTS_IN_PERIOD; i++) contact.run(enrolmentA, `2026-${String(1 + (i % 12)).padStart(2, '0')}-15`, 'terveystieto: ei saa lähteä', NOW);
		contact.run(enrolmentA, '2025-12-31', null, NOW); // before the period
		contact.run(enrolmentB, '2026-03-01', null, NOW); // another team's
	})();
	const employer = addEmployer(teamA, 'Kahvila; Oy', '1234567-1');
	getSqlite()
		.prepare("INSERT INTO employer_contacts (employer_id, team_id, date, mode, client_present, purpose, created_at) VALUES (?, ?, '2026-02-02', 'face-to-face', 1, 'job-development', ?)")
		.run(employer, teamA, NOW);
});

describe('streamed raw exports', () => {
	it('CSV: header once, every contact of the team and period exactly once, no notes', async () => {
		const file = await exportOf('contacts', 'csv');
		const lines = (await text(file.body)).split('\r\n');
		expect(lines[0]).toBe('\uFEFFcontact_id;enrolment_id;client_id;date;duration_minutes;mode;place;phase');
		expect(lines.at(-1)).toBe('');
		const rows = lines.slice(1, -1).map((l) => l.split(';'));
		expect(rows).toHaveLength(CONTACTS_IN_PERIOD);
		expect(new Set(rows.map((r) => r[0])).size).toBe(CONTACTS_IN_PERIOD);
		expect(rows.every((r) => r[1] === String(enrolmentA) && r[3] >= '2026-01-01')).toBe(true);
		// Per enrolment in date order (the index order the stream relies on).
		const dates = rows.map((r) => r[3]);
		expect(dates).toEqual([...dates].sort());
		expect(lines.join('\n')).not.toContain('terveystieto');
	});

	it('booleans as yes/no and delimiters quoted', async () => {
		const enrolments = await text((await exportOf('enrolments', 'csv')).body);
		expect(enrolments.split('\r\n')[1].split(';')[5]).toBe('yes');
		const employerContacts = await text((await exportOf('employer-contacts', 'csv')).body);
		expect(employerContacts.split('\r\n')[1]).toMatch(/;"Kahvila; Oy";1234567-1;face-to-face;;yes;job-development$/);
	});

	it('XLSX "all": the report and every raw table as sheets, rows complete', { timeout: 60_000 }, async () => {
		const file = await exportOf('all', 'xlsx');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(await new Response(file.body).arrayBuffer());
		expect(workbook.worksheets.map((s) => s.name)).toEqual(['outcomes 2026-01-01 2026-12-31', 'clients', 'enrolments', 'contacts', 'employer-contacts', 'placements']);
		const contacts = workbook.getWorksheet('contacts')!;
		expect(contacts.getRow(1).getCell(1).value).toBe('contact_id');
		expect(contacts.getRow(1).font?.bold).toBe(true);
		expect(contacts.actualRowCount).toBe(1 + CONTACTS_IN_PERIOD);
		expect(workbook.getWorksheet('employer-contacts')!.getRow(2).getCell(8).value).toBe('yes');
		expect(checkpointBusy()).toBe(0);
	});

	it('reads one snapshot while the main connection saves, and a cancelled download frees its connection', async () => {
		const file = await exportOf('contacts', 'csv');
		const reader = file.body.getReader();
		await reader.read(); // header
		await reader.read(); // first chunk: the read is now open
		insertContact().run(enrolmentA, '2026-06-30', null, NOW); // the main connection is not blocked
		let rest = '';
		const decoder = new TextDecoder();
		for (let r = await reader.read(); !r.done; r = await reader.read()) rest += decoder.decode(r.value);
		// 2 000 rows came in the first chunk; the rest of the snapshot excludes the contact saved meanwhile.
		expect(rest.split('\r\n').length - 1).toBe(CONTACTS_IN_PERIOD - 2000);

		const cancelled = (await exportOf('contacts', 'csv')).body.getReader();
		await cancelled.read();
		await cancelled.read();
		expect(checkpointBusy()).toBe(1);
		await cancelled.cancel();
		expect(checkpointBusy()).toBe(0);
	});
});
