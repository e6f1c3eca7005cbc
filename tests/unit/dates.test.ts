import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isIsoDate, parseDate, startOfIsoWeek, isoDateInFinland } from '$lib/domain/dates';

describe('dates', () => {
	it('validates ISO dates strictly', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2023-02-29')).toBe(false);
		expect(isIsoDate('2024-13-01')).toBe(false);
		expect(isIsoDate('24-01-01')).toBe(false);
	});
	it('adds months falling back to the month end', () => {
		expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
		expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
		expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
		expect(addMonths('2024-03-15', -3)).toBe('2023-12-15');
	});
	it('counts days across DST and years', () => {
		expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
		expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
	});
	it('finds the Monday of the ISO week', () => {
		expect(startOfIsoWeek('2026-11-23')).toBe('2026-11-23');
		expect(startOfIsoWeek('2026-11-29')).toBe('2026-11-23');
	});
	it('parses Finnish d.m.yyyy dates', () => {
		expect(parseDate('5.3.2024')).toBe('2024-03-05');
		expect(parseDate('31.2.2024')).toBeNull();
		expect(parseDate(' 2024-03-05 ')).toBe('2024-03-05');
		expect(parseDate('yesterday')).toBeNull();
	});
	it('gives the Finnish calendar date of an instant', () => {
		// 22:30 UTC on 31 Dec is already New Year in Helsinki (UTC+2).
		expect(isoDateInFinland(new Date('2025-12-31T22:30:00Z'))).toBe('2026-01-01');
	});
});

describe('day-number arithmetic', () => {
	it('agrees with Date for every day from 1899 to 2101, forwards and backwards', () => {
		const viaDate = (iso: string, days: number) => {
			const d = new Date(`${iso}T00:00:00Z`);
			d.setUTCDate(d.getUTCDate() + days);
			return d.toISOString().slice(0, 10);
		};
		const mismatches: string[] = [];
		let iso = '1899-12-25';
		while (iso < '2101-01-10') {
			for (const step of [1, -1, 29, -366, 400]) if (addDays(iso, step) !== viaDate(iso, step)) mismatches.push(`${iso} ${step}`);
			if (daysBetween(iso, viaDate(iso, 1000)) !== 1000) mismatches.push(`${iso} between`);
			iso = viaDate(iso, 1);
		}
		expect(mismatches).toEqual([]);
	});
});

describe('month arithmetic', () => {
	it('agrees with a Date-based reference for every day of 1999–2030 and ±40 months', () => {
		const viaDate = (iso: string, months: number) => {
			const [y, m, d] = iso.split('-').map(Number);
			const first = new Date(Date.UTC(y, m - 1 + months, 1));
			const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
			first.setUTCDate(Math.min(d, last));
			return first.toISOString().slice(0, 10);
		};
		const mismatches: string[] = [];
		for (let iso = '1999-01-01'; iso < '2031-01-01'; iso = addDays(iso, 1)) {
			for (const months of [1, 2, 11, 12, 13, -1, -13, 40, -40]) if (addMonths(iso, months) !== viaDate(iso, months)) mismatches.push(`${iso} ${months}`);
		}
		expect(mismatches).toEqual([]);
	});
});
