import { addDays, daysBetween } from './dates';
import { scoreFromCuts } from './fidelity';
import type { FigureRule, FigureUnit, ScaleItem } from './fidelity-scale';
import { groupBy, inPeriod, type Period } from './period';

/**
 * Evidence from records for the "figure" items of the fidelity scale (docs/fidelity.md#evidence-from-records).
 * Pure: the server module loads the team's rows for the period in batches and passes them here.
 * A figure only suggests a score; reviewers always decide.
 */

export type EvidenceInput = {
	period: Period;
	coaches: { userId: number; name: string; fte: number }[];
	leadCount: number;
	/** Declared per review (item 2). share = fraction 0–1. */
	staffing: { userId: number; name: string; fte: number; share: number }[];
	enrolments: {
		id: number;
		clientId: number;
		coachId: number | null;
		entryDate: string | null;
		closedDate: string | null;
		closingReason: string | null;
		currentPhase: number;
		referralSource: string;
		referrer: string | null;
	}[];
	phaseChanges: { enrolmentId: number; enteredOn: string; changedBy: number | null }[];
	clientContacts: { enrolmentId: number; date: string; mode: string; place: string; durationMinutes: number }[];
	outreach: { enrolmentId: number; date: string }[];
	employerContacts: { id: number; employerId: number; employerName: string; coachId: number | null; date: string; mode: string; clientIds: number[] }[];
	placements: {
		id: number;
		enrolmentId: number;
		clientId: number;
		employerId: number;
		employerName: string;
		jobTitle: string;
		jobType: string | null;
		competitive: boolean;
		wageSubsidy: boolean;
		status: string;
		startDate: string | null;
		endDate: string | null;
	}[];
	benefitsCounselling: { enrolmentId: number; date: string }[];
	disclosureDiscussions: { enrolmentId: number; date: string }[];
	/** Profile versions and job-search plan versions by the date they were saved. */
	profileUpdates: { enrolmentId: number; date: string }[];
	jobSearchPlans: { enrolmentId: number; date: string }[];
};

export type EvidenceRecord = { kind: 'client' | 'coach' | 'employer' | 'placement'; id: number; label: string; value: string | number | null; counted: boolean };

export type Evidence = {
	itemId: number;
	rule: FigureRule;
	unit: FigureUnit;
	status: 'ok' | 'too-little-data';
	figure: number | null;
	/** A second figure shown beside the first (e.g. competitive share without wage subsidy). */
	secondary: number | null;
	counted: number;
	suggested: number | null;
	records: EvidenceRecord[];
};

const FACE = 'face-to-face';
const COMMUNITY_PLACES = new Set(['workplace', 'home', 'public-place', 'partner-premises']);
const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Enrolments open on the period's last day (the caseload the review looks at). */
export function activeAtEnd(input: EvidenceInput) {
	const end = input.period.to;
	return input.enrolments.filter((e) => e.entryDate !== null && e.entryDate <= end && (e.closedDate === null || e.closedDate >= end));
}

/** Served = open on any day of the period (docs/domain/outcomes.md#served). */
export function servedInPeriod(input: EvidenceInput) {
	const { from, to } = input.period;
	return input.enrolments.filter((e) => e.entryDate !== null && e.entryDate <= to && (e.closedDate === null || e.closedDate >= from));
}

/** Job starts = started placements (started or ended) with a start in the period. */
export function jobStarts(input: EvidenceInput) {
	return input.placements.filter((p) => (p.status === 'started' || p.status === 'ended') && inPeriod(p.startDate, input.period));
}

type Figure = { figure: number | null; secondary?: number | null; counted: number; records: EvidenceRecord[] };


const clientRecord = (clientId: number, value: string | number | null, counted: boolean): EvidenceRecord => ({
	kind: 'client',
	id: clientId,
	label: `#${clientId}`,
	value,
	counted
});

/** Item 1: active enrolments per coach ÷ FTE; the highest coach decides. */
function caseloadPerFte(input: EvidenceInput): Figure {
	const byCoach = groupBy(activeAtEnd(input), (e) => e.coachId);
	const records = input.coaches
		.filter((c) => c.fte > 0)
		.map((c) => ({ kind: 'coach' as const, id: c.userId, label: c.name, value: round((byCoach.get(c.userId)?.length ?? 0) / c.fte, 1), counted: true }));
	const figure = records.length ? Math.max(...records.map((r) => r.value)) : null;
	return { figure, counted: records.length, records };
}

/** Item 2: each coach's declared share; the lowest decides. */
function employmentShare(input: EvidenceInput): Figure {
	const records = input.staffing.map((s) => ({ kind: 'coach' as const, id: s.userId, label: s.name, value: s.share, counted: true }));
	return { figure: records.length ? Math.min(...records.map((r) => r.value)) : null, counted: records.length, records };
}

