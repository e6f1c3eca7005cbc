// Every report here is computed inside its test (not in a describe body), so that each figure's test is the
// one that runs the code behind it.
//
// Equivalent mutants left in outcomes/: the fast path of uniqueSorted in stats.ts (ids already ascending are
// copied, others sorted: any mutant that sends ascending ids to the sort, or returns the list itself, gives the
// same ids); the prepare() cache and its `dates.length` check in selection.ts; `!== null` / `!== undefined`
// guards before a date comparison (null or undefined compares false anyway: overlapsPeriod, undatedStarted,
// usable, clientsWithFirstStart, hasFte); the `entryDate` tests of the caseload's active filter (the period's
// enrolments are already entered by its last day); and which of two equally long jobs is named longest.
import { describe, expect, it } from 'vitest';
import {
	computeOutcomes,
	inputForCoach,
	inputsByCoach,
	isFigureKey,
	mean,
	median,
	mergeOutcomeInputs,
	quarterSummary,
	rate,
	REPORT_KEYS,
	roundDays,
	roundFraction,
	servedEnrolments,
	type OutcomeEnrolment,
	type OutcomeInput,
	type OutcomePlacement
} from '$lib/domain/outcomes';
import { figure } from '$lib/domain/outcomes/stats';

const P = { from: '2026-01-01', to: '2026-03-31' };
const TODAY = '2026-06-30';

function enrolment(id: number, clientId: number, over: Partial<OutcomeEnrolment> = {}): OutcomeEnrolment {
	return { id, clientId, teamId: 1, coachId: 10, entryDate: '2025-01-01', closedDate: null, closingReason: null, outOfWorkAtReferral: true, firstContactDate: null, firstSupportPlanDate: null, ...over };
}
function placement(id: number, clientId: number, over: Partial<OutcomePlacement> = {}): OutcomePlacement {
	return { id, clientId, enrolmentId: clientId, status: 'started', startDate: '2025-06-01', endDate: null, competitive: true, wageSubsidy: false, hoursPerWeek: null, endReason: null, ...over };
}
function input(over: Partial<OutcomeInput>): OutcomeInput {
	return { enrolments: [], placements: [], employerContacts: [], feedback: [], coaches: [], ...over };
}

describe('arithmetic of the figures', () => {
	it('mean and median of any order, none of nothing', () => {
		expect(mean([1, 2, 6])).toBe(3);
		expect(mean([])).toBeNull();
		expect(median([5, 1, 3])).toBe(3);
		expect(median([30, 4, 10, 0])).toBe(7);
		expect(median([2])).toBe(2);
		expect(median([])).toBeNull();
	});

	it('rates to four decimals, none when nothing to divide by; days to one decimal', () => {
		expect(rate(1, 3)).toBe(0.3333);
		expect(rate(2, 3)).toBe(0.6667);
		expect(rate(0, 5)).toBe(0);
		expect(rate(0, 0)).toBeNull();
		expect(roundFraction(0.12345)).toBe(0.1235);
		expect(roundDays(2.25)).toBe(2.3);
		expect(roundDays(10 / 3)).toBe(3.3);
	});

	it('a figure lists each record once, in id order', () => {
		expect(figure('client', 3, [5, 2, 9, 2]).ids).toEqual([2, 5, 9]);
		expect(figure('client', 3, new Set([3, 1, 2])).ids).toEqual([1, 2, 3]);
		expect(figure('client', 2, [1, 4]).ids).toEqual([1, 4]);
		expect(figure('client', 1, [7, 7]).ids).toEqual([7]);
		expect(figure('client', 0, []).ids).toEqual([]);
		expect(figure('client', 0, []).excluded).toEqual([]);
	});
});

