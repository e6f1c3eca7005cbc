/**
 * Outcome figures (docs/domain/outcomes.md). Plain data in, plain data out: no framework, no
 * database, no clock (today is passed in). Every figure names the records it counted and the
 * records it left out, and why, so each number can be traced back.
 */
import { endingSatisfactory } from './placements';
import type { EndReason } from './vocabularies';
import { addDays } from './dates';

export type Period = { from: string; to: string };

export type OutcomeEnrolment = {
	id: number;
	clientId: number;
	teamId: number;
	coachId: number | null;
	entryDate: string | null;
	closedDate: string | null;
	closingReason: string | null;
	outOfWorkAtReferral: boolean;
	/** Earliest of the first meeting date and the earliest recorded client contact. */
	firstContactDate: string | null;
	/** Date of the first version of the work-ability support plan. */
	firstSupportPlanDate: string | null;
};

export type OutcomePlacement = {
	id: number;
	clientId: number;
	enrolmentId: number;
	status: 'agreed' | 'started' | 'ended' | 'did-not-start';
	startDate: string | null;
	endDate: string | null;
	competitive: boolean;
	wageSubsidy: boolean;
	hoursPerWeek: number | null;
	endReason: string | null;
};

/** Face-to-face or other employer contacts that name clients (generic contacts never count here). */
export type OutcomeEmployerContact = { id: number; date: string; mode: string; clientIds: number[] };

export type OutcomeFeedback = { id: number; enrolmentId: number; date: string; satisfaction: number; recommend: number | null };

export type OutcomeCoach = { userId: number; teamId: number; fte: number };

export type OutcomeInput = {
	enrolments: OutcomeEnrolment[];
	/**
	 * Every started (or ended) placement of the clients of `enrolments`, whole history: "first job" needs
	 * it. Agreed and did-not-start placements may be included; no figure counts them.
	 */
	placements: OutcomePlacement[];
	employerContacts: OutcomeEmployerContact[];
	feedback: OutcomeFeedback[];
	coaches: OutcomeCoach[];
};

export type RecordKind = 'enrolment' | 'client' | 'placement' | 'feedback';

export type ExclusionReason =
	| 'no-entry-date'
	| 'no-start-date'
	| 'end-before-start'
	| 'no-face-to-face-employer-contact'
	| 'no-job-after-entry'
	| 'no-first-contact'
	| 'no-support-plan'
	| 'no-end-reason'
	| 'no-hours'
	| 'no-closing-reason'
	| 'no-fte';

export type Exclusion = { kind: RecordKind; id: number; reason: ExclusionReason };

/** One number with the ids of the records it counted (of `kind`) and the records left out. */
export type Figure = { value: number | null; kind: RecordKind; ids: number[]; excluded: Exclusion[] };

export type CoachCaseload = { coachId: number; active: number; fte: number; perFte: number | null; enrolmentIds: number[] };

export type OutcomeReport = {
	period: Period;
	served: Figure;
	worked: Figure;
	workedInclSubsidy: Figure;
	servedOutOfWork: Figure;
	workedOutOfWork: Figure;
	workedOutOfWorkInclSubsidy: Figure;
	employmentRate: Figure;
	employmentRateInclSubsidy: Figure;
	employmentRateOutOfWork: Figure;
	employmentRateOutOfWorkInclSubsidy: Figure;
	jobStarts: Figure;
	clientsWithFirstJobStart: Figure;
	meanDaysToFirstEmployerContact: Figure;
	medianDaysToFirstEmployerContact: Figure;
	meanDaysToFirstJob: Figure;
	medianDaysToFirstJob: Figure;
	meanDaysToSupportPlan: Figure;
	shareSupportPlanWithin90: Figure;
	meanTenureWeeks: Figure;
	longestTenureWeeks: Figure;
	shareWorkingAt90Days: Figure;
	meanHoursPerWeek: Figure;
	endingsSatisfactory: Figure;
	endingsUnsatisfactory: Figure;
	activeEnrolments: Figure;
	caseloadPerCoach: Figure;
	caseloadByCoach: CoachCaseload[];
	closingReasons: { reason: string; figure: Figure }[];
	meanSatisfaction: Figure;
	meanRecommend: Figure;
};

