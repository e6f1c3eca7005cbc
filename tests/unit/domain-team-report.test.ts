import { exitFollowUpDueDate } from '$lib/domain/exit-follow-up';
import { describe, expect, it } from 'vitest';
import type { KykyviisariResult } from '$lib/domain/kykyviisari';
import {
	ageAtEntry,
	computeTeamReport,
	inputsByCoach,
	netPromoterScore,
	npsClass,
	teamFigureByKey,
	teamReportFigures,
	teamReportJson,
	unemploymentBand,
	type TeamReportEnrolment,
	type TeamReportFeedback,
	type TeamReportInput
} from '$lib/domain/team-report';

const Y2026 = { from: '2026-01-01', to: '2026-12-31' };
const TODAY = '2026-12-07';

let nextId = 1;
function enrolment(fields: Partial<TeamReportEnrolment> = {}): TeamReportEnrolment {
	const id = nextId++;
	return { id, clientId: id, teamId: 1, coachId: 10, entryDate: '2026-03-01', closedDate: null, birthYear: null, unemploymentMonths: null, referralSource: 'other', situationAtReferral: null, ...fields };
}
function input(fields: Partial<TeamReportInput> = {}): TeamReportInput {
	return {
		enrolments: [],
		contacts: [],
		missed: [],
		networkMeetings: [],
		consultations: [],
		referrals: [],
		feedback: [],
		anonymousFeedback: [],
		followUps: [],
		kykyviisari: [],
		supportPlanWithin90: { value: null, ids: [] },
		...fields
	};
}
const empty = { wellbeing: null, participation: null, mind: null, everydayLife: null, skills: null, body: null, workAndFuture: null };
const kyky = (date: string, overall: number, areas: Partial<KykyviisariResult> = {}): KykyviisariResult => ({ date, linkSentOn: null, overall, ...empty, ...areas });
const answer = (id: number, date: string, satisfaction: number, recommend: number | null, enrolmentId: number | null = 1): TeamReportFeedback => ({ id, enrolmentId, teamId: 1, date, satisfaction, recommend });

describe('intake profile', () => {
	it('bands months out of work with each lower bound exclusive except the first', () => {
		const bands = [0, 3, 4, 12, 13, 36, 37, null, -1].map(unemploymentBand);
		expect(bands).toEqual(['0-3m', '0-3m', '3-12m', '3-12m', '1-3y', '1-3y', 'over-3y', 'unknown', 'unknown']);
	});

	it('age at entry is entry year minus birth year', () => {
		expect(ageAtEntry({ entryDate: '2026-12-31', birthYear: 1990 })).toBe(36);
		expect(ageAtEntry({ entryDate: '2026-01-01', birthYear: null })).toBeNull();
		expect(ageAtEntry({ entryDate: null, birthYear: 1990 })).toBeNull();
	});

	it('counts enrolments entered in the period (both ends included), with ages, bands and sources', () => {
		const first = enrolment({ entryDate: '2026-01-01', birthYear: 2000, unemploymentMonths: 3, referralSource: 'kela', situationAtReferral: 'unemployed' });
		const last = enrolment({ entryDate: '2026-12-31', birthYear: 1970, unemploymentMonths: 37, referralSource: 'kela' });
		const noAge = enrolment({ entryDate: '2026-06-01', unemploymentMonths: 13, referralSource: 'self' });
		const before = enrolment({ entryDate: '2025-12-31', birthYear: 1950 });
		const after = enrolment({ entryDate: '2027-01-01', birthYear: 1950 });
		const notEntered = enrolment({ entryDate: null });
		const r = computeTeamReport(input({ enrolments: [first, last, noAge, before, after, notEntered] }), Y2026, TODAY);
		expect(r.intake.entries).toMatchObject({ value: 3, ids: [first.id, last.id, noAge.id] });
		// ages 26 and 56: mean 41
		expect(r.intake.ageMean).toMatchObject({ value: 41, ids: [first.id, last.id] });
		expect(r.intake.ageMin).toMatchObject({ value: 26, ids: [first.id] });
		expect(r.intake.ageMax).toMatchObject({ value: 56, ids: [last.id] });
		const json = teamReportJson(r);
		expect(json.unemploymentBands).toEqual({ '0-3m': 1, '3-12m': 0, '1-3y': 1, 'over-3y': 1, unknown: 0 });
		expect(json.referralSources).toMatchObject({ kela: 2, self: 1, ngo: 0 });
		expect(r.intake.situations.unemployed.value).toBe(1);
		expect(r.intake.situations.unknown.value).toBe(2);
	});

	it('gives no age (null, not 0) when nobody entered, and rounds the mean age to one decimal', () => {
		expect(teamReportJson(computeTeamReport(input(), Y2026, TODAY))).toMatchObject({ entries: 0, ageMean: null, ageMin: null, ageMax: null });
		const three = [1990, 1990, 1991].map((birthYear) => enrolment({ birthYear }));
		expect(computeTeamReport(input({ enrolments: three }), Y2026, TODAY).intake.ageMean.value).toBe(35.7);
	});
});

