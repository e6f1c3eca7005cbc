import { getLocale } from '$lib/paraglide/runtime';

/** Locale-aware formatting for the UI (dates as d.m.yyyy in Finnish, etc.). */
const intlLocale = (): string => ({ fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' })[getLocale()] ?? 'fi-FI';

// Building an Intl formatter costs far more than using one: keep one per locale and style.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
function dateFormat(style: 'date' | 'dateTime'): Intl.DateTimeFormat {
	const key = `${intlLocale()}|${style}`;
	let format = dateFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(
			intlLocale(),
			style === 'date'
				? { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }
				: { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' }
		);
		dateFormats.set(key, format);
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

export function formatDate(iso: string | null | undefined): string {
	if (!iso) return '–';
	const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
	if (!y || !m || !d) return iso;
	return dateFormat('date').format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatDateTime(value: Date | number | null | undefined): string {
	if (value == null) return '–';
	return dateFormat('dateTime').format(new Date(value));
}

export function formatNumber(value: number | null | undefined, digits = 1): string {
	if (value == null || Number.isNaN(value)) return '–';
	return numberFormat(digits, false).format(value);
}

export function formatPercent(fraction: number | null | undefined, digits = 0): string {
	if (fraction == null || Number.isNaN(fraction)) return '–';
	return numberFormat(digits, true).format(fraction);
}
