import { afterAll, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { formatDate, formatNumber } from '$lib/format';

const original = getLocale;
afterAll(() => overwriteGetLocale(original));

const LOCALES = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

function isoDays(): string[] {
	const out: string[] = [];
	for (let t = Date.UTC(1999, 11, 25); t <= Date.UTC(2031, 1, 3); t += 37 * 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
	return [...out, '2024-02-29', '2026-01-01', '2026-12-31', '2026-02-31', '2026-11-23T10:00:00Z'];
}

describe('formatDate without Intl', () => {
	for (const [locale, intl] of Object.entries(LOCALES)) {
		it(`writes dates as Intl does for ${intl}`, () => {
			overwriteGetLocale(() => locale as 'fi');
			const reference = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
			for (const iso of isoDays()) {
				const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
				expect(formatDate(iso), iso).toBe(reference.format(new Date(Date.UTC(y, m - 1, d))));
			}
		});
	}

	it('keeps the missing and unreadable cases', () => {
		overwriteGetLocale(() => 'fi');
		expect(formatDate(null)).toBe('–');
		expect(formatDate('')).toBe('–');
		expect(formatDate('ei päivä')).toBe('ei päivä');
		expect(formatDate('2026-03-05')).toBe('5.3.2026');
	});
});

describe('formatNumber', () => {
	for (const [locale, intl] of Object.entries(LOCALES)) {
		it(`writes small whole numbers and everything else as Intl does for ${intl}`, () => {
			overwriteGetLocale(() => locale as 'fi');
			for (const digits of [0, 1, 2]) {
				const reference = new Intl.NumberFormat(intl, { maximumFractionDigits: digits });
				for (const n of [0, 1, 5, 42, 125, 999, 1000, 12345, 2.5, 0.125, -3, -0, -1234.5]) expect(formatNumber(n, digits), `${n}`).toBe(reference.format(n));
			}
		});
	}
});
