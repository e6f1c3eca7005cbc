import { describe, expect, it, vi } from 'vitest';
import { createUser } from '$lib/server/accounts';
import { setRetention } from '$lib/server/trust/commands';
import { retentionChanges, startRetentionSchedule } from '$lib/server/trust/retention';
import { getSqlite } from '$lib/server/db';
import { retentionYears } from '$lib/server/trust/personal-data';
import { retentionCommand } from '$lib/server/cli/retention';
import { addClient, addEnrolment, addTeam } from './fixtures';

describe('retention setting', () => {
	it('defaults to 10 years; each change keeps who, the old and new value and the reason, newest first', async () => {
		expect(retentionYears()).toBe(10);
		expect(retentionChanges()).toEqual([]);
		const adminId = await createUser({ email: 'admin@retention.fi', name: 'Arkisto Admin', password: null, isAdmin: true });
		const admin = { id: adminId, isAdmin: true, employerId: null, memberships: [] };
		expect(setRetention(admin, 12, 'Arkistonmuodostussuunnitelma 3/2026').ok).toBe(true);
		expect(setRetention(admin, 10, 'Palautettu kansalliseen sääntöön; peruste: KA/1234').ok).toBe(true);
		expect(setRetention(admin, 5, '').ok).toBe(false);
		expect(retentionChanges().map(({ userName, years, previous, reason }) => ({ userName, years, previous, reason }))).toEqual([
			{ userName: 'Arkisto Admin', years: 10, previous: 12, reason: 'Palautettu kansalliseen sääntöön; peruste: KA/1234' },
			{ userName: 'Arkisto Admin', years: 12, previous: 10, reason: 'Arkistonmuodostussuunnitelma 3/2026' }
		]);
	});

	it('the audit log keeps each change with its reason too', () => {
		const rows = getSqlite().prepare("SELECT details FROM audit_log WHERE entity = 'setting' ORDER BY id").all() as { details: string }[];
		expect(rows.map((r) => r.details)).toEqual([
			'retention_years=12; previous=10; reason=Arkistonmuodostussuunnitelma 3/2026',
			'retention_years=10; previous=12; reason=Palautettu kansalliseen sääntöön; peruste: KA/1234'
		]);
	});
});

describe('clients due for anonymisation', () => {
	it('`polku retention due` lists closed clients past retention and changes nothing', async () => {
		const team = addTeam('Säilytystiimi');
		const old = addClient(team, 'Vanha', 'Asiakas');
		addEnrolment(old, team, { referralDate: '2010-01-01', closedDate: '2015-06-30' });
		const recent = addClient(team, 'Tuore', 'Asiakas');
		addEnrolment(recent, team, { referralDate: '2018-01-01', closedDate: '2020-06-30' });
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		expect(await retentionCommand.run({ positionals: ['due'], flags: { date: '2026-12-07' } })).toBe(0);
		const out = log.mock.calls.map((c) => String(c[0])).join('\n');
		log.mockRestore();
		expect(out).toContain('1 client is due for anonymisation on 2026-12-07');
		expect(out).toContain(`#${old}\t`);
		expect(out).not.toContain(`#${recent}\t`);
	});

	it('the daily server check writes one line when clients are due, and does not start under vitest', () => {
		expect(startRetentionSchedule({ VITEST: 'true' })).toBeNull();
		expect(startRetentionSchedule({ POLKU_WORKER_INDEX: '2' })).toBeNull();
		const lines: string[] = [];
		const timer = startRetentionSchedule({}, (line) => lines.push(line));
		clearInterval(timer!);
		expect(lines).toEqual([expect.stringMatching(/^Retention: \d+ clients? (is|are) due for anonymisation; approve each at \/privacy/)]);
	});
});