/** Item 3: phase records in the period made by the client's own coach. */
function ownCoachPhaseShare(input: EvidenceInput): Figure {
	const enrolments = new Map(input.enrolments.map((e) => [e.id, e]));
	const changes = input.phaseChanges.filter((c) => inPeriod(c.enteredOn, input.period) && enrolments.get(c.enrolmentId)?.coachId != null);
	const records = changes.map((c) => {
		const e = enrolments.get(c.enrolmentId)!;
		const own = c.changedBy === e.coachId;
		return clientRecord(e.clientId, c.enteredOn, own);
	});
	const own = records.filter((r) => r.counted).length;
	return { figure: records.length ? round(own / records.length) : null, counted: records.length, records };
}

/** Item 4: for each coach, share of the caseload from the two largest referring teams; the lowest decides. */
function topTwoReferrerShare(input: EvidenceInput): Figure {
	const active = activeAtEnd(input).filter((e) => e.coachId !== null);
	const records: EvidenceRecord[] = [];
	for (const coach of input.coaches) {
		const mine = active.filter((e) => e.coachId === coach.userId);
		if (mine.length === 0) continue;
		const counts = [...groupBy(mine, (e) => (e.referrer?.trim() || e.referralSource).toLowerCase()).values()].map((l) => l.length).sort((a, b) => b - a);
		records.push({ kind: 'coach', id: coach.userId, label: coach.name, value: round(((counts[0] ?? 0) + (counts[1] ?? 0)) / mine.length), counted: true });
	}
	const figure = records.length ? Math.min(...records.map((r) => r.value as number)) : null;
	return { figure, counted: active.length, records };
}

/** Item 8 (information beside the checklist): coaches per lead. */
function coachesPerLead(input: EvidenceInput): Figure {
	if (input.leadCount === 0) return { figure: null, counted: 0, records: [] };
	return { figure: round(input.coaches.length / input.leadCount, 1), counted: input.coaches.length, records: input.coaches.map((c) => ({ kind: 'coach', id: c.userId, label: c.name, value: c.fte, counted: true })) };
}

/** Item 12: job starts preceded (on or before the start) by benefits counselling in the same enrolment. */
function counsellingBeforeStart(input: EvidenceInput): Figure {
	const byEnrolment = groupBy(input.benefitsCounselling, (b) => b.enrolmentId);
	const records = jobStarts(input).map((p) => {
		const ok = (byEnrolment.get(p.enrolmentId) ?? []).some((b) => b.date <= p.startDate!);
		return clientRecord(p.clientId, p.startDate, ok);
	});
	return share(records);
}

/** Item 13 (beside the checklist): served clients with a disclosure discussion recorded by the period end. */
function disclosureDiscussed(input: EvidenceInput): Figure {
	const byEnrolment = groupBy(input.disclosureDiscussions, (d) => d.enrolmentId);
	const records = servedInPeriod(input).map((e) => {
		const dates = (byEnrolment.get(e.id) ?? []).map((d) => d.date).filter((d) => d <= input.period.to);
		return clientRecord(e.clientId, dates.sort().at(-1) ?? null, dates.length > 0);
	});
	return share(records);
}

/** Item 14: job starts and endings in the period followed by a profile update within 30 days. */
function profileUpdateAfterJob(input: EvidenceInput): Figure {
	const byEnrolment = groupBy(input.profileUpdates, (u) => u.enrolmentId);
	const events: { enrolmentId: number; clientId: number; date: string }[] = [];
	for (const p of input.placements) {
		if ((p.status === 'started' || p.status === 'ended') && inPeriod(p.startDate, input.period)) events.push({ enrolmentId: p.enrolmentId, clientId: p.clientId, date: p.startDate! });
		if (p.status === 'ended' && inPeriod(p.endDate, input.period)) events.push({ enrolmentId: p.enrolmentId, clientId: p.clientId, date: p.endDate! });
	}
	const records = events.map((ev) => {
		const limit = addDays(ev.date, 30);
		const ok = (byEnrolment.get(ev.enrolmentId) ?? []).some((u) => u.date >= ev.date && u.date <= limit);
		return clientRecord(ev.clientId, ev.date, ok);
	});
	return share(records);
}