describe('served enrolments', () => {
	it('entered by the last day and open on the first; without an entry date left out, and said so', () => {
		const enrolments = [
			enrolment(1, 1, { entryDate: '2026-03-31' }),
			enrolment(2, 2, { entryDate: '2026-04-01' }),
			enrolment(3, 3, { closedDate: '2026-01-01' }),
			enrolment(4, 4, { closedDate: '2025-12-31' }),
			enrolment(5, 5, { entryDate: null }),
			enrolment(6, 6, { entryDate: null, closedDate: '2025-12-31' }),
			enrolment(7, 7, { entryDate: null, closedDate: '2026-01-01' })
		];
		const { served, excluded } = servedEnrolments(enrolments, P);
		expect(served.map((e) => e.id)).toEqual([1, 3]);
		expect(excluded).toEqual([
			{ kind: 'enrolment', id: 5, reason: 'no-entry-date' },
			{ kind: 'enrolment', id: 7, reason: 'no-entry-date' }
		]);
		const r = computeOutcomes(input({ enrolments }), P, TODAY);
		expect(r.served).toEqual({ value: 2, kind: 'enrolment', ids: [1, 3], excluded });
	});
});

describe('clients in competitive work and the employment rate', () => {
	it('counts distinct served clients with a started, dated, competitive job on any day of the period', () => {
		// Listed in descending order: the figures still list ids ascending.
		const enrolments = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((c) => enrolment(c, c, { outOfWorkAtReferral: c !== 1 }));
		enrolments[0] = enrolment(10, 10, { closedDate: '2025-12-01' }); // client 10 not served
		const placements = [
			placement(1, 1, { startDate: '2026-03-31' }),
			placement(2, 2, { status: 'ended', startDate: '2025-01-01', endDate: '2026-01-01' }),
			placement(3, 3, { status: 'ended', startDate: '2025-01-01', endDate: '2025-12-31' }),
			placement(4, 4, { startDate: '2026-04-01' }),
			placement(5, 5, { status: 'agreed', startDate: '2026-02-01' }),
			placement(6, 6, { competitive: false }),
			placement(7, 7, { wageSubsidy: true }),
			placement(8, 8, { startDate: null }),
			placement(9, 9, { status: 'ended', startDate: '2026-02-01', endDate: '2026-01-20' }),
			placement(10, 10, { startDate: '2026-01-15' }),
			placement(11, 2, { startDate: '2026-02-01' }) // a second job of client 2
		];
		const r = computeOutcomes(input({ enrolments, placements }), P, TODAY);
		const bad = [
			{ kind: 'placement', id: 8, reason: 'no-start-date' },
			{ kind: 'placement', id: 9, reason: 'end-before-start' }
		];
		expect(r.served.value).toBe(9);
		expect(r.worked).toEqual({ value: 2, kind: 'client', ids: [1, 2], excluded: bad });
		expect(r.workedInclSubsidy.ids).toEqual([1, 2, 7]);
		expect(r.employmentRate.value).toBe(0.2222);
		expect(r.employmentRate.excluded).toEqual(bad);
		expect(r.employmentRateInclSubsidy.value).toBe(0.3333);
		// Client 1 was in work at referral.
		expect(r.servedOutOfWork.value).toBe(8);
		expect(r.workedOutOfWork.ids).toEqual([2]);
		expect(r.workedOutOfWorkInclSubsidy.ids).toEqual([2, 7]);
		expect(r.employmentRateOutOfWork.value).toBe(0.125);
		expect(r.employmentRateOutOfWorkInclSubsidy.value).toBe(0.25);
		const q = quarterSummary(input({ enrolments, placements }), P);
		expect(q).toMatchObject({ served: 9, worked: 2, employmentRate: 0.2222, employmentRateInclSubsidy: 0.3333 });
	});
});

describe('job starts', () => {
	it('every started, dated placement starting in the period, of an enrolment of the period', () => {
		const enrolments = [
			enrolment(1, 1, { entryDate: '2026-03-31' }),
			enrolment(2, 2, { entryDate: '2026-04-01' }),
			enrolment(3, 3),
			enrolment(5, 5, { entryDate: null })
		];
		const placements = [
			placement(1, 5, { enrolmentId: 5, startDate: '2026-02-01' }),
			placement(2, 1, { enrolmentId: 1, startDate: '2026-03-31', competitive: false }),
			placement(3, 2, { enrolmentId: 2, startDate: '2026-03-15' }),
			placement(4, 1, { enrolmentId: 1, status: 'agreed', startDate: '2026-02-01' }),
			placement(5, 3, { enrolmentId: 3, status: 'ended', startDate: '2026-01-01', endDate: '2026-01-10' }),
			placement(6, 3, { enrolmentId: 3, startDate: '2026-02-01', endDate: '2026-01-15' }),
			placement(7, 3, { enrolmentId: 3, startDate: null }),
			placement(8, 3, { enrolmentId: 3, startDate: '2025-12-31' }),
			placement(9, 3, { enrolmentId: 3, status: 'did-not-start', startDate: '2026-02-02' })
		];
		const r = computeOutcomes(input({ enrolments, placements }), P, TODAY);
		expect(r.jobStarts).toEqual({
			value: 3,
			kind: 'placement',
			ids: [1, 2, 5],
			excluded: [
				{ kind: 'placement', id: 6, reason: 'end-before-start' },
				{ kind: 'placement', id: 7, reason: 'no-start-date' }
			]
		});
		expect(quarterSummary(input({ enrolments, placements }), P).jobStarts).toBe(3);
	});
});

