/** Every figure of docs/domain/outcomes.md for one period, each with the records it counted and left out. */
import { daysBetween } from '../dates';
import { endingSatisfactory } from '../placements';
import { groupBy, inPeriod, type Period } from '../period';
import type { EndReason } from '../vocabularies';
import { headlineRows } from './headline';
import { daysFromEntry, firstOnOrAfter, overlapsPeriod, prepare, servedEnrolments, undatedStarted, usable, workedClients } from './selection';
import { figure, mean, median, rate, roundDays, roundOrNull } from './stats';
import { SUPPORT_PLAN_TARGET_DAYS, type CoachCaseload, type Exclusion, type Figure, type OutcomeEnrolment, type OutcomeInput, type OutcomePlacement, type OutcomeReport } from './types';

/** `today` ends ongoing jobs for tenure. */
export function computeOutcomes(input: OutcomeInput, period: Period, today: string): OutcomeReport {
	const p = period;
	const { startDatesByClient } = prepare(input);
	const { enrolments, scopePlacements, served, notServed, working, worked, workedIncl, starts, entrants, toContact } = headlineRows(input, p);
	const scopeBad = undatedStarted(scopePlacements);
	const servedIds = served.map((e) => e.id);
	const servedClientIds = new Set(served.map((e) => e.clientId));
	const badPlacements = undatedStarted(input.placements.filter((pl) => servedClientIds.has(pl.clientId)));
	const servedOow = served.filter((e) => e.outOfWorkAtReferral);
	const workedOow = workedClients(servedOow, working.unsubsidised);
	const workedOowIncl = workedClients(servedOow, working.inclSubsidy);
	const notCounted = [...notServed, ...badPlacements];
	const firstStartClients = clientsWithFirstStart(enrolments, startDatesByClient, p);
	// Time to first job, for enrolments with entry in the period.
	const toJob = daysFromEntry(entrants, (e) => firstOnOrAfter(startDatesByClient.get(e.clientId), e.entryDate!), 'no-job-after-entry');
	const days = (values: number[], pick: (v: number[]) => number | null) => roundOrNull(pick(values), roundDays);

	return {
		period: p,
		served: figure('enrolment', served.length, servedIds, notServed),
		worked: figure('client', worked.size, worked, badPlacements),
		workedInclSubsidy: figure('client', workedIncl.size, workedIncl, badPlacements),
		servedOutOfWork: figure('enrolment', servedOow.length, servedOow.map((e) => e.id), notServed),
		workedOutOfWork: figure('client', workedOow.size, workedOow, badPlacements),
		workedOutOfWorkInclSubsidy: figure('client', workedOowIncl.size, workedOowIncl, badPlacements),
		employmentRate: figure('client', rate(worked.size, served.length), worked, notCounted),
		employmentRateInclSubsidy: figure('client', rate(workedIncl.size, served.length), workedIncl, notCounted),
		employmentRateOutOfWork: figure('client', rate(workedOow.size, servedOow.length), workedOow, notCounted),
		employmentRateOutOfWorkInclSubsidy: figure('client', rate(workedOowIncl.size, servedOow.length), workedOowIncl, notCounted),
		jobStarts: figure('placement', starts.length, starts.map((pl) => pl.id), scopeBad),
		clientsWithFirstJobStart: figure('client', firstStartClients.length, firstStartClients, scopeBad),
		meanDaysToFirstEmployerContact: figure('enrolment', days(toContact.days, mean), toContact.ids, toContact.excluded),
		medianDaysToFirstEmployerContact: figure('enrolment', days(toContact.days, median), toContact.ids, toContact.excluded),
		meanDaysToFirstJob: figure('enrolment', days(toJob.days, mean), toJob.ids, [...toJob.excluded, ...scopeBad]),
		medianDaysToFirstJob: figure('enrolment', days(toJob.days, median), toJob.ids, [...toJob.excluded, ...scopeBad]),
		...supportPlanFigures(served, p, today),
		...tenureFigures(input.placements.filter((pl) => servedClientIds.has(pl.clientId) && usable(pl) && overlapsPeriod(pl, p)), today, badPlacements),
		...endingFigures(scopePlacements, p),
		...caseloadFigures(enrolments, input, p),
		closingReasons: closingReasonFigures(enrolments, p),
		...feedbackFigures(input, new Set(servedIds), p)
	};
}