describe('service volume', () => {
	it('counts the period’s contacts, bookings, meetings, consultations and referrals, and contacts per client', () => {
		const a = enrolment({ entryDate: '2025-06-01' });
		const aAgain = enrolment({ clientId: a.clientId, entryDate: '2026-09-01' }); // re-opened: same client
		const b = enrolment({ entryDate: '2026-02-01' });
		const closedBefore = enrolment({ entryDate: '2025-01-01', closedDate: '2025-12-31' });
		const contact = (id: number, enrolmentId: number, date: string, mode = 'face-to-face', place = 'office') => ({ id, enrolmentId, date, mode, place });
		const r = computeTeamReport(
			input({
				enrolments: [a, aAgain, b, closedBefore],
				contacts: [contact(1, a.id, '2026-01-01'), contact(2, aAgain.id, '2026-12-31', 'phone', 'remote'), contact(3, a.id, '2026-05-05'), contact(4, b.id, '2025-12-31')],
				missed: [
					{ id: 1, enrolmentId: a.id, date: '2026-02-01', kind: 'cancelled-by-client' },
					{ id: 2, enrolmentId: a.id, date: '2026-02-02', kind: 'cancelled-by-coach' },
					{ id: 3, enrolmentId: b.id, date: '2026-02-03', kind: 'no-show' },
					{ id: 4, enrolmentId: b.id, date: '2027-01-01', kind: 'no-show' }
				],
				networkMeetings: [{ id: 7, enrolmentId: a.id, date: '2026-04-04' }],
				consultations: [
					{ id: 1, teamId: 1, enrolmentId: a.id, date: '2026-03-03' },
					{ id: 2, teamId: 1, enrolmentId: null, date: '2026-03-04' }
				],
				referrals: [
					{ id: 1, enrolmentId: a.id, kind: 'doctor', requestedOn: '2026-01-10', doneOn: '2026-01-20', cancelledOn: null },
					{ id: 2, enrolmentId: b.id, kind: 'doctor', requestedOn: '2026-02-01', doneOn: '2026-03-03', cancelledOn: null },
					{ id: 3, enrolmentId: b.id, kind: 'health-check', requestedOn: '2025-12-01', doneOn: '2026-01-05', cancelledOn: null },
					{ id: 4, enrolmentId: b.id, kind: 'typ', requestedOn: '2026-05-01', doneOn: null, cancelledOn: '2026-05-10' }
				],
				supportPlanWithin90: { value: 0.5, ids: [a.id, b.id] }
			}),
			Y2026,
			TODAY
		);
		const json = teamReportJson(r);
		expect(json).toMatchObject({ contacts: 3, cancelledBookings: 2, noShows: 1, networkMeetings: 1, consultations: 2, anonymousConsultations: 1, shareSupportPlanWithin90: 0.5 });
		// served clients: a (two enrolments, 3 contacts) and b (0 in the period): mean 1.5, median 1.5
		expect(json.contactsPerClientMean).toBe(1.5);
		expect(r.service.contactsPerClientMedian.value).toBe(1.5);
		expect(r.service.contactsByMode.phone.value).toBe(1);
		expect(r.service.contactsByPlace.office.ids).toEqual([1, 3]);
		// requested in the period: 2 doctor, 1 typ (cancelled still counts as made)
		expect(json.referrals).toMatchObject({ doctor: 2, typ: 1, 'health-check': 0 });
		// done in the period: 10, 30 and 35 days
		expect(json.referralWaitMedianDays).toBe(30);
		expect(r.service.referralWaitMedianByKind.doctor.value).toBe(20);
		expect(r.service.referralWaitMedianByKind.typ.value).toBeNull();
	});

	it('gives null means and medians when nothing was counted', () => {
		const json = teamReportJson(computeTeamReport(input(), Y2026, TODAY));
		expect(json).toMatchObject({ contacts: 0, contactsPerClientMean: null, referralWaitMedianDays: null, shareSupportPlanWithin90: null, kykyviisariShare: null });
	});
});

