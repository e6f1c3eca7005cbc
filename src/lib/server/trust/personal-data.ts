import { error } from '@sveltejs/kit';
import { getSqlite } from '../db';
import { authorize, type Actor } from '../policy';
import { auditClientRead } from '../read-budget';
import { discloseToClient } from '../disclosures';
import { DEFAULT_RETENTION_YEARS, isPersonalTextColumn, retentionStatus, type RetentionStatus } from '$lib/domain/retention';
import { isoDateInFinland } from '$lib/domain/dates';

/**
 * GDPR tools: one client's data as a whole (access right) and anonymisation after the retention
 * period (erasure, keeping anonymous statistics). The linked tables are found from the schema
 * itself (every table with a client_id or enrolment_id column), so a new record type is covered
 * without changing this file.
 */

type Row = Record<string, unknown>;
type Column = { name: string; type: string; notnull: number };

const RETENTION_KEY = 'retention_years';
/** Tables that are only the person's own content: deleted whole on anonymisation. */
const DELETED_TABLES = new Set(['network_people', 'vocational_profiles', 'support_plans', 'consents', 'contact_requests']);

function columns(table: string): Column[] {
	return getSqlite().prepare(`SELECT name, type, "notnull" FROM pragma_table_info(?)`).all(table) as Column[];
}

/** Tables linked to a client: directly (client_id) or through an enrolment (enrolment_id). */
type LinkedTable = { table: string; link: 'client_id' | 'enrolment_id' };

export function linkedTables(): LinkedTable[] {
	const tables = getSqlite()
		.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' AND name NOT IN ('clients', 'enrolments', 'audit_log') ORDER BY name`)
		.all() as { name: string }[];
	return tables.flatMap(({ name }): LinkedTable[] => {
		const cols = columns(name).map((c) => c.name);
		if (cols.includes('client_id')) return [{ table: name, link: 'client_id' }];
		if (cols.includes('enrolment_id')) return [{ table: name, link: 'enrolment_id' }];
		return [];
	});
}

export function retentionYears(): number {
	const row = getSqlite().prepare('SELECT value FROM settings WHERE key = ?').get(RETENTION_KEY) as { value: string } | undefined;
	const years = Number(row?.value);
	return Number.isInteger(years) && years >= 1 ? years : DEFAULT_RETENTION_YEARS;
}

export function setRetentionYears(years: number): void {
	getSqlite().prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(RETENTION_KEY, String(years));
}

type ClientHead = { id: number; team_id: number; first_name: string; last_name: string; anonymised_at: number | null };

/** The client, if the actor may handle its personal data as a whole (lead of its team or admin); 404 otherwise. */
export function requirePersonalData(actor: Actor | null | undefined, clientId: number, action: 'read' | 'export' | 'delete') {
	const client = Number.isInteger(clientId)
		? (getSqlite().prepare('SELECT id, team_id, first_name, last_name, anonymised_at FROM clients WHERE id = ?').get(clientId) as ClientHead | undefined)
		: undefined;
	if (!client) error(404, 'Not found');
	authorize(actor, action, { kind: 'personal-data', teamId: client.team_id });
	return client;
}

export function clientRetention(clientId: number, today = isoDateInFinland()): RetentionStatus {
	const rows = getSqlite().prepare('SELECT closed_date FROM enrolments WHERE client_id = ?').all(clientId) as { closed_date: string | null }[];
	return retentionStatus({ closedDates: rows.map((r) => r.closed_date), retentionYears: retentionYears(), today });
}

/** Everything stored about one client, table by table, plus who accessed it (the access report). */
export function exportClientData(clientId: number) {
	const db = getSqlite();
	const client = db.prepare('SELECT * FROM clients WHERE id = ?').get(clientId) as Row;
	const enrolments = db.prepare('SELECT * FROM enrolments WHERE client_id = ? ORDER BY id').all(clientId) as Row[];
	const enrolmentIds = enrolments.map((e) => e.id as number);
	const records: Record<string, Row[]> = {};
	for (const { table, link } of linkedTables()) {
		const ids = link === 'client_id' ? [clientId] : enrolmentIds;
		if (ids.length === 0) continue;
		const rows = db.prepare(`SELECT * FROM "${table}" WHERE "${link}" IN (${ids.map(() => '?').join(',')}) ORDER BY rowid`).all(...ids) as Row[];
		if (rows.length) records[table] = rows;
	}
	const accessLog = db
		.prepare(
			`SELECT a.at, u.name AS user, a.role, a.action, a.entity, a.view, a.recipient, a.basis FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE a.client_id = ? ORDER BY a.id`
		)
		.all(clientId) as Row[];
	return {
		exportedAt: new Date().toISOString(),
		client,
		enrolments,
		records,
		accessLog: accessLog.map((r): Row => ({ ...r, at: new Date(r.at as number).toISOString() }))
	};
}

