import { beforeAll, describe, expect, it } from 'vitest';
import { createTeam, createUser } from '$lib/server/accounts';
import { getSqlite } from '$lib/server/db';
import { dashboardFigures, periodReport, reportFigures, resolveScope, summariseReport, type ResolvedScope } from '$lib/server/outcomes/figures';
import { loadOutcomeInput } from '$lib/server/outcomes/load';
import { mergeOutcomeInputs } from '$lib/domain/outcomes';
import { quartersEndingWith } from '$lib/domain/period';
import type { Actor } from '$lib/server/policy';
import { addClient as addClientTo, addClientContact, addEmployer, addEnrolment as addEnrolmentTo, addPlacement } from './fixtures';

const TODAY = '2026-11-20';
const QUARTER = { from: '2026-07-01', to: '2026-09-30' };
const NOW = Date.now();

let teamId: number;
let coachId: number;
let lead: Actor;
let employerId: number;

const addClient = (name: string) => addClientTo(teamId, name);

function addEnrolment(clientId: number, entryDate: string | null, firstMeetingDate: string | null, over: { closedDate?: string; coach?: number | null } = {}): number {
	return addEnrolmentTo(clientId, teamId, { coachId: over.coach === undefined ? coachId : over.coach, referralDate: entryDate ?? '2026-01-01', firstMeetingDate, entryDate, closedDate: over.closedDate ?? null });
}

const addContact = (enrolmentId: number, date: string) => void addClientContact(enrolmentId, date);

const addStartedJob = (clientId: number, enrolmentId: number, startDate: string) => void addPlacement(enrolmentId, clientId, employerId, { status: 'started', startDate });

const scope = (): ResolvedScope => resolveScope(lead, new URLSearchParams(`team=${teamId}`));

beforeAll(async () => {
	teamId = createTeam({ name: 'Välimuistitiimi', municipality: null });
	const leadId = await createUser({ email: 'lead@cache.fi', name: 'Lead', password: null, team: { teamId, role: 'lead' } });
	coachId = await createUser({ email: 'coach@cache.fi', name: 'Coach', password: null, team: { teamId, role: 'coach' } });
	lead = { id: leadId, isAdmin: false, employerId: null, memberships: [{ teamId, role: 'lead' }] };
	employerId = addEmployer(teamId, 'Kauppa Oy');
});

describe('cached outcome figures', () => {
	it('shows a change to any record on the next request, and recomputes only then', () => {
		const client = addClient('Aino');
		const enrolment = addEnrolment(client, '2026-07-10', '2026-07-20');
		const before = dashboardFigures(scope(), QUARTER, TODAY);
		expect(before.figures.served.value).toBe(1);
		expect(before.figures.jobStarts.value).toBe(0);
		expect(before.figures.worked.value).toBe(0);
		// Nothing changed: the same computed object comes back.
		expect(dashboardFigures(scope(), QUARTER, TODAY)).toBe(before);
		const reportBefore = reportFigures(scope(), QUARTER, TODAY);
		expect(reportBefore.figures.jobStarts.value).toBe(0);

		addStartedJob(client, enrolment, '2026-08-03');
		const after = dashboardFigures(scope(), QUARTER, TODAY);
		expect(after).not.toBe(before);
		expect(after.figures.jobStarts.value).toBe(1);
		expect(after.figures.worked.value).toBe(1);
		expect(after.quarters.at(-1)!.jobStarts).toBe(1);
		expect(after.byCoach.find((c) => c.coachId === coachId)?.jobStarts).toBe(1);
		expect(reportFigures(scope(), QUARTER, TODAY).figures.jobStarts.value).toBe(1);

		// A second client entering: served grows on the very next request.
		addEnrolment(addClient('Bertta'), '2026-08-15', null);
		expect(dashboardFigures(scope(), QUARTER, TODAY).figures.served.value).toBe(2);
	});

	it('keys the figures by period and today', () => {
		const q3 = dashboardFigures(scope(), QUARTER, TODAY);
		const q2 = dashboardFigures(scope(), { from: '2026-04-01', to: '2026-06-30' }, TODAY);
		expect(q2).not.toBe(q3);
		expect(q2.figures.jobStarts.value).toBe(0);
		expect(dashboardFigures(scope(), QUARTER, '2026-11-21')).not.toBe(q3);
	});

	it('gives the same numbers as the full uncached report, for the period and each quarter', () => {
		const figures = dashboardFigures(scope(), QUARTER, TODAY);
		expect(figures.figures).toEqual(summariseReport(periodReport({}, scope(), QUARTER, TODAY)).figures);
		const quarters = quartersEndingWith(QUARTER.to, 4);
		expect(figures.quarters.map((q) => q.served)).toEqual(quarters.map((q) => periodReport({}, scope(), q, TODAY).served.value));
		expect(figures.quarters.map((q) => q.jobStarts)).toEqual(quarters.map((q) => periodReport({}, scope(), q, TODAY).jobStarts.value));
		// The per-coach row: the same as the coach's own scope.
		const own = periodReport({}, resolveScope(lead, new URLSearchParams(`team=${teamId}&coach=${coachId}`)), QUARTER, TODAY);
		const row = figures.byCoach.find((c) => c.coachId === coachId)!;
		expect([row.served, row.worked, row.employmentRate, row.jobStarts, row.meanDaysToFirstEmployerContact]).toEqual(
			[own.served, own.worked, own.employmentRate, own.jobStarts, own.meanDaysToFirstEmployerContact].map((f) => f.value)
		);
		expect(row.served).toBeGreaterThan(0);
	});
});

