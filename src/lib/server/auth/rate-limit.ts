/**
 * Throttling, in the Lucia example's spirit: small explicit classes used at the call site.
 * Sign-in per IP: a token bucket (burst of attempts, refilled slowly). Per account: a lockout counter
 * kept in the users table (failedSignIns, lockedUntil) so it survives restarts. Reads of client
 * data per user: a token bucket too (clientReadBucket below). Buckets live in the server process.
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
		// Keep the part of an interval already waited (steady use at the refill rate is never refused),
		// unless the bucket overflowed: a full bucket saves nothing up.
		if (refill > 0) bucket.refilledAt = bucket.tokens + refill > this.max ? now : bucket.refilledAt + refill * this.refillIntervalMs;
		bucket.tokens = Math.min(this.max, bucket.tokens + refill);
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

/** A positive whole number from the environment, or the default (unset, empty or invalid). */
export function envCount(value: string | undefined, fallback: number): number {
	const n = Number(value);
	return value && Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * The per-user budget for reads of one client's data (record pages, the personal-data export, the
 * access report): a burst of CLIENT_READ_BURST reads (120), refilled at CLIENT_READ_PER_MINUTE (120,
 * one every 0.5 s). A person reads a few records a minute, and hover-preloading a caseload list
 * reads a few dozen at once; a script reading 80 a second is refused after the burst.
 */
export function clientReadBudget(env: Record<string, string | undefined> = process.env): { burst: number; perMinute: number } {
	return { burst: envCount(env.CLIENT_READ_BURST, 120), perMinute: envCount(env.CLIENT_READ_PER_MINUTE, 120) };
}

export function clientReadBucketFor(budget: { burst: number; perMinute: number }): TokenBucket<number> {
	return new TokenBucket<number>(budget.burst, 60_000 / budget.perMinute);
}

/** Keyed by user id. */
export const clientReadBucket = clientReadBucketFor(clientReadBudget());
