import { addDays, daysBetween } from './dates';
import { kykyviisariMissing } from './kykyviisari';

/**
 * Caseload flags (issue 4): what a coach or lead must act on. Pure: everything comes in as data,
 * `today` included.
 */

export type CaseloadFlag =
	| 'no-contact'
	| 'next-step-overdue'
	| 'consent-missing'
	| 'consent-expiring'
	| 'consent-expired'
	| 'consent-withdrawn'
	| 'follow-along-due'
	| 'follow-along-overdue'
	| 'no-employer-contact'
	| 'kykyviisari-missing'
	| 'plan-review-due'
	| 'disclosure-review-due';

export const CASELOAD_FLAGS: readonly CaseloadFlag[] = [
	'no-contact',
	'next-step-overdue',
	'consent-missing',
	'consent-expiring',
	'consent-expired',
	'consent-withdrawn',
	'follow-along-due',
	'follow-along-overdue',
	'no-employer-contact',
	'kykyviisari-missing',
	'plan-review-due',
	'disclosure-review-due'
];

/** Days without any client contact before the caseload flags it. */
export const NO_CONTACT_DAYS = 14;
/** A consent ending within this many days is "expiring". */
export const CONSENT_EXPIRY_WARNING_DAYS = 30;
/** IPS fidelity item 15: first face-to-face employer contact within 30 days of entry. */
export const FIRST_EMPLOYER_CONTACT_DAYS = 30;
/** A follow-along contact due within this many days shows as "due". */
export const FOLLOW_ALONG_DUE_WINDOW_DAYS = 7;
/** IPS caseload limit per full-time coach (fidelity item 1). */
export const CASELOAD_LIMIT = 20;
/** A support-plan or disclosure review shows when it is this many days away or already past. */
export const REVIEW_DUE_WINDOW_DAYS = 7;
/** A client in phase 1–3 this long without a phase change counts as stalled for supervision. */
export const STALLED_PHASE_DAYS = 60;

export type ConsentFacts = { validFrom: string; validTo: string | null; withdrawnAt: string | null };
export type ConsentState = 'valid' | 'expiring' | 'expired' | 'withdrawn' | 'missing';

export type FlagInput = {
	today: string;
	closed: boolean;
	/** Referral date: the clock for "no contact" before the first contact. */
	referralDate: string;
	entryDate: string | null;
	lastContactDate: string | null;
	/** Due date of the next step agreed at the latest contact. */
	nextStepDue: string | null;
	consents: ConsentFacts[];
	/** Earliest face-to-face employer contact naming the client, on or after entry. */
	firstEmployerContactDate: string | null;
	/**
	 * Next follow-along (in-work support) contact due, from the placement schedule; null when the
	 * client has no placement needing one.
	 */
	followAlongDue: string | null;
	/** Whether the enrolment has a Kykyviisari result and the team's grace period; absent = not checked. */
	kykyviisari?: { hasResult: boolean; graceDays: number };
	/** Review date of the latest support-plan version, and of the disclosure decisions of the client's agreed or started jobs; absent = not checked. */
	reviews?: { plan: string | null; disclosure: string[] };
};

/** A review date within REVIEW_DUE_WINDOW_DAYS or past. */
export function reviewDue(date: string | null, today: string): boolean {
	return date !== null && date <= addDays(today, REVIEW_DUE_WINDOW_DAYS);
}

/** The consent situation today: any consent in force decides; otherwise the most telling reason there is none. */
export function consentState(consents: ConsentFacts[], today: string): ConsentState {
	const inForce = consents.filter((c) => !c.withdrawnAt && c.validFrom <= today && (c.validTo === null || c.validTo >= today));
	if (inForce.length > 0) {
		if (inForce.some((c) => c.validTo === null)) return 'valid';
		const lastDay = inForce.map((c) => c.validTo as string).sort().at(-1) as string;
		return daysBetween(today, lastDay) <= CONSENT_EXPIRY_WARNING_DAYS ? 'expiring' : 'valid';
	}
	if (consents.some((c) => c.withdrawnAt && c.withdrawnAt <= today)) return 'withdrawn';
	if (consents.some((c) => c.validTo !== null && c.validTo < today)) return 'expired';
	return 'missing';
}

export function caseloadFlags(input: FlagInput): CaseloadFlag[] {
	if (input.closed) return [];
	const { today } = input;
	const flags: CaseloadFlag[] = [];
	const contactClock = input.lastContactDate ?? input.entryDate ?? input.referralDate;
	if (daysBetween(contactClock, today) > NO_CONTACT_DAYS) flags.push('no-contact');
	if (input.nextStepDue && input.nextStepDue < today) flags.push('next-step-overdue');
	const consent = consentState(input.consents, today);
	if (consent !== 'valid') flags.push(`consent-${consent}`);
	if (input.followAlongDue) {
		if (input.followAlongDue < today) flags.push('follow-along-overdue');
		else if (input.followAlongDue <= addDays(today, FOLLOW_ALONG_DUE_WINDOW_DAYS)) flags.push('follow-along-due');
	}
	if (input.entryDate && !input.firstEmployerContactDate && daysBetween(input.entryDate, today) > FIRST_EMPLOYER_CONTACT_DAYS) {
		flags.push('no-employer-contact');
	}
	const kyky = input.kykyviisari;
	if (kyky && kykyviisariMissing({ startDate: input.entryDate ?? input.referralDate, hasResult: kyky.hasResult, today, graceDays: kyky.graceDays })) {
		flags.push('kykyviisari-missing');
	}
	if (input.reviews && reviewDue(input.reviews.plan, today)) flags.push('plan-review-due');
	if (input.reviews?.disclosure.some((date) => reviewDue(date, today))) flags.push('disclosure-review-due');
	return flags;
}

/** Flags that make a warning (red) rather than a reminder. */
export function isUrgentFlag(flag: CaseloadFlag): boolean {
	return flag === 'next-step-overdue' || flag === 'follow-along-overdue' || flag === 'consent-expired' || flag === 'consent-withdrawn';
}

/** Supervision list: stuck in an early phase, or out of touch. */
export function isStalled(input: { closed: boolean; phase: number; phaseEnteredOn: string | null; flags: CaseloadFlag[]; today: string }): boolean {
	if (input.closed) return false;
	if (input.flags.includes('no-contact')) return true;
	return input.phase <= 3 && input.phaseEnteredOn !== null && daysBetween(input.phaseEnteredOn, input.today) > STALLED_PHASE_DAYS;
}

/** Caseload against the IPS limit, scaled by FTE (a 0.8 FTE coach's limit is 16). */
export function caseloadLimit(fte: number): number {
	return Math.round(CASELOAD_LIMIT * fte * 10) / 10;
}