describe('days from entry to the first employer contact and the first job', () => {
	const enrolments = [
		enrolment(1, 1, { entryDate: '2026-01-10' }),
		enrolment(2, 2, { entryDate: '2026-02-01' }),
		enrolment(3, 3, { entryDate: '2026-03-01' }),
		enrolment(4, 4, { entryDate: '2026-03-01' }),
		enrolment(5, 5, { entryDate: '2025-12-01' }),
		enrolment(6, 6, { entryDate: '2026-01-01' })
	];
	const employerContacts = [
		{ id: 1, date: '2026-01-25', mode: 'face-to-face', clientIds: [1] },
		{ id: 2, date: '2026-01-05', mode: 'face-to-face', clientIds: [1, 6] },
		{ id: 3, date: '2026-01-15', mode: 'phone', clientIds: [1] },
		{ id: 4, date: '2026-01-20', mode: 'face-to-face', clientIds: [1] },
		{ id: 5, date: '2026-02-01', mode: 'face-to-face', clientIds: [2] },
		{ id: 6, date: '2026-03-31', mode: 'face-to-face', clientIds: [3] },
		{ id: 7, date: '2026-01-02', mode: 'face-to-face', clientIds: [5] }
	];

	it('face-to-face contacts naming the client, on or after entry, for entrants of the period', () => {
		const data = input({ enrolments, employerContacts });
		const r = computeOutcomes(data, P, TODAY);
		// Days: client 1: 10 (20.1.; the phone call and the contact before entry do not count), client 2: 0,
		// client 3: 30, client 6: 4; client 4 had none; client 5 entered before the period.
		expect(r.meanDaysToFirstEmployerContact).toEqual({
			value: 11,
			kind: 'enrolment',
			ids: [1, 2, 3, 6],
			excluded: [{ kind: 'enrolment', id: 4, reason: 'no-face-to-face-employer-contact' }]
		});
		expect(r.medianDaysToFirstEmployerContact.value).toBe(7);
		expect(quarterSummary(data, P)).toMatchObject({ meanDaysToFirstEmployerContact: 11, medianDaysToFirstEmployerContact: 7, contactCohort: 4 });
	});

	it('the first started job on or after entry; a client is a first starter when the earliest job of all is in the period', () => {
		const placements = [
			placement(1, 1, { startDate: '2026-02-10' }),
			placement(2, 1, { startDate: '2025-06-01', status: 'ended', endDate: '2025-08-01' }),
			placement(3, 2, { status: 'agreed', startDate: '2026-02-05' }),
			placement(4, 2, { status: 'ended', startDate: '2026-03-03', endDate: '2026-03-20' }),
			placement(5, 4, { startDate: '2026-03-01' }),
			placement(6, 6, { startDate: null })
		];
		const r = computeOutcomes(input({ enrolments, placements }), P, TODAY);
		// Client 1: 31 days, client 2: 30, client 4: 0.
		expect(r.meanDaysToFirstJob).toEqual({
			value: 20.3,
			kind: 'enrolment',
			ids: [1, 2, 4],
			excluded: [
				{ kind: 'enrolment', id: 3, reason: 'no-job-after-entry' },
				{ kind: 'enrolment', id: 6, reason: 'no-job-after-entry' },
				{ kind: 'placement', id: 6, reason: 'no-start-date' }
			]
		});
		expect(r.medianDaysToFirstJob.value).toBe(30);
		expect(r.medianDaysToFirstJob.excluded).toEqual(r.meanDaysToFirstJob.excluded);
		expect(r.clientsWithFirstJobStart.ids).toEqual([2, 4]);
	});
});

