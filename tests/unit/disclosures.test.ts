import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { loadDemo } from '$lib/server/demo';
import { getDb, getSqlite } from '$lib/server/db';
import { employers, users } from '$lib/server/db/schema';
import { loadActor } from '$lib/server/auth/session';
import { portalPageData, portalPlacementData } from '$lib/server/portal/disclosed';
import { portalPlacementRows } from '$lib/server/portal/portal';
import { loadPlanPrint } from '$lib/server/clients/plan-print';
import { loadPersonalDataExport } from '$lib/server/trust/personal-data';
import { loadClientAccessReport } from '$lib/server/trust/audit-access';
import { buildExport } from '$lib/server/outcomes/export';
import { resolveScope } from '$lib/server/outcomes/figures';
import { verifyAuditChain } from '$lib/server/audit-chain';
import type { Actor } from '$lib/server/policy';

// Every path by which client data leaves the staff circle writes one `disclose` row per client,
// with the recipient and the basis (docs/domain/privacy.md#disclosure-log).

const TODAY = '2026-11-23';
type Row = { id: number; user_id: number | null; action: string; entity: string; entity_id: number | null; client_id: number | null; team_id: number | null; view: string | null; details: string | null; recipient: string | null; basis: string | null };
const disclosuresAfter = (id: number) => getSqlite().prepare("SELECT * FROM audit_log WHERE id > ? AND action = 'disclose' ORDER BY id").all(id) as Row[];
const lastId = () => (getSqlite().prepare('SELECT coalesce(max(id), 0) AS id FROM audit_log').get() as { id: number }).id;
const actorOf = (email: string): Actor => loadActor(getDb().select().from(users).where(eq(users.email, email)).get()!);

let employerUser: Actor;
let kahvilaId: number;
let lead: Actor;
let coach: Actor;

beforeAll(async () => {
	await loadDemo({ today: TODAY });
	employerUser = actorOf('employer@example.fi');
	kahvilaId = employerUser.employerId!;
	expect(getDb().select().from(employers).where(eq(employers.id, kahvilaId)).get()!.name).toBe('Kahvila Kulma Oy');
	lead = actorOf('lead@example.fi');
	coach = actorOf('coach@example.fi');
});

describe('disclosures to an employer in the portal', () => {
	it('the portal page logs each shown placement and each shared contact naming a client, on the client’s consent', () => {
		const [shown] = portalPlacementRows(kahvilaId, TODAY);
		// Link one shared contact to the consenting client, so it names a client.
		const contact = getSqlite().prepare('SELECT id FROM employer_contacts WHERE employer_id = ? AND shared_with_employer = 1 ORDER BY id LIMIT 1').get(kahvilaId) as { id: number };
		getSqlite().prepare('INSERT INTO employer_contact_clients (employer_contact_id, client_id) VALUES (?, ?)').run(contact.id, shown.clientId);
		const consent = getSqlite().prepare('SELECT id FROM consents WHERE client_id = ? AND employer_id = ? AND withdrawn_at IS NULL').get(shown.clientId, kahvilaId) as { id: number };

		const before = lastId();
		const page = portalPageData(employerUser, kahvilaId, TODAY);
		expect(page.placements.map((p) => Object.keys(p).sort())).toEqual([['coach', 'firstName', 'id', 'jobTitle', 'startDate']]);
		expect(page.contacts).toHaveLength(2);
		expect(page.contacts.every((c) => !('named' in c) && !('clientId' in c))).toBe(true);
		const rows = disclosuresAfter(before);
		expect(rows.map((r) => ({ entity: r.entity, entityId: r.entity_id, client: r.client_id, view: r.view, recipient: r.recipient, basis: r.basis, user: r.user_id }))).toEqual([
			{ entity: 'placement', entityId: shown.placement.id, client: shown.clientId, view: 'portal', recipient: `employer:${kahvilaId}`, basis: `consent:${consent.id}`, user: employerUser.id },
			{ entity: 'employer-contact', entityId: contact.id, client: shown.clientId, view: 'portal', recipient: `employer:${kahvilaId}`, basis: `consent:${consent.id}`, user: employerUser.id }
		]);
		expect(rows[0].details).toContain('first name');
	});

	it('one placement’s page logs that placement; a placement not shown logs nothing', () => {
		const [shown] = portalPlacementRows(kahvilaId, TODAY);
		const before = lastId();
		expect(portalPlacementData(employerUser, kahvilaId, shown.placement.id, TODAY)?.id).toBe(shown.placement.id);
		expect(disclosuresAfter(before)).toMatchObject([{ entity: 'placement', view: 'portal-placement', client_id: shown.clientId, recipient: `employer:${kahvilaId}` }]);
		const hidden = getSqlite().prepare("SELECT id FROM placements WHERE employer_id = ? AND disclosure = 'none'").get(kahvilaId) as { id: number };
		const again = lastId();
		expect(portalPlacementData(employerUser, kahvilaId, hidden.id, TODAY)).toBeUndefined();
		expect(disclosuresAfter(again)).toEqual([]);
	});

	it('the client’s access report lists the disclosure with the employer’s name and the consent', () => {
		const [shown] = portalPlacementRows(kahvilaId, TODAY);
		const report = loadClientAccessReport(lead, shown.clientId, 'read');
		const disclosure = report.disclosures.find((d) => d.entity === 'placement')!;
		expect(disclosure.recipient).toEqual({ kind: 'employer', id: kahvilaId, name: 'Kahvila Kulma Oy' });
		expect(disclosure.basis).toMatchObject({ kind: 'consent' });
		expect(report.uses.every((u) => u.action !== 'disclose')).toBe(true);
		expect(report.uses[0]).toMatchObject({ entity: 'access-report', basis: { kind: 'role', role: 'lead' } });
	});
});

