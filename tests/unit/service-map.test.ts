import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { loadDemo } from '$lib/server/demo';
import { getDb } from '$lib/server/db';
import { auditLog, enrolments, services, users } from '$lib/server/db/schema';
import { latestSupportPlan, saveSupportPlan } from '$lib/server/clients/content';
import { chosenServices } from '$lib/server/services/plan-services';
import { parsePlanGoals, planServiceIds } from '$lib/domain/support-plan';
import { searchServices, servicesInAreas } from '$lib/server/services/catalogue';
import { addService, editService, importServices } from '$lib/server/services/commands';
import { parseServiceCsv, servicesCsv } from '$lib/server/services/csv';
import type { Actor } from '$lib/server/policy';

const TODAY = '2026-11-23';
let lead: Actor;
let teamId = 0;
let otherTeamId = 0;
const utf8 = (text: string) => new TextEncoder().encode(text);
const HEADER = 'name;provider;sector;area;description;municipality;contact;url;active';

beforeAll(async () => {
	const demo = await loadDemo({ today: TODAY });
	void demo;
	const leadRow = getDb().select().from(users).where(eq(users.email, 'lead@example.fi')).get()!;
	teamId = getDb().select().from(services).get()!.teamId;
	otherTeamId = teamId + 1;
	lead = { id: leadRow.id, isAdmin: false, employerId: null, memberships: [{ teamId, role: 'lead' }] };
});

describe('catalogue search', () => {
	it('finds by area, municipality and words, hides inactive services unless asked, never another team’s', () => {
		const mind = searchServices({ teamIds: [teamId], area: 'mind' });
		expect(mind.length).toBeGreaterThan(0);
		expect(mind.every((s) => s.area === 'mind' && s.active)).toBe(true);
		expect(searchServices({ teamIds: [teamId], q: 'velka' }).map((s) => s.name)).toEqual(['Talous- ja velkaneuvonta']);
		expect(searchServices({ teamIds: [teamId], q: 'puutyöpaja' })).toEqual([]);
		expect(searchServices({ teamIds: [teamId], q: 'puutyöpaja', includeInactive: true })).toHaveLength(1);
		expect(searchServices({ teamIds: [teamId], municipality: 'Vantaa' }).every((s) => s.municipality === 'Vantaa')).toBe(true);
		expect(searchServices({ teamIds: [otherTeamId] })).toEqual([]);
		expect(searchServices({ teamIds: [teamId], q: '100%_' })).toEqual([]);
	});
	it('suggests active services of the low areas only', () => {
		const suggested = servicesInAreas(teamId, ['body', 'skills']);
		expect(suggested.length).toBeGreaterThan(0);
		expect(suggested.every((s) => (s.area === 'body' || s.area === 'skills') && s.active)).toBe(true);
	});
});

describe('writes', () => {
	const input = { name: 'Työhönvalmennuksen infotilaisuus', provider: 'Vantaan työllisyyspalvelut', sector: 'te-services' as const, area: 'work-and-future' as const, description: null, municipality: 'Vantaa', contact: null, url: null, active: true };

	it('adds a service once, logs it, and refuses the same name and provider again', () => {
		const added = addService(lead, teamId, input);
		expect(added.ok).toBe(true);
		expect(addService(lead, teamId, { ...input, name: ' työhönvalmennuksen INFOTILAISUUS' })).toEqual({ ok: false, errors: { name: 'services_err_duplicate' } });
		const id = added.ok ? added.value : 0;
		expect(getDb().select().from(auditLog).where(and(eq(auditLog.entity, 'service'), eq(auditLog.entityId, id))).all()).toHaveLength(1);
	});

	it('saves an edit over the version it was opened on only', () => {
		const created = addService(lead, teamId, { ...input, name: 'Versiotesti' });
		const id = created.ok ? created.value : 0;
		expect(editService(lead, { id, teamId }, 1, { ...input, name: 'Versiotesti', active: false }).ok).toBe(true);
		expect(editService(lead, { id, teamId }, 1, { ...input, name: 'Versiotesti', description: 'lost' })).toMatchObject({ ok: false, status: 409 });
		expect(getDb().select().from(services).where(eq(services.id, id)).get()).toMatchObject({ active: false, description: null, version: 2 });
	});
});

