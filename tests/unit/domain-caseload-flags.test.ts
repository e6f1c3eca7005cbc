import { describe, expect, it } from 'vitest';
import {
	CASELOAD_FLAGS,
	caseloadFlags,
	caseloadLimit,
	consentState,
	isStalled,
	isUrgentFlag,
	type CaseloadFlag,
	type ConsentFacts,
	type FlagInput
} from '$lib/domain/caseload-flags';

// Equivalent mutants left in caseload-flags.ts: `c.validTo !== null` and `if (input.followAlongDue)` (a null date
// compares false). Not equivalent but left: "expired" for a consent ending today whose withdrawal is dated in the
// future (`validTo < today` vs `<=`): reachable only with a withdrawal dated after today.
const TODAY = '2026-06-15';
const quiet: FlagInput = {
	today: TODAY,
	closed: false,
	referralDate: '2026-04-01',
	entryDate: '2026-04-10',
	lastContactDate: '2026-06-10',
	nextStepDue: null,
	consents: [{ validFrom: '2026-04-10', validTo: null, withdrawnAt: null }],
	firstEmployerContactDate: '2026-05-01',
	followAlongDue: null
};
const consent = (over: Partial<ConsentFacts>): ConsentFacts => ({ validFrom: '2026-01-01', validTo: null, withdrawnAt: null, ...over });

describe('urgent (red) flags', () => {
	it('are the overdue steps and the consents that no longer hold; the rest are reminders', () => {
		const urgent = CASELOAD_FLAGS.filter(isUrgentFlag);
		expect(urgent).toEqual(['next-step-overdue', 'consent-expired', 'consent-withdrawn', 'follow-along-overdue']);
		const reminders: CaseloadFlag[] = ['no-contact', 'consent-missing', 'consent-expiring', 'follow-along-due', 'no-employer-contact'];
		for (const flag of reminders) expect(isUrgentFlag(flag)).toBe(false);
	});
});

describe('consent state', () => {
	it('counts a consent from its first day, not before', () => {
		expect(consentState([consent({ validFrom: TODAY })], TODAY)).toBe('valid');
		expect(consentState([consent({ validFrom: '2026-06-16' })], TODAY)).toBe('missing');
	});

	it('treats a withdrawal as taking effect on its date, and a later one as not yet', () => {
		expect(consentState([consent({ withdrawnAt: TODAY })], TODAY)).toBe('withdrawn');
		// An ended consent whose withdrawal is dated later than today: it ended, it was not withdrawn (yet).
		expect(consentState([consent({ validTo: '2026-06-01', withdrawnAt: '2026-06-20' })], TODAY)).toBe('expired');
	});

	it('lets an open-ended consent win over an expiring one', () => {
		expect(consentState([consent({ validTo: '2026-06-20' }), consent({})], TODAY)).toBe('valid');
		expect(consentState([consent({}), consent({ validTo: '2026-06-20' })], TODAY)).toBe('valid');
	});

	it('judges expiry by the consent that lasts longest', () => {
		expect(consentState([consent({ validTo: '2026-06-20' }), consent({ validTo: '2026-12-31' }), consent({ validTo: '2026-06-30' })], TODAY)).toBe('valid');
		expect(consentState([consent({ validTo: '2026-06-20' }), consent({ validTo: '2026-07-15' })], TODAY)).toBe('expiring');
	});

	it('says "withdrawn" before "expired" when both apply, and "expired" only for a past end', () => {
		expect(consentState([consent({ validTo: '2026-03-01' }), consent({ withdrawnAt: '2026-05-01' })], TODAY)).toBe('withdrawn');
		expect(consentState([consent({ validTo: '2026-03-01' })], TODAY)).toBe('expired');
		expect(consentState([consent({ validFrom: '2026-07-01', validTo: '2026-12-31' })], TODAY)).toBe('missing');
	});
});

