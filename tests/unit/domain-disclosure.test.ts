import { describe, expect, it } from 'vitest';
import { clientsBlockingShare, clientConsentsToEmployer, consentCoversEmployer, consentForDisclosure, portalFirstName, visibleInPortal, type ConsentForPortal } from '$lib/domain/disclosure';

// Equivalent mutants left in disclosure.ts: the `validTo !== null` and `withdrawnAt !== null` guards (a null date
// compares false) and the `?? []` of a client without consents (a stand-in list covers no employer either).
const TODAY = '2026-06-15';
const EMPLOYER = 7;
const written = (over: Partial<ConsentForPortal> = {}): ConsentForPortal => ({ employerId: EMPLOYER, form: 'y100', validFrom: '2026-01-01', validTo: null, withdrawnAt: null, ...over });

describe('a written consent covering the employer', () => {
	it('holds through its last day and until the day it is withdrawn', () => {
		expect(consentCoversEmployer(written({ validTo: TODAY }), EMPLOYER, TODAY)).toBe(true);
		expect(consentCoversEmployer(written({ validTo: '2026-06-14' }), EMPLOYER, TODAY)).toBe(false);
		expect(consentCoversEmployer(written({ withdrawnAt: '2026-06-16' }), EMPLOYER, TODAY)).toBe(true);
		expect(consentCoversEmployer(written({ withdrawnAt: TODAY }), EMPLOYER, TODAY)).toBe(false);
		expect(consentCoversEmployer(written({ validFrom: TODAY }), EMPLOYER, TODAY)).toBe(true);
		expect(consentCoversEmployer(written({ validFrom: '2026-06-16' }), EMPLOYER, TODAY)).toBe(false);
	});
	it('the own form counts like Y100; an oral consent or another employer never does', () => {
		expect(consentCoversEmployer(written({ form: 'own' }), EMPLOYER, TODAY)).toBe(true);
		expect(consentCoversEmployer(written({ form: 'oral' }), EMPLOYER, TODAY)).toBe(false);
		expect(consentCoversEmployer(written({ employerId: 8 }), EMPLOYER, TODAY)).toBe(false);
		expect(consentCoversEmployer(written({ employerId: null }), EMPLOYER, TODAY)).toBe(false);
	});
	it('one covering consent among others is enough', () => {
		expect(clientConsentsToEmployer([written({ form: 'oral' }), written({ employerId: 8 }), written()], EMPLOYER, TODAY)).toBe(true);
		expect(clientConsentsToEmployer([written({ form: 'oral' })], EMPLOYER, TODAY)).toBe(false);
		expect(clientConsentsToEmployer([], EMPLOYER, TODAY)).toBe(false);
	});
});

describe('the employer portal', () => {
	const placement = { employerId: EMPLOYER, disclosure: 'general' as const, status: 'started' as const };
	it('shows an agreed or started placement the client disclosed, with consent', () => {
		expect(visibleInPortal(placement, [written()], EMPLOYER, TODAY)).toBe(true);
		expect(visibleInPortal({ ...placement, status: 'agreed', disclosure: 'specific' }, [written()], EMPLOYER, TODAY)).toBe(true);
		expect(visibleInPortal({ ...placement, status: 'ended' }, [written()], EMPLOYER, TODAY)).toBe(false);
		expect(visibleInPortal({ ...placement, disclosure: 'none' }, [written()], EMPLOYER, TODAY)).toBe(false);
		expect(visibleInPortal(placement, [], EMPLOYER, TODAY)).toBe(false);
		expect(visibleInPortal(placement, [written()], 8, TODAY)).toBe(false);
	});

	it('a shared contact is blocked by each named client without consent, once', () => {
		const consents = new Map<number, ConsentForPortal[]>([
			[1, [written()]],
			[2, [written({ form: 'oral' })]]
		]);
		expect(clientsBlockingShare([1, 2, 3, 2], consents, EMPLOYER, TODAY)).toEqual([2, 3]);
		expect(clientsBlockingShare([1], consents, EMPLOYER, TODAY)).toEqual([]);
		expect(clientsBlockingShare([], consents, EMPLOYER, TODAY)).toEqual([]);
	});

	// Equivalent mutant: splitting on /\s/ instead of /\s+/ gives the same first name after trim().
	it('shows only the first of the first names', () => {
		expect(portalFirstName('  Anna   Maria ')).toBe('Anna');
		expect(portalFirstName('Anna\tMaria')).toBe('Anna');
		expect(portalFirstName('Eino')).toBe('Eino');
	});
});

describe('the consent a disclosure rests on', () => {
	it('is the covering consent that runs longest: open-ended first, then the latest end date', () => {
		const ending = written({ id: 1, validTo: '2026-12-31' });
		const later = written({ id: 2, validTo: '2027-03-31' });
		const open = written({ id: 3, validTo: null });
		expect(consentForDisclosure([ending, later], EMPLOYER, TODAY)?.id).toBe(2);
		expect(consentForDisclosure([later, ending], EMPLOYER, TODAY)?.id).toBe(2);
		expect(consentForDisclosure([ending, open, later], EMPLOYER, TODAY)?.id).toBe(3);
		expect(consentForDisclosure([open, ending], EMPLOYER, TODAY)?.id).toBe(3);
		expect(consentForDisclosure([ending, written({ id: 4, validTo: '2026-12-31' })], EMPLOYER, TODAY)?.id).toBe(1);
	});
	it('never an oral, withdrawn, expired or other employer’s consent; none covering → undefined', () => {
		const covering = written({ id: 9, validTo: '2026-07-01' });
		const notCovering = [written({ id: 5, form: 'oral' }), written({ id: 6, withdrawnAt: TODAY }), written({ id: 7, validTo: '2026-06-14' }), written({ id: 8, employerId: 99 })];
		expect(consentForDisclosure(notCovering, EMPLOYER, TODAY)).toBeUndefined();
		expect(consentForDisclosure([...notCovering, covering], EMPLOYER, TODAY)?.id).toBe(9);
		expect(consentForDisclosure([], EMPLOYER, TODAY)).toBeUndefined();
	});
});
