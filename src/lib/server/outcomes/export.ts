import ExcelJS from 'exceljs';
import { error } from '@sveltejs/kit';
import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '../db';
import { clientContacts, clients, employerContactClients, employerContacts, employers, enrolments, placements, users } from '../db/schema';
import { REPORT_KEYS, type OutcomeReport, type Period } from '$lib/domain/outcomes';
import { audit } from '../audit';
import type { Actor } from '../policy';
import type { OutcomeScope } from './load';
import { authorizeExport, periodReport } from './service';

import { toCsv, type Cell } from '../csv';

export { toCsv, type Cell };
export type Table = { name: string; columns: string[]; rows: Cell[][] };

export const RAW_TABLES = ['clients', 'enrolments', 'contacts', 'employer-contacts', 'placements'] as const;
export type RawTableName = (typeof RAW_TABLES)[number];

export function isRawTable(value: string): value is RawTableName {
	return (RAW_TABLES as readonly string[]).includes(value);
}

const coach = alias(users, 'coach');
const yesNo = (v: boolean | null) => (v === null ? null : v ? 'yes' : 'no');

/**
 * The raw rows a lead may take out of Polku for their teams. Clients: non-sensitive fields only (no
 * identity code, contact details or health notes); contacts without their free-text notes. Contacts and
 * employer contacts are limited to the period (they are the large tables).
 */
