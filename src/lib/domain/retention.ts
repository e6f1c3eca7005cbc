import { addMonths } from './dates';

/**
 * Default retention after the last enrolment closed, in years (a setting; admins change it with a
 * reason): the National Archives' rule for working-age adults' social-welfare client records is 10
 * years after the case closed (docs/domain/privacy.md#retention).
 */
export const DEFAULT_RETENTION_YEARS = 10;

export type RetentionInput = {
	/** Closing dates of all the client's enrolments; null = still open. */
	closedDates: (string | null)[];
	retentionYears: number;
	today: string;
};

export type RetentionStatus =
	| { eligible: true; since: string }
	| { eligible: false; reason: 'open-enrolment' | 'no-enrolment' | 'retention-running'; until?: string };

/**
 * A client may be anonymised only when every enrolment is closed and the retention period has run
 * from the latest closing date (the record may be needed until then).
 */
export function retentionStatus({ closedDates, retentionYears, today }: RetentionInput): RetentionStatus {
	if (closedDates.length === 0) return { eligible: false, reason: 'no-enrolment' };
	if (closedDates.some((d) => d === null)) return { eligible: false, reason: 'open-enrolment' };
	const lastClosed = (closedDates as string[]).reduce((a, b) => (a > b ? a : b));
	const until = addMonths(lastClosed, retentionYears * 12);
	return today >= until ? { eligible: true, since: until } : { eligible: false, reason: 'retention-running', until };
}

/** Column names kept when a client's records are anonymised: dates and codes that statistics need. */
const KEPT_CODES = new Set([
	'mode', 'place', 'status', 'kind', 'decision', 'form', 'signed_how', 'referral_source', 'situation_at_referral',
	'closing_reason', 'end_reason', 'disclosure', 'contract', 'job_type', 'purpose', 'channel', 'stage', 'preferred_language',
	'municipality', 'wage_type', 'role', 'categories', 'parties', 'goals', 'statement_type'
]);

/** True for a text column whose content may identify or describe the person (and so is cleared). */
export function isPersonalTextColumn(column: string): boolean {
	if (KEPT_CODES.has(column)) return false;
	return !/(^date$|_date$|_on$|_at$|_due$|_from$|_to$|^valid_|^period_)/.test(column);
}
