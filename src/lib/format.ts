import { getLocale } from '$lib/paraglide/runtime';

/** Locale-aware formatting for the UI (dates as d.m.yyyy in Finnish, etc.). */
const intlLocale = (): string => ({ fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' })[getLocale()] ?? 'fi-FI';

export function formatDate(iso: string | null | undefined): string {
	if (!iso) return '–';
	const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
	if (!y || !m || !d) return iso;
	return new Intl.DateTimeFormat(intlLocale(), { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(Date.UTC(y, m - 1, d))
	);
}

export function formatDateTime(value: Date | number | null | undefined): string {
	if (value == null) return '–';
	return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(
		new Date(value)
	);
}

export function formatNumber(value: number | null | undefined, digits = 1): string {
	if (value == null || Number.isNaN(value)) return '–';
	return new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: digits }).format(value);
}

export function formatPercent(fraction: number | null | undefined, digits = 0): string {
	if (fraction == null || Number.isNaN(fraction)) return '–';
	return new Intl.NumberFormat(intlLocale(), { style: 'percent', maximumFractionDigits: digits }).format(fraction);
}