describe('support plans', () => {
	it('days from first contact to plan for served enrolments first met in the period, and the share within 90 days', () => {
		const enrolments = [
			enrolment(1, 1, { firstContactDate: '2026-01-10', firstSupportPlanDate: '2026-04-10' }), // 90
			enrolment(2, 2, { firstContactDate: '2026-02-01', firstSupportPlanDate: '2026-05-03' }), // 91
			enrolment(3, 3, { firstContactDate: '2026-03-01', firstSupportPlanDate: '2026-02-20' }), // plan first: 0
			enrolment(4, 4, { firstContactDate: null }),
			enrolment(5, 5, { firstContactDate: '2026-03-15', firstSupportPlanDate: null }),
			enrolment(6, 6, { firstContactDate: '2025-12-01', firstSupportPlanDate: '2025-12-05' })
		];
		const r = computeOutcomes(input({ enrolments }), P, TODAY);
		const excluded = [
			{ kind: 'enrolment', id: 4, reason: 'no-first-contact' },
			{ kind: 'enrolment', id: 5, reason: 'no-support-plan' }
		];
		expect(r.meanDaysToSupportPlan).toEqual({ value: 60.3, kind: 'enrolment', ids: [1, 2, 3], excluded });
		// e5 has no plan 107 days after first contact (today 30.6.): a miss, so 2 of 4.
		expect(r.shareSupportPlanWithin90).toEqual({ value: 0.5, kind: 'enrolment', ids: [1, 2, 3, 5], excluded: [excluded[0]] });
	});

	it('an enrolment without a plan is a miss once 90 days have passed, and pending before that (hand-worked)', () => {
		// today 30.6.2026: e1 plan on day 90 (hit), e2 plan on day 91 (miss), e3 no plan at day 150 (miss),
		// e4 no plan at day 30 (pending), e5 no plan at exactly day 90 (still pending).
		const enrolments = [
			enrolment(1, 1, { firstContactDate: '2026-01-10', firstSupportPlanDate: '2026-04-10' }),
			enrolment(2, 2, { firstContactDate: '2026-02-01', firstSupportPlanDate: '2026-05-03' }),
			enrolment(3, 3, { firstContactDate: '2026-01-31' }),
			enrolment(4, 4, { firstContactDate: '2026-05-31' }),
			enrolment(5, 5, { firstContactDate: '2026-04-01' })
		];
		const r = computeOutcomes(input({ enrolments }), { from: '2026-01-01', to: '2026-06-30' }, TODAY);
		expect(r.shareSupportPlanWithin90).toEqual({
			value: 0.3333,
			kind: 'enrolment',
			ids: [1, 2, 3],
			excluded: [
				{ kind: 'enrolment', id: 4, reason: 'support-plan-pending' },
				{ kind: 'enrolment', id: 5, reason: 'support-plan-pending' }
			]
		});
		// The mean days still count only enrolments with a plan.
		expect(r.meanDaysToSupportPlan.ids).toEqual([1, 2]);
		expect(r.meanDaysToSupportPlan.value).toBe(90.5);
	});

	it('only pending enrolments: no share yet (null), all listed as pending', () => {
		const enrolments = [enrolment(1, 1, { firstContactDate: '2026-06-01' })];
		const r = computeOutcomes(input({ enrolments }), { from: '2026-01-01', to: '2026-06-30' }, TODAY);
		expect(r.shareSupportPlanWithin90.value).toBeNull();
		expect(r.shareSupportPlanWithin90.excluded).toEqual([{ kind: 'enrolment', id: 1, reason: 'support-plan-pending' }]);
	});
});

