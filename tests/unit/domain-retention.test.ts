import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_YEARS, isPersonalTextColumn, retentionStatus } from '$lib/domain/retention';

// Equivalent mutant left in retention.ts: `a > b` vs `a >= b` when picking the latest closing (equal dates).
describe('when a client may be anonymised', () => {
	const today = '2032-06-15';
	it('not without enrolments, nor while any enrolment is open', () => {
		expect(retentionStatus({ closedDates: [], retentionYears: 6, today })).toEqual({ eligible: false, reason: 'no-enrolment' });
		expect(retentionStatus({ closedDates: ['2020-01-01', null], retentionYears: 6, today })).toEqual({ eligible: false, reason: 'open-enrolment' });
		expect(retentionStatus({ closedDates: [null, '2020-01-01'], retentionYears: 6, today })).toEqual({ eligible: false, reason: 'open-enrolment' });
	});

	it('from the day the retention period has run since the latest closing', () => {
		expect(DEFAULT_RETENTION_YEARS).toBe(10);
		// Latest closing 15.6.2026 (whatever the order): eligible on 15.6.2032, not the day before.
		const closedDates = ['2026-06-15', '2024-02-01', '2025-12-31'];
		expect(retentionStatus({ closedDates, retentionYears: 6, today })).toEqual({ eligible: true, since: '2032-06-15' });
		expect(retentionStatus({ closedDates: ['2024-02-01', '2026-06-15'], retentionYears: 6, today: '2032-06-14' })).toEqual({
			eligible: false,
			reason: 'retention-running',
			until: '2032-06-15'
		});
		expect(retentionStatus({ closedDates: ['2026-06-15'], retentionYears: 2, today })).toEqual({ eligible: true, since: '2028-06-15' });
		// A closing on 29.2. runs to 28.2. of a common year.
		expect(retentionStatus({ closedDates: ['2024-02-29'], retentionYears: 1, today: '2025-02-28' })).toEqual({ eligible: true, since: '2025-02-28' });
	});
});

describe('which text columns are cleared on anonymisation', () => {
	it('clears free text and names', () => {
		for (const column of ['first_name', 'note', 'description', 'address', 'dated_note', 'onboarding', 'at_home', 'duelling', 'fromage', 'tomato', 'invalid_x', 'periodic'])
			expect(isPersonalTextColumn(column), column).toBe(true);
	});
	it('keeps dates and the codes statistics need', () => {
		for (const column of ['date', 'closed_date', 'entered_on', 'created_at', 'next_step_due', 'valid_from', 'valid_to', 'period_start', 'closing_reason', 'mode', 'goals', 'municipality'])
			expect(isPersonalTextColumn(column), column).toBe(false);
	});
});

describe('date columns are recognised by the end of their name only', () => {
	it('a date word inside a longer name is still text', () => {
		for (const column of ['candidate', 'start_date_comment', 'notes_on_call', 'contact_attempt', 'step_due_note', 'quote_from_client', 'note_to_self', 'sick_period_note'])
			expect(isPersonalTextColumn(column), column).toBe(true);
	});
});
