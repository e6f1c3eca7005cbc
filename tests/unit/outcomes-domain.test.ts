import { describe, expect, it } from 'vitest';
import { computeOutcomes, headlineJson, inputForCoach, inputsByCoach, median, quarterSummary, rate, type OutcomeEnrolment, type OutcomeInput, type OutcomePlacement } from '$lib/domain/outcomes';
import { periodContaining, quartersEndingWith } from '$lib/domain/period';

const Q1 = { from: '2026-01-01', to: '2026-03-31' };
const TODAY = '2026-06-30';

function enrolment(id: number, clientId: number, over: Partial<OutcomeEnrolment>): OutcomeEnrolment {
	return { id, clientId, teamId: 1, coachId: 10, entryDate: null, closedDate: null, closingReason: null, outOfWorkAtReferral: true, firstContactDate: null, firstSupportPlanDate: null, ...over };
}
function placement(id: number, clientId: number, enrolmentId: number, over: Partial<OutcomePlacement>): OutcomePlacement {
	return { id, clientId, enrolmentId, status: 'started', startDate: null, endDate: null, competitive: true, wageSubsidy: false, hoursPerWeek: null, endReason: null, ...over };
}

/** The hand-worked data set: answers below are worked out in the comments. */
const input: OutcomeInput = {
	enrolments: [
		enrolment(1, 1, { entryDate: '2025-12-01', firstContactDate: '2025-11-20' }),
		// entry on the last day of the period: served
		enrolment(2, 2, { entryDate: '2026-03-31', outOfWorkAtReferral: false, firstContactDate: '2026-03-20' }),
		// closed on the first day of the period: served
		enrolment(3, 3, { entryDate: '2025-06-01', closedDate: '2026-01-01', closingReason: 'employed', coachId: 11 }),
		// closed the day before: not served
		enrolment(4, 4, { entryDate: '2025-01-01', closedDate: '2025-12-31', closingReason: 'moved-away' }),
		// entry after the period: not served
		enrolment(5, 5, { entryDate: '2026-04-01' }),
		// no entry date: not served, reported
		enrolment(6, 6, {}),
		// client 7: closed and re-opened inside the period = two served enrolments, one client
		enrolment(7, 7, { entryDate: '2026-01-10', closedDate: '2026-02-01', closingReason: 'studies', coachId: 11, firstContactDate: '2026-01-05', firstSupportPlanDate: '2026-05-10' }),
		enrolment(8, 7, { entryDate: '2026-03-01', coachId: 11, firstContactDate: '2026-02-20', firstSupportPlanDate: '2026-03-20' })
	],
	placements: [
		placement(1, 1, 1, { startDate: '2026-02-01', hoursPerWeek: 20 }),
		placement(2, 2, 2, { startDate: '2026-03-31', wageSubsidy: true }),
		placement(3, 3, 3, { status: 'ended', startDate: '2025-09-01', endDate: '2026-01-01', endReason: 'better-job', hoursPerWeek: 30 }),
		placement(4, 7, 7, { status: 'ended', startDate: '2026-01-20', endDate: '2026-01-25', competitive: false, endReason: 'dismissed', hoursPerWeek: 10 }),
		placement(5, 7, 8, { status: 'agreed', startDate: '2026-03-15' }),
		placement(6, 1, 1, {}),
		placement(7, 4, 4, { startDate: '2026-02-01' })
	],
	employerContacts: [
		{ id: 1, date: '2026-03-31', mode: 'face-to-face', clientIds: [2] },
		{ id: 2, date: '2026-01-05', mode: 'face-to-face', clientIds: [7] },
		{ id: 3, date: '2026-01-30', mode: 'phone', clientIds: [7] },
		{ id: 4, date: '2026-02-09', mode: 'face-to-face', clientIds: [7] },
		{ id: 5, date: '2026-03-11', mode: 'face-to-face', clientIds: [7] }
	],
	feedback: [
		{ id: 1, enrolmentId: 1, date: '2026-02-01', satisfaction: 9, recommend: 8 },
		{ id: 2, enrolmentId: 8, date: '2026-03-15', satisfaction: 8, recommend: null },
		{ id: 3, enrolmentId: 1, date: '2025-12-01', satisfaction: 4, recommend: 0 }
	],
	coaches: [
		{ userId: 10, teamId: 1, fte: 1 },
		{ userId: 11, teamId: 1, fte: 0.5 }
	]
};

