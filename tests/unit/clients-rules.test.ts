import { describe, expect, it } from 'vitest';
import { checkHenkilotunnus, isValidHenkilotunnus, maskHenkilotunnus } from '$lib/domain/henkilotunnus';
import { caseloadFlags, consentState, isStalled, caseloadLimit, type FlagInput } from '$lib/domain/caseload-flags';
import { validatePhaseChange, missingContent } from '$lib/domain/client-phases';
import { validateClosing, validateReopen, validateEnrolmentDates, validateContact } from '$lib/domain/closing';

describe('henkilötunnus', () => {
	it('accepts valid codes of every century sign', () => {
		expect(checkHenkilotunnus('131052-308T')).toEqual({ valid: true, birthDate: '1952-10-13', normalised: '131052-308T' });
		expect(isValidHenkilotunnus('131052Y308T')).toBe(true);
		expect(checkHenkilotunnus('010594Y9021')).toMatchObject({ valid: true, birthDate: '1994-05-01' });
		expect(checkHenkilotunnus('290200A1239')).toMatchObject({ valid: true, birthDate: '2000-02-29' });
		expect(checkHenkilotunnus(' 131052-308t ')).toMatchObject({ valid: true, normalised: '131052-308T' });
	});
	it('rejects a wrong check character, impossible dates, bad format and unissued numbers', () => {
		expect(isValidHenkilotunnus('131052-308U')).toBe(false);
		expect(isValidHenkilotunnus('290201A1239')).toBe(false); // 29.2.2001 does not exist
		expect(isValidHenkilotunnus('320152-308T')).toBe(false);
		expect(isValidHenkilotunnus('131052G308T')).toBe(false);
		expect(isValidHenkilotunnus('131052-308')).toBe(false);
		expect(isValidHenkilotunnus('')).toBe(false);
		expect(isValidHenkilotunnus('010101-001S')).toBe(false);
	});
	it('masks the individual part', () => {
		expect(maskHenkilotunnus('131052-308T')).toBe('131052-****');
		expect(maskHenkilotunnus(null)).toBeNull();
	});
});

const base: FlagInput = {
	today: '2026-06-15',
	closed: false,
	referralDate: '2026-04-01',
	entryDate: '2026-04-10',
	lastContactDate: '2026-06-10',
	nextStepDue: '2026-06-20',
	consents: [{ validFrom: '2026-04-10', validTo: '2028-04-10', withdrawnAt: null }],
	firstEmployerContactDate: '2026-05-01',
	followAlongDue: null
};

describe('caseload flags', () => {
	it('a client in good order has no flags; a closed one never has', () => {
		expect(caseloadFlags(base)).toEqual([]);
		expect(caseloadFlags({ ...base, closed: true, lastContactDate: null, consents: [] })).toEqual([]);
	});
	it('no contact: more than 14 days since the last contact, or since entry/referral when none yet', () => {
		expect(caseloadFlags({ ...base, lastContactDate: '2026-06-01' })).toEqual([]); // exactly 14 days
		expect(caseloadFlags({ ...base, lastContactDate: '2026-05-31' })).toEqual(['no-contact']);
		expect(caseloadFlags({ ...base, lastContactDate: null, entryDate: '2026-06-05', firstEmployerContactDate: null })).toEqual([]);
		expect(caseloadFlags({ ...base, lastContactDate: null, entryDate: null, referralDate: '2026-05-01' })).toContain('no-contact');
	});
	it('next step overdue only after its due day', () => {
		expect(caseloadFlags({ ...base, nextStepDue: '2026-06-15' })).toEqual([]);
		expect(caseloadFlags({ ...base, nextStepDue: '2026-06-14' })).toEqual(['next-step-overdue']);
	});
	it('consent states: expiring within 30 days, expired, withdrawn, missing; an open-ended consent is valid', () => {
		const c = (validTo: string | null, withdrawnAt: string | null = null) => ({ validFrom: '2026-01-01', validTo, withdrawnAt });
		expect(consentState([c('2026-07-15')], '2026-06-15')).toBe('expiring');
		expect(consentState([c('2026-07-16')], '2026-06-15')).toBe('valid');
		expect(consentState([c('2026-06-15')], '2026-06-15')).toBe('expiring');
		expect(consentState([c('2026-06-14')], '2026-06-15')).toBe('expired');
		expect(consentState([c(null, '2026-06-01')], '2026-06-15')).toBe('withdrawn');
		expect(consentState([c(null, '2026-06-01'), c(null)], '2026-06-15')).toBe('valid');
		expect(consentState([], '2026-06-15')).toBe('missing');
		expect(consentState([{ validFrom: '2026-07-01', validTo: null, withdrawnAt: null }], '2026-06-15')).toBe('missing');
		expect(caseloadFlags({ ...base, consents: [] })).toEqual(['consent-missing']);
		expect(caseloadFlags({ ...base, consents: [c('2026-06-20')] })).toEqual(['consent-expiring']);
	});
	it('follow-along: due within 7 days, overdue after the day', () => {
		expect(caseloadFlags({ ...base, followAlongDue: '2026-06-22' })).toEqual(['follow-along-due']);
		expect(caseloadFlags({ ...base, followAlongDue: '2026-06-23' })).toEqual([]);
		expect(caseloadFlags({ ...base, followAlongDue: '2026-06-15' })).toEqual(['follow-along-due']);
		expect(caseloadFlags({ ...base, followAlongDue: '2026-06-14' })).toEqual(['follow-along-overdue']);
	});
	it('no first employer contact more than 30 days after entry; no entry, no flag', () => {
		expect(caseloadFlags({ ...base, firstEmployerContactDate: null, entryDate: '2026-05-16' })).toEqual([]);
		expect(caseloadFlags({ ...base, firstEmployerContactDate: null, entryDate: '2026-05-15' })).toEqual(['no-employer-contact']);
		expect(caseloadFlags({ ...base, firstEmployerContactDate: null, entryDate: null })).toEqual([]);
	});
	it('stalled: out of touch, or over 60 days in phase 1–3', () => {
		const s = { closed: false, phase: 2, phaseEnteredOn: '2026-04-15', flags: [], today: '2026-06-15' };
		expect(isStalled(s)).toBe(true);
		expect(isStalled({ ...s, phaseEnteredOn: '2026-04-16' })).toBe(false);
		expect(isStalled({ ...s, phase: 5 })).toBe(false);
		expect(isStalled({ ...s, phase: 5, flags: ['no-contact'] })).toBe(true);
		expect(isStalled({ ...s, closed: true })).toBe(false);
		expect(caseloadLimit(0.8)).toBe(16);
	});
});

