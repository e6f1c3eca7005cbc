import { beforeAll, describe, expect, it } from 'vitest';
import { getSqlite } from '$lib/server/db';
import { cachedTeamFigures, computeTeamReportFor } from '$lib/server/team-report/figures';
import { scopeRows } from '$lib/server/team-report/inputs';
import { COACH_PAGE_SIZE, loadTeamReportPage } from '$lib/server/team-report/page';
import { teamReportJson } from '$lib/domain/team-report';
import type { Actor } from '$lib/server/policy';
import { addClient, addClientContact, addEnrolment, addTeam, addUser, insertRow } from './fixtures';

// Each team's rows are loaded and kept apart and joined for the scope (docs/domain/team-report.md):
// the joined figures must be those of one load of the whole scope, and a save in one team must show
// at once in that team's and the county's figures while the other team's rows stay as loaded.
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const TODAY = '2026-12-07';
let one: number;
let two: number;
let coachA: number;
let coachB: number;
let shared: number;
const all = () => ({ teamIds: [one, two], coachId: null });

function enrol(team: number, coachId: number, entry: string, plan?: string): number {
	const id = addEnrolment(addClient(team), team, { coachId, referralDate: entry, firstMeetingDate: entry, entryDate: entry });
	if (plan) insertRow('support_plans', { enrolment_id: id, version: 1, plan_date: plan, goals: '[]', review_date: '2027-01-01', created_at: Date.now() });
	return id;
}

function member(teamId: number, userId: number, role: 'coach' | 'lead') {
	insertRow('team_members', { team_id: teamId, user_id: userId, role });
}

beforeAll(() => {
	one = addTeam('Ykköstiimi');
	two = addTeam('Kakkostiimi');
	coachA = addUser('a@teams.fi', 'Coach A');
	coachB = addUser('b@teams.fi', 'Coach B');
	shared = addUser('s@teams.fi', 'Coach Shared');
	const now = Date.now();
	const a1 = enrol(one, coachA, '2026-02-01', '2026-03-01');
	const a2 = enrol(one, coachA, '2026-03-01', '2026-09-01');
	const b1 = enrol(two, coachB, '2026-04-01', '2026-04-20');
	const s1 = enrol(one, shared, '2026-05-01');
	const s2 = enrol(two, shared, '2026-06-01', '2026-06-15');
	for (const [e, date] of [[a1, '2026-02-02'], [a1, '2026-02-09'], [a2, '2026-03-05'], [b1, '2026-04-02'], [s1, '2026-05-03'], [s2, '2026-06-03'], [s2, '2026-06-10']] as const) addClientContact(e, date);
	insertRow('missed_meetings', { enrolment_id: b1, date: '2026-04-10', kind: 'no-show', created_at: now });
	insertRow('consultations', { team_id: two, enrolment_id: null, date: '2026-04-11', question: 'Q', created_at: now, updated_at: now });
	insertRow('client_feedback', { enrolment_id: s2, date: '2026-07-01', satisfaction: 9, recommend: 10, created_at: now });
	insertRow('anonymous_feedback', { team_id: one, date: '2026-07-01', satisfaction: 6, recommend: 3, created_at: now });
});

