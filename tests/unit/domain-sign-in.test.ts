import { describe, expect, it } from 'vitest';
import { acceptedStep, browserLabel, formatRecoveryCode, looksLikeTotp, normaliseCode, requiresTwoFactor, totpStep } from '$lib/domain/sign-in';

const codeFor = (step: number) => String(100000 + step);

describe('who must have a second factor', () => {
	it('admins, leads and employer users; coaches only when everyone must', () => {
		expect(requiresTwoFactor({ isAdmin: true, employerId: null, roles: [] }, 'roles')).toBe(true);
		expect(requiresTwoFactor({ isAdmin: false, employerId: null, roles: ['coach', 'lead'] }, 'roles')).toBe(true);
		expect(requiresTwoFactor({ isAdmin: false, employerId: 4, roles: [] }, 'roles')).toBe(true);
		expect(requiresTwoFactor({ isAdmin: false, employerId: null, roles: ['coach'] }, 'roles')).toBe(false);
		expect(requiresTwoFactor({ isAdmin: false, employerId: null, roles: [] }, 'roles')).toBe(false);
		expect(requiresTwoFactor({ isAdmin: false, employerId: null, roles: ['coach'] }, 'everyone')).toBe(true);
	});
});

describe('TOTP steps', () => {
	it('30-second steps from the epoch', () => {
		expect(totpStep(0)).toBe(0);
		expect(totpStep(29_999)).toBe(0);
		expect(totpStep(30_000)).toBe(1);
		expect(totpStep(1_700_000_000_000)).toBe(56_666_666);
	});

	it('accepts the current step and one either side, nothing further', () => {
		expect(acceptedStep(codeFor(10), 10, null, codeFor)).toEqual({ ok: true, step: 10 });
		expect(acceptedStep(codeFor(9), 10, null, codeFor)).toEqual({ ok: true, step: 9 });
		expect(acceptedStep(codeFor(11), 10, null, codeFor)).toEqual({ ok: true, step: 11 });
		expect(acceptedStep(codeFor(8), 10, null, codeFor)).toEqual({ ok: false, reason: 'invalid' });
		expect(acceptedStep(codeFor(12), 10, null, codeFor)).toEqual({ ok: false, reason: 'invalid' });
	});

	it('refuses a step already used or older, accepts a later one', () => {
		expect(acceptedStep(codeFor(10), 10, 10, codeFor)).toEqual({ ok: false, reason: 'replayed' });
		expect(acceptedStep(codeFor(9), 10, 10, codeFor)).toEqual({ ok: false, reason: 'replayed' });
		expect(acceptedStep(codeFor(11), 10, 10, codeFor)).toEqual({ ok: true, step: 11 });
		expect(acceptedStep(codeFor(10), 10, 9, codeFor)).toEqual({ ok: true, step: 10 });
	});
});

describe('codes as typed', () => {
	it('drops spaces and dashes, lower-cases', () => {
		expect(normaliseCode(' 123 456 ')).toBe('123456');
		expect(normaliseCode('ABCDE-FGHIJ')).toBe('abcdefghij');
	});
	it('six digits is a TOTP code', () => {
		expect(looksLikeTotp('123456')).toBe(true);
		expect(looksLikeTotp('12345')).toBe(false);
		expect(looksLikeTotp('1234567')).toBe(false);
		expect(looksLikeTotp('abcdef')).toBe(false);
	});
	it('recovery codes in two groups of five', () => {
		expect(formatRecoveryCode('abcdefghij')).toBe('abcde-fghij');
	});
});

describe('browser named on a session', () => {
	it('names common browsers and systems', () => {
		expect(browserLabel('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe('Firefox 128 (Windows)');
		expect(browserLabel('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36')).toBe('Chrome 131 (Linux)');
		expect(browserLabel('Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0')).toBe('Edge 131 (Windows)');
		expect(browserLabel('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1')).toBe('Safari 17 (iOS)');
		expect(browserLabel('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36 OPR/80.0')).toBe('Opera 80 (Android)');
		expect(browserLabel('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15')).toBe('Safari 17 (macOS)');
		expect(browserLabel('Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36')).toBe('Chrome 131 (ChromeOS)');
	});
	it('unknown agents shortened, none empty', () => {
		expect(browserLabel('curl/8.5.0')).toBe('curl/8.5.0');
		expect(browserLabel('x'.repeat(60))).toBe('x'.repeat(40));
		expect(browserLabel(null)).toBe('');
		expect(browserLabel('')).toBe('');
	});
});