describe('disclosures to the client and out of Polku', () => {
	const clientWithPlan = () => getSqlite().prepare('SELECT e.client_id AS id, c.team_id AS teamId FROM support_plans s JOIN enrolments e ON e.id = s.enrolment_id JOIN clients c ON c.id = e.client_id JOIN team_members m ON m.team_id = c.team_id JOIN users u ON u.id = m.user_id AND u.email = ? ORDER BY e.id LIMIT 1').get('coach@example.fi') as { id: number; teamId: number };

	it('the printed plan is logged as disclosed to the client, on the printer’s role', () => {
		const client = clientWithPlan();
		const before = lastId();
		const print = loadPlanPrint(coach, String(client.id));
		expect(disclosuresAfter(before)).toMatchObject([{ entity: 'support-plan', entity_id: print.plan.id, client_id: client.id, view: 'support-plan-print', recipient: 'client', basis: 'role:coach' }]);
	});

	it('the personal-data export is logged as disclosed to the client', () => {
		const client = clientWithPlan();
		const before = lastId();
		loadPersonalDataExport(lead, client.id, 'export.json');
		expect(disclosuresAfter(before)).toMatchObject([{ entity: 'personal-data', client_id: client.id, view: 'export.json', recipient: 'client', basis: 'role:lead' }]);
	});

	it('an outcome export with the clients table logs each named client as disclosed to the downloader; other tables log none', async () => {
		const request = (table: string) => ({
			actor: lead,
			holder: {},
			scope: resolveScope(lead, new URLSearchParams('')),
			period: { from: '2026-01-01', to: '2026-12-31' },
			today: TODAY,
			table,
			format: 'csv',
			delimiter: ';' as const,
			label: (k: string) => k,
			closingReasonLabel: (r: string) => r,
			view: '/outcomes/export'
		});
		let before = lastId();
		await new Response((await buildExport(request('enrolments'))).body).text();
		expect(disclosuresAfter(before)).toEqual([]);
		before = lastId();
		await new Response((await buildExport(request('clients'))).body).text();
		const rows = disclosuresAfter(before);
		const teamIds = lead.memberships.map((m) => m.teamId);
		const named = getSqlite().prepare(`SELECT count(*) AS n FROM clients WHERE team_id IN (${teamIds.join(',')}) AND anonymised_at IS NULL`).get() as { n: number };
		expect(rows).toHaveLength(named.n);
		expect(rows[0]).toMatchObject({ entity: 'client', recipient: `user:${lead.id}`, basis: 'role:lead', view: '/outcomes/export' });
		expect(rows[0].details).toContain('first_name, last_name');
	});

	it('every disclosure is part of the hash chain', () => {
		expect(verifyAuditChain(getSqlite()).ok).toBe(true);
	});
});