describe('loading the rows', () => {
	it("takes each enrolment's own earliest contact as its first contact (or the first meeting, if earlier)", () => {
		const a = addEnrolment(addClient('Cecilia'), '2026-07-01', '2026-07-15');
		const b = addEnrolment(addClient('Daavid'), '2026-07-01', null);
		addContact(a, '2026-07-09');
		addContact(a, '2026-07-05');
		addContact(b, '2026-08-20');
		addContact(b, '2026-08-02');
		const c = addEnrolment(addClient('Eemeli'), '2026-07-01', '2026-07-03');
		addContact(c, '2026-07-30');
		const rows = loadOutcomeInput({ teamIds: [teamId], coachId: null }, QUARTER).enrolments;
		const first = (id: number) => rows.find((e) => e.id === id)?.firstContactDate;
		expect(first(a)).toBe('2026-07-05');
		expect(first(b)).toBe('2026-08-02');
		expect(first(c)).toBe('2026-07-03');
		// Rows come in id order (the figures' id lists rely on it being cheap to keep sorted).
		expect(rows.map((e) => e.id)).toEqual([...rows.map((e) => e.id)].sort((x, y) => x - y));
	});

	it('selects the enrolments open on any day of the period, or not yet entered, of the team (and coach)', () => {
		const closedBefore = addEnrolment(addClient('Fanni'), '2026-01-10', null, { closedDate: '2026-06-30' });
		const closedOnFirstDay = addEnrolment(addClient('Gabriel'), '2026-01-10', null, { closedDate: '2026-07-01' });
		const enteredOnLastDay = addEnrolment(addClient('Hanna'), '2026-09-30', null);
		const enteredAfter = addEnrolment(addClient('Iiris'), '2026-10-01', null);
		const notEntered = addEnrolment(addClient('Juho'), null, null);
		const noCoach = addEnrolment(addClient('Kalle'), '2026-08-01', null, { coach: null });
		const ids = (coach: number | null) => new Set(loadOutcomeInput({ teamIds: [teamId], coachId: coach }, QUARTER).enrolments.map((e) => e.id));
		const team = ids(null);
		expect([closedBefore, closedOnFirstDay, enteredOnLastDay, enteredAfter, notEntered, noCoach].map((id) => team.has(id))).toEqual([false, true, true, false, true, true]);
		const own = ids(coachId);
		expect([closedOnFirstDay, enteredOnLastDay, notEntered, noCoach].map((id) => own.has(id))).toEqual([true, true, true, false]);
		expect(loadOutcomeInput({ teamIds: [teamId + 1000], coachId: null }, QUARTER).enrolments).toEqual([]);
	});
});