describe('tenure and hours', () => {
	it('jobs of served clients held in the period; ongoing ones count to today; judged at 90 days', () => {
		const today = '2026-04-15';
		const enrolments = [1, 2, 3, 4, 5, 6, 7].map((c) => enrolment(c, c));
		const placements = [
			placement(1, 1, { startDate: '2026-01-14', hoursPerWeek: 20 }), // 91 days so far
			placement(2, 2, { status: 'ended', startDate: '2025-10-03', endDate: '2026-01-01' }), // 90 days
			placement(3, 3, { status: 'ended', startDate: '2025-10-04', endDate: '2026-01-01', hoursPerWeek: 10 }), // 89 days
			placement(4, 4, { startDate: '2026-01-16', hoursPerWeek: 30 }), // 89 days so far: not judged yet
			placement(5, 5, { startDate: '2026-01-15' }), // 90 days so far
			placement(6, 6, { startDate: '2026-04-01', hoursPerWeek: 40 }), // after the period
			placement(7, 7, { startDate: null })
		];
		const r = computeOutcomes(input({ enrolments, placements }), P, today);
		const bad = [{ kind: 'placement', id: 7, reason: 'no-start-date' }];
		expect(r.meanTenureWeeks).toEqual({ value: 12.8, kind: 'placement', ids: [1, 2, 3, 4, 5], excluded: bad });
		expect(r.longestTenureWeeks).toEqual({ value: 13, kind: 'placement', ids: [1], excluded: bad });
		expect(r.shareWorkingAt90Days).toEqual({ value: 0.75, kind: 'placement', ids: [1, 2, 3, 5], excluded: bad });
		expect(r.meanHoursPerWeek).toEqual({
			value: 20,
			kind: 'placement',
			ids: [1, 3, 4],
			excluded: [
				{ kind: 'placement', id: 2, reason: 'no-hours' },
				{ kind: 'placement', id: 5, reason: 'no-hours' }
			]
		});
	});

	it('the longest job is the longest wherever it is listed; no jobs, no figures', () => {
		const enrolments = [enrolment(1, 1), enrolment(2, 2)];
		const placements = [placement(1, 1, { startDate: '2026-03-01' }), placement(2, 2, { startDate: '2026-01-01' })];
		const r = computeOutcomes(input({ enrolments, placements }), P, '2026-03-15');
		expect(r.longestTenureWeeks).toMatchObject({ value: 10.4, ids: [2] });
		const none = computeOutcomes(input({ enrolments }), P, TODAY);
		expect(none.longestTenureWeeks).toMatchObject({ value: null, ids: [] });
		expect(none.meanTenureWeeks.value).toBeNull();
		expect(none.shareWorkingAt90Days.value).toBeNull();
		expect(none.meanHoursPerWeek.value).toBeNull();
	});
});

describe('job endings', () => {
	it('endings in the period, satisfactory (better job, fixed term ended) or not; without a reason left out', () => {
		const enrolments = [enrolment(1, 1)];
		const ended = (id: number, endDate: string, endReason: string | null) => placement(id, 1, { enrolmentId: 1, status: 'ended', startDate: '2025-06-01', endDate, endReason });
		const placements = [
			ended(1, '2026-02-01', 'better-job'),
			ended(2, '2026-03-31', 'fixed-term-ended'),
			ended(3, '2026-01-01', 'dismissed'),
			ended(4, '2026-02-10', 'quit-no-plan'),
			ended(5, '2026-02-15', null),
			ended(6, '2026-04-01', 'better-job'),
			placement(7, 1, { enrolmentId: 1, endDate: '2026-02-01', endReason: 'better-job' })
		];
		const r = computeOutcomes(input({ enrolments, placements }), P, TODAY);
		const excluded = [{ kind: 'placement', id: 5, reason: 'no-end-reason' }];
		expect(r.endingsSatisfactory).toEqual({ value: 2, kind: 'placement', ids: [1, 2], excluded });
		expect(r.endingsUnsatisfactory).toEqual({ value: 2, kind: 'placement', ids: [3, 4], excluded });
	});
});

