import { describe, expect, it } from 'vitest';
import {
	HEALTH_CHECK_VALID_MONTHS,
	median,
	medianWaitDays,
	referralStatus,
	referralSuggestions,
	referralWaitDays,
	suggestedByAnswers,
	validateReferral,
	validateSupportNeeds,
	waitDaysByKind,
	type ReferralInput,
	type SupportNeedAnswers
} from '$lib/domain/referrals';
import { isPersonalTextColumn } from '$lib/domain/retention';

const today = '2026-12-07';
const r = (requestedOn: string, doneOn: string | null = null, cancelledOn: string | null = null) => ({ requestedOn, doneOn, cancelledOn });

describe('referral status and waiting time', () => {
	it('derives the status from the dates', () => {
		expect(referralStatus(r('2026-11-01'))).toBe('open');
		expect(referralStatus(r('2026-11-01', '2026-11-03'))).toBe('done');
		expect(referralStatus(r('2026-11-01', null, '2026-11-03'))).toBe('cancelled');
		// Old data with both dates counts as cancelled: it has no waiting time.
		expect(referralStatus(r('2026-11-01', '2026-11-02', '2026-11-03'))).toBe('cancelled');
	});
	it('waits requested → done in days; open and cancelled have none', () => {
		expect(referralWaitDays(r('2026-11-01', '2026-11-15'))).toBe(14);
		expect(referralWaitDays(r('2026-11-01', '2026-11-01'))).toBe(0);
		expect(referralWaitDays(r('2026-02-20', '2026-03-02'))).toBe(10);
		expect(referralWaitDays(r('2026-11-01'))).toBeNull();
		expect(referralWaitDays(r('2026-11-01', '2026-11-20', '2026-11-21'))).toBeNull();
		expect(referralWaitDays(r('2026-11-01', null, '2026-11-05'))).toBeNull();
	});
	it('takes the median: middle of an odd count, mean of the middle two of an even count, null for none', () => {
		expect(median([])).toBeNull();
		expect(median([7])).toBe(7);
		expect(median([30, 10, 20])).toBe(20);
		expect(median([40, 10, 20, 30])).toBe(25);
		expect(median([1, 2])).toBe(1.5);
	});
	it('median waiting time counts only the done ones', () => {
		expect(medianWaitDays([])).toBeNull();
		expect(medianWaitDays([r('2026-11-01'), r('2026-11-01', null, '2026-11-02')])).toBeNull();
		const list = [r('2026-11-01', '2026-11-11'), r('2026-11-01', '2026-11-05'), r('2026-11-01'), r('2026-10-01', null, '2026-12-01'), r('2026-11-01', '2026-11-21'), r('2026-11-01', '2026-11-03')];
		// Done: 10, 4, 20, 2 → sorted 2, 4, 10, 20 → (4 + 10) / 2.
		expect(medianWaitDays(list)).toBe(7);
	});
	it('groups the median per kind, in the given order of kinds, leaving out kinds without referrals', () => {
		const list = [
			{ kind: 'doctor' as const, ...r('2026-11-01', '2026-11-04') },
			{ kind: 'health-check' as const, ...r('2026-11-01') },
			{ kind: 'doctor' as const, ...r('2026-11-01', '2026-11-08') },
			{ kind: 'doctor' as const, ...r('2026-11-01', null, '2026-11-02') }
		];
		expect(waitDaysByKind(list, ['health-check', 'doctor', 'typ'])).toEqual([
			{ kind: 'health-check', done: 0, medianDays: null },
			{ kind: 'doctor', done: 2, medianDays: 5 }
		]);
	});
});