describe('caseload flags', () => {
	it('a quiet, consenting client with an employer contact has none', () => {
		expect(caseloadFlags(quiet)).toEqual([]);
	});

	it('counts "no contact" from entry when there has been no contact, from referral before entry', () => {
		expect(caseloadFlags({ ...quiet, lastContactDate: null, entryDate: '2026-06-01', firstEmployerContactDate: null })).toEqual([]);
		expect(caseloadFlags({ ...quiet, lastContactDate: null, entryDate: '2026-05-31', firstEmployerContactDate: null })).toEqual(['no-contact']);
		expect(caseloadFlags({ ...quiet, lastContactDate: null, entryDate: null, referralDate: '2026-06-01' })).toEqual([]);
		expect(caseloadFlags({ ...quiet, lastContactDate: null, entryDate: null, referralDate: '2026-05-31' })).toEqual(['no-contact']);
	});

	it('a next step due today is not yet overdue', () => {
		expect(caseloadFlags({ ...quiet, nextStepDue: TODAY })).toEqual([]);
		expect(caseloadFlags({ ...quiet, nextStepDue: '2026-06-14' })).toEqual(['next-step-overdue']);
	});

	it('names the consent problem', () => {
		expect(caseloadFlags({ ...quiet, consents: [consent({ validTo: '2026-06-01' })] })).toEqual(['consent-expired']);
		expect(caseloadFlags({ ...quiet, consents: [consent({ withdrawnAt: '2026-06-01' })] })).toEqual(['consent-withdrawn']);
	});

	it('a follow-along contact due within a week is "due", later is nothing, past is "overdue"', () => {
		expect(caseloadFlags({ ...quiet, followAlongDue: '2026-06-22' })).toEqual(['follow-along-due']);
		expect(caseloadFlags({ ...quiet, followAlongDue: '2026-06-23' })).toEqual([]);
		expect(caseloadFlags({ ...quiet, followAlongDue: '2026-06-14' })).toEqual(['follow-along-overdue']);
	});

	it('flags a missing first employer contact 31 days after entry, not when one was made', () => {
		expect(caseloadFlags({ ...quiet, entryDate: '2026-05-15', firstEmployerContactDate: null })).toEqual(['no-employer-contact']);
		expect(caseloadFlags({ ...quiet, entryDate: '2026-05-15', firstEmployerContactDate: '2026-06-14' })).toEqual([]);
	});

	it('lists every flag that applies, in the caseload order', () => {
		const all = caseloadFlags({
			...quiet,
			lastContactDate: '2026-05-01',
			nextStepDue: '2026-06-01',
			consents: [],
			followAlongDue: '2026-06-01',
			entryDate: '2026-04-01',
			firstEmployerContactDate: null
		});
		expect(all).toEqual(['no-contact', 'next-step-overdue', 'consent-missing', 'follow-along-overdue', 'no-employer-contact']);
		expect(caseloadFlags({ ...quiet, lastContactDate: '2026-05-01', closed: true })).toEqual([]);
	});
});

describe('stalled clients and caseload limit', () => {
	const s = { closed: false, phase: 3, phaseEnteredOn: '2026-04-16', flags: [] as CaseloadFlag[], today: TODAY };
	it('a client in phase 1–3 is stalled after more than 60 days in the phase', () => {
		expect(isStalled(s)).toBe(false); // exactly 60 days
		expect(isStalled({ ...s, phaseEnteredOn: '2026-04-15' })).toBe(true);
		expect(isStalled({ ...s, phase: 1, phaseEnteredOn: '2026-04-15' })).toBe(true);
		expect(isStalled({ ...s, phase: 4, phaseEnteredOn: '2026-04-15' })).toBe(false);
		expect(isStalled({ ...s, phaseEnteredOn: null })).toBe(false);
	});
	it('a client out of touch is stalled in any phase, other flags do not count', () => {
		expect(isStalled({ ...s, phase: 5, phaseEnteredOn: null, flags: ['no-contact'] })).toBe(true);
		expect(isStalled({ ...s, phase: 5, phaseEnteredOn: null, flags: ['next-step-overdue', 'consent-missing'] })).toBe(false);
		expect(isStalled({ ...s, closed: true, flags: ['no-contact'] })).toBe(false);
	});
	it('scales the limit of 20 by FTE, to one decimal', () => {
		expect(caseloadLimit(1)).toBe(20);
		expect(caseloadLimit(0.5)).toBe(10);
		expect(caseloadLimit(0.33)).toBe(6.6);
		expect(caseloadLimit(0.333)).toBe(6.7);
	});
});
