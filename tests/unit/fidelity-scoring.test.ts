import { describe, expect, it } from 'vitest';
import { scoreReview, nextReviewDue, scoreFromCuts, scoreFromChecklist, sectionOf } from '$lib/domain/fidelity';
import { IPS25_V1 } from '$lib/domain/fidelity-scale';

/** All 25 items at `base`, with `extra` points added one at a time from item 1 (each ≤ 5). */
function scoresTotalling(total: number): Record<number, number> {
	const scores: Record<number, number> = {};
	let left = total - 25;
	for (let i = 1; i <= 25; i++) {
		const add = Math.min(4, left);
		scores[i] = 1 + add;
		left -= add;
	}
	return scores;
}

describe('scoreReview bands', () => {
	it.each([
		[25, 'not-ips'],
		[73, 'not-ips'],
		[74, 'fair'],
		[99, 'fair'],
		[100, 'good'],
		[114, 'good'],
		[115, 'exemplary'],
		[125, 'exemplary']
	])('total %i is %s', (total, band) => {
		const result = scoreReview(scoresTotalling(total));
		expect(result.total).toBe(total);
		expect(result.complete).toBe(true);
		expect(result.band).toBe(band);
	});

	it('sums the sections by the scale file (staffing 1–3, organisation 4–11, services 12–25)', () => {
		const scores: Record<number, number> = {};
		for (let i = 1; i <= 25; i++) scores[i] = i <= 3 ? 5 : i <= 11 ? 2 : 3;
		expect(scoreReview(scores).sections).toEqual({ staffing: 15, organisation: 16, services: 42 });
		expect(scoreReview(scores).total).toBe(73);
	});

	it('keeps section membership consistent with the scale data', () => {
		for (const item of IPS25_V1.items) expect(sectionOf(item.id)).toBe(item.section);
		expect(IPS25_V1.items.map((i) => i.id)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
	});
});

describe('scoreReview incomplete', () => {
	it('an empty review is incomplete with null sums', () => {
		expect(scoreReview({})).toEqual({ complete: false, total: null, band: null, sections: { staffing: null, organisation: null, services: null } });
	});

	it('one missing item nulls the total and its own section only', () => {
		const scores: Record<number, number | null> = scoresTotalling(100);
		scores[5] = null;
		const result = scoreReview(scores);
		expect(result.complete).toBe(false);
		expect(result.total).toBeNull();
		expect(result.band).toBeNull();
		expect(result.sections.organisation).toBeNull();
		expect(result.sections.staffing).toBe(15);
		expect(result.sections.services).not.toBeNull();
	});

	it('undefined counts as missing', () => {
		const scores: Record<number, number | undefined> = scoresTotalling(80);
		scores[25] = undefined;
		expect(scoreReview(scores).total).toBeNull();
		expect(scoreReview(scores).sections.services).toBeNull();
	});
});

describe('scoreReview invalid input', () => {
	it.each([0, 26, -1, 1.5])('throws RangeError for item id %s', (id) => {
		expect(() => scoreReview({ [id]: 3 })).toThrow(RangeError);
	});
	it.each([0, 6, 2.5, Number.NaN, -3])('throws RangeError for score %s', (score) => {
		expect(() => scoreReview({ 1: score })).toThrow(RangeError);
	});
	it('throws for a non-number score', () => {
		expect(() => scoreReview({ 1: '3' as unknown as number })).toThrow(RangeError);
	});
});

describe('nextReviewDue', () => {
	it('is 6 months after a total below 100', () => {
		expect(nextReviewDue('2026-03-15', 99)).toBe('2026-09-15');
	});
	it('is 12 months after a total of 100 or more', () => {
		expect(nextReviewDue('2026-03-15', 100)).toBe('2027-03-15');
		expect(nextReviewDue('2026-08-31', 120)).toBe('2027-08-31');
	});
	it('falls back to the month end', () => {
		expect(nextReviewDue('2026-08-31', 70)).toBe('2027-02-28');
	});
});

describe('suggestions from cut points and checklists', () => {
	const caseload = IPS25_V1.items[0].figure!.cuts!;
	it.each([
		[20, 5],
		[20.5, 4],
		[25, 4],
		[30, 3],
		[40, 2],
		[41, 1]
	])('caseload %s per FTE suggests %i', (figure, score) => {
		expect(scoreFromCuts(figure, caseload)).toBe(score);
	});
	it('five-element checklist: 0–1 ticks = 1, each further tick one more', () => {
		const scores = IPS25_V1.items[4].checklistScores!;
		expect(scoreFromChecklist([false, false, false, false, false], scores)).toBe(1);
		expect(scoreFromChecklist([true, false, false, false, false], scores)).toBe(1);
		expect(scoreFromChecklist([true, true, false, false, false], scores)).toBe(2);
		expect(scoreFromChecklist([true, true, true, true, true], scores)).toBe(5);
	});
});
