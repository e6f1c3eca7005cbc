/** Arithmetic of the figures: rounding, rates, mean and median, and a figure with its record ids. */
import type { Exclusion, Figure, RecordKind } from './types';

export function roundFraction(value: number): number {
	return Math.round(value * 10_000) / 10_000;
}

export function roundDays(value: number): number {
	return Math.round(value * 10) / 10;
}

/** numerator ÷ denominator as a fraction with 4 decimals; null when nothing to divide by. */
export function rate(numerator: number, denominator: number): number | null {
	return denominator === 0 ? null : roundFraction(numerator / denominator);
}

export function mean(values: number[]): number | null {
	if (values.length === 0) return null;
	return values.reduce((a, b) => a + b, 0) / values.length;
}

export function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Ids ascending without duplicates; rows usually arrive in id order, so check before sorting. */
function uniqueSorted(ids: Iterable<number>): number[] {
	const list = Array.isArray(ids) ? (ids as number[]) : [...ids];
	let ascending = true;
	for (let i = 1; i < list.length && ascending; i++) ascending = list[i - 1] < list[i];
	if (ascending) return list.slice();
	// A typed array sorts numbers natively; duplicates are then neighbours.
	const sorted = Float64Array.from(list).sort();
	const out: number[] = [];
	for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]);
	return out;
}
export const roundOrNull = (v: number | null, round: (n: number) => number) => (v === null ? null : round(v));

export function figure(kind: RecordKind, value: number | null, ids: Iterable<number>, excluded: Exclusion[] = []): Figure {
	return { value, kind, ids: uniqueSorted(ids), excluded };
}