describe('a county of several teams', () => {
	let teamTwo: number;
	let coachTwo: number;
	let county: Actor;
	const all = (): ResolvedScope => resolveScope(county, new URLSearchParams('team=all'));
	const enrolIn = (team: number, clientId: number, coach: number, entryDate: string) => addEnrolmentTo(clientId, team, { coachId: coach, referralDate: entryDate, entryDate });
	const clientOfTeamTwo = (name: string) => addClientTo(teamTwo, name);

	beforeAll(async () => {
		teamTwo = createTeam({ name: 'Toinen tiimi', municipality: null });
		coachTwo = await createUser({ email: 'coach2@cache.fi', name: 'Coach Two', password: null, team: { teamId: teamTwo, role: 'coach' } });
		county = { id: lead.id, isAdmin: false, employerId: null, memberships: [{ teamId, role: 'lead' }, { teamId: teamTwo, role: 'lead' }] };
		// A client of the first team re-opened in the second: the placement counts in both teams' rows.
		const client = addClient('Liisa');
		addEnrolment(client, '2026-07-02', null);
		const reopened = enrolIn(teamTwo, client, coachTwo, '2026-08-01');
		addStartedJob(client, reopened, '2026-08-20');
		const contact = Number(getSqlite().prepare("INSERT INTO employer_contacts (employer_id, team_id, date, mode, purpose, created_at) VALUES (?, ?, '2026-08-10', 'face-to-face', 'job-development', ?)").run(employerId, teamTwo, NOW).lastInsertRowid);
		getSqlite().prepare('INSERT INTO employer_contact_clients (employer_contact_id, client_id) VALUES (?, ?)').run(contact, client);
	});

	it("merges the teams' rows into what loading them together gives", () => {
		const union = { from: '2025-10-01', to: QUARTER.to };
		const normal = (input: ReturnType<typeof loadOutcomeInput>) => ({
			...input,
			employerContacts: [...input.employerContacts].sort((a, b) => a.id - b.id).map((c) => ({ ...c, clientIds: [...c.clientIds].sort() })),
			feedback: [...input.feedback].sort((a, b) => a.id - b.id),
			coaches: [...input.coaches].sort((a, b) => a.teamId - b.teamId || a.userId - b.userId)
		});
		const together = loadOutcomeInput({ teamIds: [teamId, teamTwo], coachId: null }, union);
		const merged = mergeOutcomeInputs([loadOutcomeInput({ teamIds: [teamId], coachId: null }, union), loadOutcomeInput({ teamIds: [teamTwo], coachId: null }, union)]);
		expect(normal(merged)).toEqual(normal(together));
		expect(together.placements.length).toBeGreaterThan(0);
		expect(together.employerContacts.length).toBeGreaterThan(0);
	});

	it('gives the numbers of the uncached report, and after a change in one team keeps the other team cached', () => {
		const figures = dashboardFigures(all(), QUARTER, TODAY);
		expect(figures.figures).toEqual(summariseReport(periodReport({}, all(), QUARTER, TODAY)).figures);
		const firstTeam = dashboardFigures(scope(), QUARTER, TODAY);
		const rowOf = (f: typeof figures, coach: number) => f.byCoach.find((c) => c.coachId === coach)!;
		const servedByTwo = rowOf(figures, coachTwo).served!;

		// A new client of the second team: the county's and that coach's figures change at once …
		enrolIn(teamTwo, clientOfTeamTwo('Mikko'), coachTwo, '2026-09-01');
		const after = dashboardFigures(all(), QUARTER, TODAY);
		expect(after.figures.served.value).toBe(figures.figures.served.value! + 1);
		expect(rowOf(after, coachTwo).served).toBe(servedByTwo + 1);
		expect(after.figures).toEqual(summariseReport(periodReport({}, all(), QUARTER, TODAY)).figures);
		// … while the first team's dashboard stays as computed.
		expect(dashboardFigures(scope(), QUARTER, TODAY)).toBe(firstTeam);

		// A coach's first client in another team is in the coach's row on the next view.
		const servedByOne = rowOf(after, coachId).served!;
		enrolIn(teamTwo, clientOfTeamTwo('Niilo'), coachId, '2026-09-02');
		expect(rowOf(dashboardFigures(all(), QUARTER, TODAY), coachId).served).toBe(servedByOne + 1);
	});
});
