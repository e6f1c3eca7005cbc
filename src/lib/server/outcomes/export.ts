import { error } from '@sveltejs/kit';
import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type Database from 'better-sqlite3';
import { getDb, openReadConnection, type Db } from '../db';
import { selectPlacementRows } from '../placements/rows';
import { clientContacts, clients, employerContactClients, employerContacts, employers, enrolments, placements, users } from '../db/schema';
import { REPORT_KEYS, type OutcomeReport } from '$lib/domain/outcomes';
import { type Period } from '$lib/domain/period';
import { audit } from '../audit';
import type { Actor } from '../policy';
import type { OutcomeScope } from './load';
import { authorizeExport, periodReport } from './figures';
import { discloseExportedClients } from './export-disclosures';

import { csvLines, toCsv, type Cell } from '../csv';
import { xlsxStream, type Sheet } from './xlsx';

export { toCsv, xlsxStream, type Cell, type Sheet };
export type Table = { name: string; columns: string[]; rows: Cell[][] };

export const RAW_TABLES = ['clients', 'enrolments', 'contacts', 'employer-contacts', 'placements'] as const;
export type RawTableName = (typeof RAW_TABLES)[number];

export function isRawTable(value: string): value is RawTableName {
	return (RAW_TABLES as readonly string[]).includes(value);
}

const coach = alias(users, 'coach');
const yesNo = (v: unknown) => (v === null ? null : v ? 'yes' : 'no');

export const RAW_COLUMNS: Record<RawTableName, string[]> = {
	clients: ['client_id', 'client_ref', 'first_name', 'last_name', 'birth_year', 'municipality', 'preferred_language'],
	enrolments: ['enrolment_id', 'client_id', 'coach_email', 'referral_date', 'referral_source', 'out_of_work_at_referral', 'first_meeting_date', 'entry_date', 'current_phase', 'closed_date', 'closing_reason'],
	contacts: ['contact_id', 'enrolment_id', 'client_id', 'date', 'duration_minutes', 'mode', 'place', 'phase'],
	'employer-contacts': ['employer_contact_id', 'date', 'coach_email', 'employer_name', 'business_id', 'mode', 'client_ids', 'client_present', 'purpose'],
	placements: ['placement_id', 'client_id', 'enrolment_id', 'employer_name', 'business_id', 'job_title', 'job_type', 'start_date', 'end_date', 'hours_per_week', 'competitive', 'wage_subsidy', 'status', 'end_reason']
};

/** A raw table's query (run on the export connection) and how a result row becomes its cells. */
type RawQuery = { query: { toSQL(): { sql: string; params: unknown[] } }; cells: (row: unknown[]) => Cell[] };

const same = (row: unknown[]) => row as Cell[];

/**
 * The raw rows a lead may take out of Polku for their teams. Clients: non-sensitive fields only (no
 * identity code, contact details or health notes); contacts without their free-text notes. Contacts and
 * employer contacts are limited to the period (they are the large tables). Each order follows an index,
 * so a county's year of contacts (~600 000 rows) streams from the first row instead of being sorted first.
 * Result rows are arrays in the selected columns' order; booleans arrive as 0/1.
 */