describe('served and worked (period edges, re-opened enrolments, wage subsidy)', () => {
	const r = computeOutcomes(input, Q1, TODAY);
	it('served = enrolments with entry ≤ to and not closed before from', () => {
		expect(r.served.value).toBe(5);
		expect(r.served.ids).toEqual([1, 2, 3, 7, 8]);
		expect(r.served.excluded).toEqual([{ kind: 'enrolment', id: 6, reason: 'no-entry-date' }]);
	});
	it('worked counts distinct clients with a competitive, unsubsidised started job overlapping the period', () => {
		// client 1 (ongoing), client 3 (ended on the first day); client 2 is subsidised, client 7 not competitive
		expect(r.worked.ids).toEqual([1, 3]);
		expect(r.workedInclSubsidy.ids).toEqual([1, 2, 3]);
		expect(r.worked.excluded).toContainEqual({ kind: 'placement', id: 6, reason: 'no-start-date' });
	});
	it('employment rates with and without wage subsidy, over all and over out of work at referral', () => {
		expect(r.employmentRate.value).toBe(0.4); // 2 / 5
		expect(r.employmentRateInclSubsidy.value).toBe(0.6); // 3 / 5
		expect(r.servedOutOfWork.ids).toEqual([1, 3, 7, 8]);
		expect(r.employmentRateOutOfWork.value).toBe(0.5); // 2 / 4
		expect(r.employmentRateOutOfWorkInclSubsidy.value).toBe(0.5); // client 2 was not out of work
	});
	it('job starts count every started placement starting in the period, competitive or not', () => {
		// placement 7 starts after its enrolment closed (e4, 31.12.2025): not this period's enrolment
		expect(r.jobStarts.ids).toEqual([1, 2, 4]);
		expect(r.jobStarts.value).toBe(3);
	});
	it('clients with a first job start: the earliest started placement of the client is in the period', () => {
		// client 3's first job was in 2025; client 7's agreed job does not count
		expect(r.clientsWithFirstJobStart.ids).toEqual([1, 2, 7]);
	});
});

describe('time figures', () => {
	const r = computeOutcomes(input, Q1, TODAY);
	it('days to first face-to-face employer contact on or after entry, for entries in the period', () => {
		// e2: 0 days; e7: 10.1.→9.2. = 30 (5.1. is before entry, 30.1. is by phone); e8: 1.3.→11.3. = 10
		expect(r.meanDaysToFirstEmployerContact.value).toBe(13.3);
		expect(r.medianDaysToFirstEmployerContact.value).toBe(10);
		expect(r.meanDaysToFirstEmployerContact.ids).toEqual([2, 7, 8]);
	});
	it('days from entry to first started job; enrolments without one are listed as left out', () => {
		// e2: 0; e7: 10.1.→20.1. = 10; e8 has only an agreed job
		expect(r.meanDaysToFirstJob.value).toBe(5);
		expect(r.medianDaysToFirstJob.value).toBe(5);
		expect(r.meanDaysToFirstJob.excluded).toContainEqual({ kind: 'enrolment', id: 8, reason: 'no-job-after-entry' });
	});
	it('days from first contact to support plan and share within 90 days', () => {
		// e7: 5.1.→10.5. = 125 days; e8: 20.2.→20.3. = 28 days; e2 has no plan, e3 no first contact
		expect(r.meanDaysToSupportPlan.value).toBe(76.5);
		// e2's first contact was over 90 days before today without a plan: a miss (1 of 3).
		expect(r.shareSupportPlanWithin90.value).toBe(0.3333);
		expect(r.meanDaysToSupportPlan.excluded).toEqual(
			expect.arrayContaining([
				{ kind: 'enrolment', id: 2, reason: 'no-support-plan' },
				{ kind: 'enrolment', id: 3, reason: 'no-first-contact' }
			])
		);
	});
});

