import { addMonths } from './dates';
import { ITEM_IDS, ITEM_SECTIONS, type CutPoint, type FidelitySection } from './fidelity-scale';

/** Scoring of the IPS-25 fidelity review (docs/fidelity.md#totals-and-bands). Pure: plain data in, plain data out. */

export type FidelityBand = 'exemplary' | 'good' | 'fair' | 'not-ips';
export type ReviewScore = {
	complete: boolean;
	total: number | null;
	band: FidelityBand | null;
	sections: Record<FidelitySection, number | null>;
};

export { ITEM_IDS };

/** Section membership per docs/fidelity.md#sections (staffing 1–3, organisation 4–11, services 12–25), read from the scale data. */
export function sectionOf(itemId: number): FidelitySection {
	const section = ITEM_SECTIONS.get(itemId);
	if (!section) throw new RangeError(`Unknown fidelity item ${itemId}`);
	return section;
}

/** A section's items in the scale's order. (Functions, not constants: browser pages that import this module leave the scale data out.) */
export function sectionItems(section: FidelitySection): number[] {
	return ITEM_IDS.filter((itemId) => ITEM_SECTIONS.get(itemId) === section);
}

/** The lowest and highest possible total and the highest section sum (every item scores 1–5). */
export function scoreRange(): { minTotal: number; maxTotal: number; maxSection: number } {
	const sections: FidelitySection[] = ['staffing', 'organisation', 'services'];
	return { minTotal: ITEM_IDS.length, maxTotal: ITEM_IDS.length * 5, maxSection: Math.max(...sections.map((section) => sectionItems(section).length * 5)) };
}

/** Band lines for charts: the lowest total of each band above "not yet IPS". */
export const BAND_LINES = { fair: 74, good: 100, exemplary: 115 } as const;

export function bandOf(total: number): FidelityBand {
	if (total >= BAND_LINES.exemplary) return 'exemplary';
	if (total >= BAND_LINES.good) return 'good';
	if (total >= BAND_LINES.fair) return 'fair';
	return 'not-ips';
}

export function isValidScore(score: unknown): score is number {
	return typeof score === 'number' && Number.isInteger(score) && score >= 1 && score <= 5;
}

function sumOf(scores: Record<number, number | null | undefined>, items: readonly number[]): number | null {
	let sum = 0;
	for (const item of items) {
		const s = scores[item];
		if (s == null) return null;
		sum += s;
	}
	return sum;
}

/**
 * Totals and band. A missing item makes its section and the total null: a partial sum is never
 * passed off as a score.
 */
export function scoreReview(scores: Record<number, number | null | undefined>): ReviewScore {
	for (const [key, score] of Object.entries(scores)) {
		const itemId = Number(key);
		if (!ITEM_SECTIONS.has(itemId)) throw new RangeError(`Unknown fidelity item ${key}`);
		if (score != null && !isValidScore(score)) throw new RangeError(`Score for item ${key} must be an integer 1–5, got ${String(score)}`);
	}
	const total = sumOf(scores, ITEM_IDS);
	return {
		complete: total !== null,
		total,
		band: total === null ? null : bandOf(total),
		sections: {
			staffing: sumOf(scores, sectionItems('staffing')),
			organisation: sumOf(scores, sectionItems('organisation')),
			services: sumOf(scores, sectionItems('services'))
		}
	};
}

/**
 * The item mean as reviewers report it beside the total: total ÷ number of items (25), on the items'
 * 1–5 scale, to one decimal. Null for an incomplete review (no partial means either).
 */
export function itemMean(total: number | null): number | null {
	if (total === null) return null;
	return Math.round((total / ITEM_IDS.length) * 10) / 10;
}

/** Who reviewed, as reports group them (docs/fidelity.md#reviewer-type): the older codes fold into the new groups. */
export type ReviewerKind = 'self' | 'peer' | 'external';

export function reviewerKind(type: string): ReviewerKind {
	if (type === 'peer') return 'peer';
	if (type === 'external' || type === 'independent') return 'external';
	return 'self';
}

/** Cadence: 6 months after a total below 100, 12 months after 100 or more. */
export function nextReviewDue(reviewDate: string, total: number): string {
	return addMonths(reviewDate, total >= BAND_LINES.good ? 12 : 6);
}

/** Maps a figure to a score by the item's cut points (first band that holds it, else 1). */
export function scoreFromCuts(figure: number, cuts: CutPoint[]): number {
	for (const cut of cuts) {
		if ((cut.min === undefined || figure >= cut.min) && (cut.max === undefined || figure <= cut.max)) return cut.score;
	}
	return 1;
}

/** Checklist items: the number of ticked elements suggests the score. */
export function scoreFromChecklist(ticks: boolean[], checklistScores: number[]): number {
	const count = ticks.filter(Boolean).length;
	return checklistScores[Math.min(count, checklistScores.length - 1)];
}
