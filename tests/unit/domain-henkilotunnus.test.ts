import { describe, expect, it } from 'vitest';
import { checkHenkilotunnus, isValidHenkilotunnus, maskHenkilotunnus, normaliseHenkilotunnus } from '$lib/domain/henkilotunnus';

/** A code with the right check character (the published mod-31 rule), so only the part under test is wrong. */
function code(ddmmyy: string, sign: string, individual: string): string {
	return `${ddmmyy}${sign}${individual}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(ddmmyy + individual) % 31]}`;
}

describe('henkilötunnus birth date', () => {
	it('refuses a day or month that does not exist even when the check character fits', () => {
		expect(isValidHenkilotunnus(code('310452', '-', '308'))).toBe(false); // 31 April
		expect(isValidHenkilotunnus(code('300252', '-', '308'))).toBe(false); // 30 February
		expect(isValidHenkilotunnus(code('290201', 'A', '123'))).toBe(false); // 2001 is not a leap year
		expect(isValidHenkilotunnus(code('001052', '-', '308'))).toBe(false); // day 0
		expect(isValidHenkilotunnus(code('130052', '-', '308'))).toBe(false); // month 0
		expect(isValidHenkilotunnus(code('131352', '-', '308'))).toBe(false); // month 13
		expect(isValidHenkilotunnus(code('300452', '-', '308'))).toBe(true); // 30 April exists
		expect(isValidHenkilotunnus(code('311252', '-', '308'))).toBe(true);
	});

	it('reads the century from the sign', () => {
		expect(checkHenkilotunnus(code('010199', '+', '123'))).toMatchObject({ valid: true, birthDate: '1899-01-01' });
		expect(checkHenkilotunnus(code('010199', '-', '123'))).toMatchObject({ valid: true, birthDate: '1999-01-01' });
		expect(checkHenkilotunnus(code('010199', 'U', '123'))).toMatchObject({ valid: true, birthDate: '1999-01-01' });
		expect(checkHenkilotunnus(code('010105', 'B', '123'))).toMatchObject({ valid: true, birthDate: '2005-01-01' });
		expect(checkHenkilotunnus(code('010105', 'F', '123'))).toMatchObject({ valid: true, birthDate: '2005-01-01' });
		// 29.2.1900 did not exist (1900 is no leap year), 29.2.2000 did.
		expect(isValidHenkilotunnus(code('290200', '-', '123'))).toBe(false);
		expect(isValidHenkilotunnus(code('290200', 'A', '123'))).toBe(true);
	});

	it('refuses signs outside the list and letters in the date or number', () => {
		expect(isValidHenkilotunnus(code('010105', 'G', '123'))).toBe(false);
		expect(isValidHenkilotunnus(code('010105', 'T', '123'))).toBe(false);
		expect(isValidHenkilotunnus(code('010105', 'Z', '123'))).toBe(false);
		expect(isValidHenkilotunnus('0101O5A123N')).toBe(false);
		expect(isValidHenkilotunnus('x' + code('010105', 'A', '123'))).toBe(false);
		expect(isValidHenkilotunnus(code('010105', 'A', '123') + 'x')).toBe(false);
	});
});

describe('henkilötunnus individual number and check character', () => {
	it('refuses 000 and 001 (never issued) but accepts 002', () => {
		expect(isValidHenkilotunnus(code('010105', 'A', '000'))).toBe(false);
		expect(isValidHenkilotunnus(code('010105', 'A', '001'))).toBe(false);
		expect(isValidHenkilotunnus(code('010105', 'A', '002'))).toBe(true);
	});

	it('refuses any other check character', () => {
		const valid = code('131052', '-', '308');
		expect(valid).toBe('131052-308T');
		for (const wrong of ['S', 'U', '0', 'Y']) expect(isValidHenkilotunnus(`131052-308${wrong}`)).toBe(false);
	});

	it('returns nothing but "invalid" for a refused code', () => {
		expect(checkHenkilotunnus(code('310452', '-', '308'))).toEqual({ valid: false });
		expect(checkHenkilotunnus('131052-308U')).toEqual({ valid: false });
		expect(checkHenkilotunnus('nonsense')).toEqual({ valid: false });
	});
});

describe('henkilötunnus on screen', () => {
	it('normalises case and outer spaces', () => {
		expect(normaliseHenkilotunnus('  131052a308t ')).toBe('131052A308T');
	});

	it('shows only the birth-date part, and nothing of a code of the wrong length', () => {
		expect(maskHenkilotunnus(' 131052a308t ')).toBe('131052A****');
		expect(maskHenkilotunnus('131052-308')).toBe('****');
		expect(maskHenkilotunnus('')).toBeNull();
		expect(maskHenkilotunnus(undefined)).toBeNull();
	});
});
