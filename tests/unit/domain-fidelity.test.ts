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
