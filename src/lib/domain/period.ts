/**
 * Reporting periods: a calendar quarter, month, year or any custom span of ISO dates (both ends
 * included), and the period picker's URL parameters. Shared by the outcome report, the fidelity
 * evidence and every page with a period picker (docs/domain/outcomes.md#periods).
 */
import { addDays, daysBetween, parseDate } from './dates';

export type Period = { from: string; to: string };
export type PeriodKind = 'quarter' | 'month' | 'year' | 'custom';
export const PERIOD_KINDS: readonly PeriodKind[] = ['quarter', 'month', 'year', 'custom'];

/** The date lies in the period (an unknown date never does). */
export const inPeriod = (date: string | null, p: Period): boolean => date !== null && date >= p.from && date <= p.to;

/** Rows grouped by a key, in their original order within each group. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
	const map = new Map<K, T[]>();
	for (const row of rows) {
		const k = key(row);
		const list = map.get(k);
		if (list) list.push(row);
		else map.set(k, [row]);
	}
	return map;
}

/** The calendar quarter, month or year containing a date. */
export function periodContaining(kind: Exclude<PeriodKind, 'custom'>, date: string): Period {
	const y = Number(date.slice(0, 4));
	const m = Number(date.slice(5, 7));
	const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
	const pad = (n: number) => String(n).padStart(2, '0');
	if (kind === 'year') return { from: `${y}-01-01`, to: `${y}-12-31` };
	if (kind === 'month') return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
	const q0 = Math.floor((m - 1) / 3) * 3 + 1;
	return { from: `${y}-${pad(q0)}-01`, to: `${y}-${pad(q0 + 2)}-${pad(lastDay(y, q0 + 2))}` };
}

/** The `count` quarters ending with the one containing `date`, oldest first. */
export function quartersEndingWith(date: string, count: number): Period[] {
	const out: Period[] = [];
	let q = periodContaining('quarter', date);
	for (let i = 0; i < count; i++) {
		out.unshift(q);
		q = periodContaining('quarter', addDays(q.from, -1));
	}
	return out;
}

/** "2026 Q3" style label independent of the UI language. */
export function quarterLabel(p: Period): string {
	return `${p.from.slice(0, 4)} Q${Math.floor((Number(p.from.slice(5, 7)) - 1) / 3) + 1}`;
}

export type PeriodChoice = { kind: PeriodKind; period: Period; at: string; invalid: boolean };

/** Longest custom period (a decade): keeps one request's work bounded. */
const MAX_CUSTOM_DAYS = 3660;

/** Reads the picker (?period=quarter|month|year|custom&at=…&from=…&to=…); anything invalid falls back to the current quarter and says so. */
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
