import { describe, expect, it } from 'vitest';
import { businessIdCheckDigit, isValidBusinessId, normaliseBusinessId } from '$lib/domain/business-id';
import { consentCoversEmployer, visibleInPortal, portalFirstName, type ConsentForPortal, type Disclosure, type PlacementStatus } from '$lib/domain/disclosure';
import { recentWeeks, weeklyCounts, weeklyCountsByCoach, WEEKLY_FACE_TO_FACE_TARGET } from '$lib/domain/employer-contacts';
import { endingSatisfactory, nextStatuses } from '$lib/domain/placements';
import { DEMO_EMPLOYERS } from '$lib/server/demo/caseload';
import { KAHVILA_KULMA_BUSINESS_ID } from '$lib/server/demo/network';

describe('Y-tunnus', () => {
	it.each([
		['0737546-2', true],
		['1572860-0', true],
		['0112038-9', true],
		['1060155-5', true],
		['737546-2', true], // old six-digit form
		[' 0737546-2 ', true],
		['0737546-3', false],
		['07375462', false],
		['0737546', false],
		['abcdefg-1', false],
		['', false]
	])('%s valid = %s', (value, valid) => {
		expect(isValidBusinessId(value)).toBe(valid);
	});
	it('never issues remainder 1', () => {
		// 0000001 → 2 × 1 = 2; find a number with weighted sum ≡ 1 (mod 11): 1000000 → 7, 0100000 → 9, 0000100 → 8 … 0000011 → 6; 0001000 → 5, 0000110 → 12 ≡ 1.
		expect(businessIdCheckDigit('0000110')).toBeNull();
		expect(isValidBusinessId('0000110-0')).toBe(false);
		expect(isValidBusinessId('0000110-1')).toBe(false);
	});
	it('remainder 0 gives check digit 0', () => {
		// 0000011: 4 + 2 = 6; 0001011: 5 + 6 = 11 ≡ 0.
		expect(businessIdCheckDigit('0001011')).toBe(0);
		expect(isValidBusinessId('0001011-0')).toBe(true);
	});
	it('normalises the old form', () => {
		expect(normaliseBusinessId('737546-2')).toBe('0737546-2');
	});
	it('demo employers: all valid except the caseload seed typo the network seed corrects', () => {
		for (const e of DEMO_EMPLOYERS) expect(isValidBusinessId(e.businessId), e.businessId).toBe(e.businessId !== '2345678-8');
		expect(businessIdCheckDigit('2345678')).toBe(0);
		expect(isValidBusinessId(KAHVILA_KULMA_BUSINESS_ID)).toBe(true);
	});
});

describe('portal visibility (disclosure × consent)', () => {
	const today = '2026-03-15';
	const employerId = 7;
	const valid: ConsentForPortal = { employerId, form: 'y100', validFrom: '2026-01-01', validTo: '2027-01-01', withdrawnAt: null };
	type Case = [string, Disclosure, PlacementStatus, ConsentForPortal[], boolean, number?];
	const cases: Case[] = [
		['general + valid consent', 'general', 'started', [valid], true],
		['specific + valid consent', 'specific', 'started', [valid], true],
		['agreed (not yet started) is shown', 'general', 'agreed', [valid], true],
		['disclosure none hides', 'none', 'started', [valid], false],
		['no consent hides', 'general', 'started', [], false],
		['consent for another employer hides', 'general', 'started', [{ ...valid, employerId: 8 }], false],
		['consent without employer hides', 'specific', 'started', [{ ...valid, employerId: null }], false],
		['withdrawn yesterday hides', 'general', 'started', [{ ...valid, withdrawnAt: '2026-03-14' }], false],
		['withdrawn today hides at once', 'general', 'started', [{ ...valid, withdrawnAt: today }], false],
		['withdrawal dated tomorrow still shows', 'general', 'started', [{ ...valid, withdrawnAt: '2026-03-16' }], true],
		['expired yesterday hides', 'general', 'started', [{ ...valid, validTo: '2026-03-14' }], false],
		['valid to today shows', 'general', 'started', [{ ...valid, validTo: today }], true],
		['open-ended consent shows', 'general', 'started', [{ ...valid, validTo: null }], true],
		['not yet valid hides', 'general', 'started', [{ ...valid, validFrom: '2026-03-16' }], false],
		['valid from today shows', 'general', 'started', [{ ...valid, validFrom: today }], true],
		['oral consent never opens the portal', 'general', 'started', [{ ...valid, form: 'oral' }], false],
		['one valid among invalid shows', 'general', 'started', [{ ...valid, withdrawnAt: '2026-01-02' }, { ...valid, form: 'own' }], true],
		['ended placement hides', 'general', 'ended', [valid], false],
		['did not start hides', 'specific', 'did-not-start', [valid], false],
		["another employer's placement hides", 'general', 'started', [valid], false, 8]
	];
	it.each(cases)('%s', (_name, disclosure, status, consents, expected, placementEmployer = employerId) => {
		expect(visibleInPortal({ employerId: placementEmployer, disclosure, status }, consents, employerId, today)).toBe(expected);
	});
	it('consent rule on its own', () => {
		expect(consentCoversEmployer(valid, employerId, today)).toBe(true);
		expect(consentCoversEmployer(valid, 99, today)).toBe(false);
	});
	it('only the first name', () => {
		expect(portalFirstName('  Anna Maria ')).toBe('Anna');
	});
});

