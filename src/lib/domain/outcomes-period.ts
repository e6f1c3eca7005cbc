/** The period picker's URL parameters (?period=quarter|month|year|custom&at=…&from=…&to=…) as a Period. */
import { daysBetween, parseDate } from './dates';
import { periodContaining, type Period, type PeriodKind } from './outcomes';

export const PERIOD_KINDS: readonly PeriodKind[] = ['quarter', 'month', 'year', 'custom'];

export type PeriodChoice = { kind: PeriodKind; period: Period; at: string; invalid: boolean };

/** Longest custom period (a decade): keeps one request's work bounded. */
const MAX_CUSTOM_DAYS = 3660;

/** Reads the picker; anything invalid falls back to the current quarter and says so. */
export function parsePeriodParams(params: URLSearchParams, today: string): PeriodChoice {
	const fallback: PeriodChoice = { kind: 'quarter', period: periodContaining('quarter', today), at: today, invalid: true };
	const kind = (params.get('period') ?? 'quarter') as PeriodKind;
	if (!PERIOD_KINDS.includes(kind)) return fallback;
	if (kind === 'custom') {
		const from = parseDate(params.get('from') ?? '');
		const to = parseDate(params.get('to') ?? '');
		if (!from || !to || to < from || daysBetween(from, to) > MAX_CUSTOM_DAYS) return fallback;
		return { kind, period: { from, to }, at: from, invalid: false };
	}
	const atParam = params.get('at');
	const at = atParam ? parseDate(atParam) : today;
	if (!at) return fallback;
	return { kind, period: periodContaining(kind, at), at, invalid: false };
}

/** URL parameters that select exactly this period (links to records, report and exports). */
export function periodParams(period: Period): string {
	return `period=custom&from=${period.from}&to=${period.to}`;
}
