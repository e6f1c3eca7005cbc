/**
 * Finnish personal identity code (henkilötunnus): DDMMYY + century sign + individual number
 * (3 digits) + check character. The check character is (DDMMYY·NNN as a number) mod 31 mapped to
 * 0–9 and letters without G, I, O, Q, Z. Century signs: + (1800s); - Y X W V U (1900s);
 * A B C D E F (2000s) — the extra signs exist since 2023.
 */

const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Record<string, number> = { '+': 1800, '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };
const FORMAT = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/;

export type HenkilotunnusCheck = { valid: true; birthDate: string; normalised: string } | { valid: false };

export function normaliseHenkilotunnus(value: string): string {
	return value.trim().toUpperCase();
}

export function checkHenkilotunnus(value: string): HenkilotunnusCheck {
	const code = normaliseHenkilotunnus(value);
	const m = FORMAT.exec(code);
	if (!m) return { valid: false };
	const [, dd, mm, yy, sign, individual, check] = m;
	// FORMAT admits only the signs CENTURY lists.
	const year = CENTURY[sign] + Number(yy);
	// An impossible day or month rolls over into another date.
	if (new Date(Date.UTC(year, Number(mm) - 1, Number(dd))).toISOString().slice(0, 10) !== `${year}-${mm}-${dd}`) return { valid: false };
	// 000 and 001 are never issued.
	if (Number(individual) < 2) return { valid: false };
	if (CHECK_CHARS[Number(`${dd}${mm}${yy}${individual}`) % 31] !== check) return { valid: false };
	return { valid: true, birthDate: `${year}-${mm}-${dd}`, normalised: code };
}

export function isValidHenkilotunnus(value: string): boolean {
	return checkHenkilotunnus(value).valid;
}

/** Shown on screen: the birth-date part only, the individual part hidden (131052-****). */
export function maskHenkilotunnus(value: string | null | undefined): string | null {
	if (!value) return null;
	const code = normaliseHenkilotunnus(value);
	return code.length === 11 ? `${code.slice(0, 7)}****` : '****';
}