describe('referral input', () => {
	const base: ReferralInput = { kind: 'doctor', serviceId: null, statementType: null, requestedOn: '2026-12-01', doneOn: null, cancelledOn: null };
	it('accepts a plain open referral, one done on its request day, and one cancelled', () => {
		expect(validateReferral(base, today)).toEqual({});
		expect(validateReferral({ ...base, doneOn: '2026-12-01' }, today)).toEqual({});
		expect(validateReferral({ ...base, cancelledOn: today }, today)).toEqual({});
	});
	it('refuses dates out of order or in the future, and done with cancelled', () => {
		expect(validateReferral({ ...base, requestedOn: '2026-12-08' }, today)).toEqual({ requestedOn: 'err_date_future' });
		expect(validateReferral({ ...base, doneOn: '2026-11-30' }, today)).toEqual({ doneOn: 'referral_err_done_before_requested' });
		expect(validateReferral({ ...base, doneOn: '2026-12-08' }, today)).toEqual({ doneOn: 'err_date_future' });
		expect(validateReferral({ ...base, cancelledOn: '2026-12-08' }, today)).toEqual({ cancelledOn: 'err_date_future' });
		expect(validateReferral({ ...base, cancelledOn: '2026-11-30' }, today)).toEqual({ cancelledOn: 'referral_err_cancelled_before_requested' });
		expect(validateReferral({ ...base, doneOn: '2026-12-02', cancelledOn: '2026-12-03' }, today)).toEqual({ cancelledOn: 'referral_err_done_and_cancelled' });
	});
	it('asks a service only (and always) of the kind service, a statement type only (and always) of a statement', () => {
		expect(validateReferral({ ...base, kind: 'service' }, today)).toEqual({ serviceId: 'referral_err_service_required' });
		expect(validateReferral({ ...base, kind: 'service', serviceId: 3 }, today)).toEqual({});
		expect(validateReferral({ ...base, serviceId: 3 }, today)).toEqual({ serviceId: 'referral_err_service_only' });
		expect(validateReferral({ ...base, kind: 'medical-statement' }, today)).toEqual({ statementType: 'referral_err_statement_type_required' });
		expect(validateReferral({ ...base, kind: 'medical-statement', statementType: 'b' }, today)).toEqual({});
		expect(validateReferral({ ...base, statementType: 'b' }, today)).toEqual({ statementType: 'referral_err_statement_type_only' });
	});
});

describe('support-need checklist and its suggestions', () => {
	const none: SupportNeedAnswers = { healthCheckDone: null, healthCheckOn: null, onSickLeave: null, rehabilitationInUse: null, typClient: null, coordinatorNeeded: null };
	const kinds = (a: SupportNeedAnswers) => suggestedByAnswers(a, today).map((s) => s.kind);

	it('a health check date must not be in the future and is given only for a done check', () => {
		expect(validateSupportNeeds({ ...none, healthCheckDone: true, healthCheckOn: '2026-01-01' }, today)).toEqual({});
		expect(validateSupportNeeds({ ...none, healthCheckDone: true, healthCheckOn: '2026-12-08' }, today)).toEqual({ healthCheckOn: 'err_date_future' });
		expect(validateSupportNeeds({ ...none, healthCheckDone: false, healthCheckOn: '2026-01-01' }, today)).toEqual({ healthCheckOn: 'supportneed_err_date_without_check' });
		expect(validateSupportNeeds({ ...none, healthCheckOn: '2026-01-01' }, today)).toEqual({ healthCheckOn: 'supportneed_err_date_without_check' });
		expect(validateSupportNeeds(none, today)).toEqual({});
	});
	it('unanswered questions suggest nothing', () => {
		expect(kinds(none)).toEqual([]);
		expect(kinds({ ...none, onSickLeave: false, typClient: false, coordinatorNeeded: false, rehabilitationInUse: true })).toEqual([]);
	});
	it('no health check, or one older than the limit, suggests a health check', () => {
		expect(HEALTH_CHECK_VALID_MONTHS).toBe(12);
		expect(suggestedByAnswers({ ...none, healthCheckDone: false }, today)).toEqual([{ kind: 'health-check', reason: 'no-health-check' }]);
		expect(suggestedByAnswers({ ...none, healthCheckDone: true, healthCheckOn: '2025-12-06' }, today)).toEqual([{ kind: 'health-check', reason: 'old-health-check' }]);
		expect(kinds({ ...none, healthCheckDone: true, healthCheckOn: '2025-12-07' })).toEqual([]);
		// Done, day not known: no suggestion (the coach knows it was done).
		expect(kinds({ ...none, healthCheckDone: true })).toEqual([]);
	});
	it('coordinator need, TYP client and sick leave each suggest their referrals, in order', () => {
		expect(kinds({ ...none, healthCheckDone: false, coordinatorNeeded: true, typClient: true, onSickLeave: true })).toEqual(['health-check', 'work-ability-coordinator', 'typ', 'doctor', 'medical-statement']);
		expect(suggestedByAnswers({ ...none, onSickLeave: true }, today).map((s) => s.reason)).toEqual(['sick-leave', 'sick-leave']);
	});
	it('a referral of the kind in the last year, open or done, answers the suggestion; a cancelled or older one does not', () => {
		const answers = { ...none, healthCheckDone: false, coordinatorNeeded: true, onSickLeave: true };
		expect(referralSuggestions(null, [], today)).toEqual([]);
		expect(referralSuggestions(answers, [{ kind: 'health-check', ...r('2026-12-01') }, { kind: 'doctor', ...r('2026-06-01', '2026-06-10') }], today).map((s) => s.kind)).toEqual(['work-ability-coordinator', 'medical-statement']);
		expect(referralSuggestions(answers, [{ kind: 'health-check', ...r('2026-12-01', null, '2026-12-02') }, { kind: 'doctor', ...r('2025-12-06', '2025-12-10') }], today).map((s) => s.kind)).toEqual(['health-check', 'work-ability-coordinator', 'doctor', 'medical-statement']);
		expect(referralSuggestions(answers, [{ kind: 'work-ability-coordinator', ...r('2025-12-07') }], today).map((s) => s.kind)).toEqual(['health-check', 'doctor', 'medical-statement']);
	});
});

