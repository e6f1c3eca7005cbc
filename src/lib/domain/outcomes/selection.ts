/**
 * Which records a period's figures count: served enrolments, started and usable placements, clients
 * in competitive work, and the days from entry to a first event (docs/domain/outcomes.md).
 */
import { daysBetween } from '../dates';
import { groupBy, type Period } from '../period';
import type { Exclusion, ExclusionReason, OutcomeEnrolment, OutcomeInput, OutcomePlacement } from './types';

export const isStarted = (pl: OutcomePlacement) => pl.status === 'started' || pl.status === 'ended';

/** served: entry ≤ to and (not closed or closed ≥ from); no entry date = not served. */
export function servedEnrolments(enrolments: OutcomeEnrolment[], p: Period): { served: OutcomeEnrolment[]; excluded: Exclusion[] } {
	const served: OutcomeEnrolment[] = [];
	const excluded: Exclusion[] = [];
	for (const e of enrolments) {
		const openInPeriod = e.closedDate === null || e.closedDate >= p.from;
		if (e.entryDate === null) {
			if (openInPeriod) excluded.push({ kind: 'enrolment', id: e.id, reason: 'no-entry-date' });
			continue;
		}
		if (e.entryDate <= p.to && openInPeriod) served.push(e);
	}
	return { served, excluded };
}

/** A started placement overlapping the period: start ≤ to and (no end or end ≥ from). */
export function overlapsPeriod(pl: OutcomePlacement, p: Period): boolean {
	return isStarted(pl) && pl.startDate !== null && pl.startDate <= p.to && (pl.endDate === null || pl.endDate >= p.from);
}

/** Started placements that cannot be placed in time: left out everywhere, reported once per figure. */
export function undatedStarted(placements: OutcomePlacement[]): Exclusion[] {
	const out: Exclusion[] = [];
	for (const pl of placements) {
		if (!isStarted(pl)) continue;
		if (pl.startDate === null) out.push({ kind: 'placement', id: pl.id, reason: 'no-start-date' });
		else if (pl.endDate !== null && pl.endDate < pl.startDate) out.push({ kind: 'placement', id: pl.id, reason: 'end-before-start' });
	}
	return out;
}

export function usable(pl: OutcomePlacement): boolean {
	return pl.startDate !== null && (pl.endDate === null || pl.endDate >= pl.startDate);
}

/** Clients with a usable competitive job overlapping the period: without and with wage subsidy. */
export function clientsInCompetitiveWork(placements: OutcomePlacement[], p: Period): { unsubsidised: Set<number>; inclSubsidy: Set<number> } {
	const unsubsidised = new Set<number>();
	const inclSubsidy = new Set<number>();
	for (const pl of placements) {
		if (!pl.competitive || !usable(pl) || !overlapsPeriod(pl, p)) continue;
		inclSubsidy.add(pl.clientId);
		if (!pl.wageSubsidy) unsubsidised.add(pl.clientId);
	}
	return { unsubsidised, inclSubsidy };
}

/** The clients of `served` who worked (in `working`, see clientsInCompetitiveWork). */
export function workedClients(served: OutcomeEnrolment[], working: Set<number>): Set<number> {
	const clients = new Set<number>();
	for (const e of served) if (working.has(e.clientId)) clients.add(e.clientId);
	return clients;
}

export function daysFromEntry(
	cohort: OutcomeEnrolment[],
	firstDateOnOrAfter: (e: OutcomeEnrolment) => string | null,
	reason: ExclusionReason
): { days: number[]; ids: number[]; excluded: Exclusion[] } {
	const days: number[] = [];
	const ids: number[] = [];
	const excluded: Exclusion[] = [];
	for (const e of cohort) {
		const date = firstDateOnOrAfter(e);
		if (date === null) {
			excluded.push({ kind: 'enrolment', id: e.id, reason });
			continue;
		}
		days.push(daysBetween(e.entryDate!, date));
		ids.push(e.id);
	}
	return { days, ids, excluded };
}

/** Period-independent look-ups, built once per input: a dashboard computes many periods from one input. */
type Prepared = {
	/** Start dates of each client's usable started placements, ascending. */
	startDatesByClient: Map<number, string[]>;
	/** Dates of face-to-face employer contacts naming each client, ascending. */
	faceToFaceByClient: Map<number, string[]>;
};
const preparedInputs = new WeakMap<OutcomeInput, Prepared>();

export function prepare(input: OutcomeInput): Prepared {
	const cached = preparedInputs.get(input);
	if (cached) return cached;
	const placementsByClient = groupBy(input.placements, (pl) => pl.clientId);
	const startDatesByClient = new Map<number, string[]>();
	for (const [clientId, list] of placementsByClient) {
		const dates = list.filter((pl) => isStarted(pl) && usable(pl)).map((pl) => pl.startDate!);
		if (dates.length) startDatesByClient.set(clientId, dates.sort());
	}
	const faceToFaceByClient = new Map<number, string[]>();
	for (const c of input.employerContacts) {
		if (c.mode !== 'face-to-face') continue;
		for (const clientId of c.clientIds) {
			const list = faceToFaceByClient.get(clientId);
			if (list) list.push(c.date);
			else faceToFaceByClient.set(clientId, [c.date]);
		}
	}
	for (const list of faceToFaceByClient.values()) list.sort();
	const prepared: Prepared = { startDatesByClient, faceToFaceByClient };
	preparedInputs.set(input, prepared);
	return prepared;
}

/** The first date on or after `from` in an ascending list. */
export function firstOnOrAfter(sortedDates: string[] | undefined, from: string): string | null {
	if (!sortedDates) return null;
	for (const d of sortedDates) if (d >= from) return d;
	return null;
}