describe('caseload on the last day of the period', () => {
	it('active enrolments per coach and per FTE; coaches without FTE are listed and left out of the ratio', () => {
		const enrolments = [
			enrolment(1, 1, { coachId: 10 }),
			enrolment(2, 2, { coachId: 10 }),
			enrolment(3, 3, { coachId: 10, entryDate: '2026-03-31' }),
			enrolment(4, 4, { coachId: 11 }),
			enrolment(5, 5, { coachId: 11, closedDate: '2026-03-31' }),
			enrolment(6, 6, { coachId: 11, closedDate: '2026-04-01' }),
			enrolment(7, 7, { coachId: 12 }),
			enrolment(8, 8, { coachId: null }),
			enrolment(9, 9, { coachId: 13 }),
			enrolment(10, 10, { coachId: 10, entryDate: '2026-04-01' }),
			enrolment(11, 11, { coachId: 10, entryDate: null })
		];
		const coaches = [
			{ userId: 10, teamId: 1, fte: 1 },
			{ userId: 11, teamId: 1, fte: 0.25 },
			{ userId: 11, teamId: 2, fte: 0.25 },
			{ userId: 12, teamId: 1, fte: 0 }
		];
		const r = computeOutcomes(input({ enrolments, coaches }), P, TODAY);
		expect(r.activeEnrolments).toEqual({ value: 8, kind: 'enrolment', ids: [1, 2, 3, 4, 6, 7, 8, 9], excluded: [] });
		expect(r.caseloadPerCoach).toEqual({
			value: 3.3,
			kind: 'enrolment',
			ids: [1, 2, 3, 4, 6],
			excluded: [7, 8, 9].map((id) => ({ kind: 'enrolment', id, reason: 'no-fte' }))
		});
		expect(r.caseloadByCoach).toEqual([
			{ coachId: 10, active: 3, fte: 1, perFte: 3, enrolmentIds: [1, 2, 3] },
			{ coachId: 11, active: 2, fte: 0.5, perFte: 4, enrolmentIds: [4, 6] },
			{ coachId: 12, active: 1, fte: 0, perFte: null, enrolmentIds: [7] },
			{ coachId: 13, active: 1, fte: 0, perFte: null, enrolmentIds: [9] }
		]);
	});

	it('without any FTE there is no ratio', () => {
		const r = computeOutcomes(input({ enrolments: [enrolment(1, 1)] }), P, TODAY);
		expect(r.caseloadPerCoach.value).toBeNull();
		expect(r.caseloadByCoach).toEqual([{ coachId: 10, active: 1, fte: 0, perFte: null, enrolmentIds: [1] }]);
	});
});

describe('closing reasons and feedback', () => {
	it('closing reasons of the period, most frequent first, then by name', () => {
		const enrolments = [
			enrolment(4, 4, { closedDate: '2026-03-01', closingReason: 'moved' }),
			enrolment(1, 1, { closedDate: '2026-01-01', closingReason: 'studies' }),
			enrolment(2, 2, { closedDate: '2026-02-01', closingReason: 'employed' }),
			enrolment(3, 3, { closedDate: '2026-03-31', closingReason: 'studies' }),
			enrolment(5, 5, { closedDate: '2026-04-01', closingReason: 'employed' }),
			enrolment(6, 6, { closedDate: '2026-02-01', closingReason: null })
		];
		const r = computeOutcomes(input({ enrolments }), P, TODAY);
		expect(r.closingReasons.map((c) => [c.reason, c.figure.ids])).toEqual([
			['studies', [1, 3]],
			['employed', [2]],
			['moved', [4]]
		]);
		expect(r.closingReasons[0].figure).toEqual({ value: 2, kind: 'enrolment', ids: [1, 3], excluded: [] });
	});

	it('feedback given in the period on served enrolments, to two decimals', () => {
		const enrolments = [enrolment(1, 1), enrolment(2, 2, { closedDate: '2025-12-01' })];
		const feedback = [
			{ id: 1, enrolmentId: 1, date: '2026-01-01', satisfaction: 4, recommend: null },
			{ id: 2, enrolmentId: 1, date: '2026-02-01', satisfaction: 5, recommend: 9 },
			{ id: 3, enrolmentId: 1, date: '2026-03-31', satisfaction: 5, recommend: 10 },
			{ id: 4, enrolmentId: 1, date: '2026-04-01', satisfaction: 1, recommend: 1 },
			{ id: 5, enrolmentId: 2, date: '2026-02-01', satisfaction: 1, recommend: 1 }
		];
		const r = computeOutcomes(input({ enrolments, feedback }), P, TODAY);
		expect(r.meanSatisfaction).toEqual({ value: 4.67, kind: 'feedback', ids: [1, 2, 3], excluded: [] });
		expect(r.meanRecommend).toEqual({ value: 9.5, kind: 'feedback', ids: [2, 3], excluded: [] });
	});
});

