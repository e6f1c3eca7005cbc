import { describe, expect, it } from 'vitest';
import { addMonths, parseDate } from '$lib/domain/dates';

// Equivalent mutants left in dates.ts: each single one of the three comparisons in isIsoDate (an impossible day
// or month always moves the date into another month, so any two of them catch it), and the '0' of
// padStart(4, '0') for years (no record has a year before 1000).
describe('dates', () => {
	it('knows the century leap years (2000 was one, 2100 is not)', () => {
		expect(addMonths('2100-01-31', 1)).toBe('2100-02-28');
		expect(addMonths('2000-01-31', 1)).toBe('2000-02-29');
		expect(addMonths('2400-01-31', 1)).toBe('2400-02-29');
	});

	it('reads Finnish dates with one- or two-digit day and month, nothing around them', () => {
		expect(parseDate('12.3.2026')).toBe('2026-03-12');
		expect(parseDate('1.12.2026')).toBe('2026-12-01');
		expect(parseDate(' 31.12.2026 ')).toBe('2026-12-31');
		expect(parseDate('x1.2.2026')).toBeNull();
		expect(parseDate('1.2.2026x')).toBeNull();
		expect(parseDate('31.4.2026')).toBeNull();
	});
});