describe('CSV import and export', () => {
	it('reports every bad row with its column, and saves nothing', () => {
		const before = searchServices({ teamIds: [teamId], includeInactive: true }).length;
		const file = [
			HEADER,
			'Uusi palvelu;Järjestäjä;kela;mind;;;;;',
			'Toinen;Järjestäjä;kela;feelings;;;;;',
			';Järjestäjä;church;body;;;;;maybe',
			'uusi PALVELU;järjestäjä;kela;mind;;;;javascript:alert(1);'
		].join('\n');
		const parsed = parseServiceCsv(utf8(file));
		expect(parsed.rows).toEqual([]);
		expect(parsed.errors.map((e) => [e.row, e.column])).toEqual([
			[2, 'area'],
			[3, 'active'],
			[3, 'name'],
			[3, 'sector'],
			[4, 'url']
		]);
		expect(searchServices({ teamIds: [teamId], includeInactive: true })).toHaveLength(before);
	});

	it('names missing columns, and refuses an empty file', () => {
		expect(parseServiceCsv(utf8('name;provider\nA;B')).errors[0]).toMatchObject({ row: null, column: 'sector, area, description, municipality, contact, url' });
		expect(parseServiceCsv(utf8(HEADER)).errors).toHaveLength(1);
	});

	it('flags a repeated service in the file by the row it repeats', () => {
		const parsed = parseServiceCsv(utf8([HEADER, 'A;P;kela;mind;;;;;', 'B;P;kela;mind;;;;;', 'a;p;kela;body;;;;;'].join('\n')));
		expect(parsed.errors).toHaveLength(1);
		expect(parsed.errors[0]).toMatchObject({ row: 3, column: 'name' });
		expect(parsed.errors[0].message).toContain('1');
	});

	it('reads Excel’s Finnish CSV (Windows-1252, semicolons) and round-trips its own export', () => {
		const excel = iconv.encode([HEADER, 'Kävelyryhmä;Liikuntaseura Äijät ry;third-sector;body;Ääkköset säilyvät;Vantaa;;;kyllä'].join('\r\n'), 'win1252');
		const parsed = parseServiceCsv(new Uint8Array(excel));
		expect(parsed.errors).toEqual([]);
		expect(parsed.rows[0]).toMatchObject({ name: 'Kävelyryhmä', provider: 'Liikuntaseura Äijät ry', description: 'Ääkköset säilyvät', active: true });

		const exported = servicesCsv(searchServices({ teamIds: [teamId], includeInactive: true }));
		const again = parseServiceCsv(utf8(exported));
		expect(again.errors).toEqual([]);
		expect(again.rows.length).toBe(searchServices({ teamIds: [teamId], includeInactive: true }).length);
		expect(again.rows.some((r) => r.active === false)).toBe(true);
	});

	it('updates the services it knows, adds the rest, in one logged import', () => {
		const before = searchServices({ teamIds: [teamId], includeInactive: true }).length;
		const parsed = parseServiceCsv(utf8([HEADER, 'Liikuntaneuvonta;Vantaan kaupunki, liikuntapalvelut;municipality;body;Uusi kuvaus;Vantaa;;;', 'Uimakoulu aikuisille;Vantaan kaupunki;municipality;body;;Vantaa;;;'].join('\n')));
		const result = importServices(lead, teamId, parsed.rows);
		expect(result).toEqual({ ok: true, value: { created: 1, updated: 1 } });
		expect(searchServices({ teamIds: [teamId], includeInactive: true })).toHaveLength(before + 1);
		expect(searchServices({ teamIds: [teamId], q: 'Liikuntaneuvonta' })[0].description).toBe('Uusi kuvaus');
		expect(getDb().select().from(auditLog).where(eq(auditLog.entity, 'service-import')).all().at(-1)?.details).toBe('created=1 updated=1');
	});
});

describe('the support plan names services of the map', () => {
	it('parses a service per action, lets the service stand for the text, and refuses a malformed one', () => {
		const { goals, errors } = parsePlanGoals({ g0: 'Työkyky', g0s0: 'Liikunta', g0s0a0: '', g0s0a0_service: '12', g0s0a1: 'Kävely', g0s0a1_service: 'x', g0s0a2: '', g0s0a2_resp: '' });
		expect(goals[0].subGoals[0].actions.map((a) => a.serviceId ?? null)).toEqual([12, null]);
		expect(errors).toEqual({ g0s0a1_service: 'err_choice' });
		expect(planServiceIds(goals)).toEqual([12]);
		expect(parsePlanGoals({ g0: 'T', g0s0: 'S', g0s0a0: '', g0s0a0_resp: 'Coach' }).errors).toEqual({ g0s0a0: 'err_required' });
	});

	it('saves only services of the team, fills an empty text with the name, and prints them by area', () => {
		const enrolment = getDb().select().from(enrolments).where(and(eq(enrolments.teamId, teamId), isNull(enrolments.closedDate))).get()!;
		const own = searchServices({ teamIds: [teamId], area: 'body' })[0];
		const base = latestSupportPlan(enrolment.id)?.version ?? 0;
		const input = (serviceId: number) => ({
			planDate: TODAY,
			situation: null,
			workAndEducation: null,
			workAbilityFactors: null,
			servicesInUse: null,
			networkContacts: null,
			reviewDate: null,
			changeNote: null,
			baseVersion: base,
			goals: [{ title: 'Jaksaminen', subGoals: [{ title: 'Liikunta', actions: [{ text: '', responsible: 'Asiakas', due: null, status: 'planned' as const, serviceId }] }] }]
		});
		expect(saveSupportPlan(enrolment.id, teamId, input(999_999), lead.id, TODAY)).toEqual({ ok: false, errors: { g0s0a0_service: 'err_choice' } });
		expect(latestSupportPlan(enrolment.id)?.version ?? 0).toBe(base);
		expect(saveSupportPlan(enrolment.id, teamId, input(own.id), lead.id, TODAY).ok).toBe(true);
		const saved = latestSupportPlan(enrolment.id)!;
		expect(saved.goals[0].subGoals[0].actions[0]).toMatchObject({ text: own.name, serviceId: own.id });
		expect(chosenServices(teamId, saved.goals).map((s) => s.id)).toEqual([own.id]);
		expect(chosenServices(otherTeamId, saved.goals)).toEqual([]);
	});
});