describe('phase changes', () => {
	const req = { from: 3 as const, to: 4, enteredOn: '2026-06-10', reason: null, currentEnteredOn: '2026-05-01', today: '2026-06-15', closed: false };
	it('forward and skipping forward are allowed', () => {
		expect(validatePhaseChange(req)).toEqual({});
		expect(validatePhaseChange({ ...req, to: 5 })).toEqual({});
	});
	it('back needs a reason; same phase, bad phase, closed, dates are refused', () => {
		expect(validatePhaseChange({ ...req, to: 2 })).toEqual({ reason: 'clients_err_phase_reason' });
		expect(validatePhaseChange({ ...req, to: 2, reason: '  ' })).toEqual({ reason: 'clients_err_phase_reason' });
		expect(validatePhaseChange({ ...req, to: 2, reason: 'Työ päättyi' })).toEqual({});
		expect(validatePhaseChange({ ...req, to: 3 })).toEqual({ phase: 'clients_err_phase_same' });
		expect(validatePhaseChange({ ...req, to: 6 })).toEqual({ phase: 'err_choice' });
		expect(validatePhaseChange({ ...req, closed: true })).toEqual({ phase: 'clients_err_closed' });
		expect(validatePhaseChange({ ...req, enteredOn: '2026-06-16' })).toEqual({ enteredOn: 'err_date_future' });
		expect(validatePhaseChange({ ...req, enteredOn: '2026-04-30' })).toEqual({ enteredOn: 'clients_err_phase_date' });
	});
	it('lists what is missing up to the current phase, never beyond', () => {
		const none = { entryDate: null, consentInForce: false, hasProfile: false, hasBenefitsCounselling: false, hasDisclosureDiscussion: false, hasJobSearchPlan: false, hasEmployerContact: false, hasPlacement: false, hasStartedPlacement: false };
		expect(missingContent(1, none)).toEqual(['agreement', 'consent']);
		expect(missingContent(5, none)).toHaveLength(9);
		expect(missingContent(3, { ...none, entryDate: '2026-01-01', consentInForce: true, hasProfile: true, hasBenefitsCounselling: true, hasDisclosureDiscussion: true, hasJobSearchPlan: true })).toEqual(['employer-contact']);
	});
});