describe('team report from each team’s rows', () => {
	it('gives for the county exactly the report of one load of all its teams, every id included', () => {
		const county = cachedTeamFigures(all(), YEAR, TODAY).report;
		expect(county).toEqual(computeTeamReportFor(all(), YEAR, TODAY));
		expect(county.service.shareSupportPlanWithin90.value).toBeGreaterThan(0);
		expect(teamReportJson(county)).toMatchObject({ entries: 5, contacts: 7, noShows: 1, anonymousConsultations: 1, satisfactionAnswers: 2 });
		for (const scope of [{ teamIds: [one], coachId: null }, { teamIds: [two], coachId: null }, { teamIds: [one, two], coachId: shared }]) {
			expect(cachedTeamFigures(scope, YEAR, TODAY).report).toEqual(computeTeamReportFor(scope, YEAR, TODAY));
		}
	});

	it('gives a coach with clients in two teams the figures of their own scope', () => {
		const row = cachedTeamFigures(all(), YEAR, TODAY).byCoach.find((r) => r.coachId === shared)!;
		const own = teamReportJson(computeTeamReportFor({ teamIds: [one, two], coachId: shared }, YEAR, TODAY));
		expect(row.values).toMatchObject({ 'intake.entries': 2, 'service.contacts': 3, 'feedback.satisfactionMean': own.satisfactionMean });
		expect(own.entries).toBe(2);
	});

	it('shows a save in one team at once in that team’s and the county’s figures, and keeps the other team’s rows', () => {
		const before = cachedTeamFigures(all(), YEAR, TODAY);
		const teamOne = cachedTeamFigures({ teamIds: [one], coachId: null }, YEAR, TODAY);
		const rowsOfOne = scopeRows({ teamIds: [one], coachId: null }, YEAR, TODAY).teams[0];
		const rowOf = (figures: typeof before, coachId: number) => figures.byCoach.find((r) => r.coachId === coachId)!.values;

		const b2 = enrol(two, coachB, '2026-08-01');
		addClientContact(b2, '2026-08-02');
		const after = cachedTeamFigures(all(), YEAR, TODAY);
		expect(after.report.service.contacts.value).toBe(before.report.service.contacts.value! + 1);
		expect(after.report.intake.entries.value).toBe(before.report.intake.entries.value! + 1);
		expect(cachedTeamFigures({ teamIds: [two], coachId: null }, YEAR, TODAY).report.service.contacts.value).toBe(4);
		expect(after.report).toEqual(computeTeamReportFor(all(), YEAR, TODAY));
		// The changed team's coach at once; the other team's coach, report and rows as they were.
		expect(rowOf(after, coachB)['service.contacts']).toBe(rowOf(before, coachB)['service.contacts']! + 1);
		expect(rowOf(after, coachA)).toEqual(rowOf(before, coachA));
		expect(cachedTeamFigures({ teamIds: [one], coachId: null }, YEAR, TODAY)).toBe(teamOne);
		expect(scopeRows({ teamIds: [one], coachId: null }, YEAR, TODAY).teams[0]).toBe(rowsOfOne);

		// A coach's first client in the other team is in the coach's row on the next view.
		enrol(two, coachA, '2026-09-01');
		expect(rowOf(cachedTeamFigures(all(), YEAR, TODAY), coachA)['intake.entries']).toBe(rowOf(before, coachA)['intake.entries']! + 1);
		// A change in the first team: its rows reload, and the county follows.
		getSqlite().prepare('delete from anonymous_feedback where team_id = ?').run(one);
		expect(scopeRows({ teamIds: [one], coachId: null }, YEAR, TODAY).teams[0]).not.toBe(rowsOfOne);
		expect(cachedTeamFigures(all(), YEAR, TODAY).report).toEqual(computeTeamReportFor(all(), YEAR, TODAY));
	});
});

describe('the per-coach table of a lead', () => {
	it('is paged by COACH_PAGE_SIZE, a page out of range shows the nearest one', () => {
		const team = addTeam('Suuri tiimi');
		const leadId = addUser('lead@teams.fi', 'Lead');
		member(team, leadId, 'lead');
		for (let i = 0; i < COACH_PAGE_SIZE + 5; i++) member(team, addUser(`c${i}@teams.fi`, `Valmentaja ${String(i).padStart(2, '0')}`), 'coach');
		const actor: Actor = { id: leadId, isAdmin: false, employerId: null, memberships: [{ teamId: team, role: 'lead' }] };
		const view = (query: string) => loadTeamReportPage({ actor } as App.Locals, new URL(`http://x/outcomes/team-report?team=${team}&period=year&at=2026-01-01${query}`));
		const first = view('');
		expect(first.byCoach).toHaveLength(COACH_PAGE_SIZE);
		expect([first.coachPage, first.coachPages]).toEqual([1, 2]);
		expect(first.byCoach[0].name).toBe('Valmentaja 00');
		const second = view('&page=2');
		expect(second.byCoach.map((c) => c.name)).toEqual([50, 51, 52, 53, 54].map((i) => `Valmentaja ${i}`));
		expect(view('&page=99').coachPage).toBe(2);
		expect(view('&page=abc').coachPage).toBe(1);
	});
});
