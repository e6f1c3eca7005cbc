import { describe, expect, it } from 'vitest';
import { TokenBucket, lockoutUntil, LOCKOUT_THRESHOLD } from '$lib/server/auth/rate-limit';

describe('TokenBucket', () => {
	it('allows a burst, then refuses until refilled', () => {
		const bucket = new TokenBucket<string>(3, 1000);
		const t = 1_000_000;
		expect([1, 2, 3].map(() => bucket.consume('ip', 1, t))).toEqual([true, true, true]);
		expect(bucket.consume('ip', 1, t)).toBe(false);
		expect(bucket.consume('other-ip', 1, t)).toBe(true);
		expect(bucket.consume('ip', 1, t + 999)).toBe(false);
		expect(bucket.consume('ip', 1, t + 1000)).toBe(true);
		expect(bucket.consume('ip', 1, t + 1000)).toBe(false);
	});
});

describe('lockoutUntil', () => {
	it('locks only at the threshold', () => {
		expect(lockoutUntil(LOCKOUT_THRESHOLD - 1, 0)).toBeNull();
		expect(lockoutUntil(LOCKOUT_THRESHOLD, 0)?.getTime()).toBe(15 * 60_000);
	});
});