export function rawTable(name: RawTableName, teamIds: number[], period: Period): Table {
	const db = getDb();
	switch (name) {
		case 'clients':
			return {
				name,
				columns: ['client_id', 'client_ref', 'first_name', 'last_name', 'birth_year', 'municipality', 'preferred_language'],
				rows: db
					.select({ id: clients.id, ref: clients.importRef, first: clients.firstName, last: clients.lastName, birthYear: clients.birthYear, municipality: clients.municipality, lang: clients.preferredLanguage })
					.from(clients)
					.where(inArray(clients.teamId, teamIds))
					.orderBy(asc(clients.id))
					.all()
					.map((r) => [r.id, r.ref, r.first, r.last, r.birthYear, r.municipality, r.lang])
			};
		case 'enrolments':
			return {
				name,
				columns: ['enrolment_id', 'client_id', 'coach_email', 'referral_date', 'referral_source', 'out_of_work_at_referral', 'first_meeting_date', 'entry_date', 'current_phase', 'closed_date', 'closing_reason'],
				rows: db
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
					.orderBy(asc(enrolments.id))
					.all()
					.map((e) => [e.id, e.clientId, e.coachEmail, e.referralDate, e.referralSource, yesNo(e.outOfWork), e.firstMeetingDate, e.entryDate, e.currentPhase, e.closedDate, e.closingReason])
			};
		case 'contacts':
			return {
				name,
				columns: ['contact_id', 'enrolment_id', 'client_id', 'date', 'duration_minutes', 'mode', 'place', 'phase'],
				rows: db
					// Only the exported columns: contacts are the largest table, and their notes never leave Polku.
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
					.from(clientContacts)
					.innerJoin(enrolments, eq(enrolments.id, clientContacts.enrolmentId))
					.where(and(inArray(enrolments.teamId, teamIds), gte(clientContacts.date, period.from), lte(clientContacts.date, period.to)))
					.orderBy(asc(clientContacts.date), asc(clientContacts.id))
					.all()
					.map((c) => [c.id, c.enrolmentId, c.clientId, c.date, c.durationMinutes, c.mode, c.place, c.phase])
			};
		case 'employer-contacts':
			return {
				name,
				columns: ['employer_contact_id', 'date', 'coach_email', 'employer_name', 'business_id', 'mode', 'client_ids', 'client_present', 'purpose'],
				rows: db
					.select({
						id: employerContacts.id,
						date: employerContacts.date,
						mode: employerContacts.mode,
						clientPresent: employerContacts.clientPresent,
						purpose: employerContacts.purpose,
						coachEmail: coach.email,
						employer: employers.name,
						businessId: employers.businessId,
						clientIds: sql<string | null>`(select group_concat(${employerContactClients.clientId}, ' ') from ${employerContactClients} where ${employerContactClients.employerContactId} = ${employerContacts.id})`
					})
					.from(employerContacts)
					.innerJoin(employers, eq(employers.id, employerContacts.employerId))
					.leftJoin(coach, eq(coach.id, employerContacts.coachId))
					.where(and(inArray(employerContacts.teamId, teamIds), gte(employerContacts.date, period.from), lte(employerContacts.date, period.to)))
					.orderBy(asc(employerContacts.date), asc(employerContacts.id))
					.all()
					.map((r) => [r.id, r.date, r.coachEmail, r.employer, r.businessId, r.mode, r.clientIds, yesNo(r.clientPresent), r.purpose])
			};
		case 'placements':
			return {
				name,
				columns: ['placement_id', 'client_id', 'enrolment_id', 'employer_name', 'business_id', 'job_title', 'job_type', 'start_date', 'end_date', 'hours_per_week', 'competitive', 'wage_subsidy', 'status', 'end_reason'],
				rows: db
					.select({
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
					.from(placements)
					.innerJoin(enrolments, eq(enrolments.id, placements.enrolmentId))
					.innerJoin(employers, eq(employers.id, placements.employerId))
					.where(inArray(enrolments.teamId, teamIds))
					.orderBy(asc(placements.id))
					.all()
					.map((p) => [
						p.id,
						p.clientId,
						p.enrolmentId,
						p.employer,
						p.businessId,
						p.jobTitle,
						p.jobType,
						p.startDate,
						p.endDate,
						p.hoursPerWeek,
						yesNo(p.competitive),
						yesNo(p.wageSubsidy),
						p.status,
						p.endReason
					])
			};
	}
}

export async function toXlsx(tables: Table[]): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Polku';
	for (const table of tables) {
		const sheet = workbook.addWorksheet(table.name.slice(0, 31));
		sheet.addRow(table.columns).font = { bold: true };
		for (const row of table.rows) sheet.addRow(row.map((v) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : v)));
		sheet.columns.forEach((col) => (col.width = 18));
	}
	return new Uint8Array(await workbook.xlsx.writeBuffer());
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

export type ExportFile = { filename: string; contentType: string; body: string | Uint8Array };

/**
 * Builds a download after asking the policy (report: outcomes export; raw tables also team export),
 * and writes the audit entry. Unknown tables or formats answer 404 like a refusal.
 */
export async function buildExport(req: ExportRequest): Promise<ExportFile> {
	const { table, format } = req;
	if (format !== 'csv' && format !== 'xlsx') error(404, 'Not found');
	if (table !== 'report' && table !== 'all' && !isRawTable(table)) error(404, 'Not found');
	if (table === 'all' && format !== 'xlsx') error(404, 'Not found');
	authorizeExport(req.actor, req.scope, table !== 'report');

	const tables: Table[] = [];
	if (table === 'report' || table === 'all') tables.push(reportTable(periodReport(req.holder, req.scope, req.period, req.today), req.label, req.closingReasonLabel));
	for (const name of RAW_TABLES) if (table === name || table === 'all') tables.push(rawTable(name, req.scope.teamIds, req.period));

	audit({
		actor: req.actor,
		action: 'export',
		entity: 'outcomes',
		teamId: req.scope.teamIds.length === 1 ? req.scope.teamIds[0] : null,
		view: req.view,
		details: JSON.stringify({ table, format, period: req.period, teams: req.scope.teamIds, coach: req.scope.coachId, rows: tables.reduce((n, t) => n + t.rows.length, 0) })
	});

	const filename = `polku-${table}-${req.period.from}-${req.period.to}.${format}`;
	if (format === 'csv') return { filename, contentType: 'text/csv; charset=utf-8', body: toCsv(tables[0], { delimiter: req.delimiter, bom: true }) };
	return { filename, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await toXlsx(tables) };
}
