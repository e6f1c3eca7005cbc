import { addDays, addMonths } from './dates';

/**
 * The follow-up contact three months after an enrolment closed (docs/domain/team-report.md#follow-up-after-exit).
 * Pure: the due date is computed from the closing date, never stored; only the answer is.
 */

/** The follow-up falls this many calendar months after the closing date. */
export const EXIT_FOLLOW_UP_MONTHS = 3;
/** It shows on the caseload from this many days before its date … */
export const EXIT_FOLLOW_UP_LEAD_DAYS = 7;
/** … until it is recorded, or this many days after its date have passed. */
export const EXIT_FOLLOW_UP_CASELOAD_DAYS = 90;

/** End date + 3 calendar months; a day missing in the target month falls to its last day (30.11. → 28./29.2.). */
export function exitFollowUpDueDate(closedDate: string): string {
	return addMonths(closedDate, EXIT_FOLLOW_UP_MONTHS);
}

export type ExitFollowUpFacts = {
	closedDate: string | null;
	closingReason: string | null;
	/** The client has a newer enrolment than this one (re-opened): no follow-up is due for this one. */
	reopened: boolean;
	/** The recorded follow-up's contact date, if any. */
	contactedOn: string | null;
};

export type ExitFollowUpState = 'none' | 'scheduled' | 'due' | 'recorded' | 'lapsed';

/**
 * none: open, re-opened or closed because the client died; scheduled: before the lead days;
 * due: from the lead days until recorded (or lapsed, EXIT_FOLLOW_UP_CASELOAD_DAYS after its date).
 */
export function exitFollowUpState(f: ExitFollowUpFacts, today: string): ExitFollowUpState {
	if (f.closedDate === null || f.reopened || f.closingReason === 'deceased') return 'none';
	if (f.contactedOn !== null) return 'recorded';
	const due = exitFollowUpDueDate(f.closedDate);
	if (today < addDays(due, -EXIT_FOLLOW_UP_LEAD_DAYS)) return 'scheduled';
	if (today > addDays(due, EXIT_FOLLOW_UP_CASELOAD_DAYS)) return 'lapsed';
	return 'due';
}

/** Whether a follow-up is owed at all for this enrolment (the report's "due" count): closed, not re-opened, not deceased. */
export function exitFollowUpOwed(f: Omit<ExitFollowUpFacts, 'contactedOn'>): boolean {
	return f.closedDate !== null && !f.reopened && f.closingReason !== 'deceased';
}

/** The message key for a bad contact date, or null: not before the exit, not in the future. */
export function exitFollowUpDateError(contactedOn: string, closedDate: string, today: string): string | null {
	if (contactedOn < closedDate) return 'followup_err_before_exit';
	if (contactedOn > today) return 'err_date_future';
	return null;
}

/** Working in the open labour market or otherwise: the report's "working" count. */
export function exitSituationWorking(situation: string): boolean {
	return situation === 'working-competitive' || situation === 'working-other';
}
