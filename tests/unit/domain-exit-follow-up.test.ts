import { describe, expect, it } from 'vitest';
import { exitFollowUpDateError, exitFollowUpDueDate, exitFollowUpOwed, exitFollowUpState, exitSituationWorking, EXIT_FOLLOW_UP_LEAD_DAYS } from '$lib/domain/exit-follow-up';
import { exitFollowUpOpen } from '$lib/domain/reminders';

const closed = (closedDate: string | null, over: Partial<{ closingReason: string | null; reopened: boolean; contactedOn: string | null }> = {}) => ({
	closedDate,
	closingReason: 'employed',
	reopened: false,
	contactedOn: null,
	...over
});

describe('due date: end date + 3 calendar months', () => {
	it.each([
		['2026-01-15', '2026-04-15'],
		['2026-11-30', '2027-02-28'],
		['2027-11-30', '2028-02-29'], // leap year
		['2026-05-31', '2026-08-31'],
		['2026-03-31', '2026-06-30'],
		['2026-10-31', '2027-01-31'],
		['2026-12-31', '2027-03-31']
	])('%s → %s', (end, due) => {
		expect(exitFollowUpDueDate(end)).toBe(due);
	});
});

describe('state', () => {
	it('open, re-opened and deceased enrolments owe no follow-up', () => {
		expect(exitFollowUpState(closed(null), '2026-06-01')).toBe('none');
		expect(exitFollowUpState(closed('2026-01-15', { reopened: true }), '2026-04-15')).toBe('none');
		expect(exitFollowUpState(closed('2026-01-15', { closingReason: 'deceased' }), '2026-04-15')).toBe('none');
		expect(exitFollowUpOwed(closed('2026-01-15', { reopened: true }))).toBe(false);
		expect(exitFollowUpOwed(closed('2026-01-15', { closingReason: 'deceased' }))).toBe(false);
		expect(exitFollowUpOwed(closed(null))).toBe(false);
		expect(exitFollowUpOwed(closed('2026-01-15'))).toBe(true);
		expect(exitFollowUpOwed(closed('2026-01-15', { closingReason: null }))).toBe(true);
	});
	it('scheduled until the lead days, due from then, lapsed 90 days after its date', () => {
		// due 15.4.: shows from 8.4.
		expect(EXIT_FOLLOW_UP_LEAD_DAYS).toBe(7);
		expect(exitFollowUpState(closed('2026-01-15'), '2026-04-07')).toBe('scheduled');
		expect(exitFollowUpState(closed('2026-01-15'), '2026-04-08')).toBe('due');
		expect(exitFollowUpState(closed('2026-01-15'), '2026-04-15')).toBe('due');
		expect(exitFollowUpState(closed('2026-01-15'), '2026-07-14')).toBe('due');
		expect(exitFollowUpState(closed('2026-01-15'), '2026-07-15')).toBe('lapsed');
	});
	it('recorded wins over every date', () => {
		expect(exitFollowUpState(closed('2026-01-15', { contactedOn: '2026-02-01' }), '2026-04-15')).toBe('recorded');
		expect(exitFollowUpState(closed('2026-01-15', { contactedOn: '2026-02-01' }), '2027-01-01')).toBe('recorded');
	});
	it('a recorded follow-up closes the digest item too', () => {
		const facts = { clientId: 1, firstName: 'A', lastName: 'B', closedDate: '2026-01-15', closingReason: 'employed', lastContactDate: null };
		expect(exitFollowUpOpen(facts, '2026-04-15')).toBe(true);
		expect(exitFollowUpOpen({ ...facts, followUpRecorded: true }, '2026-04-15')).toBe(false);
	});
});

describe('contact date', () => {
	it('not before the exit, not in the future; the exit day and today are fine', () => {
		expect(exitFollowUpDateError('2026-01-14', '2026-01-15', '2026-05-01')).toBe('followup_err_before_exit');
		expect(exitFollowUpDateError('2026-01-15', '2026-01-15', '2026-05-01')).toBeNull();
		expect(exitFollowUpDateError('2026-05-01', '2026-01-15', '2026-05-01')).toBeNull();
		expect(exitFollowUpDateError('2026-05-02', '2026-01-15', '2026-05-01')).toBe('err_date_future');
	});
});

describe('working', () => {
	it('counts open-labour-market and other work, nothing else', () => {
		expect(exitSituationWorking('working-competitive')).toBe(true);
		expect(exitSituationWorking('working-other')).toBe(true);
		for (const s of ['studying', 'other-service', 'unemployed', 'not-reached']) expect(exitSituationWorking(s)).toBe(false);
	});
});