describe('change', () => {
	it('shares clients with a result and reuses the Kykyviisari mean change per area', () => {
		const a = enrolment();
		const b = enrolment();
		const c = enrolment();
		const r = computeTeamReport(
			input({
				enrolments: [a, b, c],
				kykyviisari: [
					{ enrolmentId: a.id, results: [kyky('2026-01-05', 4, { body: 5 }), kyky('2026-06-05', 6, { body: 8 })] },
					{ enrolmentId: b.id, results: [kyky('2026-02-01', 5, { body: 6 }), kyky('2026-10-01', 6, { body: 6 }), kyky('2027-02-01', 10, { body: 10 })] }
				]
			}),
			Y2026,
			TODAY
		);
		expect(r.change.kykyviisariShare).toMatchObject({ value: 0.6667, ids: [a.id, b.id] });
		const json = teamReportJson(r);
		// body: a +3, b 0 (the 2027 result is after the period) → 1.5
		expect(json.kykyviisariMeanChange).toMatchObject({ body: 1.5, mind: null });
		expect(Object.keys(json.kykyviisariMeanChange)).toEqual(['wellbeing', 'participation', 'mind', 'everyday-life', 'skills', 'body', 'work-and-future']);
		expect(r.change.kykyviisariMeanChange[0]).toMatchObject({ measure: 'overall', figure: { value: 1.5, ids: [a.id, b.id] } });
	});
});

describe('client feedback', () => {
	it('classes 9–10 promoters, 7–8 passive, 0–6 detractors', () => {
		expect([10, 9, 8, 7, 6, 0].map(npsClass)).toEqual(['promoter', 'promoter', 'passive', 'passive', 'detractor', 'detractor']);
	});

	it('NPS with no detractors is the promoters’ share; none at all is null', () => {
		expect(netPromoterScore([10, 9, 8])).toBe(66.7);
		expect(netPromoterScore([])).toBeNull();
		expect(netPromoterScore([0, 6])).toBe(-100);
	});

	it('counts named and anonymous answers of the period together, each with its own ids', () => {
		const named = [answer(1, '2026-01-01', 9, 10), answer(2, '2026-12-31', 7, null), answer(3, '2025-12-31', 4, 0)];
		const anonymous = [answer(1, '2026-05-05', 8, 3, null), answer(2, '2027-01-01', 4, 0, null)];
		const r = computeTeamReport(input({ feedback: named, anonymousFeedback: anonymous }), Y2026, TODAY);
		const json = teamReportJson(r);
		// satisfaction 9, 7, 8 → 8; recommend 10 and 3 → (1 − 1) / 2 = 0
		expect(json).toMatchObject({ satisfactionMean: 8, satisfactionAnswers: 3, nps: 0, npsAnswers: 2 });
		expect(r.feedback.satisfactionAnswers).toMatchObject({ ids: [1, 2], anonymousIds: [1] });
		expect(r.feedback.npsAnswers).toMatchObject({ ids: [1], anonymousIds: [1] });
		expect(r.feedback.satisfactionAtTarget.value).toBe(0.6667);
		expect(r.feedback.detractors.value).toBe(1);
	});

	it('has no satisfaction or NPS without answers', () => {
		expect(teamReportJson(computeTeamReport(input(), Y2026, TODAY))).toMatchObject({ satisfactionMean: null, satisfactionAnswers: 0, nps: null, npsAnswers: 0 });
	});
});

