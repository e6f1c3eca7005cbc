import * as m from '$lib/paraglide/messages';
import type {
	ACTION_STATUSES,
	ASSIGNMENT_KINDS,
	BENEFITS_COUNSELLING_STATUSES,
	CLIENT_LANGUAGES,
	CLOSING_REASONS,
	CONSENT_CATEGORIES,
	CONSENT_FORMS,
	CONSENT_PARTIES,
	CONSENT_SIGNED_HOW,
	CONTACT_MODES,
	CONTACT_PLACES,
	DISCLOSURE_DECISIONS,
	MISSED_MEETING_KINDS,
	OUTREACH_CHANNELS,
	REFERRAL_SOURCES,
	SITUATIONS_AT_REFERRAL,
	Labels
} from '$lib/domain/vocabularies';

/** Code → UI text for the client record's enumerations (codes: docs/domain/codes.md). */
type Label = () => string;
const pick = (table: Partial<Record<string, Label>>, code: string | null | undefined): string => (code && table[code] ? table[code]!() : (code ?? '–'));

export const phaseLabels: Record<string, Label> = {
	'1': m.clients_phase_1,
	'2': m.clients_phase_2,
	'3': m.clients_phase_3,
	'4': m.clients_phase_4,
	'5': m.clients_phase_5
};
export const phaseLabel = (phase: number | string | null) => (phase === null ? '–' : `${phase}. ${pick(phaseLabels, String(phase))}`);

export const flagLabels: Record<string, Label> = {
	'no-contact': m.clients_flag_no_contact,
	'next-step-overdue': m.clients_flag_next_step_overdue,
	'consent-missing': m.clients_flag_consent_missing,
	'consent-expiring': m.clients_flag_consent_expiring,
	'consent-expired': m.clients_flag_consent_expired,
	'consent-withdrawn': m.clients_flag_consent_withdrawn,
	'follow-along-due': m.clients_flag_follow_along_due,
	'follow-along-overdue': m.clients_flag_follow_along_overdue,
	'no-employer-contact': m.clients_flag_no_employer_contact,
	'kykyviisari-missing': m.clients_flag_kykyviisari_missing,
	'plan-review-due': m.clients_flag_plan_review_due,
	'disclosure-review-due': m.clients_flag_disclosure_review_due
};
export const flagLabel = (flag: string) => pick(flagLabels, flag);

