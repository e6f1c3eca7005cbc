import { describe, expect, it } from 'vitest';
import { groupBy, inPeriod, parsePeriodParams, periodContaining, periodParams, quarterLabel, quartersEndingWith } from '$lib/domain/period';

// Equivalent mutants left in period.ts: `date !== null` in inPeriod (null >= '…' is false anyway; the check is
// there for the type), and the 'quarter' argument inside quartersEndingWith (any kind other than year or month
// gives the quarter).
const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const TODAY = '2026-05-20';
const params = (query: string) => parsePeriodParams(new URLSearchParams(query), TODAY);

describe('periods', () => {
	it('include both ends; an unknown date is in none', () => {
		expect(inPeriod('2026-04-01', Q2)).toBe(true);
		expect(inPeriod('2026-06-30', Q2)).toBe(true);
		expect(inPeriod('2026-03-31', Q2)).toBe(false);
		expect(inPeriod('2026-07-01', Q2)).toBe(false);
		expect(inPeriod(null, Q2)).toBe(false);
	});

	it('the calendar year, month or quarter of a date', () => {
		expect(periodContaining('year', '2024-02-10')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
		expect(periodContaining('month', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
		expect(periodContaining('month', '2025-02-10')).toEqual({ from: '2025-02-01', to: '2025-02-28' });
		expect(periodContaining('quarter', '2026-12-31')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
		expect(periodContaining('quarter', '2026-04-01')).toEqual(Q2);
	});

	it('the last quarters, oldest first, across a year end', () => {
		expect(quartersEndingWith('2026-02-15', 3)).toEqual([
			{ from: '2025-07-01', to: '2025-09-30' },
			{ from: '2025-10-01', to: '2025-12-31' },
			{ from: '2026-01-01', to: '2026-03-31' }
		]);
		expect(quartersEndingWith('2026-02-15', 0)).toEqual([]);
	});

	it('labels quarters by year and number', () => {
		expect(quarterLabel({ from: '2026-01-01', to: '2026-03-31' })).toBe('2026 Q1');
		expect(quarterLabel({ from: '2026-03-31', to: '2026-03-31' })).toBe('2026 Q1');
		expect(quarterLabel({ from: '2026-04-01', to: '2026-06-30' })).toBe('2026 Q2');
		expect(quarterLabel({ from: '2025-12-01', to: '2025-12-31' })).toBe('2025 Q4');
	});

	it('groups rows by key, keeping their order', () => {
		const grouped = groupBy([{ k: 'a', n: 1 }, { k: 'b', n: 2 }, { k: 'a', n: 3 }], (r) => r.k);
		expect([...grouped.entries()]).toEqual([
			['a', [{ k: 'a', n: 1 }, { k: 'a', n: 3 }]],
			['b', [{ k: 'b', n: 2 }]]
		]);
	});
});

describe('the period picker', () => {
	const currentQuarter = { kind: 'quarter', period: Q2, at: TODAY, invalid: true };

	it('defaults to the current quarter, without calling it invalid', () => {
		expect(params('')).toEqual({ kind: 'quarter', period: Q2, at: TODAY, invalid: false });
	});

	it('reads a quarter, month or year at a date (ISO or Finnish)', () => {
		expect(params('period=month&at=2026-02-10')).toEqual({ kind: 'month', period: { from: '2026-02-01', to: '2026-02-28' }, at: '2026-02-10', invalid: false });
		expect(params('period=year&at=1.3.2025')).toEqual({ kind: 'year', period: { from: '2025-01-01', to: '2025-12-31' }, at: '2025-03-01', invalid: false });
		expect(params('period=quarter&at=2025-11-30')).toEqual({ kind: 'quarter', period: { from: '2025-10-01', to: '2025-12-31' }, at: '2025-11-30', invalid: false });
		expect(params('period=month')).toMatchObject({ kind: 'month', period: { from: '2026-05-01', to: '2026-05-31' }, at: TODAY, invalid: false });
	});

	it('reads a custom span, one day or up to a decade long', () => {
		expect(params('period=custom&from=2026-02-01&to=2026-02-01')).toEqual({ kind: 'custom', period: { from: '2026-02-01', to: '2026-02-01' }, at: '2026-02-01', invalid: false });
		expect(params('period=custom&from=1.1.2020&to=2029-12-31')).toMatchObject({ period: { from: '2020-01-01', to: '2029-12-31' }, invalid: false });
		// 3660 days is the longest allowed.
		expect(params('period=custom&from=2020-01-01&to=2030-01-08')).toMatchObject({ kind: 'custom', invalid: false });
		expect(params('period=custom&from=2020-01-01&to=2030-01-09')).toEqual(currentQuarter);
	});

	it('falls back to the current quarter, and says so, for anything it cannot read', () => {
		for (const query of [
			'period=week',
			'period=custom',
			'period=custom&from=2026-02-01',
			'period=custom&to=2026-02-01',
			'period=custom&from=2026-02-02&to=2026-02-01',
			'period=custom&from=2026-02-30&to=2026-03-01',
			'period=month&at=2026-13-01',
			'period=year&at=soon'
		])
			expect(params(query), query).toEqual(currentQuarter);
	});

	it('links a period as a custom span', () => {
		expect(periodParams(Q2)).toBe('period=custom&from=2026-04-01&to=2026-06-30');
	});
});