// Equivalent mutants left (99.1 %): the `doneOn !== null` guard in validateReferral and the
// `healthCheckOn !== null` guard in suggestedByAnswers — null fails the date comparisons after them anyway.
describe('referral and checklist rules at their edges (mutation-tested)', () => {
	const base: ReferralInput = { kind: 'doctor', serviceId: null, statementType: null, requestedOn: '2026-12-01', doneOn: null, cancelledOn: null };
	it('today is not the future, and the request day itself is not before the request', () => {
		expect(validateReferral({ ...base, requestedOn: today, doneOn: today }, today)).toEqual({});
		expect(validateReferral({ ...base, cancelledOn: '2026-12-01' }, today)).toEqual({});
		expect(validateSupportNeeds({ healthCheckDone: true, healthCheckOn: today, onSickLeave: null, rehabilitationInUse: null, typClient: null, coordinatorNeeded: null }, today)).toEqual({});
	});
	it('an old health check day suggests a check only when the check is marked done', () => {
		const none: SupportNeedAnswers = { healthCheckDone: null, healthCheckOn: '2020-01-01', onSickLeave: null, rehabilitationInUse: null, typClient: null, coordinatorNeeded: null };
		expect(suggestedByAnswers(none, today)).toEqual([]);
		expect(suggestedByAnswers({ ...none, healthCheckOn: null, healthCheckDone: true }, today)).toEqual([]);
	});
	it('names the reason of every suggestion', () => {
		const all: SupportNeedAnswers = { healthCheckDone: null, healthCheckOn: null, onSickLeave: null, rehabilitationInUse: null, typClient: true, coordinatorNeeded: true };
		expect(suggestedByAnswers(all, today)).toEqual([
			{ kind: 'work-ability-coordinator', reason: 'coordinator-needed' },
			{ kind: 'typ', reason: 'typ-client' }
		]);
	});
});

describe('anonymisation of referrals', () => {
	it('keeps the kind, the statement type and the dates for statistics, clears the free text', () => {
		expect(['kind', 'statement_type', 'requested_on', 'done_on', 'cancelled_on', 'health_check_on'].map(isPersonalTextColumn)).toEqual([false, false, false, false, false, false]);
		expect(['note', 'other_services'].map(isPersonalTextColumn)).toEqual([true, true]);
	});
});
