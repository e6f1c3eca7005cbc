import { describe, expect, it } from 'vitest';
import { businessIdCheckDigit, isValidBusinessId, normaliseBusinessId } from '$lib/domain/business-id';

// Equivalent mutants left in business-id.ts: /\s/g for /\s+/g (every space is removed either way) and
// `expected !== null` (null never equals a digit).
// Y-tunnus 0737546-2: digits 0737546, check digit 2.
describe('business ID check digit', () => {
	it('is computed only for exactly seven digits', () => {
		expect(businessIdCheckDigit('0737546')).toBe(2);
		expect(businessIdCheckDigit('737546')).toBeNull(); // six digits: normalise first
		expect(businessIdCheckDigit('07375460')).toBeNull(); // eight digits
		expect(businessIdCheckDigit('x0737546')).toBeNull();
		expect(businessIdCheckDigit('073754x')).toBeNull();
		expect(businessIdCheckDigit('')).toBeNull();
	});

	it('is 0 when the weighted sum divides by 11, and none exists when the remainder is 1', () => {
		// 1000000: 7 → remainder 7 → 4; 0000000: sum 0 → 0.
		expect(businessIdCheckDigit('1000000')).toBe(4);
		expect(businessIdCheckDigit('0000000')).toBe(0);
		// 0000030: 3 × 4 = 12, remainder 1: never issued.
		expect(businessIdCheckDigit('0000030')).toBeNull();
		expect(isValidBusinessId('0000030-0')).toBe(false);
		expect(isValidBusinessId('0000030-1')).toBe(false);
	});
});

describe('business ID validity', () => {
	it('refuses extra characters before or after the code', () => {
		expect(isValidBusinessId('0737546-2')).toBe(true);
		expect(isValidBusinessId('10737546-2')).toBe(false);
		expect(isValidBusinessId('FI0737546-2')).toBe(false);
		expect(isValidBusinessId('0737546-22')).toBe(false);
		expect(isValidBusinessId('0737546-2a')).toBe(false);
	});

	it('accepts typographic dashes and inner spaces, and the old six-digit form only with its dash', () => {
		expect(normaliseBusinessId('0737546–2')).toBe('0737546-2');
		expect(normaliseBusinessId('073 7546 - 2')).toBe('0737546-2');
		expect(normaliseBusinessId('737546-2')).toBe('0737546-2');
		expect(normaliseBusinessId('x737546-2')).toBe('x737546-2');
		expect(normaliseBusinessId('737546-2x')).toBe('737546-2x');
		expect(normaliseBusinessId('7375462')).toBe('7375462');
	});
});
