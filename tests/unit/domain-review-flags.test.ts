import { describe, expect, it } from 'vitest';
import { caseloadFlags, reviewDue, type FlagInput } from '$lib/domain/caseload-flags';

const TODAY = '2026-06-15';
const base: FlagInput = {
	today: TODAY,
	closed: false,
	referralDate: '2026-06-01',
	entryDate: '2026-06-01',
	lastContactDate: '2026-06-14',
	nextStepDue: null,
	consents: [{ validFrom: '2026-06-01', validTo: null, withdrawnAt: null }],
	firstEmployerContactDate: '2026-06-05',
	followAlongDue: null
};

describe('review-date flags (domain)', () => {
	it('raises a review within seven days or past, not later, and nothing when not checked', () => {
		expect(reviewDue('2026-06-22', TODAY)).toBe(true);
		expect(reviewDue('2026-06-23', TODAY)).toBe(false);
		expect(reviewDue('2026-01-01', TODAY)).toBe(true);
		expect(reviewDue(null, TODAY)).toBe(false);
		expect(caseloadFlags(base)).toEqual([]);
		expect(caseloadFlags({ ...base, reviews: { plan: '2026-06-20', disclosure: [] } })).toEqual(['plan-review-due']);
		expect(caseloadFlags({ ...base, reviews: { plan: '2026-07-20', disclosure: ['2026-09-01', '2026-06-10'] } })).toEqual(['disclosure-review-due']);
		expect(caseloadFlags({ ...base, closed: true, reviews: { plan: '2026-06-01', disclosure: ['2026-06-01'] } })).toEqual([]);
	});
});

describe('Kykyviisari flag in the caseload flags (domain)', () => {
	// Equivalent mutant: `date !== null && …` in reviewDue → `true && …` (null <= a date string is false).
	it('flags a missing result after the grace period, counted from entry, else from the referral', () => {
		const input = { ...base, consents: [{ validFrom: '2026-01-01', validTo: null, withdrawnAt: null }], entryDate: '2026-05-01', referralDate: '2026-04-01', kykyviisari: { hasResult: false, graceDays: 30 } };
		expect(caseloadFlags({ ...input, today: '2026-05-31' })).toEqual([]);
		expect(caseloadFlags({ ...input, today: '2026-06-01', lastContactDate: '2026-05-30' })).toEqual(['kykyviisari-missing']);
		expect(caseloadFlags({ ...input, entryDate: null, firstEmployerContactDate: null, today: '2026-05-02', lastContactDate: '2026-05-01' })).toEqual(['kykyviisari-missing']);
		expect(caseloadFlags({ ...input, today: '2026-06-01', lastContactDate: '2026-05-30', kykyviisari: { hasResult: true, graceDays: 30 } })).toEqual([]);
	});
});