describe('closing and re-opening', () => {
	const close = { reason: 'employed', closedDate: '2026-06-10', note: null, referralDate: '2026-01-01', entryDate: '2026-01-10', outreachAttempts: 0, alreadyClosed: false, today: '2026-06-15' };
	it('accepts a normal closing', () => expect(validateClosing(close)).toEqual({}));
	it('not reached needs at least 3 outreach attempts', () => {
		expect(validateClosing({ ...close, reason: 'not-reached', outreachAttempts: 2 })).toEqual({ reason: 'clients_err_outreach_needed' });
		expect(validateClosing({ ...close, reason: 'not-reached', outreachAttempts: 3 })).toEqual({});
	});
	it('other needs a note; unknown reasons, future dates, dates before entry and closed enrolments are refused', () => {
		expect(validateClosing({ ...close, reason: 'other' })).toEqual({ note: 'clients_err_other_reason_note' });
		expect(validateClosing({ ...close, reason: 'bored' })).toEqual({ reason: 'err_choice' });
		expect(validateClosing({ ...close, closedDate: '2026-06-16' })).toEqual({ closedDate: 'err_date_future' });
		expect(validateClosing({ ...close, closedDate: '2026-01-09' })).toEqual({ closedDate: 'err_date_order' });
		expect(validateClosing({ ...close, entryDate: null, closedDate: '2026-01-01' })).toEqual({});
		expect(validateClosing({ ...close, alreadyClosed: true })).toEqual({ reason: 'clients_err_closed' });
	});
	it('re-opening needs a closed enrolment and a referral on or after the closing', () => {
		expect(validateReopen({ previousClosedDate: '2026-06-01', referralDate: '2026-06-01', today: '2026-06-15' })).toEqual({});
		expect(validateReopen({ previousClosedDate: '2026-06-01', referralDate: '2026-05-31', today: '2026-06-15' })).toEqual({ referralDate: 'clients_err_reopen_before_close' });
		expect(validateReopen({ previousClosedDate: '2026-06-01', referralDate: '2026-06-16', today: '2026-06-15' })).toEqual({ referralDate: 'err_date_future' });
		expect(validateReopen({ previousClosedDate: null, referralDate: '2026-06-10', today: '2026-06-15' })).toEqual({ referralDate: 'clients_err_not_closed' });
	});
	it('enrolment and contact dates', () => {
		const today = '2026-06-15';
		expect(validateEnrolmentDates({ referralDate: '2026-06-01', firstMeetingDate: '2026-06-03', entryDate: '2026-06-05', today })).toEqual({});
		expect(validateEnrolmentDates({ referralDate: '2026-06-01', firstMeetingDate: null, entryDate: '2026-05-31', today })).toEqual({ entryDate: 'clients_err_before_referral' });
		expect(validateEnrolmentDates({ referralDate: '2026-06-16', firstMeetingDate: null, entryDate: null, today })).toEqual({ referralDate: 'err_date_future' });
		const contact = { date: '2026-06-10', durationMinutes: 45, nextStepDue: '2026-06-20', referralDate: '2026-06-01', today };
		expect(validateContact(contact)).toEqual({});
		expect(validateContact({ ...contact, date: '2027-01-01', nextStepDue: null })).toEqual({ date: 'err_date_future' });
		expect(validateContact({ ...contact, durationMinutes: 0 })).toEqual({ durationMinutes: 'clients_err_duration' });
		expect(validateContact({ ...contact, durationMinutes: 1441 })).toEqual({ durationMinutes: 'clients_err_duration' });
		expect(validateContact({ ...contact, durationMinutes: 1440 })).toEqual({});
		expect(validateContact({ ...contact, nextStepDue: '2026-06-09' })).toEqual({ nextStepDue: 'err_date_order' });
		expect(validateContact({ ...contact, date: '2026-05-31' })).toEqual({ date: 'clients_err_before_referral' });
	});
});

import { parsePlanGoals, planProgress } from '$lib/domain/support-plan';

describe('support plan goal tree from form fields', () => {
	it('builds goals → sub-goals → actions and drops empty spare slots', () => {
		const { goals, errors } = parsePlanGoals({
			g0: 'Osa-aikatyö', g0s0: 'Työnhaku', g0s0a0: 'CV kuntoon', g0s0a0_resp: 'Valmentaja', g0s0a0_due: '1.7.2026', g0s0a0_status: 'ongoing',
			g0s0a1: '', g0s0a1_resp: '', g0s0a1_due: '', g0s0a1_status: 'planned', g0s1: '', g1: '', g1s0: ''
		});
		expect(errors).toEqual({});
		expect(goals).toEqual([{ title: 'Osa-aikatyö', subGoals: [{ title: 'Työnhaku', actions: [{ text: 'CV kuntoon', responsible: 'Valmentaja', due: '2026-07-01', status: 'ongoing' }] }] }]);
		expect(planProgress(goals)).toEqual({ actions: 1, done: 0, open: 1 });
	});
	it('reports missing titles, bad dates, bad status and over-long text per field', () => {
		const { errors } = parsePlanGoals({ g0: '', g0s0: '', g0s0a0: 'x', g0s0a0_due: '31.2.2026', g0s0a0_status: 'maybe', g1: 'y'.repeat(501) });
		expect(errors).toEqual({ g0: 'err_required', g0s0: 'err_required', g0s0a0_due: 'err_date', g0s0a0_status: 'err_choice', g1: 'err_too_long' });
	});
});

import { changedFields } from '$lib/domain/client-phases';
describe('versioned records: what changed', () => {
	it('lists the fields that differ, or the filled ones for a first version', () => {
		const fields = ['skills', 'jobGoals', 'education'] as const;
		expect(changedFields(null, { skills: 'A', jobGoals: null, education: '' }, fields)).toEqual(['skills']);
		expect(changedFields({ skills: 'A', jobGoals: null, education: 'x' }, { skills: 'A', jobGoals: 'Kokki', education: null }, fields)).toEqual(['jobGoals', 'education']);
	});
});