describe('follow-up three months after exit', () => {
	it('is due three calendar months after closing (end of month falls back)', () => {
		expect(exitFollowUpDueDate('2026-11-30')).toBe('2027-02-28');
		expect(exitFollowUpDueDate('2026-01-15')).toBe('2026-04-15');
	});

	it('counts enrolments closed in the period whose date has come, the recorded ones and those working', () => {
		const early = enrolment({ closedDate: '2026-01-01' });
		const onToday = enrolment({ closedDate: '2026-09-07' }); // due 7.12. = today
		const notYet = enrolment({ closedDate: '2026-09-08' });
		const before = enrolment({ closedDate: '2025-12-31' });
		const open = enrolment();
		const r = computeTeamReport(
			input({
				enrolments: [early, onToday, notYet, before, open],
				followUps: [
					{ id: 1, enrolmentId: early.id, contactedOn: '2026-04-02', situation: 'working-competitive' },
					{ id: 2, enrolmentId: onToday.id, contactedOn: '2026-12-07', situation: 'studying' },
					{ id: 3, enrolmentId: notYet.id, contactedOn: '2026-12-01', situation: 'working-other' },
					{ id: 4, enrolmentId: before.id, contactedOn: '2026-04-01', situation: 'working-other' }
				]
			}),
			Y2026,
			TODAY
		);
		expect(teamReportJson(r).followUp3m).toEqual({ due: 2, recorded: 2, working: 1 });
		expect(r.followUp.due.ids).toEqual([early.id, onToday.id]);
		expect(r.followUp.situations.studying.value).toBe(1);
		expect(r.followUp.situations['working-other'].value).toBe(0);
	});
});

describe('JSON and keyed figures', () => {
	it('prints exactly the contract keys in order', () => {
		expect(Object.keys(teamReportJson(computeTeamReport(input(), Y2026, TODAY)))).toEqual([
			'entries', 'ageMean', 'ageMin', 'ageMax', 'unemploymentBands', 'referralSources', 'contacts', 'contactsPerClientMean', 'cancelledBookings', 'noShows',
			'networkMeetings', 'consultations', 'anonymousConsultations', 'referrals', 'referralWaitMedianDays', 'shareSupportPlanWithin90', 'kykyviisariShare',
			'kykyviisariMeanChange', 'satisfactionMean', 'satisfactionAnswers', 'nps', 'npsAnswers', 'followUp3m'
		]);
	});

	it('finds each figure by its key and nothing for an unknown key', () => {
		const r = computeTeamReport(input({ enrolments: [enrolment({ referralSource: 'kela' })] }), Y2026, TODAY);
		const keys = teamReportFigures(r).map((f) => f.key);
		expect(new Set(keys).size).toBe(keys.length);
		expect(teamFigureByKey(r, 'intake.referralSources:kela')?.figure.value).toBe(1);
		expect(teamFigureByKey(r, 'feedback.nps')?.unit).toBe('score');
		expect(teamFigureByKey(r, 'toString')).toBeUndefined();
	});
});

describe('each coach', () => {
	it('splits the rows by the enrolment’s coach, anonymous rows to nobody, feedback by its own coach', () => {
		const a = enrolment({ coachId: 1 });
		const b = enrolment({ coachId: 2 });
		const none = enrolment({ coachId: null });
		const split = inputsByCoach(
			input({
				enrolments: [a, b, none],
				contacts: [
					{ id: 1, enrolmentId: a.id, date: '2026-02-01', mode: 'phone', place: 'remote' },
					{ id: 2, enrolmentId: b.id, date: '2026-02-01', mode: 'phone', place: 'remote' },
					{ id: 3, enrolmentId: none.id, date: '2026-02-01', mode: 'phone', place: 'remote' }
				],
				consultations: [
					{ id: 1, teamId: 1, enrolmentId: a.id, date: '2026-03-03' },
					{ id: 2, teamId: 1, enrolmentId: null, date: '2026-03-04' }
				],
				// Answer 2 is on an enrolment closed before the period (not among the enrolments): its row names coach 2.
				feedback: [answer(1, '2026-04-01', 9, 10, a.id), { ...answer(2, '2026-04-02', 5, 3, 999), coachId: 2 }],
				anonymousFeedback: [answer(3, '2026-04-03', 10, 10, null)],
				supportPlanWithin90: { value: 1, ids: [a.id] }
			})
		);
		expect([...split.keys()].sort()).toEqual([1, 2]);
		expect(split.get(1)!.contacts.map((c) => c.id)).toEqual([1]);
		expect(split.get(1)!.consultations.map((c) => c.id)).toEqual([1]);
		expect(split.get(1)!.anonymousFeedback).toEqual([]);
		expect(split.get(2)!.feedback.map((f) => f.id)).toEqual([2]);
		expect(split.get(2)!.supportPlanWithin90.value).toBeNull();
		expect(teamReportJson(computeTeamReport(split.get(1)!, Y2026, TODAY))).toMatchObject({ contacts: 1, consultations: 1, anonymousConsultations: 0, satisfactionAnswers: 1 });
	});
});
