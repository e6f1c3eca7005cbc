import { describe, expect, it } from 'vitest';
import { MAX_CONTACT_MINUTES, MIN_OUTREACH_ATTEMPTS, validateClosing, validateContact, validateEnrolmentDates, validateReopen } from '$lib/domain/closing';

// Equivalent mutants left in closing.ts: the `if (r.firstMeetingDate)` and `if (r.entryDate)` guards (a null
// date compares false against any date).
const TODAY = '2026-06-15';
const close = { reason: 'employed', closedDate: '2026-06-10', note: null, referralDate: '2026-01-01', entryDate: '2026-01-10', outreachAttempts: 0, alreadyClosed: false, today: TODAY };

describe('closing an enrolment', () => {
	it('may close today, or on the day of entry, but not tomorrow or before entry', () => {
		expect(validateClosing({ ...close, closedDate: TODAY })).toEqual({});
		expect(validateClosing({ ...close, closedDate: '2026-01-10' })).toEqual({});
		expect(validateClosing({ ...close, closedDate: '2026-06-16' })).toEqual({ closedDate: 'err_date_future' });
		expect(validateClosing({ ...close, closedDate: '2026-01-09' })).toEqual({ closedDate: 'err_date_order' });
	});

	it('"other" needs a note with text in it', () => {
		expect(validateClosing({ ...close, reason: 'other', note: '   ' })).toEqual({ note: 'clients_err_other_reason_note' });
		expect(validateClosing({ ...close, reason: 'other', note: 'Muutti pois' })).toEqual({});
	});

	it('"not reached" needs the outreach attempts; other reasons do not', () => {
		expect(MIN_OUTREACH_ATTEMPTS).toBe(3);
		expect(validateClosing({ ...close, reason: 'not-reached', outreachAttempts: 0 })).toEqual({ reason: 'clients_err_outreach_needed' });
		expect(validateClosing({ ...close, reason: 'studies', outreachAttempts: 0 })).toEqual({});
	});

	it('reports a reason and a date error together', () => {
		expect(validateClosing({ ...close, reason: 'bored', closedDate: '2026-06-16' })).toEqual({ reason: 'err_choice', closedDate: 'err_date_future' });
	});
});

describe('re-opening', () => {
	it('a referral today is allowed', () => {
		expect(validateReopen({ previousClosedDate: '2026-06-01', referralDate: TODAY, today: TODAY })).toEqual({});
	});
});

describe('enrolment dates', () => {
	const dates = { referralDate: '2026-06-01', firstMeetingDate: null, entryDate: null, today: TODAY };
	it('referral, first meeting and entry may all be today, and on the referral day', () => {
		expect(validateEnrolmentDates({ ...dates, referralDate: TODAY, firstMeetingDate: TODAY, entryDate: TODAY })).toEqual({});
		expect(validateEnrolmentDates({ ...dates, firstMeetingDate: '2026-06-01', entryDate: '2026-06-01' })).toEqual({});
	});
	it('a first meeting in the future or before the referral is refused', () => {
		expect(validateEnrolmentDates({ ...dates, firstMeetingDate: '2026-06-16' })).toEqual({ firstMeetingDate: 'err_date_future' });
		expect(validateEnrolmentDates({ ...dates, firstMeetingDate: '2026-05-31' })).toEqual({ firstMeetingDate: 'clients_err_before_referral' });
	});
	it('an entry in the future or before the referral is refused', () => {
		expect(validateEnrolmentDates({ ...dates, entryDate: '2026-06-16' })).toEqual({ entryDate: 'err_date_future' });
		expect(validateEnrolmentDates({ ...dates, entryDate: '2026-05-31' })).toEqual({ entryDate: 'clients_err_before_referral' });
	});
	it('every wrong date is reported at once', () => {
		expect(validateEnrolmentDates({ referralDate: '2026-06-20', firstMeetingDate: '2026-06-18', entryDate: '2026-06-19', today: TODAY })).toEqual({
			referralDate: 'err_date_future',
			firstMeetingDate: 'err_date_future',
			entryDate: 'err_date_future'
		});
	});
});

describe('client contacts', () => {
	const contact = { date: '2026-06-10', durationMinutes: 45, nextStepDue: null, referralDate: '2026-06-01', today: TODAY };
	it('a contact today or on the referral day, one minute to a full day long, is fine', () => {
		expect(validateContact({ ...contact, date: TODAY })).toEqual({});
		expect(validateContact({ ...contact, date: '2026-06-01' })).toEqual({});
		expect(validateContact({ ...contact, durationMinutes: 1 })).toEqual({});
		expect(validateContact({ ...contact, durationMinutes: MAX_CONTACT_MINUTES })).toEqual({});
		expect(MAX_CONTACT_MINUTES).toBe(1440);
	});
	it('the next step may be due on the contact day, not before it', () => {
		expect(validateContact({ ...contact, nextStepDue: '2026-06-10' })).toEqual({});
		expect(validateContact({ ...contact, nextStepDue: '2026-06-09' })).toEqual({ nextStepDue: 'err_date_order' });
	});
	it('a negative duration is refused', () => {
		expect(validateContact({ ...contact, durationMinutes: -5 })).toEqual({ durationMinutes: 'clients_err_duration' });
	});
});