describe('weekly employer contact counts', () => {
	it('weeks end with the current ISO week', () => {
		expect(recentWeeks('2026-03-15', 3)).toEqual(['2026-02-23', '2026-03-02', '2026-03-09']);
		expect(recentWeeks('2026-03-16', 1)).toEqual(['2026-03-16']);
	});
	it('counts face-to-face separately and checks the target of 6', () => {
		const weeks = ['2026-03-02', '2026-03-09'];
		const f2f = (date: string) => ({ date, mode: 'face-to-face' as const });
		const contacts = [
			...['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-15'].map(f2f),
			{ date: '2026-03-10', mode: 'phone' as const },
			f2f('2026-03-08'), // Sunday: previous week
			{ date: '2026-03-04', mode: 'email' as const },
			f2f('2026-03-16'), // next week: outside
			f2f('2026-02-28') // before
		];
		const counts = weeklyCounts(contacts, weeks);
		expect(counts).toEqual([
			{ weekStart: '2026-03-02', faceToFace: 1, total: 2, meetsTarget: false },
			{ weekStart: '2026-03-09', faceToFace: 6, total: 7, meetsTarget: true }
		]);
		expect(WEEKLY_FACE_TO_FACE_TARGET).toBe(6);
	});
	it('five face-to-face is below target; empty weeks are zero', () => {
		const counts = weeklyCounts(
			Array.from({ length: 5 }, () => ({ date: '2026-01-01', mode: 'face-to-face' as const })),
			['2025-12-29', '2026-01-05']
		);
		expect(counts.map((c) => [c.faceToFace, c.meetsTarget])).toEqual([
			[5, false],
			[0, false]
		]);
	});
	it('per coach, other coaches not mixed in', () => {
		const byCoach = weeklyCountsByCoach(
			[
				{ coachId: 1, date: '2026-03-10', mode: 'face-to-face' },
				{ coachId: 2, date: '2026-03-10', mode: 'video' },
				{ coachId: null, date: '2026-03-10', mode: 'face-to-face' }
			],
			[1, 2, 3],
			['2026-03-09']
		);
		expect(byCoach.get(1)![0].faceToFace).toBe(1);
		expect(byCoach.get(2)![0]).toMatchObject({ faceToFace: 0, total: 1 });
		expect(byCoach.get(3)![0].total).toBe(0);
	});
});

describe('placement rules', () => {
	it.each([
		['better-job', true],
		['fixed-term-ended', true],
		['quit-no-plan', false],
		['dismissed', false],
		['laid-off', false],
		['other', false]
	] as const)('ending %s satisfactory = %s', (reason, expected) => {
		expect(endingSatisfactory(reason)).toBe(expected);
	});
	it('status moves', () => {
		expect(endingSatisfactory(null)).toBeNull();
		expect(nextStatuses('agreed')).toEqual(['started', 'did-not-start']);
		expect(nextStatuses('started')).toEqual(['ended']);
		expect(nextStatuses('ended')).toEqual([]);
	});
});
