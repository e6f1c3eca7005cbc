import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getSqlite } from '$lib/server/db';
import { parseArgs } from '$lib/server/cli/args';
import { reportCommand } from '$lib/server/cli/report';
import { cachedTeamFigures, cachedTeamReport, computeTeamReportFor } from '$lib/server/team-report/figures';
import { describeTeamRecords } from '$lib/server/team-report/records';
import { teamReportJson } from '$lib/domain/team-report';
import { canReadFeedbackText, type Actor } from '$lib/server/policy';
import { addClient, addEnrolment, addTeam, addUser, insertRow } from './fixtures';

// One team with two coaches and a year of records, counted by hand; another team's rows must never count.
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
let teamId: number;
let coachA: number;
let enrolA: number;
let enrolB: number;

function enrol(team: number, coachId: number, fields: { entry: string; closed?: string; birthYear?: number; months?: number; source?: string }): number {
	const clientId = addClient(team);
	if (fields.birthYear) getSqlite().prepare('update clients set birth_year = ? where id = ?').run(fields.birthYear, clientId);
	const id = addEnrolment(clientId, team, { coachId, entryDate: fields.entry, closedDate: fields.closed ?? null });
	getSqlite().prepare('update enrolments set unemployment_months = ?, referral_source = ? where id = ?').run(fields.months ?? null, fields.source ?? 'other', id);
	return id;
}

beforeAll(() => {
	teamId = addTeam('Raportointitiimi');
	const other = addTeam('Muu tiimi');
	coachA = addUser('a@example.fi', 'Coach A');
	const coachB = addUser('b@example.fi', 'Coach B');
	enrolA = enrol(teamId, coachA, { entry: '2026-02-01', birthYear: 1990, months: 12, source: 'kela', closed: '2026-03-15' });
	enrolB = enrol(teamId, coachB, { entry: '2026-05-01', birthYear: 1980, months: 40, source: 'self' });
	const foreign = enrol(other, coachB, { entry: '2026-05-01', birthYear: 1950, months: 1 });
	const now = Date.now();
	for (const [e, date, mode] of [[enrolA, '2026-02-02', 'face-to-face'], [enrolA, '2026-03-01', 'phone'], [enrolB, '2026-06-01', 'face-to-face'], [foreign, '2026-06-01', 'phone']] as const)
		insertRow('client_contacts', { enrolment_id: e, date, duration_minutes: 30, mode, place: 'office', created_at: now });
	insertRow('missed_meetings', { enrolment_id: enrolB, date: '2026-06-10', kind: 'no-show', created_at: now });
	insertRow('network_meetings', { enrolment_id: enrolA, date: '2026-02-20', topic: 'Verkosto', created_at: now, updated_at: now });
	insertRow('consultations', { team_id: teamId, enrolment_id: enrolA, date: '2026-02-21', question: 'Q', created_at: now, updated_at: now });
	insertRow('consultations', { team_id: teamId, enrolment_id: null, date: '2026-02-22', question: 'Q', created_at: now, updated_at: now });
	insertRow('consultations', { team_id: other, enrolment_id: null, date: '2026-02-22', question: 'Q', created_at: now, updated_at: now });
	insertRow('referrals', { enrolment_id: enrolA, kind: 'doctor', requested_on: '2026-02-03', done_on: '2026-02-17', created_at: now, updated_at: now });
	insertRow('referrals', { enrolment_id: enrolB, kind: 'doctor', requested_on: '2026-05-03', done_on: '2026-06-02', created_at: now, updated_at: now });
	// Feedback after exit still counts; anonymous feedback counts for the team only.
	insertRow('client_feedback', { enrolment_id: enrolA, date: '2026-04-01', satisfaction: 9, recommend: 10, comment: 'Hyvä', created_at: now });
	insertRow('anonymous_feedback', { team_id: teamId, date: '2026-07-01', satisfaction: 7, recommend: 9, created_at: now });
	insertRow('anonymous_feedback', { team_id: other, date: '2026-07-01', satisfaction: 4, recommend: 0, created_at: now });
	insertRow('exit_follow_ups', { enrolment_id: enrolA, contacted_on: '2026-06-20', situation: 'working-competitive', created_at: now, updated_at: now });
	for (const [date, overall] of [['2026-02-05', 4], ['2026-08-05', 7]] as const) insertRow('kykyviisari_results', { enrolment_id: enrolB, date, overall, physical_functioning: overall, created_at: now });
});