export type FigureKey = { [K in keyof OutcomeReport]: OutcomeReport[K] extends Figure ? K : never }[keyof OutcomeReport];

/** IPS Employment Center quarterly benchmarks (minimum, average, excellent). */
export const EMPLOYMENT_RATE_BENCHMARKS = [0.31, 0.41, 0.5] as const;
/** IPS item 15: first face-to-face employer contact within 30 days of entry. */
export const EMPLOYER_CONTACT_TARGET_DAYS = 30;
/** Seed target: support plan within 3 months of first contact. */
export const SUPPORT_PLAN_TARGET_DAYS = 90;

export function roundFraction(value: number): number {
	return Math.round(value * 10_000) / 10_000;
}

export function roundDays(value: number): number {
	return Math.round(value * 10) / 10;
}

/** numerator ÷ denominator as a fraction with 4 decimals; null when nothing to divide by. */
export function rate(numerator: number, denominator: number): number | null {
	return denominator === 0 ? null : roundFraction(numerator / denominator);
}

export function mean(values: number[]): number | null {
	if (values.length === 0) return null;
	return values.reduce((a, b) => a + b, 0) / values.length;
}

export function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Day numbers for ISO dates, memoised: a dashboard computes dozens of reports over the same dates.
const dayNumbers = new Map<string, number>();
function dayNumber(iso: string): number {
	let n = dayNumbers.get(iso);
	if (n === undefined) {
		n = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
		if (dayNumbers.size > 100_000) dayNumbers.clear();
		dayNumbers.set(iso, n);
	}
	return n;
}
const daysBetween = (a: string, b: string) => dayNumber(b) - dayNumber(a);

const inPeriod = (date: string, p: Period) => date >= p.from && date <= p.to;
const isStarted = (pl: OutcomePlacement) => pl.status === 'started' || pl.status === 'ended';
/** Ids ascending without duplicates; rows usually arrive in id order, so check before sorting. */
function uniqueSorted(ids: Iterable<number>): number[] {
	const list = Array.isArray(ids) ? (ids as number[]) : [...ids];
	let ascending = true;
	for (let i = 1; i < list.length && ascending; i++) ascending = list[i - 1] < list[i];
	if (ascending) return list.slice();
	// A typed array sorts numbers natively; duplicates are then neighbours.
	const sorted = Float64Array.from(list).sort();
	const out: number[] = [];
	for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]);
	return out;
}
const roundOrNull = (v: number | null, round: (n: number) => number) => (v === null ? null : round(v));

function figure(kind: RecordKind, value: number | null, ids: Iterable<number>, excluded: Exclusion[] = []): Figure {
	return { value, kind, ids: uniqueSorted(ids), excluded };
}

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
function overlapsPeriod(pl: OutcomePlacement, p: Period): boolean {
	return isStarted(pl) && pl.startDate !== null && pl.startDate <= p.to && (pl.endDate === null || pl.endDate >= p.from);
}

/** Started placements that cannot be placed in time: left out everywhere, reported once per figure. */
function undatedStarted(placements: OutcomePlacement[]): Exclusion[] {
	const out: Exclusion[] = [];
	for (const pl of placements) {
		if (!isStarted(pl)) continue;
		if (pl.startDate === null) out.push({ kind: 'placement', id: pl.id, reason: 'no-start-date' });
		else if (pl.endDate !== null && pl.endDate < pl.startDate) out.push({ kind: 'placement', id: pl.id, reason: 'end-before-start' });
	}
	return out;
}

function usable(pl: OutcomePlacement): boolean {
	return pl.startDate !== null && (pl.endDate === null || pl.endDate >= pl.startDate);
}

