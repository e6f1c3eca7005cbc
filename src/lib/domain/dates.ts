/** Calendar dates are ISO strings (YYYY-MM-DD) in Finnish time; domain code never reads "now" itself. */

export const TIME_ZONE = 'Europe/Helsinki';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const finnishDate = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's calendar date in Finland for an instant (default: now). */
export function isoDateInFinland(instant: Date = new Date()): string {
	return finnishDate.format(instant);
}

// Date arithmetic runs for every row of caseload and schedule views, so it works on day numbers
// (days since 1970-01-01) instead of allocating Date objects and formatting them back.
function toDays(iso: string): number {
	return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
}

/** Day number → ISO date (proleptic Gregorian; H. Hinnant's civil_from_days). */
function fromDays(days: number): string {
	const z = days + 719_468;
	const era = Math.floor(z / 146_097);
	const dayOfEra = z - era * 146_097;
	const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
	const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const mp = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
	return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

function toUtc(iso: string): Date {
	return new Date(toDays(iso) * 86_400_000);
}

export function addDays(iso: string, days: number): string {
	return fromDays(toDays(iso) + days);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year: number, monthIndex: number): number {
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return monthIndex === 1 && leap ? 29 : DAYS_IN_MONTH[monthIndex];
}

/** Adds calendar months; a day that does not exist in the target month falls back to its last day (31.1. + 1 month = 28./29.2.). */
export function addMonths(iso: string, months: number): string {
	const monthCount = +iso.slice(0, 4) * 12 + (+iso.slice(5, 7) - 1) + months;
	const year = Math.floor(monthCount / 12);
	const monthIndex = monthCount - year * 12;
	const day = Math.min(+iso.slice(8, 10), daysInMonth(year, monthIndex));
	return `${String(year).padStart(4, '0')}-${monthIndex < 9 ? '0' : ''}${monthIndex + 1}-${day < 10 ? '0' : ''}${day}`;
}

/** Whole days from a to b (b − a); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
	return toDays(b) - toDays(a);
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
