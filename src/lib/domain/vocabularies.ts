/**
 * Every code list of Polku in one place (docs/domain/codes.md). The database schema (text enums),
 * the form schemas (zod), the CSV import's validators and the label maps all import these, so a
 * code is added or renamed here once; the label maps are typed by them and fail to compile when a
 * code has no label. The order is the order forms offer them.
 */

// Accounts and teams
export const UI_LOCALES = ['fi', 'sv', 'en'] as const;
export const TEAM_ROLES = ['lead', 'coach'] as const;

// Clients and enrolments
export const CLIENT_LANGUAGES = ['fi', 'sv', 'en', 'other'] as const;
export const REFERRAL_SOURCES = ['adult-social-work', 'employment-services', 'kela', 'psychiatric-care', 'ngo', 'health-centre', 'self', 'other'] as const;
export const SITUATIONS_AT_REFERRAL = ['unemployed', 'rehabilitation-allowance', 'disability-pension', 'student', 'job-at-risk', 'other'] as const;
export const ASSIGNMENT_KINDS = ['coach', 'responsible'] as const;
/** Why an enrolment closed (docs/domain/clients.md#closing-and-re-opening). */
export const CLOSING_REASONS = [
	'employed',
	'studies',
	'rehabilitative-work',
	'work-trial',
	'sick-leave-rehab',
	'other-service',
	'health',
	'no-longer-wants-work',
	'not-reached',
	'moved-away',
	'deceased',
	'other'
] as const;

// Contacts: with the client and with employers (one list of modes for both)
export const CONTACT_MODES = ['face-to-face', 'phone', 'video', 'message', 'email'] as const;
export const CONTACT_PLACES = ['office', 'workplace', 'home', 'public-place', 'partner-premises', 'remote'] as const;
/** A booked meeting that did not happen: counted apart, never as a contact (docs/domain/clients.md#missed-meetings). */
export const MISSED_MEETING_KINDS = ['cancelled-by-client', 'cancelled-by-coach', 'no-show'] as const;
export const OUTREACH_CHANNELS = ['phone', 'text-message', 'letter', 'email', 'home-visit', 'via-network'] as const;

// Consents
export const CONSENT_FORMS = ['y100', 'own', 'oral'] as const;
/** A consent naming an employer for the portal must be written. */
export const WRITTEN_CONSENT_FORMS = ['y100', 'own'] as const;
export const CONSENT_SIGNED_HOW = ['signature', 'e-signature', 'strong-identification', 'oral'] as const;
export const WRITTEN_SIGNED_HOW = ['signature', 'e-signature', 'strong-identification'] as const;
export const CONSENT_PARTIES = ['hyvinvointialue', 'kela', 'tyollisyyspalvelut', 'psychiatric-care', 'employer', 'other'] as const;
export const CONSENT_CATEGORIES = ['contact', 'work-history', 'education', 'benefits', 'plan'] as const;

// Profile and job search
export const BENEFITS_COUNSELLING_STATUSES = ['offered', 'done'] as const;
export const DISCLOSURE_DECISIONS = ['undecided', 'none', 'general', 'specific'] as const;
export const JOB_SEARCH_ACTIVITY_KINDS = ['application', 'interview'] as const;
/** Support-plan actions and fidelity action-plan items share one life cycle. */
export const ACTION_STATUSES = ['planned', 'ongoing', 'done', 'dropped'] as const;

// Kykyviisari and the service map (docs/domain/work-ability.md)
/** TTL's seven Kykyviisari areas, in TTL's order. */
export const KYKYVIISARI_AREAS = ['wellbeing', 'participation', 'mind', 'everyday-life', 'skills', 'body', 'work-and-future'] as const;
/** The service map groups services by the seven areas, plus work-ability services that fit none of them. */
export const SERVICE_AREAS = [...KYKYVIISARI_AREAS, 'other'] as const;
export const SERVICE_SECTORS = ['te-services', 'kela', 'wellbeing-county', 'municipality', 'third-sector'] as const;

// Referrals, activities and external plans (docs/domain/work-ability.md)
/** Where a coach refers a client; `service` names a catalogue service, `medical-statement` asks for a lausunto. */
export const REFERRAL_KINDS = ['doctor', 'health-check', 'work-ability-coordinator', 'typ', 'kela-rehabilitation', 'mental-health', 'substance', 'service', 'medical-statement'] as const;
/** B-, C- and E-lausunto, or another statement. */
export const MEDICAL_STATEMENT_TYPES = ['b', 'c', 'e', 'other'] as const;
/** Episodes during coaching: työkokeilu, kuntouttava työtoiminta, studies, a course, rehabilitation, sick leave. */
export const ACTIVITY_KINDS = ['work-trial', 'rehabilitative-work', 'studies', 'course', 'rehabilitation', 'sick-leave', 'other'] as const;
/** Plans made elsewhere: aktiivisuussuunnitelma, työllistymissuunnitelma, kuntoutussuunnitelma, hoitosuunnitelma, asiakassuunnitelma. */
export const EXTERNAL_PLAN_KINDS = ['activation-plan', 'employment-plan', 'rehabilitation-plan', 'care-plan', 'client-plan', 'other'] as const;

// Feedback and the follow-up after exit (docs/domain/team-report.md)
/** The client's situation three months after the enrolment closed. */
export const EXIT_SITUATIONS = ['working-competitive', 'working-other', 'studying', 'other-service', 'unemployed', 'not-reached'] as const;

// Support network
export const NETWORK_ROLES = ['responsible-worker', 'work-ability-coordinator', 'personal-coach', 'care-contact', 'other'] as const;

// Employers and placements
export const EMPLOYER_STAGES = ['new-lead', 'introduced', 'learning-needs', 'active-partner', 'dormant'] as const;
export const EMPLOYER_CONTACT_PURPOSES = ['introduction', 'learn-business', 'present-candidate', 'interview', 'job-start', 'in-work-support', 'follow-up'] as const;
export const PLACEMENT_DISCLOSURES = ['none', 'general', 'specific'] as const;
export const PLACEMENT_STATUSES = ['agreed', 'started', 'ended', 'did-not-start'] as const;
export const END_REASONS = ['better-job', 'quit-no-plan', 'dismissed', 'fixed-term-ended', 'laid-off', 'other'] as const;
export const WAGE_UNITS = ['hour', 'month'] as const;
export const CONTRACT_TYPES = ['permanent', 'fixed-term'] as const;

// Fidelity reviews
/**
 * Review types (docs/fidelity.md#reviewer-type). New reviews choose from REVIEW_TYPES_OFFERED
 * (self-assessment, peer review by another team, external e.g. THL); `guided` and `independent` are
 * older codes kept readable with their labels (reported as self-assessment and external).
 */
export const REVIEW_TYPES = ['self-assessment', 'guided', 'independent', 'peer', 'external'] as const;
export const REVIEW_TYPES_OFFERED = ['self-assessment', 'peer', 'external'] as const;
export const REVIEW_STATUSES = ['draft', 'consensus', 'final'] as const;
export const EVIDENCE_SOURCES = ['MIS', 'DOC', 'INT'] as const;

export type ClosingReason = (typeof CLOSING_REASONS)[number];
export type ContactMode = (typeof CONTACT_MODES)[number];
export type PlacementStatusCode = (typeof PLACEMENT_STATUSES)[number];
export type EndReason = (typeof END_REASONS)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A UI text for every code of a list: a missing or stray code is a type error. */
export type Labels<List extends readonly string[]> = Record<List[number], () => string>;