describe('team report from the database', () => {
	it('counts the team’s records of the period and nothing of another team', () => {
		const json = teamReportJson(computeTeamReportFor({ teamIds: [teamId], coachId: null }, YEAR, '2026-12-07'));
		expect(json).toMatchObject({
			entries: 2,
			ageMean: 41,
			ageMin: 36,
			ageMax: 46,
			unemploymentBands: { '0-3m': 0, '3-12m': 1, '1-3y': 0, 'over-3y': 1, unknown: 0 },
			referralSources: { kela: 1, self: 1 },
			contacts: 3,
			contactsPerClientMean: 1.5,
			cancelledBookings: 0,
			noShows: 1,
			networkMeetings: 1,
			consultations: 2,
			anonymousConsultations: 1,
			referrals: { doctor: 2 },
			referralWaitMedianDays: 22,
			kykyviisariShare: 0.5,
			satisfactionMean: 8,
			satisfactionAnswers: 2,
			nps: 100,
			npsAnswers: 2,
			followUp3m: { due: 1, recorded: 1, working: 1 }
		});
		expect(json.kykyviisariMeanChange.body).toBe(3);
	});

	it('a coach’s figures hold only their clients and no anonymous answers or consultations', () => {
		const json = teamReportJson(computeTeamReportFor({ teamIds: [teamId], coachId: coachA }, YEAR, '2026-12-07'));
		expect(json).toMatchObject({ entries: 1, contacts: 2, consultations: 1, anonymousConsultations: 0, satisfactionAnswers: 1, npsAnswers: 1, kykyviisariShare: 0 });
	});

	it('gives each coach the figures of their own scope', () => {
		const { byCoach } = cachedTeamFigures({ teamIds: [teamId], coachId: null }, YEAR, '2026-12-07');
		const own = teamReportJson(computeTeamReportFor({ teamIds: [teamId], coachId: coachA }, YEAR, '2026-12-07'));
		const row = byCoach.find((r) => r.coachId === coachA)!;
		expect(row.values).toMatchObject({ 'intake.entries': own.entries, 'service.contacts': own.contacts, 'feedback.satisfactionMean': own.satisfactionMean, 'feedback.nps': own.nps, 'followUp.due': own.followUp3m.due });
		expect(byCoach).toHaveLength(2);
	});

	it('keeps the computed report until something changes in the team', () => {
		const scope = { teamIds: [teamId], coachId: null };
		const first = cachedTeamReport(scope, YEAR, '2026-12-07');
		expect(cachedTeamReport(scope, YEAR, '2026-12-07')).toBe(first);
		const id = insertRow('anonymous_feedback', { team_id: teamId, date: '2026-08-01', satisfaction: 10, recommend: 10, created_at: Date.now() });
		expect(cachedTeamReport(scope, YEAR, '2026-12-07').feedback.satisfactionAnswers.value).toBe(3);
		getSqlite().prepare('delete from anonymous_feedback where id = ?').run(id);
		expect(cachedTeamReport(scope, YEAR, '2026-12-07').feedback.satisfactionAnswers.value).toBe(2);
	});

	it('describes the records behind a number, anonymous consultations without a client', () => {
		const report = computeTeamReportFor({ teamIds: [teamId], coachId: null }, YEAR, '2026-12-07');
		const rows = describeTeamRecords('consultation', report.service.consultations.ids);
		expect(rows.map((r) => r.clientId === null)).toEqual([false, true]);
		expect(describeTeamRecords('referral', report.service.referrals.doctor.ids)[0].detail).toContainEqual({ label: 'done', value: '2026-02-17' });
		expect(describeTeamRecords('enrolment', report.intake.entries.ids).map((r) => r.clientId)).toHaveLength(2);
	});
});

describe('polku report team', () => {
	const logs: string[] = [];
	let spy: ReturnType<typeof vi.spyOn>;
	beforeAll(() => {
		spy = vi.spyOn(console, 'log').mockImplementation((line: unknown) => void logs.push(String(line)));
	});
	afterAll(() => spy.mockRestore());

	it('prints exactly the documented JSON keys', () => {
		const code = reportCommand.run(parseArgs(['team', '--team', 'Raportointitiimi', '--from', '2026-01-01', '--to', '2026-12-31', '--format', 'json']));
		expect(code).toBe(0);
		const json = JSON.parse(logs.at(-1)!);
		expect(Object.keys(json)).toEqual([
			'entries', 'ageMean', 'ageMin', 'ageMax', 'unemploymentBands', 'referralSources', 'contacts', 'contactsPerClientMean', 'cancelledBookings', 'noShows',
			'networkMeetings', 'consultations', 'anonymousConsultations', 'referrals', 'referralWaitMedianDays', 'shareSupportPlanWithin90', 'kykyviisariShare',
			'kykyviisariMeanChange', 'satisfactionMean', 'satisfactionAnswers', 'nps', 'npsAnswers', 'followUp3m'
		]);
		expect(Object.keys(json.unemploymentBands)).toEqual(['0-3m', '3-12m', '1-3y', 'over-3y', 'unknown']);
		expect(Object.keys(json.followUp3m)).toEqual(['due', 'recorded', 'working']);
		expect(json.entries).toBe(2);
	});

	it('prints CSV with one row per figure and refuses a period ending before it starts', () => {
		const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
		expect(reportCommand.run(parseArgs(['team', '--team', 'Raportointitiimi', '--from', '2026-01-01', '--to', '2026-12-31', '--format', 'csv']))).toBe(0);
		const csv = String(write.mock.calls[0][0]);
		write.mockRestore();
		expect(csv.split('\r\n')[0]).toBe('figure,label,value,records_counted');
		expect(csv).toContain('intake.entries,intake.entries,2,2');
		expect(() => reportCommand.run(parseArgs(['team', '--team', 'Raportointitiimi', '--from', '2026-12-31', '--to', '2026-01-01']))).toThrow('--to cannot be before --from');
	});
});

describe('who reads the free-text answers', () => {
	const actor = (memberships: Actor['memberships'], employerId: number | null = null): Actor => ({ id: 99, isAdmin: false, employerId, memberships });
	it('the lead of every team in scope only', () => {
		expect(canReadFeedbackText(actor([{ teamId: 1, role: 'lead' }, { teamId: 2, role: 'lead' }]), [1, 2])).toBe(true);
		expect(canReadFeedbackText(actor([{ teamId: 1, role: 'lead' }, { teamId: 2, role: 'coach' }]), [1, 2])).toBe(false);
		expect(canReadFeedbackText(actor([{ teamId: 1, role: 'coach' }]), [1])).toBe(false);
		expect(canReadFeedbackText(actor([{ teamId: 1, role: 'lead' }], 7), [1])).toBe(false);
		expect(canReadFeedbackText(actor([{ teamId: 1, role: 'lead' }]), [])).toBe(false);
	});
});