describe('cutting and joining inputs', () => {
	const data = input({
		// Client 1 was re-opened under another coach: both coaches see its rows.
		enrolments: [enrolment(1, 1, { coachId: 10 }), enrolment(2, 2, { coachId: 11 }), enrolment(3, 3, { coachId: null }), enrolment(4, 1, { coachId: 11 })],
		placements: [placement(1, 1), placement(2, 2), placement(3, 3)],
		employerContacts: [
			{ id: 1, date: '2026-01-05', mode: 'face-to-face', clientIds: [1, 2] },
			{ id: 2, date: '2026-01-06', mode: 'face-to-face', clientIds: [2] },
			{ id: 3, date: '2026-01-07', mode: 'face-to-face', clientIds: [3] }
		],
		feedback: [
			{ id: 1, enrolmentId: 1, date: '2026-01-01', satisfaction: 4, recommend: null },
			{ id: 2, enrolmentId: 2, date: '2026-01-01', satisfaction: 5, recommend: null },
			{ id: 3, enrolmentId: 3, date: '2026-01-01', satisfaction: 5, recommend: null }
		],
		coaches: [
			{ userId: 10, teamId: 1, fte: 1 },
			{ userId: 11, teamId: 1, fte: 0.5 },
			{ userId: 12, teamId: 1, fte: 1 }
		]
	});

	it("one coach's share: their enrolments and the rows that hang on them", () => {
		expect(inputForCoach(data, 10)).toEqual({
			enrolments: [data.enrolments[0]],
			placements: [data.placements[0]],
			employerContacts: [data.employerContacts[0]],
			feedback: [data.feedback[0]],
			coaches: [data.coaches[0]]
		});
	});

	it('every coach at once gives the same shares, a coach without clients included', () => {
		const split = inputsByCoach(data);
		expect([...split.keys()].sort()).toEqual([10, 11, 12]);
		for (const coachId of [10, 11, 12]) expect(split.get(coachId), String(coachId)).toEqual(inputForCoach(data, coachId));
		expect(split.get(11)!.placements.map((pl) => pl.id)).toEqual([1, 2]);
		expect(split.get(12)).toEqual({ enrolments: [], placements: [], employerContacts: [], feedback: [], coaches: [data.coaches[2]] });
	});

	it("joins teams' inputs: shared placements and contacts once, naming every client, rows in id order", () => {
		const teamA = input({
			enrolments: [enrolment(3, 1)],
			placements: [placement(5, 1)],
			employerContacts: [{ id: 8, date: '2026-01-05', mode: 'face-to-face', clientIds: [1] }],
			feedback: [{ id: 4, enrolmentId: 3, date: '2026-01-01', satisfaction: 4, recommend: null }],
			coaches: [{ userId: 10, teamId: 1, fte: 1 }]
		});
		const teamB = input({
			enrolments: [enrolment(1, 1, { teamId: 2 }), enrolment(2, 2, { teamId: 2 })],
			placements: [placement(2, 2), placement(5, 1)],
			employerContacts: [
				{ id: 3, date: '2026-01-04', mode: 'phone', clientIds: [2] },
				{ id: 8, date: '2026-01-05', mode: 'face-to-face', clientIds: [1, 2] }
			],
			feedback: [{ id: 1, enrolmentId: 1, date: '2026-01-01', satisfaction: 5, recommend: null }],
			coaches: [{ userId: 11, teamId: 2, fte: 0.5 }]
		});
		const merged = mergeOutcomeInputs([teamA, teamB]);
		expect(merged.enrolments.map((e) => e.id)).toEqual([1, 2, 3]);
		expect(merged.placements.map((pl) => pl.id)).toEqual([2, 5]);
		expect(merged.employerContacts).toEqual([
			{ id: 3, date: '2026-01-04', mode: 'phone', clientIds: [2] },
			{ id: 8, date: '2026-01-05', mode: 'face-to-face', clientIds: [1, 2] }
		]);
		expect(merged.feedback.map((f) => f.id)).toEqual([1, 4]);
		expect(merged.coaches.map((c) => c.userId)).toEqual([10, 11]);
		expect(mergeOutcomeInputs([teamA])).toBe(teamA);
	});
});