const RAW_QUERIES: Record<RawTableName, (db: Db, teamIds: number[], period: Period) => RawQuery> = {
	clients: (db, teamIds) => ({
		query: db
			.select({ id: clients.id, ref: clients.importRef, first: clients.firstName, last: clients.lastName, birthYear: clients.birthYear, municipality: clients.municipality, lang: clients.preferredLanguage })
			.from(clients)
			.where(inArray(clients.teamId, teamIds))
			.orderBy(asc(clients.id)),
		cells: same
	}),
	enrolments: (db, teamIds) => ({
		query: db
			.select({
				id: enrolments.id,
				clientId: enrolments.clientId,
				coachEmail: coach.email,
				referralDate: enrolments.referralDate,
				referralSource: enrolments.referralSource,
				outOfWork: enrolments.outOfWorkAtReferral,
				firstMeetingDate: enrolments.firstMeetingDate,
				entryDate: enrolments.entryDate,
				currentPhase: enrolments.currentPhase,
				closedDate: enrolments.closedDate,
				closingReason: enrolments.closingReason
			})
			.from(enrolments)
			.leftJoin(coach, eq(coach.id, enrolments.coachId))
			.where(inArray(enrolments.teamId, teamIds))
			.orderBy(asc(enrolments.id)),
		cells: (r) => [...r.slice(0, 5), yesNo(r[5]), ...r.slice(6)] as Cell[]
	}),
	contacts: (db, teamIds, period) => ({
		// Only the exported columns: contacts are the largest table, and their notes never leave Polku.
		// Per enrolment, then by date: enrolments in id order (the cross join keeps them the outer loop,
		// `+` keeps SQLite off the team index), each one's contacts from the (enrolment_id, date) index.
		// Ordered by client_contacts.enrolment_id instead, SQLite sorted all ~600 000 rows before the
		// first one, seconds in which the event loop answered no one.
		query: db
			.select({
				id: clientContacts.id,
				enrolmentId: clientContacts.enrolmentId,
				clientId: enrolments.clientId,
				date: clientContacts.date,
				durationMinutes: clientContacts.durationMinutes,
				mode: clientContacts.mode,
				place: clientContacts.place,
				phase: clientContacts.phase
			})
			.from(enrolments)
			.crossJoin(clientContacts)
			.where(and(eq(clientContacts.enrolmentId, enrolments.id), inArray(sql`+${enrolments.teamId}`, teamIds), gte(clientContacts.date, period.from), lte(clientContacts.date, period.to)))
			.orderBy(asc(enrolments.id), asc(clientContacts.date), asc(clientContacts.id)),
		cells: same
	}),
	'employer-contacts': (db, teamIds, period) => ({
		// Per team, then by date: the order of the (team_id, date) index.
		query: db
			.select({
				id: employerContacts.id,
				date: employerContacts.date,
				coachEmail: coach.email,
				employer: employers.name,
				businessId: employers.businessId,
				mode: employerContacts.mode,
				clientIds: sql<string | null>`(select group_concat(${employerContactClients.clientId}, ' ') from ${employerContactClients} where ${employerContactClients.employerContactId} = ${employerContacts.id})`,
				clientPresent: employerContacts.clientPresent,
				purpose: employerContacts.purpose
			})
			.from(employerContacts)
			.innerJoin(employers, eq(employers.id, employerContacts.employerId))
			.leftJoin(coach, eq(coach.id, employerContacts.coachId))
			.where(and(inArray(employerContacts.teamId, teamIds), gte(employerContacts.date, period.from), lte(employerContacts.date, period.to)))
			.orderBy(asc(employerContacts.teamId), asc(employerContacts.date), asc(employerContacts.id)),
		cells: (r) => [...r.slice(0, 7), yesNo(r[7]), r[8]] as Cell[]
	}),
	placements: (db, teamIds) => ({
		query: selectPlacementRows(db, {
			id: placements.id,
			clientId: placements.clientId,
			enrolmentId: placements.enrolmentId,
			employer: employers.name,
			businessId: employers.businessId,
			jobTitle: placements.jobTitle,
			jobType: placements.jobType,
			startDate: placements.startDate,
			endDate: placements.endDate,
			hoursPerWeek: placements.hoursPerWeek,
			competitive: placements.competitive,
			wageSubsidy: placements.wageSubsidy,
			status: placements.status,
			endReason: placements.endReason
		})
			.where(inArray(enrolments.teamId, teamIds))
			.orderBy(asc(placements.id)),
		cells: (r) => [...r.slice(0, 10), yesNo(r[10]), yesNo(r[11]), r[12], r[13]] as Cell[]
	})
};

function rawQuery(name: RawTableName, teamIds: number[], period: Period): RawQuery {
	return RAW_QUERIES[name](getDb(), teamIds, period);
}

/** Rows handed on per chunk: ~10 ms of work, after which other requests get their turn. */
const CHUNK_ROWS = 2000;

/**
 * A raw table's rows, a chunk at a time, read on `connection` (see `openReadConnection`). Between
 * chunks the event loop serves other requests, so a county-wide export takes its seconds without
 * holding anyone else up, and memory stays at one chunk. Ending early (a cancelled download) closes
 * the statement.
 */
export async function* rawTableChunks(connection: Database.Database, name: RawTableName, teamIds: number[], period: Period): AsyncGenerator<Cell[][]> {
	const { query, cells } = rawQuery(name, teamIds, period);
	const { sql: text, params } = query.toSQL();
	const rows = connection.prepare(text).raw().iterate(...params) as IterableIterator<unknown[]>;
	try {
		let chunk: Cell[][] = [];
		for (const row of rows) {
			chunk.push(cells(row));
			if (chunk.length === CHUNK_ROWS) {
				yield chunk;
				chunk = [];
				await new Promise((resolve) => setImmediate(resolve));
			}
		}
		if (chunk.length) yield chunk;
	} finally {
		rows.return?.();
	}
}

