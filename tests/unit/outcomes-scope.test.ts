import { beforeAll, describe, expect, it } from 'vitest';
import { createTeam, createUser } from '$lib/server/accounts';
import { canExport, resolveScope } from '$lib/server/outcomes/figures';
import { RAW_COLUMNS } from '$lib/server/outcomes/export';
import { toCsv } from '$lib/server/outcomes/export';
import type { Actor } from '$lib/server/policy';
import { parsePeriodParams } from '$lib/domain/period';

let teamA: number;
let teamB: number;
let coachId: number;
let otherCoachId: number;
let lead: Actor;
let coach: Actor;

const params = (q: string) => new URLSearchParams(q);
function status(fn: () => unknown): number | 'ok' {
	try {
		fn();
		return 'ok';
	} catch (e) {
		return (e as { status?: number }).status ?? -1;
	}
}

beforeAll(async () => {
	teamA = createTeam({ name: 'A-tiimi', municipality: null });
	teamB = createTeam({ name: 'B-tiimi', municipality: null });
	const leadId = await createUser({ email: 'lead@a.fi', name: 'Lead', password: null, team: { teamId: teamA, role: 'lead' } });
	coachId = await createUser({ email: 'coach@a.fi', name: 'Coach', password: null, team: { teamId: teamA, role: 'coach' } });
	otherCoachId = await createUser({ email: 'coach2@a.fi', name: 'Coach Two', password: null, team: { teamId: teamA, role: 'coach' } });
	lead = { id: leadId, isAdmin: false, employerId: null, memberships: [{ teamId: teamA, role: 'lead' }] };
	coach = { id: coachId, isAdmin: false, employerId: null, memberships: [{ teamId: teamA, role: 'coach' }] };
});

describe('whose numbers (policy resource "outcomes")', () => {
	it('a lead sees the own team, each coach, and may export', () => {
		const scope = resolveScope(lead, params(''));
		expect(scope).toMatchObject({ teamIds: [teamA], coachId: null, isLeadView: true, team: teamA });
		expect(scope.coaches.map((c) => c.id).sort()).toEqual([coachId, otherCoachId].sort());
		expect(canExport(lead, scope)).toBe(true);
		expect(resolveScope(lead, params(`coach=${coachId}`)).coachId).toBe(coachId);
		expect(resolveScope(lead, params('team=all')).teamIds).toEqual([teamA]);
	});
	it('a lead gets 404 for another team', () => {
		expect(status(() => resolveScope(lead, params(`team=${teamB}`)))).toBe(404);
		expect(status(() => resolveScope(lead, params('team=abc')))).toBe(404);
	});
	it('a coach sees own numbers only and exports nothing', () => {
		const scope = resolveScope(coach, params(''));
		expect(scope).toMatchObject({ teamIds: [teamA], coachId, isLeadView: false, coaches: [] });
		expect(canExport(coach, scope)).toBe(false);
		expect(status(() => resolveScope(coach, params(`coach=${otherCoachId}`)))).toBe(404);
		expect(status(() => resolveScope(coach, params('team=all')))).toBe(404);
	});
	it('employers and signed-out users get 404', () => {
		expect(status(() => resolveScope({ id: 99, isAdmin: false, employerId: 1, memberships: [] }, params('')))).toBe(404);
		expect(status(() => resolveScope(null, params('')))).toBe(404);
	});
});

describe('periods and exports', () => {
	it('the picker falls back to the current quarter on bad input', () => {
		expect(parsePeriodParams(params(''), '2026-11-23')).toMatchObject({ kind: 'quarter', period: { from: '2026-10-01', to: '2026-12-31' }, invalid: false });
		expect(parsePeriodParams(params('period=month&at=15.2.2024'), '2026-11-23').period).toEqual({ from: '2024-02-01', to: '2024-02-29' });
		expect(parsePeriodParams(params('period=custom&from=2026-05-01&to=2026-01-01'), '2026-11-23').invalid).toBe(true);
		expect(parsePeriodParams(params('period=week'), '2026-11-23').invalid).toBe(true);
	});
	it('the clients export has no identity code or contact details', () => {
		expect(RAW_COLUMNS.clients).toEqual([
			'client_id',
			'client_ref',
			'first_name',
			'last_name',
			'birth_year',
			'municipality',
			'preferred_language'
		]);
	});
	it('CSV: BOM, quoting, and text that looks like a formula is defused', () => {
		const csv = toCsv({ name: 't', columns: ['a', 'b'], rows: [['x;y', '=HYPERLINK("z")'], [1.5, null]] }, { delimiter: ';', bom: true });
		expect(csv).toBe('\uFEFFa;b\r\n"x;y";"\'=HYPERLINK(""z"")"\r\n1.5;\r\n');
	});
});

describe('export builds', () => {
	it('writes an audit entry for every export, and refuses a coach', async () => {
		const { buildExport } = await import('$lib/server/outcomes/export');
		const { listAudit } = await import('$lib/server/audit');
		const base = { holder: {}, period: { from: '2026-01-01', to: '2026-03-31' }, today: '2026-11-23', delimiter: ';' as const, label: (k: string) => k, closingReasonLabel: (r: string) => r, view: '/outcomes/export' };
		const scope = resolveScope(lead, params(''));
		const csv = await buildExport({ ...base, actor: lead, scope, table: 'report', format: 'csv' });
		const csvBytes = Buffer.from(await new Response(csv.body).arrayBuffer());
		expect(csvBytes.toString('utf8').startsWith('\uFEFFfigure;label;value')).toBe(true);
		const xlsx = await buildExport({ ...base, actor: lead, scope, table: 'all', format: 'xlsx' });
		expect(Buffer.from(await new Response(xlsx.body).arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
		const exports = listAudit({ teamIds: null, action: 'export' }).rows;
		expect(exports.map((e) => JSON.parse(e.details!).table)).toEqual(['all', 'report']);
		const coachScope = resolveScope(coach, params(''));
		await expect(buildExport({ ...base, actor: coach, scope: coachScope, table: 'report', format: 'csv' })).rejects.toMatchObject({ status: 404 });
		await expect(buildExport({ ...base, actor: lead, scope, table: 'passwords', format: 'csv' })).rejects.toMatchObject({ status: 404 });
		expect(listAudit({ teamIds: null, action: 'export' }).rows).toHaveLength(2);
	});
});
