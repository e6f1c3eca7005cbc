import * as m from '$lib/paraglide/messages';
import type { Labels, MEDICAL_STATEMENT_TYPES, REFERRAL_KINDS } from '$lib/domain/vocabularies';
import type { Suggestion } from '$lib/domain/referrals';
import { HEALTH_CHECK_VALID_MONTHS } from '$lib/domain/referrals';

/** Code → UI text for referrals and the support-need checklist (codes: docs/domain/codes.md). */
export const referralKindLabels: Labels<typeof REFERRAL_KINDS> = {
	doctor: m.referral_kind_doctor,
	'health-check': m.referral_kind_health_check,
	'work-ability-coordinator': m.referral_kind_work_ability_coordinator,
	typ: m.referral_kind_typ,
	'kela-rehabilitation': m.referral_kind_kela_rehabilitation,
	'mental-health': m.referral_kind_mental_health,
	substance: m.referral_kind_substance,
	service: m.referral_kind_service,
	'medical-statement': m.referral_kind_medical_statement
};

export const statementTypeLabels: Labels<typeof MEDICAL_STATEMENT_TYPES> = {
	b: m.referral_statement_b,
	c: m.referral_statement_c,
	e: m.referral_statement_e,
	other: m.referral_statement_other
};

export const referralKindLabel = (code: string): string => referralKindLabels[code as keyof typeof referralKindLabels]?.() ?? code;

/** A referral's name as listed: the kind, or the statement's type, or the catalogue service's name. */
export function referralName(r: { kind: string; statementType?: string | null; serviceName?: string | null }): string {
	if (r.kind === 'medical-statement' && r.statementType) return statementTypeLabels[r.statementType as keyof typeof statementTypeLabels]?.() ?? r.statementType;
	if (r.kind === 'service' && r.serviceName) return r.serviceName;
	return referralKindLabel(r.kind);
}

export function suggestionReason(s: Suggestion): string {
	switch (s.reason) {
		case 'no-health-check':
			return m.supportneed_reason_no_health_check();
		case 'old-health-check':
			return m.supportneed_reason_old_health_check({ months: HEALTH_CHECK_VALID_MONTHS });
		case 'coordinator-needed':
			return m.supportneed_reason_coordinator_needed();
		case 'typ-client':
			return m.supportneed_reason_typ_client();
		case 'sick-leave':
			return m.supportneed_reason_sick_leave();
	}
}

/** A yes/no/not-known answer as shown. */
export const answerLabel = (value: boolean | null | undefined): string => (value === true ? m.yes() : value === false ? m.no() : m.supportneed_unknown());
/** The choice list of a yes/no question that may be left unanswered. */
export const answerOptions = () => [
	{ value: '', label: m.supportneed_unknown() },
	{ value: 'yes', label: m.yes() },
	{ value: 'no', label: m.no() }
];
/** A stored answer as the select's value. */
export const answerValue = (value: boolean | null | undefined): string => (value === true ? 'yes' : value === false ? 'no' : '');

/** The kinds as a choice list, in the vocabulary's order. */
export const options = () => Object.entries(referralKindLabels).map(([value, label]) => ({ value, label: label() }));
export const statementOptions = () => Object.entries(statementTypeLabels).map(([value, label]) => ({ value, label: label() }));
