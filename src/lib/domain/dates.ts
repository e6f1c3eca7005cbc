/** Calendar dates are ISO strings (YYYY-MM-DD) in Finnish time; domain code never reads "now" itself. */

export const TIME_ZONE = 'Europe/Helsinki';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Today's calendar date in Finland for an instant (default: now). */
export function isoDateInFinland(instant: Date = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

function toUtc(iso: string): Date {
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(d: Date): string {
	return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
	const d = toUtc(iso);
	d.setUTCDate(d.getUTCDate() + days);
	return fromUtc(d);
}

/** Adds calendar months; a day that does not exist in the target month falls back to its last day (31.1. + 1 month = 28./29.2.). */
export function addMonths(iso: string, months: number): string {
	const [y, m, d] = iso.split('-').map(Number);
	const targetMonthIndex = m - 1 + months;
	const target = new Date(Date.UTC(y, targetMonthIndex, 1));
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(d, lastDay));
	return fromUtc(target);
}

/** Whole days from a to b (b − a); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
	return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** Monday of the ISO week of a date. */
export function startOfIsoWeek(iso: string): string {
	const d = toUtc(iso);
	const weekday = (d.getUTCDay() + 6) % 7;
	return addDays(iso, -weekday);
}

/** Parses ISO YYYY-MM-DD or Finnish d.m.yyyy; returns ISO or null. */
export function parseDate(value: string): string | null {
	const v = value.trim();
	if (isIsoDate(v)) return v;
	const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
	if (fi) {
		const iso = `${fi[3]}-${fi[2].padStart(2, '0')}-${fi[1].padStart(2, '0')}`;
		return isIsoDate(iso) ? iso : null;
	}
	return null;
}