export const modeLabels: Labels<typeof CONTACT_MODES> = {
	'face-to-face': m.clients_mode_face_to_face,
	phone: m.clients_mode_phone,
	video: m.clients_mode_video,
	message: m.clients_mode_message,
	email: m.clients_mode_email
};
export const placeLabels: Labels<typeof CONTACT_PLACES> = {
	office: m.clients_place_office,
	workplace: m.clients_place_workplace,
	home: m.clients_place_home,
	'public-place': m.clients_place_public,
	'partner-premises': m.clients_place_partner,
	remote: m.clients_place_remote
};
export const sourceLabels: Labels<typeof REFERRAL_SOURCES> = {
	'adult-social-work': m.clients_source_social_work,
	'employment-services': m.clients_source_employment_services,
	kela: m.clients_source_kela,
	'psychiatric-care': m.clients_source_psychiatric,
	ngo: m.clients_source_ngo,
	'health-centre': m.clients_source_health_centre,
	self: m.clients_source_self,
	other: m.clients_source_other
};
export const situationLabels: Labels<typeof SITUATIONS_AT_REFERRAL> = {
	unemployed: m.clients_situation_unemployed,
	'rehabilitation-allowance': m.clients_situation_rehab_allowance,
	'disability-pension': m.clients_situation_disability_pension,
	student: m.clients_situation_student,
	'job-at-risk': m.clients_situation_job_at_risk,
	other: m.clients_situation_other
};
export const closingLabels: Labels<typeof CLOSING_REASONS> = {
	employed: m.clients_close_employed,
	studies: m.clients_close_studies,
	'rehabilitative-work': m.clients_close_rehabilitative_work,
	'work-trial': m.clients_close_work_trial,
	'sick-leave-rehab': m.clients_close_sick_leave,
	'other-service': m.clients_close_other_service,
	health: m.clients_close_health,
	'no-longer-wants-work': m.clients_close_no_longer_wants,
	'not-reached': m.clients_close_not_reached,
	'moved-away': m.clients_close_moved_away,
	deceased: m.clients_close_deceased,
	other: m.clients_close_other
};
export const missedKindLabels: Labels<typeof MISSED_MEETING_KINDS> = {
	'cancelled-by-client': m.clients_missed_by_client,
	'cancelled-by-coach': m.clients_missed_by_coach,
	'no-show': m.clients_missed_no_show
};
export const channelLabels: Labels<typeof OUTREACH_CHANNELS> = {
	phone: m.clients_mode_phone,
	'text-message': m.clients_channel_text,
	letter: m.clients_channel_letter,
	email: m.clients_mode_email,
	'home-visit': m.clients_channel_home_visit,
	'via-network': m.clients_channel_network
};
export const consentStateLabels: Record<string, Label> = {
	valid: m.clients_consent_valid,
	expiring: m.clients_flag_consent_expiring,
	expired: m.clients_flag_consent_expired,
	withdrawn: m.clients_flag_consent_withdrawn,
	missing: m.clients_flag_consent_missing
};
export const consentFormLabels: Labels<typeof CONSENT_FORMS> = { y100: m.clients_consent_form_y100, own: m.clients_consent_form_own, oral: m.clients_consent_form_oral };
export const partyLabels: Labels<typeof CONSENT_PARTIES> = {
	hyvinvointialue: m.clients_party_wellbeing,
	kela: m.clients_source_kela,
	tyollisyyspalvelut: m.clients_source_employment_services,
	'psychiatric-care': m.clients_source_psychiatric,
	employer: m.clients_party_employer,
	other: m.clients_source_other
};
export const categoryLabels: Labels<typeof CONSENT_CATEGORIES> = {
	contact: m.clients_category_contact,
	'work-history': m.clients_category_work_history,
	education: m.clients_category_education,
	benefits: m.clients_category_benefits,
	plan: m.clients_category_plan
};
export const signedLabels: Labels<typeof CONSENT_SIGNED_HOW> = {
	signature: m.clients_signed_signature,
	'e-signature': m.clients_signed_e_signature,
	'strong-identification': m.clients_signed_strong_id,
	oral: m.clients_consent_form_oral
};
export const languageLabels: Labels<typeof CLIENT_LANGUAGES> = { fi: m.lang_fi, sv: m.lang_sv, en: m.lang_en, other: m.lang_other };
export const benefitsLabels: Labels<typeof BENEFITS_COUNSELLING_STATUSES> = { offered: m.clients_benefits_offered, done: m.clients_benefits_done };
export const disclosureLabels: Labels<typeof DISCLOSURE_DECISIONS> = {
	undecided: m.clients_disclosure_undecided,
	none: m.clients_disclosure_none,
	general: m.clients_disclosure_general,
	specific: m.clients_disclosure_specific
};
export const planStatusLabels: Labels<typeof ACTION_STATUSES> = { planned: m.clients_plan_planned, ongoing: m.clients_plan_ongoing, done: m.clients_plan_done, dropped: m.clients_plan_dropped };
export const missingLabels: Record<string, Label> = {
	agreement: m.clients_missing_agreement,
	consent: m.clients_missing_consent,
	profile: m.clients_missing_profile,
	benefits: m.clients_missing_benefits,
	disclosure: m.clients_missing_disclosure,
	'job-search-plan': m.clients_missing_job_search_plan,
	'employer-contact': m.clients_missing_employer_contact,
	placement: m.clients_missing_placement,
	'job-start': m.clients_missing_job_start
};
export const assignmentLabels: Labels<typeof ASSIGNMENT_KINDS> = { coach: m.clients_coach, responsible: m.clients_responsible };

export const label = pick;
export const options = (table: Partial<Record<string, Label>>) => Object.entries(table).map(([value, text]) => ({ value, label: text!() }));
