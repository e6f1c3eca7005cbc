/** The headline figures of a period: shared by the full report and the dashboard's quarter rows. */
import { inPeriod, type Period } from '../period';
import { mean, median, rate, roundDays, roundOrNull } from './stats';
import { clientsInCompetitiveWork, daysFromEntry, firstOnOrAfter, isStarted, prepare, servedEnrolments, usable, workedClients } from './selection';
import type { OutcomeInput } from './types';

/**
 * The rows behind the headline figures of a period: what the full report and the dashboard's quarter
 * rows both start from (one home for these rules).
 */
export function headlineRows(input: OutcomeInput, p: Period) {
	const { faceToFaceByClient } = prepare(input);
	// The enrolments of the period (open on any of its days, or not yet entered): the same set the loader
	// selects, so a report does not depend on how much more the input holds (a dashboard loads a year).
	const enrolments = input.enrolments.filter((e) => (e.closedDate === null || e.closedDate >= p.from) && (e.entryDate === null || e.entryDate <= p.to));
	const scopeEnrolmentIds = new Set(enrolments.map((e) => e.id));
	const scopePlacements = input.placements.filter((pl) => scopeEnrolmentIds.has(pl.enrolmentId));
	const { served, excluded: notServed } = servedEnrolments(enrolments, p);

	// Employment rate (docs/domain/outcomes.md#employment-rate): worked = distinct clients ÷ served = enrolments.
	const working = clientsInCompetitiveWork(input.placements, p);
	const worked = workedClients(served, working.unsubsidised);
	const workedIncl = workedClients(served, working.inclSubsidy);

	// Job starts: every started placement (competitive or not) starting in the period.
	const starts = scopePlacements.filter((pl) => isStarted(pl) && usable(pl) && inPeriod(pl.startDate!, p));

	// Time to first face-to-face employer contact, for enrolments with entry in the period.
	const entrants = enrolments.filter((e) => e.entryDate !== null && inPeriod(e.entryDate, p));
	const toContact = daysFromEntry(entrants, (e) => firstOnOrAfter(faceToFaceByClient.get(e.clientId), e.entryDate!), 'no-face-to-face-employer-contact');
	return { enrolments, scopePlacements, served, notServed, working, worked, workedIncl, starts, entrants, toContact };
}

/** A row of the dashboard's quarter table: the headline numbers only, without the id lists of a report. */
export type QuarterSummary = {
	served: number;
	worked: number;
	employmentRate: number | null;
	employmentRateInclSubsidy: number | null;
	jobStarts: number;
	meanDaysToFirstEmployerContact: number | null;
	medianDaysToFirstEmployerContact: number | null;
	/** Entrants of the period with a first face-to-face employer contact (the two figures above). */
	contactCohort: number;
};

/** The same numbers as `computeOutcomes` gives for these figures, at a fraction of its work. */
export function quarterSummary(input: OutcomeInput, period: Period): QuarterSummary {
	const r = headlineRows(input, period);
	return {
		served: r.served.length,
		worked: r.worked.size,
		employmentRate: rate(r.worked.size, r.served.length),
		employmentRateInclSubsidy: rate(r.workedIncl.size, r.served.length),
		jobStarts: r.starts.length,
		meanDaysToFirstEmployerContact: roundOrNull(mean(r.toContact.days), roundDays),
		medianDaysToFirstEmployerContact: roundOrNull(median(r.toContact.days), roundDays),
		contactCohort: r.toContact.ids.length
	};
}
