/**
 * Sign-in throttling, in the Lucia example's spirit: small explicit classes used at the call site.
 * Per IP: a token bucket (burst of attempts, refilled slowly). Per account: a lockout counter kept
 * in the users table (failedSignIns, lockedUntil) so it survives restarts.
 */
export class TokenBucket<K> {
	private buckets = new Map<K, { tokens: number; refilledAt: number }>();
	constructor(
		public readonly max: number,
		public readonly refillIntervalMs: number
	) {}

	consume(key: K, cost = 1, now = Date.now()): boolean {
		const bucket = this.buckets.get(key) ?? { tokens: this.max, refilledAt: now };
		const refill = Math.floor((now - bucket.refilledAt) / this.refillIntervalMs);
		bucket.tokens = Math.min(this.max, bucket.tokens + refill);
		if (refill > 0) bucket.refilledAt = now;
		if (bucket.tokens < cost) {
			this.buckets.set(key, bucket);
			return false;
		}
		bucket.tokens -= cost;
		this.buckets.set(key, bucket);
		if (this.buckets.size > 10_000) this.prune(now);
		return true;
	}

	private prune(now: number): void {
		for (const [key, bucket] of this.buckets) {
			if (now - bucket.refilledAt > this.refillIntervalMs * this.max) this.buckets.delete(key);
		}
	}
}

/** Account lockout policy: after this many consecutive failures the account is locked for a while. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 15;

export function lockoutUntil(failedSignIns: number, now = Date.now()): Date | null {
	return failedSignIns >= LOCKOUT_THRESHOLD ? new Date(now + LOCKOUT_MINUTES * 60_000) : null;
}

/** 20 attempts per IP, one more every 30 s: generous for an office NAT, slow for a guesser. */
export const signInIpBucket = new TokenBucket<string>(
	Number(process.env.SIGNIN_IP_BURST || 20),
	30_000
);