/**
 * A GDPR access request, as a page (`summary`) or a file (`export.json`): the policy first (404),
 * then the export's audit row (and the reader's budget, read-budget.ts), then the data.
 */
export function loadPersonalDataExport(actor: Actor | null | undefined, clientId: number, view: 'summary' | 'export.json') {
	const client = requirePersonalData(actor, clientId, 'export');
	auditClientRead({ actor: actor ?? null, action: 'export', entity: 'personal-data', entityId: client.id, clientId: client.id, teamId: client.team_id, view });
	// The export answers the client's access request: it is handed to the client (a disclosure).
	discloseToClient(actor ?? null, { id: client.id, teamId: client.team_id }, { entity: 'personal-data', entityId: client.id, view, details: 'all records and the access report' });
	return { clientId: client.id, data: exportClientData(client.id) };
}

export class NotEligibleError extends Error {}

/**
 * Anonymises a closed client whose retention period has run: identity fields and every free-text
 * field of the linked records are cleared, purely personal records deleted; dates and codes stay,
 * so outcome and fidelity statistics still count the (now anonymous) enrolments. One transaction.
 */
export function anonymiseClient(clientId: number, today = isoDateInFinland()): { clearedTables: string[]; deletedTables: string[] } {
	const status = clientRetention(clientId, today);
	if (!status.eligible) throw new NotEligibleError(status.reason);
	const db = getSqlite();
	const clearedTables: string[] = [];
	const deletedTables: string[] = [];
	db.transaction(() => {
		const enrolmentIds = (db.prepare('SELECT id FROM enrolments WHERE client_id = ?').all(clientId) as { id: number }[]).map((r) => r.id);
		for (const { table, link } of linkedTables()) {
			const ids = link === 'client_id' ? [clientId] : enrolmentIds;
			if (ids.length === 0) continue;
			const where = `"${link}" IN (${ids.map(() => '?').join(',')})`;
			if (DELETED_TABLES.has(table)) {
				if (db.prepare(`DELETE FROM "${table}" WHERE ${where}`).run(...ids).changes) deletedTables.push(table);
				continue;
			}
			const personal = columns(table).filter((c) => /TEXT/i.test(c.type) && !c.notnull && isPersonalTextColumn(c.name));
			if (personal.length === 0) continue;
			const result = db.prepare(`UPDATE "${table}" SET ${personal.map((c) => `"${c.name}" = NULL`).join(', ')} WHERE ${where}`).run(...ids);
			if (result.changes) clearedTables.push(table);
		}
		const enrolmentPersonal = columns('enrolments').filter((c) => /TEXT/i.test(c.type) && !c.notnull && isPersonalTextColumn(c.name));
		if (enrolmentPersonal.length) {
			db.prepare(`UPDATE enrolments SET ${enrolmentPersonal.map((c) => `"${c.name}" = NULL`).join(', ')} WHERE client_id = ?`).run(clientId);
		}
		const clientPersonal = columns('clients').filter((c) => /TEXT/i.test(c.type) && !c.notnull && isPersonalTextColumn(c.name));
		db.prepare(
			`UPDATE clients SET first_name = '–', last_name = ?, birth_year = NULL, ${clientPersonal.map((c) => `"${c.name}" = NULL`).join(', ')}${clientPersonal.length ? ',' : ''} anonymised_at = ?, version = version + 1 WHERE id = ?`
		).run(`#${clientId}`, Date.now(), clientId);
	})();
	return { clearedTables, deletedTables };
}

/** Closed clients of the given teams (null = all) whose retention has run and who are not yet anonymised. */
export function clientsDueForAnonymisation(teamIds: number[] | null, today = isoDateInFinland()) {
	const db = getSqlite();
	const teamFilter = teamIds ? `AND c.team_id IN (${teamIds.map(() => '?').join(',') || 'NULL'})` : '';
	const rows = db
		.prepare(
			`SELECT c.id, c.team_id AS teamId, MAX(e.closed_date) AS lastClosed, SUM(e.closed_date IS NULL) AS open
			 FROM clients c JOIN enrolments e ON e.client_id = c.id
			 WHERE c.anonymised_at IS NULL ${teamFilter}
			 GROUP BY c.id HAVING open = 0 ORDER BY lastClosed`
		)
		.all(...(teamIds ?? [])) as { id: number; teamId: number; lastClosed: string; open: number }[];
	const years = retentionYears();
	return rows
		.map((r) => ({ ...r, status: retentionStatus({ closedDates: [r.lastClosed], retentionYears: years, today }) }))
		.filter((r) => r.status.eligible)
		.map((r) => ({ id: r.id, teamId: r.teamId, lastClosed: r.lastClosed }));
}