/** Clients with a usable competitive job overlapping the period: without and with wage subsidy. */
function clientsInCompetitiveWork(placements: OutcomePlacement[], p: Period): { unsubsidised: Set<number>; inclSubsidy: Set<number> } {
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
function workedClients(served: OutcomeEnrolment[], working: Set<number>): Set<number> {
	const clients = new Set<number>();
	for (const e of served) if (working.has(e.clientId)) clients.add(e.clientId);
	return clients;
}

function daysFromEntry(
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

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
	const map = new Map<number, T[]>();
	for (const row of rows) {
		const k = key(row);
		const list = map.get(k);
		if (list) list.push(row);
		else map.set(k, [row]);
	}
	return map;
}

/** Keeps the enrolments of one coach (and the rows that hang on them). */
export function inputForCoach(input: OutcomeInput, coachId: number): OutcomeInput {
	const enrolments = input.enrolments.filter((e) => e.coachId === coachId);
	const clientIds = new Set(enrolments.map((e) => e.clientId));
	const enrolmentIds = new Set(enrolments.map((e) => e.id));
	return {
		enrolments,
		placements: input.placements.filter((pl) => clientIds.has(pl.clientId)),
		employerContacts: input.employerContacts.filter((c) => c.clientIds.some((id) => clientIds.has(id))),
		feedback: input.feedback.filter((f) => enrolmentIds.has(f.enrolmentId)),
		coaches: input.coaches.filter((c) => c.userId === coachId)
	};
}

/** Every coach's input in one pass (the per-coach table): same rows as `inputForCoach` for each coach. */
export function inputsByCoach(input: OutcomeInput): Map<number, OutcomeInput> {
	const out = new Map<number, OutcomeInput>();
	const coachesOfClient = new Map<number, Set<number>>();
	const coachOfEnrolment = new Map<number, number>();
	for (const e of input.enrolments) {
		if (e.coachId === null) continue;
		let coachInput = out.get(e.coachId);
		if (!coachInput) out.set(e.coachId, (coachInput = { enrolments: [], placements: [], employerContacts: [], feedback: [], coaches: [] }));
		coachInput.enrolments.push(e);
		coachOfEnrolment.set(e.id, e.coachId);
		const coaches = coachesOfClient.get(e.clientId);
		if (coaches) coaches.add(e.coachId);
		else coachesOfClient.set(e.clientId, new Set([e.coachId]));
	}
	for (const pl of input.placements) for (const coachId of coachesOfClient.get(pl.clientId) ?? []) out.get(coachId)!.placements.push(pl);
	for (const c of input.employerContacts) {
		const coaches = new Set<number>();
		for (const clientId of c.clientIds) for (const coachId of coachesOfClient.get(clientId) ?? []) coaches.add(coachId);
		for (const coachId of coaches) out.get(coachId)!.employerContacts.push(c);
	}
	for (const f of input.feedback) {
		const coachId = coachOfEnrolment.get(f.enrolmentId);
		if (coachId !== undefined) out.get(coachId)!.feedback.push(f);
	}
	for (const c of input.coaches) {
		let coachInput = out.get(c.userId);
		if (!coachInput) out.set(c.userId, (coachInput = { enrolments: [], placements: [], employerContacts: [], feedback: [], coaches: [] }));
		coachInput.coaches.push(c);
	}
	return out;
}

/**
 * One input from the inputs of several teams (each loaded for one team and the same period), equal
 * to the input loaded for all of them at once: a client with enrolments in two teams brings its
 * placements and employer contacts into both, so those are kept once (a contact naming clients of
 * both teams names all of them). Rows come in id order, as from the loader.
 */
export function mergeOutcomeInputs(inputs: readonly OutcomeInput[]): OutcomeInput {
	if (inputs.length === 1) return inputs[0];
	const byId = <T extends { id: number }>(a: T, b: T) => a.id - b.id;
	const placements = new Map<number, OutcomePlacement>();
	const contacts = new Map<number, OutcomeEmployerContact>();
	for (const input of inputs) {
		for (const pl of input.placements) placements.set(pl.id, pl);
		for (const c of input.employerContacts) {
			const seen = contacts.get(c.id);
			contacts.set(c.id, seen ? { ...seen, clientIds: [...new Set([...seen.clientIds, ...c.clientIds])] } : c);
		}
	}
	return {
		enrolments: inputs.flatMap((i) => i.enrolments).sort(byId),
		placements: [...placements.values()].sort(byId),
		employerContacts: [...contacts.values()].sort(byId),
		feedback: inputs.flatMap((i) => i.feedback).sort(byId),
		coaches: inputs.flatMap((i) => i.coaches)
	};
}

/** Period-independent look-ups, built once per input: a dashboard computes many periods from one input. */
type Prepared = {
	/** Start dates of each client's usable started placements, ascending. */
	startDatesByClient: Map<number, string[]>;
	/** Dates of face-to-face employer contacts naming each client, ascending. */
	faceToFaceByClient: Map<number, string[]>;
};
const preparedInputs = new WeakMap<OutcomeInput, Prepared>();

function prepare(input: OutcomeInput): Prepared {
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
function firstOnOrAfter(sortedDates: string[] | undefined, from: string): string | null {
	if (!sortedDates) return null;
	for (const d of sortedDates) if (d >= from) return d;
	return null;
}

/**
 * The rows behind the headline figures of a period: what the full report and the dashboard's quarter
 * rows both start from (one home for these rules).
 */
function headlineRows(input: OutcomeInput, p: Period) {
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

/** Every figure of docs/domain/outcomes.md for one period. `today` ends ongoing jobs for tenure. */
export function computeOutcomes(input: OutcomeInput, period: Period, today: string): OutcomeReport {
	const p = period;
	const { startDatesByClient } = prepare(input);
	const { enrolments, scopePlacements, served, notServed, working, worked, workedIncl, starts, entrants, toContact } = headlineRows(input, p);
	const scopeClientIds = new Set(enrolments.map((e) => e.clientId));
	const scopeBad = undatedStarted(scopePlacements);
	const servedIds = served.map((e) => e.id);
	const servedClientIds = new Set(served.map((e) => e.clientId));
	const badPlacements = undatedStarted(input.placements.filter((pl) => servedClientIds.has(pl.clientId)));
	const servedOow = served.filter((e) => e.outOfWorkAtReferral);
	const workedOow = workedClients(servedOow, working.unsubsidised);
	const workedOowIncl = workedClients(servedOow, working.inclSubsidy);

	// Clients with a first job start: the client's earliest started placement (whole history) is in the period.
	const firstStartClients: number[] = [];
	for (const clientId of scopeClientIds) {
		const earliest = startDatesByClient.get(clientId)?.[0];
		if (earliest !== undefined && inPeriod(earliest, p)) firstStartClients.push(clientId);
	}

	// Time to first job, for enrolments with entry in the period.
	const toJob = daysFromEntry(entrants, (e) => firstOnOrAfter(startDatesByClient.get(e.clientId), e.entryDate!), 'no-job-after-entry');

	// First contact → support plan, for served enrolments whose first contact is in the period.
	const planDays: number[] = [];
	const planIds: number[] = [];
	const planExcluded: Exclusion[] = [];
	for (const e of served) {
		if (e.firstContactDate === null) {
			planExcluded.push({ kind: 'enrolment', id: e.id, reason: 'no-first-contact' });
			continue;
		}
		if (!inPeriod(e.firstContactDate, p)) continue;
		if (e.firstSupportPlanDate === null) {
			planExcluded.push({ kind: 'enrolment', id: e.id, reason: 'no-support-plan' });
			continue;
		}
		planDays.push(Math.max(0, daysBetween(e.firstContactDate, e.firstSupportPlanDate)));
		planIds.push(e.id);
	}
	const within90 = planDays.filter((d) => d <= SUPPORT_PLAN_TARGET_DAYS).length;

	// Tenure and hours: started placements of served clients overlapping the period; ongoing jobs count to today.
	const held = input.placements.filter((pl) => servedClientIds.has(pl.clientId) && usable(pl) && overlapsPeriod(pl, p));
	const tenureWeeks = held.map((pl) => daysBetween(pl.startDate!, pl.endDate ?? today) / 7);
	const judged = held.filter((pl) => daysBetween(pl.startDate!, today) >= 90);
	const stillAt90 = judged.filter((pl) => pl.endDate === null || daysBetween(pl.startDate!, pl.endDate) >= 90);
	const withHours = held.filter((pl) => pl.hoursPerWeek !== null);
	const noHours: Exclusion[] = held.filter((pl) => pl.hoursPerWeek === null).map((pl) => ({ kind: 'placement', id: pl.id, reason: 'no-hours' }));
	let longestIndex = -1;
	tenureWeeks.forEach((weeks, i) => {
		if (longestIndex === -1 || weeks > tenureWeeks[longestIndex]) longestIndex = i;
	});

	// Job endings in the period, satisfactory by end reason.
	const endings = scopePlacements.filter((pl) => pl.status === 'ended' && pl.endDate !== null && inPeriod(pl.endDate, p));
	const noEndReason: Exclusion[] = endings.filter((pl) => pl.endReason === null).map((pl) => ({ kind: 'placement', id: pl.id, reason: 'no-end-reason' }));
	const satisfactory = endings.filter((pl) => endingSatisfactory(pl.endReason as EndReason | null) === true);
	const unsatisfactory = endings.filter((pl) => endingSatisfactory(pl.endReason as EndReason | null) === false);

	// Caseload on the last day of the period: active enrolments ÷ coach FTE (IPS item 1).
	const active = enrolments.filter((e) => e.entryDate !== null && e.entryDate <= p.to && (e.closedDate === null || e.closedDate > p.to));
	const activeByCoach = groupBy(active.filter((e) => e.coachId !== null), (e) => e.coachId!);
	const caseloadByCoach: CoachCaseload[] = [];
	const fteByCoach = new Map<number, number>();
	for (const c of input.coaches) fteByCoach.set(c.userId, (fteByCoach.get(c.userId) ?? 0) + c.fte);
	for (const coachId of new Set([...fteByCoach.keys(), ...activeByCoach.keys()])) {
		const list = activeByCoach.get(coachId) ?? [];
		const fte = fteByCoach.get(coachId) ?? 0;
		caseloadByCoach.push({ coachId, active: list.length, fte, perFte: fte > 0 ? roundDays(list.length / fte) : null, enrolmentIds: list.map((e) => e.id) });
	}
	const totalFte = [...fteByCoach.values()].reduce((a, b) => a + b, 0);
	const noFte: Exclusion[] = active
		.filter((e) => e.coachId === null || !(fteByCoach.get(e.coachId)! > 0))
		.map((e) => ({ kind: 'enrolment', id: e.id, reason: 'no-fte' }));
	const countedForCaseload = active.filter((e) => e.coachId !== null && fteByCoach.get(e.coachId)! > 0);

	// Closing reasons of enrolments closed in the period.
	const closed = enrolments.filter((e) => e.closedDate !== null && inPeriod(e.closedDate, p));
	const byReason = new Map<string, number[]>();
	const noReason: Exclusion[] = [];
	for (const e of closed) {
		if (!e.closingReason) {
			noReason.push({ kind: 'enrolment', id: e.id, reason: 'no-closing-reason' });
			continue;
		}
		const ids = byReason.get(e.closingReason);
		if (ids) ids.push(e.id);
		else byReason.set(e.closingReason, [e.id]);
	}
	const closingReasons = [...byReason.entries()]
		.sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
		.map(([reason, ids]) => ({ reason, figure: figure('enrolment', ids.length, ids, []) }));

	// Client feedback given in the period on served enrolments.
	const servedSet = new Set(servedIds);
	const feedback = input.feedback.filter((f) => servedSet.has(f.enrolmentId) && inPeriod(f.date, p));
	const withRecommend = feedback.filter((f) => f.recommend !== null);
	const mean2 = (values: number[]) => roundOrNull(mean(values), (n) => Math.round(n * 100) / 100);

	return {
		period: p,
		served: figure('enrolment', served.length, servedIds, notServed),
		worked: figure('client', worked.size, worked, badPlacements),
		workedInclSubsidy: figure('client', workedIncl.size, workedIncl, badPlacements),
		servedOutOfWork: figure('enrolment', servedOow.length, servedOow.map((e) => e.id), notServed),
		workedOutOfWork: figure('client', workedOow.size, workedOow, badPlacements),
		workedOutOfWorkInclSubsidy: figure('client', workedOowIncl.size, workedOowIncl, badPlacements),
		employmentRate: figure('client', rate(worked.size, served.length), worked, [...notServed, ...badPlacements]),
		employmentRateInclSubsidy: figure('client', rate(workedIncl.size, served.length), workedIncl, [...notServed, ...badPlacements]),
		employmentRateOutOfWork: figure('client', rate(workedOow.size, servedOow.length), workedOow, [...notServed, ...badPlacements]),
		employmentRateOutOfWorkInclSubsidy: figure('client', rate(workedOowIncl.size, servedOow.length), workedOowIncl, [...notServed, ...badPlacements]),
		jobStarts: figure('placement', starts.length, starts.map((pl) => pl.id), scopeBad),
		clientsWithFirstJobStart: figure('client', firstStartClients.length, firstStartClients, scopeBad),
		meanDaysToFirstEmployerContact: figure('enrolment', roundOrNull(mean(toContact.days), roundDays), toContact.ids, toContact.excluded),
		medianDaysToFirstEmployerContact: figure('enrolment', roundOrNull(median(toContact.days), roundDays), toContact.ids, toContact.excluded),
		meanDaysToFirstJob: figure('enrolment', roundOrNull(mean(toJob.days), roundDays), toJob.ids, [...toJob.excluded, ...scopeBad]),
		medianDaysToFirstJob: figure('enrolment', roundOrNull(median(toJob.days), roundDays), toJob.ids, [...toJob.excluded, ...scopeBad]),
		meanDaysToSupportPlan: figure('enrolment', roundOrNull(mean(planDays), roundDays), planIds, planExcluded),
		shareSupportPlanWithin90: figure('enrolment', rate(within90, planDays.length), planIds, planExcluded),
		meanTenureWeeks: figure('placement', roundOrNull(mean(tenureWeeks), roundDays), held.map((pl) => pl.id), badPlacements),
		longestTenureWeeks: figure('placement', longestIndex >= 0 ? roundDays(tenureWeeks[longestIndex]) : null, longestIndex >= 0 ? [held[longestIndex].id] : [], badPlacements),
		shareWorkingAt90Days: figure('placement', rate(stillAt90.length, judged.length), judged.map((pl) => pl.id), badPlacements),
		meanHoursPerWeek: figure('placement', roundOrNull(mean(withHours.map((pl) => pl.hoursPerWeek!)), roundDays), withHours.map((pl) => pl.id), noHours),
		endingsSatisfactory: figure('placement', satisfactory.length, satisfactory.map((pl) => pl.id), noEndReason),
		endingsUnsatisfactory: figure('placement', unsatisfactory.length, unsatisfactory.map((pl) => pl.id), noEndReason),
		activeEnrolments: figure('enrolment', active.length, active.map((e) => e.id)),
		caseloadPerCoach: figure('enrolment', totalFte > 0 ? roundDays(countedForCaseload.length / totalFte) : null, countedForCaseload.map((e) => e.id), noFte),
		caseloadByCoach,
		closingReasons,
		meanSatisfaction: figure('feedback', mean2(feedback.map((f) => f.satisfaction)), feedback.map((f) => f.id)),
		meanRecommend: figure('feedback', mean2(withRecommend.map((f) => f.recommend!)), withRecommend.map((f) => f.id))
	};
}

/** The figures the CLI and the JSON export print, with the keys of issue #7. */
export const HEADLINE_KEYS = [
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
] as const satisfies readonly FigureKey[];

/** All single-number figures in report order (headline first). */
export const REPORT_KEYS = [
	...HEADLINE_KEYS,
	'servedOutOfWork',
	'workedOutOfWork',
	'workedOutOfWorkInclSubsidy',
	'meanDaysToSupportPlan',
	'shareSupportPlanWithin90',
	'meanTenureWeeks',
	'longestTenureWeeks',
	'shareWorkingAt90Days',
	'meanHoursPerWeek',
	'endingsSatisfactory',
	'endingsUnsatisfactory',
	'activeEnrolments',
	'caseloadPerCoach',
	'meanSatisfaction',
	'meanRecommend'
] as const satisfies readonly FigureKey[];

export type FigureUnit = 'count' | 'fraction' | 'days' | 'weeks' | 'hours' | 'ratio' | 'grade';

export const FIGURE_UNITS: Record<FigureKey, FigureUnit> = {
	served: 'count',
	worked: 'count',
	workedInclSubsidy: 'count',
	servedOutOfWork: 'count',
	workedOutOfWork: 'count',
	workedOutOfWorkInclSubsidy: 'count',
	employmentRate: 'fraction',
	employmentRateInclSubsidy: 'fraction',
	employmentRateOutOfWork: 'fraction',
	employmentRateOutOfWorkInclSubsidy: 'fraction',
	jobStarts: 'count',
	clientsWithFirstJobStart: 'count',
	meanDaysToFirstEmployerContact: 'days',
	medianDaysToFirstEmployerContact: 'days',
	meanDaysToFirstJob: 'days',
	medianDaysToFirstJob: 'days',
	meanDaysToSupportPlan: 'days',
	shareSupportPlanWithin90: 'fraction',
	meanTenureWeeks: 'weeks',
	longestTenureWeeks: 'weeks',
	shareWorkingAt90Days: 'fraction',
	meanHoursPerWeek: 'hours',
	endingsSatisfactory: 'count',
	endingsUnsatisfactory: 'count',
	activeEnrolments: 'count',
	caseloadPerCoach: 'ratio',
	meanSatisfaction: 'grade',
	meanRecommend: 'grade'
};

export function isFigureKey(value: string): value is FigureKey {
	return value in FIGURE_UNITS;
}

/** The headline figures as the CLI's JSON object. */
export function headlineJson(report: OutcomeReport): Record<(typeof HEADLINE_KEYS)[number], number | null> {
	return Object.fromEntries(HEADLINE_KEYS.map((k) => [k, report[k].value])) as Record<(typeof HEADLINE_KEYS)[number], number | null>;
}

export type PeriodKind = 'quarter' | 'month' | 'year' | 'custom';

/** The calendar quarter, month or year containing a date. */
export function periodContaining(kind: Exclude<PeriodKind, 'custom'>, date: string): Period {
	const y = Number(date.slice(0, 4));
	const m = Number(date.slice(5, 7));
	const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
	const pad = (n: number) => String(n).padStart(2, '0');
	if (kind === 'year') return { from: `${y}-01-01`, to: `${y}-12-31` };
	if (kind === 'month') return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
	const q0 = Math.floor((m - 1) / 3) * 3 + 1;
	return { from: `${y}-${pad(q0)}-01`, to: `${y}-${pad(q0 + 2)}-${pad(lastDay(y, q0 + 2))}` };
}

/** The `count` quarters ending with the one containing `date`, oldest first. */
export function quartersEndingWith(date: string, count: number): Period[] {
	const out: Period[] = [];
	let q = periodContaining('quarter', date);
	for (let i = 0; i < count; i++) {
		out.unshift(q);
		q = periodContaining('quarter', addDays(q.from, -1));
	}
	return out;
}

/** "2026 Q3" style label independent of the UI language. */
export function quarterLabel(p: Period): string {
	return `${p.from.slice(0, 4)} Q${Math.floor((Number(p.from.slice(5, 7)) - 1) / 3) + 1}`;
}