export async function* inOneChunk(rows: Cell[][]): AsyncGenerator<Cell[][]> {
	yield rows;
}

/** CSV (UTF-8 with BOM, for Excel) written a chunk at a time as the download reads it. */
export function csvStream(sheet: Sheet, delimiter: ',' | ';', done: () => void): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const chunks = sheet.chunks[Symbol.asyncIterator]();
	let headerSent = false;
	return new ReadableStream<Uint8Array>({
		async pull(controller) {
			try {
				if (!headerSent) {
					headerSent = true;
					controller.enqueue(encoder.encode('\uFEFF' + csvLines([sheet.columns], delimiter)));
					return;
				}
				const next = await chunks.next();
				if (next.done) {
					done();
					controller.close();
				} else controller.enqueue(encoder.encode(csvLines(next.value, delimiter)));
			} catch (e) {
				done();
				controller.error(e);
			}
		},
		async cancel() {
			await chunks.return?.(undefined);
			done();
		}
	});
}

/** The report as a table: one row per figure, plus the closing-reason distribution. */
export function reportTable(report: OutcomeReport, label: (key: string) => string, closingReasonLabel: (reason: string) => string): Table {
	const rows: Cell[][] = REPORT_KEYS.map((key) => [key, label(key), report[key].value, report[key].ids.length, report[key].excluded.length]);
	for (const { reason, figure } of report.closingReasons) rows.push([`closingReason:${reason}`, closingReasonLabel(reason), figure.value, figure.ids.length, 0]);
	return { name: `outcomes ${report.period.from} ${report.period.to}`, columns: ['figure', 'label', 'value', 'records_counted', 'records_left_out'], rows };
}

export type ExportRequest = {
	actor: Actor;
	holder: object;
	scope: OutcomeScope;
	period: Period;
	today: string;
	/** 'report', 'all' (XLSX only) or a raw table name. */
	table: string;
	format: string;
	delimiter: ',' | ';';
	label: (key: string) => string;
	closingReasonLabel: (reason: string) => string;
	view: string;
};

export type ExportFile = { filename: string; contentType: string; body: ReadableStream<Uint8Array> };

/**
 * Builds a download after asking the policy (report: outcomes export; raw tables also team export),
 * and writes the audit entry before the first byte. Unknown tables or formats answer 404 like a
 * refusal. Raw tables stream from their own read connection, closed when the download ends.
 */
export async function buildExport(req: ExportRequest): Promise<ExportFile> {
	const { table, format } = req;
	if (format !== 'csv' && format !== 'xlsx') error(404, 'Not found');
	if (table !== 'report' && table !== 'all' && !isRawTable(table)) error(404, 'Not found');
	if (table === 'all' && format !== 'xlsx') error(404, 'Not found');
	authorizeExport(req.actor, req.scope, table !== 'report');

	const sheets: Sheet[] = [];
	if (table === 'report' || table === 'all') {
		const report = reportTable(periodReport(req.holder, req.scope, req.period, req.today), req.label, req.closingReasonLabel);
		sheets.push({ name: report.name, columns: report.columns, chunks: inOneChunk(report.rows) });
	}
	const rawTables = RAW_TABLES.filter((name) => table === name || table === 'all');
	const connection = rawTables.length ? openReadConnection() : null;
	for (const name of rawTables) sheets.push({ name, columns: RAW_COLUMNS[name], chunks: rawTableChunks(connection!, name, req.scope.teamIds, req.period) });
	const done = () => connection?.close();

	audit({
		actor: req.actor,
		action: 'export',
		entity: 'outcomes',
		teamId: req.scope.teamIds.length === 1 ? req.scope.teamIds[0] : null,
		view: req.view,
		details: JSON.stringify({ table, format, period: req.period, teams: req.scope.teamIds, coach: req.scope.coachId })
	});
	if (rawTables.includes('clients')) discloseExportedClients(req.actor, req.scope.teamIds, { table, format, view: req.view });

	const filename = `polku-${table}-${req.period.from}-${req.period.to}.${format}`;
	if (format === 'csv') return { filename, contentType: 'text/csv; charset=utf-8', body: csvStream(sheets[0], req.delimiter, done) };
	return { filename, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: xlsxStream(sheets, done) };
}