describe('tenure, hours, endings', () => {
	const r = computeOutcomes(input, Q1, TODAY);
	it('tenure counts ongoing jobs to today', () => {
		// 149 + 91 + 122 + 5 days = 367 / 4 / 7 = 13.1 weeks; longest is placement 1 (149 d = 21.3 wk)
		expect(r.meanTenureWeeks.value).toBe(13.1);
		expect(r.longestTenureWeeks.value).toBe(21.3);
		expect(r.longestTenureWeeks.ids).toEqual([1]);
	});
	it('share still working at 90 days among jobs started at least 90 days ago', () => {
		expect(r.shareWorkingAt90Days.value).toBe(0.75); // placement 4 lasted 5 days
	});
	it('mean hours leave out placements without hours', () => {
		expect(r.meanHoursPerWeek.value).toBe(20);
		expect(r.meanHoursPerWeek.excluded).toEqual([{ kind: 'placement', id: 2, reason: 'no-hours' }]);
	});
	it('endings in the period split by end reason', () => {
		expect(r.endingsSatisfactory.ids).toEqual([3]);
		expect(r.endingsUnsatisfactory.ids).toEqual([4]);
	});
	it('an ending without a reason is left out and reported', () => {
		const withoutReason = computeOutcomes(
			{ ...input, placements: [placement(9, 1, 1, { status: 'ended', startDate: '2026-01-02', endDate: '2026-01-03' })] },
			Q1,
			TODAY
		);
		expect(withoutReason.endingsSatisfactory.value).toBe(0);
		expect(withoutReason.endingsSatisfactory.excluded).toEqual([{ kind: 'placement', id: 9, reason: 'no-end-reason' }]);
	});
});

describe('caseload, closing reasons, feedback', () => {
	const r = computeOutcomes(input, Q1, TODAY);
	it('caseload = enrolments active on the last day ÷ FTE, per coach and team', () => {
		expect(r.activeEnrolments.ids).toEqual([1, 2, 8]);
		expect(r.caseloadPerCoach.value).toBe(2); // 3 / 1.5
		expect(r.caseloadByCoach.find((c) => c.coachId === 11)).toMatchObject({ active: 1, fte: 0.5, perFte: 2 });
	});
	it('closing reasons of enrolments closed in the period', () => {
		expect(r.closingReasons.map((c) => [c.reason, c.figure.ids])).toEqual([
			['employed', [3]],
			['studies', [7]]
		]);
	});
	it('feedback means over feedback given in the period', () => {
		expect(r.meanSatisfaction.value).toBe(8.5);
		expect(r.meanRecommend.value).toBe(8);
	});
});

