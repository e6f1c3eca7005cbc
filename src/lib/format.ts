import { getLocale } from '$lib/paraglide/runtime';

/** Locale-aware formatting for the UI (dates as d.m.yyyy in Finnish, etc.). */
const intlLocale = (): string => ({ fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' })[getLocale()] ?? 'fi-FI';

// Building an Intl formatter costs far more than using one: keep one per locale and style.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
function dateTimeFormat(): Intl.DateTimeFormat {
	const key = intlLocale();
	let format = dateTimeFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(key, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' });
		dateTimeFormats.set(key, format);
	}
	return format;
}
function numberFormat(digits: number, percent: boolean): Intl.NumberFormat {
	const key = `${intlLocale()}|${digits}|${percent}`;
	let format = numberFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(intlLocale(), percent ? { style: 'percent', maximumFractionDigits: digits } : { maximumFractionDigits: digits });
		numberFormats.set(key, format);
	}
	return format;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A calendar date as the UI locale writes it: what Intl gives for fi-FI and sv-FI (d.m.yyyy) and
 * en-GB (dd/mm/yyyy), assembled by hand because a page's first Intl formatter costs tens of
 * milliseconds (locale data) in every browser tab, which showed as blocking time on page load.
 */
export function formatDate(iso: string | null | undefined): string {
	if (!iso) return '–';
	const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
	if (!y || !m || !d) return iso;
	// Through Date so that out-of-range days roll over exactly as they did with Intl.
	const date = new Date(Date.UTC(y, m - 1, d));
	const day = date.getUTCDate();
	const month = date.getUTCMonth() + 1;
	const year = date.getUTCFullYear();
	return getLocale() === 'en' ? `${pad2(day)}/${pad2(month)}/${year}` : `${day}.${month}.${year}`;
}

export function formatDateTime(value: Date | number | null | undefined): string {
	if (value == null) return '–';
	return dateTimeFormat().format(new Date(value));
}

export function formatNumber(value: number | null | undefined, digits = 1): string {
	if (value == null || Number.isNaN(value)) return '–';
	// Small whole numbers (scores, counts) read the same in every UI locale: no Intl needed.
	if (Number.isInteger(value) && value >= 0 && value < 1000 && !Object.is(value, -0)) return String(value);
	return numberFormat(digits, false).format(value);
}

export function formatPercent(fraction: number | null | undefined, digits = 0): string {
	if (fraction == null || Number.isNaN(fraction)) return '–';
	return numberFormat(digits, true).format(fraction);
}