/** Item 15 (docs/domain/outcomes.md#days-to-first-employer-contact): mean days from entry to the first face-to-face employer contact naming the client. */
function daysToEmployerContact(input: EvidenceInput): Figure {
	const contactDates = new Map<number, string[]>();
	for (const c of input.employerContacts) {
		if (c.mode !== FACE) continue;
		for (const clientId of c.clientIds) {
			const list = contactDates.get(clientId);
			if (list) list.push(c.date);
			else contactDates.set(clientId, [c.date]);
		}
	}
	const records: EvidenceRecord[] = [];
	for (const e of input.enrolments) {
		if (!inPeriod(e.entryDate, input.period)) continue;
		const first = (contactDates.get(e.clientId) ?? []).filter((d) => d >= e.entryDate!).sort()[0];
		if (first) records.push(clientRecord(e.clientId, daysBetween(e.entryDate!, first), true));
	}
	const days = records.map((r) => r.value as number);
	return { figure: days.length ? round(days.reduce((a, b) => a + b, 0) / days.length, 1) : null, counted: days.length, records };
}

/** Item 16: served clients in job search or job agreement with a job-search plan saved within 90 days of the period end. */
function currentJobSearchPlan(input: EvidenceInput): Figure {
	const byEnrolment = groupBy(input.jobSearchPlans, (p) => p.enrolmentId);
	const since = addDays(input.period.to, -90);
	const records = servedInPeriod(input)
		.filter((e) => e.currentPhase === 3 || e.currentPhase === 4)
		.map((e) => {
			const latest = (byEnrolment.get(e.id) ?? []).map((p) => p.date).filter((d) => d <= input.period.to).sort().at(-1) ?? null;
			return clientRecord(e.clientId, latest, latest !== null && latest >= since);
		});
	return share(records);
}

/** Item 17: face-to-face employer contacts ÷ (coach FTE × weeks in the period). */
function employerContactsPerWeek(input: EvidenceInput): Figure {
	const weeks = (daysBetween(input.period.from, input.period.to) + 1) / 7;
	const fte = input.coaches.reduce((sum, c) => sum + c.fte, 0);
	const faceToFace = input.employerContacts.filter((c) => c.mode === FACE && inPeriod(c.date, input.period));
	const byCoach = groupBy(faceToFace, (c) => c.coachId);
	const records = input.coaches.map((c) => ({
		kind: 'coach' as const,
		id: c.userId,
		label: c.name,
		value: c.fte > 0 ? round((byCoach.get(c.userId)?.length ?? 0) / (c.fte * weeks), 1) : null,
		counted: true
	}));
	if (fte <= 0 || weeks <= 0) return { figure: null, counted: 0, records };
	return { figure: round(faceToFace.length / (fte * weeks), 1), counted: input.coaches.length, records };
}

/** Item 18: employers met face to face in the period who had at least two such visits. */
function employersWithRepeatVisits(input: EvidenceInput): Figure {
	const visits = input.employerContacts.filter((c) => c.mode === FACE && inPeriod(c.date, input.period));
	const records = [...groupBy(visits, (c) => c.employerId).values()].map((list) => ({
		kind: 'employer' as const,
		id: list[0].employerId,
		label: list[0].employerName,
		value: list.length,
		counted: list.length >= 2
	}));
	return share(records);
}

/** Item 19: distinct job types ÷ job starts (job title when no type is recorded). */
function jobTypeDiversity(input: EvidenceInput): Figure {
	const starts = jobStarts(input);
	const types = new Set(starts.map((p) => (p.jobType?.trim() || p.jobTitle.trim()).toLowerCase()));
	const records = starts.map((p) => ({ kind: 'placement' as const, id: p.id, label: p.jobTitle, value: p.jobType ?? p.jobTitle, counted: true }));
	return { figure: starts.length ? round(types.size / starts.length) : null, counted: starts.length, records };
}

/** Item 20: distinct employers ÷ job starts; secondary = the largest single employer's share. */
function employerDiversity(input: EvidenceInput): Figure {
	const starts = jobStarts(input);
	const byEmployer = groupBy(starts, (p) => p.employerId);
	const largest = Math.max(0, ...[...byEmployer.values()].map((l) => l.length));
	const records = [...byEmployer.values()].map((l) => ({ kind: 'employer' as const, id: l[0].employerId, label: l[0].employerName, value: l.length, counted: true }));
	return {
		figure: starts.length ? round(byEmployer.size / starts.length) : null,
		secondary: starts.length ? round(largest / starts.length) : null,
		counted: starts.length,
		records
	};
}

/** Item 21: competitive job starts ÷ job starts; secondary = competitive without wage subsidy. */
function competitiveShare(input: EvidenceInput): Figure {
	const starts = jobStarts(input);
	const records = starts.map((p) => ({ kind: 'placement' as const, id: p.id, label: p.jobTitle, value: p.wageSubsidy ? 'subsidy' : null, counted: p.competitive }));
	const competitive = starts.filter((p) => p.competitive);
	return {
		figure: starts.length ? round(competitive.length / starts.length) : null,
		secondary: starts.length ? round(competitive.filter((p) => !p.wageSubsidy).length / starts.length) : null,
		counted: starts.length,
		records
	};
}