describe('zero denominators and coach view', () => {
	it('an empty data set gives null rates and means, never 0 % or an error', () => {
		const r = computeOutcomes({ enrolments: [], placements: [], employerContacts: [], feedback: [], coaches: [] }, Q1, TODAY);
		expect(r.served.value).toBe(0);
		expect(r.employmentRate.value).toBeNull();
		expect(r.employmentRateOutOfWork.value).toBeNull();
		expect(r.meanDaysToFirstJob.value).toBeNull();
		expect(r.medianDaysToFirstEmployerContact.value).toBeNull();
		expect(r.caseloadPerCoach.value).toBeNull();
		expect(r.meanSatisfaction.value).toBeNull();
	});
	it('out-of-work rate is null when nobody was out of work at referral', () => {
		const r = computeOutcomes({ ...input, enrolments: [enrolment(2, 2, { entryDate: '2026-01-01', outOfWorkAtReferral: false })] }, Q1, TODAY);
		expect(r.employmentRate.value).toBe(0);
		expect(r.employmentRateOutOfWork.value).toBeNull();
	});
	it('a coach view keeps only that coach’s enrolments', () => {
		const r = computeOutcomes(inputForCoach(input, 11), Q1, TODAY);
		expect(r.served.ids).toEqual([3, 7, 8]);
		expect(r.employmentRate.value).toBe(0.3333);
	});
	it('headline JSON has exactly the CLI keys', () => {
		const json = headlineJson(computeOutcomes(input, Q1, TODAY));
		expect(Object.keys(json)).toEqual([
			'served',
			'worked',
			'workedInclSubsidy',
			'employmentRate',
			'employmentRateInclSubsidy',
			'employmentRateOutOfWork',
			'employmentRateOutOfWorkInclSubsidy',
			'jobStarts',
			'clientsWithFirstJobStart',
			'meanDaysToFirstEmployerContact',
			'medianDaysToFirstEmployerContact',
			'meanDaysToFirstJob',
			'medianDaysToFirstJob'
		]);
	});
});

describe('helpers', () => {
	it('rounds rates to 4 decimals and medians even-sized lists', () => {
		expect(rate(1, 3)).toBe(0.3333);
		expect(rate(1, 0)).toBeNull();
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
	it('periods', () => {
		expect(periodContaining('quarter', '2026-05-17')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
		expect(periodContaining('month', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
		expect(quartersEndingWith('2026-02-01', 3).map((q) => q.from)).toEqual(['2025-07-01', '2025-10-01', '2026-01-01']);
	});
});

describe('per-coach inputs in one pass', () => {
	it('give the same figures as filtering for each coach', () => {
		const split = inputsByCoach(input);
		for (const coachId of [10, 11]) {
			const a = computeOutcomes(inputForCoach(input, coachId), Q1, TODAY);
			const b = computeOutcomes(split.get(coachId)!, Q1, TODAY);
			expect(b).toEqual(a);
		}
	});
});

describe('a report does not depend on how much more the input holds', () => {
	it('a quarter computed from a year of rows equals the quarter computed from its own rows', () => {
		// What the loader selects for Q1 alone: enrolments open in Q1 and their clients' placements (not e4, e5, placement 7).
		const enrolments = input.enrolments.filter((e) => (e.closedDate === null || e.closedDate >= Q1.from) && (e.entryDate === null || e.entryDate <= Q1.to));
		const clients = new Set(enrolments.map((e) => e.clientId));
		const own = { ...input, enrolments, placements: input.placements.filter((pl) => clients.has(pl.clientId)) };
		expect(own.enrolments.map((e) => e.id)).toEqual([1, 2, 3, 6, 7, 8]);
		expect(computeOutcomes(input, Q1, TODAY)).toEqual(computeOutcomes(own, Q1, TODAY));
	});
});

describe("the dashboard's quarter rows", () => {
	it('give the numbers of the full report, for every quarter of the data set', () => {
		for (const q of quartersEndingWith('2026-06-30', 4)) {
			const full = computeOutcomes(input, q, TODAY);
			expect(quarterSummary(input, q)).toEqual({
				served: full.served.value,
				worked: full.worked.value,
				employmentRate: full.employmentRate.value,
				employmentRateInclSubsidy: full.employmentRateInclSubsidy.value,
				jobStarts: full.jobStarts.value,
				meanDaysToFirstEmployerContact: full.meanDaysToFirstEmployerContact.value,
				medianDaysToFirstEmployerContact: full.medianDaysToFirstEmployerContact.value,
				contactCohort: full.meanDaysToFirstEmployerContact.ids.length
			});
		}
		expect(quarterSummary(input, Q1).served).toBeGreaterThan(0);
		expect(quarterSummary(input, Q1).jobStarts).toBeGreaterThan(0);
	});
});
