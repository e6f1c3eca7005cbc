// Through the public functions only: fidelity-scale.ts is being split into data and logic, the file names may change.
import { describe, expect, it } from 'vitest';
import { isValidScore, scoreFromChecklist, scoreReview } from '$lib/domain/fidelity';

// Equivalent mutant left in fidelity.ts: `typeof score === 'number'` in isValidScore (Number.isInteger is false
// for anything that is not a number).
describe('fidelity review input', () => {
	it('names the unknown item or the bad score it refuses', () => {
		expect(() => scoreReview({ 26: 3 })).toThrow('Unknown fidelity item 26');
		expect(() => scoreReview({ 4: 6 })).toThrow('Score for item 4 must be an integer 1–5, got 6');
		expect(() => scoreReview({ 4: 2.5 })).toThrow(RangeError);
	});

	it('accepts whole scores 1–5 only', () => {
		expect([0, 1, 5, 6, 2.5, '3', null].map(isValidScore)).toEqual([false, true, true, false, false, false, false]);
	});
});

describe('checklist items', () => {
	it('more ticks than the scale has steps give the top score', () => {
		expect(scoreFromChecklist([true, true, true, true, true], [1, 3, 5])).toBe(5);
		expect(scoreFromChecklist([true, false, false], [1, 3, 5])).toBe(3);
		expect(scoreFromChecklist([], [1, 3, 5])).toBe(1);
	});
});

describe('item mean and reviewer kind', () => {
	it('item mean = total ÷ 25 to one decimal; null when incomplete', async () => {
		const { itemMean, reviewerKind } = await import('$lib/domain/fidelity');
		expect(itemMean(25)).toBe(1);
		expect(itemMean(125)).toBe(5);
		expect(itemMean(100)).toBe(4);
		expect(itemMean(99)).toBe(4); // 3.96
		expect(itemMean(101)).toBe(4); // 4.04
		expect(itemMean(103)).toBe(4.1); // 4.12
		expect(itemMean(74)).toBe(3); // 2.96
		expect(itemMean(86)).toBe(3.4); // 3.44
		expect(itemMean(87)).toBe(3.5); // 3.48
		expect(itemMean(null)).toBeNull();
		expect(reviewerKind('self-assessment')).toBe('self');
		expect(reviewerKind('guided')).toBe('self');
		expect(reviewerKind('peer')).toBe('peer');
		expect(reviewerKind('external')).toBe('external');
		expect(reviewerKind('independent')).toBe('external');
	});
});