/** Clients whose earliest started placement (whole history) lies in the period. */
function clientsWithFirstStart(enrolments: OutcomeEnrolment[], startDatesByClient: Map<number, string[]>, p: Period): number[] {
	const clients: number[] = [];
	for (const clientId of new Set(enrolments.map((e) => e.clientId))) {
		const earliest = startDatesByClient.get(clientId)?.[0];
		if (earliest !== undefined && inPeriod(earliest, p)) clients.push(clientId);
	}
	return clients;
}

/**
 * First contact → support plan, for served enrolments whose first contact is in the period. For the
 * 90-day share an enrolment without a plan is a miss once more than 90 days have passed since first
 * contact (by `today`); one still within 90 days is left out as pending.
 */
function supportPlanFigures(served: OutcomeEnrolment[], p: Period, today: string) {
	const planDays: number[] = [];
	const planIds: number[] = [];
	const planExcluded: Exclusion[] = [];
	const overdueIds: number[] = [];
	const pending: Exclusion[] = [];
	for (const e of served) {
		if (e.firstContactDate === null) {
			planExcluded.push({ kind: 'enrolment', id: e.id, reason: 'no-first-contact' });
			continue;
		}
		if (!inPeriod(e.firstContactDate, p)) continue;
		if (e.firstSupportPlanDate === null) {
			planExcluded.push({ kind: 'enrolment', id: e.id, reason: 'no-support-plan' });
			if (daysBetween(e.firstContactDate, today) > SUPPORT_PLAN_TARGET_DAYS) overdueIds.push(e.id);
			else pending.push({ kind: 'enrolment', id: e.id, reason: 'support-plan-pending' });
			continue;
		}
		planDays.push(Math.max(0, daysBetween(e.firstContactDate, e.firstSupportPlanDate)));
		planIds.push(e.id);
	}
	const within90 = planDays.filter((d) => d <= SUPPORT_PLAN_TARGET_DAYS).length;
	const shareExcluded = planExcluded.filter((x) => x.reason === 'no-first-contact').concat(pending);
	return {
		meanDaysToSupportPlan: figure('enrolment', roundOrNull(mean(planDays), roundDays), planIds, planExcluded),
		shareSupportPlanWithin90: figure('enrolment', rate(within90, planDays.length + overdueIds.length), [...planIds, ...overdueIds].sort((a, b) => a - b), shareExcluded)
	};
}

/**
 * `shareSupportPlanWithin90` of `computeOutcomes` alone: it reads the enrolments only, so the team
 * report computes it without the placements and employer contacts (same value and ids).
 */
export function supportPlanShare(enrolments: OutcomeEnrolment[], p: Period, today: string): Figure {
	return supportPlanFigures(servedEnrolments(enrolments, p).served, p, today).shareSupportPlanWithin90;
}

/** Tenure and hours of the jobs `held` in the period (started placements of served clients); ongoing jobs count to today. */
function tenureFigures(held: OutcomePlacement[], today: string, badPlacements: Exclusion[]) {
	const tenureWeeks = held.map((pl) => daysBetween(pl.startDate!, pl.endDate ?? today) / 7);
	const judged = held.filter((pl) => daysBetween(pl.startDate!, today) >= 90);
	const stillAt90 = judged.filter((pl) => pl.endDate === null || daysBetween(pl.startDate!, pl.endDate) >= 90);
	const withHours = held.filter((pl) => pl.hoursPerWeek !== null);
	const noHours: Exclusion[] = held.filter((pl) => pl.hoursPerWeek === null).map((pl) => ({ kind: 'placement', id: pl.id, reason: 'no-hours' }));
	let longestIndex = -1;
	tenureWeeks.forEach((weeks, i) => {
		if (longestIndex === -1 || weeks > tenureWeeks[longestIndex]) longestIndex = i;
	});
	return {
		meanTenureWeeks: figure('placement', roundOrNull(mean(tenureWeeks), roundDays), held.map((pl) => pl.id), badPlacements),
		longestTenureWeeks: figure('placement', longestIndex >= 0 ? roundDays(tenureWeeks[longestIndex]) : null, longestIndex >= 0 ? [held[longestIndex].id] : [], badPlacements),
		shareWorkingAt90Days: figure('placement', rate(stillAt90.length, judged.length), judged.map((pl) => pl.id), badPlacements),
		meanHoursPerWeek: figure('placement', roundOrNull(mean(withHours.map((pl) => pl.hoursPerWeek!)), roundDays), withHours.map((pl) => pl.id), noHours)
	};
}

