/**
 * Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check digit is
 * 11 − (Σ digit × weight mod 11) with weights 7, 9, 10, 5, 8, 4, 2; remainder 0 gives 0 and
 * remainder 1 is never issued (PRH / Verohallinto rule).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** Normalises spacing and accepts the old six-digit form (a leading zero is implied). */
export function normaliseBusinessId(value: string): string {
	const v = value.replace(/\s+/g, '').replace(/[‐‑–—]/g, '-');
	return /^\d{6}-\d$/.test(v) ? `0${v}` : v;
}

export function businessIdCheckDigit(sevenDigits: string): number | null {
	if (!/^\d{7}$/.test(sevenDigits)) return null;
	const sum = [...sevenDigits].reduce((acc, ch, i) => acc + Number(ch) * WEIGHTS[i], 0);
	const remainder = sum % 11;
	if (remainder === 0) return 0;
	if (remainder === 1) return null;
	return 11 - remainder;
}

export function isValidBusinessId(value: string): boolean {
	const m = /^(\d{7})-(\d)$/.exec(normaliseBusinessId(value));
	if (!m) return false;
	const expected = businessIdCheckDigit(m[1]);
	return expected !== null && expected === Number(m[2]);
}