describe('what each figure counts', () => {
	it('names the kind of record behind each figure', () => {
		const r = computeOutcomes(input({ enrolments: [enrolment(1, 1)] }), P, TODAY);
		const kinds = Object.fromEntries(REPORT_KEYS.map((k) => [k, r[k].kind]));
		expect(kinds).toEqual({
			served: 'enrolment',
			worked: 'client',
			workedInclSubsidy: 'client',
			employmentRate: 'client',
			employmentRateInclSubsidy: 'client',
			employmentRateOutOfWork: 'client',
			employmentRateOutOfWorkInclSubsidy: 'client',
			jobStarts: 'placement',
			clientsWithFirstJobStart: 'client',
			meanDaysToFirstEmployerContact: 'enrolment',
			medianDaysToFirstEmployerContact: 'enrolment',
			meanDaysToFirstJob: 'enrolment',
			medianDaysToFirstJob: 'enrolment',
			servedOutOfWork: 'enrolment',
			workedOutOfWork: 'client',
			workedOutOfWorkInclSubsidy: 'client',
			meanDaysToSupportPlan: 'enrolment',
			shareSupportPlanWithin90: 'enrolment',
			meanTenureWeeks: 'placement',
			longestTenureWeeks: 'placement',
			shareWorkingAt90Days: 'placement',
			meanHoursPerWeek: 'placement',
			endingsSatisfactory: 'placement',
			endingsUnsatisfactory: 'placement',
			activeEnrolments: 'enrolment',
			caseloadPerCoach: 'enrolment',
			meanSatisfaction: 'feedback',
			meanRecommend: 'feedback'
		});
		expect(r.servedOutOfWork.ids).toEqual([1]);
	});

	it('an agreed job without a start date is no problem; a one-day job is a job; only served clients’ bad rows are listed', () => {
		const enrolments = [enrolment(1, 1), enrolment(2, 2), enrolment(3, 3, { closedDate: '2025-06-01' })];
		const placements = [
			placement(1, 1, { status: 'agreed', startDate: null }),
			placement(2, 2, { status: 'ended', startDate: '2026-02-01', endDate: '2026-02-01' }),
			placement(3, 3, { startDate: null })
		];
		const r = computeOutcomes(input({ enrolments, placements }), P, TODAY);
		expect(r.worked).toMatchObject({ ids: [2], excluded: [] });
		expect(r.jobStarts).toMatchObject({ ids: [2], excluded: [] });
		expect(r.medianDaysToFirstJob.excluded).toEqual(r.meanDaysToFirstJob.excluded);
	});

	it('the share still working at 90 days counts ended jobs that lasted 90 days or more', () => {
		const enrolments = [enrolment(1, 1), enrolment(2, 2), enrolment(3, 3)];
		const ended = (id: number, startDate: string) => placement(id, id, { status: 'ended', startDate, endDate: '2026-01-10' });
		// 90, 120 and 89 days.
		const placements = [ended(1, '2025-10-12'), ended(2, '2025-09-12'), ended(3, '2025-10-13')];
		expect(computeOutcomes(input({ enrolments, placements }), P, TODAY).shareWorkingAt90Days.value).toBe(0.6667);
	});

	it('a coach with FTE and no active clients has a caseload of 0', () => {
		const r = computeOutcomes(input({ enrolments: [enrolment(1, 1)], coaches: [{ userId: 10, teamId: 1, fte: 1 }, { userId: 14, teamId: 1, fte: 1 }] }), P, TODAY);
		expect(r.caseloadByCoach).toEqual([
			{ coachId: 10, active: 1, fte: 1, perFte: 1, enrolmentIds: [1] },
			{ coachId: 14, active: 0, fte: 1, perFte: 0, enrolmentIds: [] }
		]);
		expect(r.caseloadPerCoach.value).toBe(0.5);
	});
});

describe('figure keys', () => {
	it('knows the figures of the report, nothing else', () => {
		expect(isFigureKey('employmentRate')).toBe(true);
		expect(isFigureKey('meanRecommend')).toBe(true);
		expect(isFigureKey('employment_rate')).toBe(false);
		// A URL naming an Object.prototype member is no figure (it reached the records page before).
		for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) expect(isFigureKey(name)).toBe(false);
	});
});