/** Job endings in the period, satisfactory or not by end reason. */
function endingFigures(scopePlacements: OutcomePlacement[], p: Period) {
	const endings = scopePlacements.filter((pl) => pl.status === 'ended' && inPeriod(pl.endDate, p));
	const noEndReason: Exclusion[] = endings.filter((pl) => pl.endReason === null).map((pl) => ({ kind: 'placement', id: pl.id, reason: 'no-end-reason' }));
	const satisfactory = endings.filter((pl) => endingSatisfactory(pl.endReason as EndReason | null) === true);
	const unsatisfactory = endings.filter((pl) => endingSatisfactory(pl.endReason as EndReason | null) === false);
	return {
		endingsSatisfactory: figure('placement', satisfactory.length, satisfactory.map((pl) => pl.id), noEndReason),
		endingsUnsatisfactory: figure('placement', unsatisfactory.length, unsatisfactory.map((pl) => pl.id), noEndReason)
	};
}

/** Caseload on the last day of the period: active enrolments ÷ coach FTE (IPS item 1). */
function caseloadFigures(enrolments: OutcomeEnrolment[], input: OutcomeInput, p: Period) {
	const active = enrolments.filter((e) => e.entryDate !== null && e.entryDate <= p.to && (e.closedDate === null || e.closedDate > p.to));
	const activeByCoach = groupBy(
		active.filter((e) => e.coachId !== null),
		(e) => e.coachId!
	);
	const caseloadByCoach: CoachCaseload[] = [];
	const fteByCoach = new Map<number, number>();
	for (const c of input.coaches) fteByCoach.set(c.userId, (fteByCoach.get(c.userId) ?? 0) + c.fte);
	for (const coachId of new Set([...fteByCoach.keys(), ...activeByCoach.keys()])) {
		const list = activeByCoach.get(coachId) ?? [];
		const fte = fteByCoach.get(coachId) ?? 0;
		caseloadByCoach.push({ coachId, active: list.length, fte, perFte: fte > 0 ? roundDays(list.length / fte) : null, enrolmentIds: list.map((e) => e.id) });
	}
	const totalFte = [...fteByCoach.values()].reduce((a, b) => a + b, 0);
	const hasFte = (e: OutcomeEnrolment) => e.coachId !== null && fteByCoach.get(e.coachId)! > 0;
	const noFte: Exclusion[] = active.filter((e) => !hasFte(e)).map((e) => ({ kind: 'enrolment', id: e.id, reason: 'no-fte' }));
	const counted = active.filter(hasFte);
	return {
		activeEnrolments: figure('enrolment', active.length, active.map((e) => e.id)),
		caseloadPerCoach: figure('enrolment', totalFte > 0 ? roundDays(counted.length / totalFte) : null, counted.map((e) => e.id), noFte),
		caseloadByCoach
	};
}

/** Closing reasons of enrolments closed in the period, most frequent first. */
function closingReasonFigures(enrolments: OutcomeEnrolment[], p: Period): OutcomeReport['closingReasons'] {
	const byReason = new Map<string, number[]>();
	for (const e of enrolments) {
		if (!inPeriod(e.closedDate, p) || !e.closingReason) continue;
		const ids = byReason.get(e.closingReason);
		if (ids) ids.push(e.id);
		else byReason.set(e.closingReason, [e.id]);
	}
	return [...byReason.entries()]
		.sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
		.map(([reason, ids]) => ({ reason, figure: figure('enrolment', ids.length, ids, []) }));
}

/** Client feedback given in the period on served enrolments. */
function feedbackFigures(input: OutcomeInput, servedIds: Set<number>, p: Period) {
	const feedback = input.feedback.filter((f) => servedIds.has(f.enrolmentId) && inPeriod(f.date, p));
	const withRecommend = feedback.filter((f) => f.recommend !== null);
	const mean2 = (values: number[]) => roundOrNull(mean(values), (n) => Math.round(n * 100) / 100);
	return {
		meanSatisfaction: figure('feedback', mean2(feedback.map((f) => f.satisfaction)), feedback.map((f) => f.id)),
		meanRecommend: figure('feedback', mean2(withRecommend.map((f) => f.recommend!)), withRecommend.map((f) => f.id))
	};
}