/**
 * Item 23: placements starting in the period whose first four weeks ended by the period end, with a
 * face-to-face contact in the week before the start, within 3 days after it and in each of weeks 1–4.
 * (The later monthly contacts depend on the client's wishes and are left to the reviewers.)
 */
export function meetsFollowAlongStart(startDate: string, contactDates: string[]): boolean {
	const has = (from: string, to: string) => contactDates.some((d) => d >= from && d <= to);
	if (!has(addDays(startDate, -7), startDate)) return false;
	if (!has(addDays(startDate, 1), addDays(startDate, 3))) return false;
	for (let week = 0; week < 4; week++) {
		if (!has(addDays(startDate, 1 + 7 * week), addDays(startDate, 7 + 7 * week))) return false;
	}
	return true;
}

function followAlongSchedule(input: EvidenceInput): Figure {
	const faceToFace = groupBy(
		input.clientContacts.filter((c) => c.mode === FACE),
		(c) => c.enrolmentId
	);
	const records = jobStarts(input)
		.filter((p) => addDays(p.startDate!, 28) <= input.period.to)
		.map((p) => clientRecord(p.clientId, p.startDate, meetsFollowAlongStart(p.startDate!, (faceToFace.get(p.enrolmentId) ?? []).map((c) => c.date))));
	return share(records);
}

/** Item 24: community share of face-to-face contact minutes in the period. */
function communityMinutesShare(input: EvidenceInput): Figure {
	const faceToFace = input.clientContacts.filter((c) => c.mode === FACE && inPeriod(c.date, input.period));
	const total = faceToFace.reduce((s, c) => s + c.durationMinutes, 0);
	const community = faceToFace.filter((c) => COMMUNITY_PLACES.has(c.place)).reduce((s, c) => s + c.durationMinutes, 0);
	return { figure: total > 0 ? round(community / total) : null, counted: faceToFace.length, records: [] };
}

/** Item 25 (beside the checklist): closings as "could not be reached" with at least 3 recorded outreach attempts. */
function outreachBeforeNotReached(input: EvidenceInput): Figure {
	const byEnrolment = groupBy(input.outreach, (o) => o.enrolmentId);
	const records = input.enrolments
		.filter((e) => e.closingReason === 'not-reached' && inPeriod(e.closedDate, input.period))
		.map((e) => {
			const attempts = (byEnrolment.get(e.id) ?? []).filter((o) => o.date <= e.closedDate!).length;
			return clientRecord(e.clientId, attempts, attempts >= 3);
		});
	return share(records);
}

function share(records: EvidenceRecord[]): Figure {
	const yes = records.filter((r) => r.counted).length;
	return { figure: records.length ? round(yes / records.length) : null, counted: records.length, records };
}

const RULES: Record<FigureRule, (input: EvidenceInput) => Figure> = {
	'caseload-per-fte': caseloadPerFte,
	'employment-share': employmentShare,
	'own-coach-phase-share': ownCoachPhaseShare,
	'top-two-referrer-share': topTwoReferrerShare,
	'coaches-per-lead': coachesPerLead,
	'counselling-before-start': counsellingBeforeStart,
	'disclosure-discussed': disclosureDiscussed,
	'profile-update-after-job': profileUpdateAfterJob,
	'days-to-employer-contact': daysToEmployerContact,
	'current-job-search-plan': currentJobSearchPlan,
	'employer-contacts-per-week': employerContactsPerWeek,
	'employers-with-repeat-visits': employersWithRepeatVisits,
	'job-type-diversity': jobTypeDiversity,
	'employer-diversity': employerDiversity,
	'competitive-share': competitiveShare,
	'follow-along-schedule': followAlongSchedule,
	'community-minutes-share': communityMinutesShare,
	'outreach-before-not-reached': outreachBeforeNotReached
};

/** The figure, the records behind it and the suggested score; "too little data" instead of a guess. */
export function evidenceFor(item: ScaleItem, input: EvidenceInput): Evidence | null {
	if (!item.figure) return null;
	const result = RULES[item.figure.rule](input);
	const enough = result.figure !== null && result.counted >= item.figure.minRecords;
	return {
		itemId: item.id,
		rule: item.figure.rule,
		unit: item.figure.unit,
		status: enough ? 'ok' : 'too-little-data',
		figure: result.figure,
		secondary: result.secondary ?? null,
		counted: result.counted,
		suggested: enough && item.figure.cuts ? scoreFromCuts(result.figure!, item.figure.cuts) : null,
		records: result.records
	};
}

export function evidenceForScale(items: ScaleItem[], input: EvidenceInput): Map<number, Evidence> {
	const map = new Map<number, Evidence>();
	for (const item of items) {
		const evidence = evidenceFor(item, input);
		if (evidence) map.set(item.id, evidence);
	}
	return map;
}
