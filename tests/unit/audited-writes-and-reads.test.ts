import { beforeAll, describe, expect, it } from 'vitest';
import { createTeam, createUser } from '$lib/server/accounts';
import { getDb, getSqlite, schema } from '$lib/server/db';
import { eraseClient, setRetention } from '$lib/server/trust/commands';
import { retentionYears, loadPersonalDataExport } from '$lib/server/trust/personal-data';
import { loadAuditLog, loadClientAccessReport } from '$lib/server/trust/audit-access';
import { requestContact } from '$lib/server/portal/commands';
import { loadSupervisionList, loadTeamView } from '$lib/server/clients/team';
import { runImport } from '$lib/server/import/apply';
import { templateCsv } from '$lib/server/import/template';
import { IMPORT_FILES } from '$lib/domain/import';
import type { Actor } from '$lib/server/policy';

/**
 * Privacy and portal commands, the import, and the read loaders: a refusal logs nothing, a done
 * write or a served read exactly one audit row, and a read the policy refuses neither logs nor
 * serves anything.
 */

type AuditRow = { user_id: number | null; action: string; entity: string; entity_id: number | null; client_id: number | null; team_id: number | null; view: string | null; details: string | null };

const auditCount = () => (getSqlite().prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
const lastAudit = () => getSqlite().prepare('SELECT user_id, action, entity, entity_id, client_id, team_id, view, details FROM audit_log ORDER BY id DESC LIMIT 1').get() as AuditRow;

function logged<T>(run: () => T): { answer: T; rows: number } {
	const before = auditCount();
	const answer = run();
	return { answer, rows: auditCount() - before };
}

/** A refused read: the error it throws (SvelteKit's HttpError carries the status) and the rows it added. */
function refusedRead(run: () => unknown): { status: number | undefined; rows: number } {
	const before = auditCount();
	try {
		run();
	} catch (err) {
		return { status: (err as { status?: number }).status, rows: auditCount() - before };
	}
	throw new Error('the read was served');
}

let teamId: number;
let admin: Actor;
let lead: Actor;
let coach: Actor;
let outsider: Actor;

function makeClient(closedDate: string | null) {
	const db = getDb();
	const client = db.insert(schema.clients).values({ teamId, firstName: 'Aino', lastName: 'Auditoitu' }).returning().get();
	db.insert(schema.enrolments).values({ clientId: client.id, teamId, coachId: coach.id, referralDate: '2015-01-05', closedDate, closingReason: closedDate ? 'employed' : null }).run();
	return client;
}

beforeAll(async () => {
	teamId = createTeam({ name: 'Lokitiimi', municipality: null });
	const otherTeam = createTeam({ name: 'Muu tiimi', municipality: null });
	const ids = await Promise.all([
		createUser({ email: 'admin@log.fi', name: 'Admin', password: null, isAdmin: true }),
		createUser({ email: 'lead@log.fi', name: 'Lead', password: null, team: { teamId, role: 'lead' } }),
		createUser({ email: 'coach@log.fi', name: 'Coach', password: null, team: { teamId, role: 'coach' } }),
		createUser({ email: 'other@log.fi', name: 'Other', password: null, team: { teamId: otherTeam, role: 'lead' } })
	]);
	admin = { id: ids[0], isAdmin: true, employerId: null, memberships: [] };
	lead = { id: ids[1], isAdmin: false, employerId: null, memberships: [{ teamId, role: 'lead' }] };
	coach = { id: ids[2], isAdmin: false, employerId: null, memberships: [{ teamId, role: 'coach' }] };
	outsider = { id: ids[3], isAdmin: false, employerId: null, memberships: [{ teamId: otherTeam, role: 'lead' }] };
});

describe('privacy commands', () => {
	it('setRetention stores the period and logs it once', () => {
		const set = logged(() => setRetention(admin, 3, 'county archive decision 12/2026'));
		expect(set).toEqual({ answer: { ok: true, value: 3 }, rows: 1 });
		expect(retentionYears()).toBe(3);
		expect(lastAudit()).toMatchObject({ user_id: admin.id, action: 'update', entity: 'setting', details: 'retention_years=3; previous=10; reason=county archive decision 12/2026' });
	});

	it('setRetention without a reason is refused at the reason field, changing and logging nothing', () => {
		const before = retentionYears();
		expect(logged(() => setRetention(admin, 7, '  '))).toEqual({ answer: { ok: false, errors: { reason: 'retention_err_reason' } }, rows: 0 });
		expect(retentionYears()).toBe(before);
	});

	it('eraseClient refuses a client whose retention has not run, changing and logging nothing', () => {
		const open = makeClient(null);
		const refused = logged(() => eraseClient(lead, { id: open.id, team_id: teamId }, '2026-11-23'));
		expect(refused).toEqual({ answer: { ok: false, errors: { confirm: 'trust_not_eligible' } }, rows: 0 });
		expect(getSqlite().prepare('SELECT last_name FROM clients WHERE id = ?').get(open.id)).toEqual({ last_name: 'Auditoitu' });
	});

	it('eraseClient anonymises an eligible client and logs the erasure once', () => {
		const closed = makeClient('2016-01-01');
		const erased = logged(() => eraseClient(lead, { id: closed.id, team_id: teamId }, '2026-11-23'));
		expect(erased.answer.ok).toBe(true);
		expect(erased.rows).toBe(1);
		expect(lastAudit()).toMatchObject({ action: 'erase', entity: 'client', entity_id: closed.id, client_id: closed.id, team_id: teamId });
		expect(getSqlite().prepare('SELECT last_name FROM clients WHERE id = ?').get(closed.id)).toEqual({ last_name: `#${closed.id}` });
	});
});

describe('portal command', () => {
	it('requestContact stores the request and logs it once', async () => {
		const employer = getDb().insert(schema.employers).values({ teamId, name: 'Portaali Oy' }).returning().get();
		const userId = await createUser({ email: 'boss@portaali.fi', name: 'Boss', password: null, employerId: employer.id });
		const employerUser: Actor = { id: userId, isAdmin: false, employerId: employer.id, memberships: [] };
		const sent = logged(() => requestContact(employerUser, employer.id, 'Soittakaa'));
		expect(sent.rows).toBe(1);
		const id = sent.answer.ok ? sent.answer.value : -1;
		expect(lastAudit()).toMatchObject({ user_id: userId, action: 'create', entity: 'contact-request', entity_id: id, details: `employer ${employer.id}` });
		expect(getSqlite().prepare('SELECT message FROM contact_requests WHERE id = ?').get(id)).toEqual({ message: 'Soittakaa' });
	});
});

describe('import', () => {
	const files = Object.fromEntries(
		IMPORT_FILES.map((f) => {
			const bytes = new TextEncoder().encode(templateCsv('fi', f));
			return [f, { bytes, size: bytes.byteLength }];
		})
	);
	const input = { files, teamName: 'Tuontitiimi', createTeam: true, createCoaches: true, today: '2026-11-23' };

	it('a refused import and a dry run log nothing', () => {
		const refused = logged(() => runImport({ ...input, actor: admin, createTeam: false, dryRun: false }));
		expect(refused.answer.ok).toBe(false);
		expect(refused.rows).toBe(0);
		const dry = logged(() => runImport({ ...input, actor: admin, dryRun: true }));
		expect(dry.answer.ok).toBe(true);
		expect(dry.rows).toBe(0);
	});

	it('an import logs once, with the team it wrote into', () => {
		const imported = logged(() => runImport({ ...input, actor: admin, dryRun: false }));
		expect(imported.answer.ok).toBe(true);
		expect(imported.rows).toBe(1);
		expect(lastAudit()).toMatchObject({ user_id: admin.id, action: 'create', entity: 'import', team_id: imported.answer.teamId, view: 'outcomes/import' });
	});
});

describe('read loaders', () => {
	const url = (path: string) => new URL(`http://polku.test${path}`);

	it('the team view and the supervision list log one read each, after the policy', () => {
		const view = logged(() => loadTeamView(coach, url('/team')));
		expect(view.answer.team.id).toBe(teamId);
		expect(view.rows).toBe(1);
		expect(lastAudit()).toMatchObject({ user_id: coach.id, action: 'read', entity: 'team-caseload', team_id: teamId, view: 'team' });
		expect(logged(() => loadSupervisionList(lead, url(`/team/supervision?team=${teamId}`))).rows).toBe(1);
		expect(lastAudit()).toMatchObject({ view: 'supervision', team_id: teamId });
		expect(refusedRead(() => loadTeamView(null, url('/team')))).toEqual({ status: 404, rows: 0 });
		expect(refusedRead(() => loadTeamView(admin, url('/team')))).toEqual({ status: 404, rows: 0 });
	});

	it("a client's access report logs one row, the personal-data export a use and a disclosure to the client; others get 404 and no row", () => {
		const client = makeClient(null);
		const report = logged(() => loadClientAccessReport(lead, client.id, 'export'));
		expect(report.rows).toBe(1);
		expect(lastAudit()).toMatchObject({ action: 'export', entity: 'access-report', client_id: client.id, view: 'access-report.csv' });
		const data = logged(() => loadPersonalDataExport(lead, client.id, 'summary'));
		expect(data.answer.clientId).toBe(client.id);
		expect(data.rows).toBe(2);
		const [use, disclosure] = getSqlite().prepare('SELECT action, entity, entity_id, view, recipient, basis FROM audit_log ORDER BY id DESC LIMIT 2').all().reverse();
		expect(use).toMatchObject({ action: 'export', entity: 'personal-data', entity_id: client.id, view: 'summary' });
		expect(disclosure).toMatchObject({ action: 'disclose', entity: 'personal-data', entity_id: client.id, view: 'summary', recipient: 'client', basis: 'role:lead' });
		expect(refusedRead(() => loadClientAccessReport(outsider, client.id, 'read'))).toEqual({ status: 404, rows: 0 });
		expect(refusedRead(() => loadPersonalDataExport(coach, client.id, 'export.json'))).toEqual({ status: 404, rows: 0 });
	});

	it('the audit log page filters by the URL and is not itself logged', () => {
		const page = logged(() => loadAuditLog(lead, new URLSearchParams('action=export&user=lead@log.fi')));
		expect(page.rows).toBe(0);
		expect(page.answer.wholeInstallation).toBe(false);
		expect(page.answer.rows.every((r) => r.action === 'export' && r.userEmail === 'lead@log.fi')).toBe(true);
		expect(page.answer.rows.length).toBeGreaterThan(0);
		expect(refusedRead(() => loadAuditLog(coach, new URLSearchParams()))).toEqual({ status: 404, rows: 0 });
	});
});
