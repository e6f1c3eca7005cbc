/**
 * Closing and re-opening an enrolment (docs/domain/clients.md#closing-and-re-opening). Coaching is time-unlimited: nothing closes
 * by itself. "Could not be reached" needs assertive outreach first.
 */

import { CLOSING_REASONS, type ClosingReason } from './vocabularies';

/** IPS assertive outreach: at least this many recorded attempts before "could not be reached". */
export const MIN_OUTREACH_ATTEMPTS = 3;

export type ClosingRequest = {
	reason: string;
	closedDate: string;
	note: string | null;
	referralDate: string;
	entryDate: string | null;
	outreachAttempts: number;
	alreadyClosed: boolean;
	today: string;
};

export function validateClosing(r: ClosingRequest): Record<string, string> {
	const errors: Record<string, string> = {};
	if (r.alreadyClosed) {
		errors.reason = 'clients_err_closed';
		return errors;
	}
	if (!(CLOSING_REASONS as readonly string[]).includes(r.reason)) errors.reason = 'err_choice';
	else if (r.reason === 'not-reached' && r.outreachAttempts < MIN_OUTREACH_ATTEMPTS) errors.reason = 'clients_err_outreach_needed';
	else if (r.reason === 'other' && !r.note?.trim()) errors.note = 'clients_err_other_reason_note';
	if (r.closedDate > r.today) errors.closedDate = 'err_date_future';
	else if (r.closedDate < (r.entryDate ?? r.referralDate)) errors.closedDate = 'err_date_order';
	return errors;
}

/** A re-opening is a new enrolment: its referral comes after the previous closing, and is not in the future. */
export function validateReopen(r: { previousClosedDate: string | null; referralDate: string; today: string }): Record<string, string> {
	if (r.previousClosedDate === null) return { referralDate: 'clients_err_not_closed' };
	if (r.referralDate > r.today) return { referralDate: 'err_date_future' };
	if (r.referralDate < r.previousClosedDate) return { referralDate: 'clients_err_reopen_before_close' };
	return {};
}

/** Date rules of an enrolment: referral ≤ first meeting ≤ entry ≤ today. */
export function validateEnrolmentDates(r: { referralDate: string; firstMeetingDate: string | null; entryDate: string | null; today: string }): Record<string, string> {
	const errors: Record<string, string> = {};
	if (r.referralDate > r.today) errors.referralDate = 'err_date_future';
	if (r.firstMeetingDate) {
		if (r.firstMeetingDate > r.today) errors.firstMeetingDate = 'err_date_future';
		else if (r.firstMeetingDate < r.referralDate) errors.firstMeetingDate = 'clients_err_before_referral';
	}
	if (r.entryDate) {
		if (r.entryDate > r.today) errors.entryDate = 'err_date_future';
		else if (r.entryDate < r.referralDate) errors.entryDate = 'clients_err_before_referral';
	}
	return errors;
}

/** Client contact rules: a contact has happened (not in the future, not before referral), 1 min – 24 h. */
export const MAX_CONTACT_MINUTES = 24 * 60;
export function validateContact(r: { date: string; durationMinutes: number; nextStepDue: string | null; referralDate: string; today: string }): Record<string, string> {
	const errors: Record<string, string> = {};
	if (r.date > r.today) errors.date = 'err_date_future';
	else if (r.date < r.referralDate) errors.date = 'clients_err_before_referral';
	if (!(r.durationMinutes > 0 && r.durationMinutes <= MAX_CONTACT_MINUTES)) errors.durationMinutes = 'clients_err_duration';
	if (r.nextStepDue && r.nextStepDue < r.date) errors.nextStepDue = 'err_date_order';
	return errors;
}
