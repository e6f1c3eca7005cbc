import { addMonths, daysBetween } from './dates';
import type { MEDICAL_STATEMENT_TYPES, REFERRAL_KINDS } from './vocabularies';

/**
 * Referrals and statements, and the support-need checklist at intake: the rules of
 * docs/domain/work-ability.md#referrals-and-statements. Plain data in, plain data out; "today" is a parameter.
 */

export type ReferralKind = (typeof REFERRAL_KINDS)[number];
export type StatementType = (typeof MEDICAL_STATEMENT_TYPES)[number];

/** What the waiting-time and status rules read of a referral (the team report reads the same). */
export type ReferralDates = { requestedOn: string; doneOn: string | null; cancelledOn: string | null };
export type ReferralStatus = 'open' | 'done' | 'cancelled';

/** Cancelled wins over done: a referral saved with both is refused, but old data is read safely. */
export function referralStatus(r: ReferralDates): ReferralStatus {
	if (r.cancelledOn) return 'cancelled';
	return r.doneOn ? 'done' : 'open';
}

/** Days from requested to done; null while open and for a cancelled one (it has no waiting time). */
export function referralWaitDays(r: ReferralDates): number | null {
	return referralStatus(r) === 'done' ? daysBetween(r.requestedOn, r.doneOn as string) : null;
}

/** The median of a list of numbers (mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median waiting time of the done referrals in the list; null when none is done. */
export function medianWaitDays(list: readonly ReferralDates[]): number | null {
	return median(list.map(referralWaitDays).filter((d): d is number => d !== null));
}

export type KindWait = { kind: ReferralKind; done: number; medianDays: number | null };

/** Per kind that occurs in the list: how many are done and their median waiting time (kinds in the list's order of codes). */
export function waitDaysByKind(list: readonly (ReferralDates & { kind: ReferralKind })[], kinds: readonly ReferralKind[]): KindWait[] {
	return kinds
		.map((kind) => {
			const ofKind = list.filter((r) => r.kind === kind);
			return { kind, count: ofKind.length, done: ofKind.filter((r) => referralStatus(r) === 'done').length, medianDays: medianWaitDays(ofKind) };
		})
		.filter((k) => k.count > 0)
		.map(({ kind, done, medianDays }) => ({ kind, done, medianDays }));
}

export type ReferralInput = ReferralDates & { kind: ReferralKind; serviceId: number | null; statementType: StatementType | null };

/**
 * Field → message key for a referral that cannot be saved: dates in order and not in the future,
 * done and cancelled not both, a catalogue service only (and always) for the kind `service`, a
 * statement type only (and always) for a medical statement.
 */
export function validateReferral(r: ReferralInput, today: string): Record<string, string> {
	const errors: Record<string, string> = {};
	if (r.requestedOn > today) errors.requestedOn = 'err_date_future';
	if (r.doneOn !== null) {
		if (r.doneOn > today) errors.doneOn = 'err_date_future';
		else if (r.doneOn < r.requestedOn) errors.doneOn = 'referral_err_done_before_requested';
	}
	if (r.cancelledOn !== null) {
		if (r.doneOn !== null) errors.cancelledOn = 'referral_err_done_and_cancelled';
		else if (r.cancelledOn > today) errors.cancelledOn = 'err_date_future';
		else if (r.cancelledOn < r.requestedOn) errors.cancelledOn = 'referral_err_cancelled_before_requested';
	}
	if (r.kind === 'service' && r.serviceId === null) errors.serviceId = 'referral_err_service_required';
	if (r.kind !== 'service' && r.serviceId !== null) errors.serviceId = 'referral_err_service_only';
	if (r.kind === 'medical-statement' && r.statementType === null) errors.statementType = 'referral_err_statement_type_required';
	if (r.kind !== 'medical-statement' && r.statementType !== null) errors.statementType = 'referral_err_statement_type_only';
	return errors;
}

// The support-need checklist at intake (tuen tarpeen tunnistaminen)

/** Answers of the checklist; null = not answered yet. */
export type SupportNeedAnswers = {
	healthCheckDone: boolean | null;
	healthCheckOn: string | null;
	onSickLeave: boolean | null;
	rehabilitationInUse: boolean | null;
	typClient: boolean | null;
	coordinatorNeeded: boolean | null;
};

/** A health check older than this many months counts as none (Polku's choice, not a law). */
export const HEALTH_CHECK_VALID_MONTHS = 12;
/** A referral of a kind requested within this many months (and not cancelled) answers its suggestion. */
export const SUGGESTION_COVERED_MONTHS = 12;

/** Checklist dates: the health check's day is not in the future and only given when the check was done. */
export function validateSupportNeeds(a: SupportNeedAnswers, today: string): Record<string, string> {
	const errors: Record<string, string> = {};
	if (a.healthCheckOn !== null) {
		if (a.healthCheckOn > today) errors.healthCheckOn = 'err_date_future';
		else if (a.healthCheckDone !== true) errors.healthCheckOn = 'supportneed_err_date_without_check';
	}
	return errors;
}

export type Suggestion = { kind: ReferralKind; reason: 'no-health-check' | 'old-health-check' | 'coordinator-needed' | 'typ-client' | 'sick-leave' };

/** What the answers alone suggest, in the order shown. */
export function suggestedByAnswers(a: SupportNeedAnswers, today: string): Suggestion[] {
	const out: Suggestion[] = [];
	if (a.healthCheckDone === false) out.push({ kind: 'health-check', reason: 'no-health-check' });
	else if (a.healthCheckDone === true && a.healthCheckOn !== null && a.healthCheckOn < addMonths(today, -HEALTH_CHECK_VALID_MONTHS)) out.push({ kind: 'health-check', reason: 'old-health-check' });
	if (a.coordinatorNeeded === true) out.push({ kind: 'work-ability-coordinator', reason: 'coordinator-needed' });
	if (a.typClient === true) out.push({ kind: 'typ', reason: 'typ-client' });
	if (a.onSickLeave === true) out.push({ kind: 'doctor', reason: 'sick-leave' }, { kind: 'medical-statement', reason: 'sick-leave' });
	return out;
}

/**
 * Suggestions to refer: those of the answers whose kind has no referral requested in the last
 * `SUGGESTION_COVERED_MONTHS` that was not cancelled (open or done, the suggestion is answered).
 */
export function referralSuggestions(a: SupportNeedAnswers | null, referrals: readonly (ReferralDates & { kind: ReferralKind })[], today: string): Suggestion[] {
	if (!a) return [];
	const since = addMonths(today, -SUGGESTION_COVERED_MONTHS);
	const covered = new Set(referrals.filter((r) => referralStatus(r) !== 'cancelled' && r.requestedOn >= since).map((r) => r.kind));
	return suggestedByAnswers(a, today).filter((s) => !covered.has(s.kind));
}
