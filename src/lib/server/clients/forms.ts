import { z } from 'zod';
import { requiredText, optionalText, checkbox, integer, optionalNumber, choice, id, isoDate, optionalIsoDate } from '$lib/forms/fields';
import { parseDate } from '$lib/domain/dates';
import { normaliseHenkilotunnus } from '$lib/domain/henkilotunnus';
import { RESULT_MAX, RESULT_MIN } from '$lib/domain/kykyviisari';
import {
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
	JOB_SEARCH_ACTIVITY_KINDS,
	MISSED_MEETING_KINDS,
	OUTREACH_CHANNELS,
	REFERRAL_SOURCES,
	SITUATIONS_AT_REFERRAL
} from '$lib/domain/vocabularies';
import { parsePlanGoals, PLAN_TEXT_MAX } from '$lib/domain/support-plan';
import { formValues, parseForm, translate, type Parsed } from '../forms';

/** Form schemas of the client record. Dates accept ISO or Finnish d.m.yyyy. */

const toIso = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? (parseDate(v) ?? v.trim()) : v);
export const date = () => z.preprocess(toIso, isoDate());
export const optionalDate = () => z.preprocess(toIso, optionalIsoDate());


const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
	z.preprocess((v) => (v === '' || v === undefined ? null : v), choice(values).nullable());

const henkilotunnus = z.preprocess(
	(v) => (typeof v === 'string' && v.trim() !== '' ? normaliseHenkilotunnus(v) : null),
	// The check character is verified by the command (its message key is not a generic err_*).
	z.string().max(20, 'err_too_long').nullable()
);

const identityFields = {
	firstName: requiredText(100),
	lastName: requiredText(100),
	personalId: henkilotunnus,
	birthYear: optionalNumber(1900, 2100),
	preferredLanguage: choice(CLIENT_LANGUAGES),
	phone: optionalText(40),
	email: optionalText(254),
	municipality: optionalText(100)
};

const referralFields = {
	referralDate: date(),
	referralSource: choice(REFERRAL_SOURCES),
	referrer: optionalText(200),
	situationAtReferral: optionalChoice(SITUATIONS_AT_REFERRAL),
	unemploymentMonths: optionalNumber(0, 600),
	outOfWorkAtReferral: checkbox()
};

export const newClientSchema = z.object({
	...identityFields,
	...referralFields,
	teamId: id(),
	coachId: z.preprocess((v) => (v === '' || v === undefined ? null : Number(v)), z.number().int().positive().nullable())
});

export const identitySchema = z.object({ ...identityFields, version: integer(1, Number.MAX_SAFE_INTEGER) });

export const enrolmentSchema = z.object({
	...referralFields,
	firstMeetingDate: optionalDate(),
	entryDate: optionalDate(),
	agreedGoals: optionalText(2000),
	meetingRhythm: optionalText(200),
	/** Phase 5: the day in-work support stepped down to other support. */
	stepDownDate: optionalDate(),
	version: integer(1, Number.MAX_SAFE_INTEGER)
});

export const handoverSchema = z.object({
	kind: choice(ASSIGNMENT_KINDS),
	userId: z.preprocess((v) => (v === '' || v === undefined ? null : Number(v)), z.number().int().positive().nullable()),
	personName: optionalText(200),
	startedOn: date(),
	reason: optionalText(500)
});

export const phaseSchema = z.object({
	phase: integer(1, 5),
	enteredOn: date(),
	reason: optionalText(500),
	version: integer(1, Number.MAX_SAFE_INTEGER)
});

export const contactSchema = z.object({
	date: date(),
	durationMinutes: z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.trim().replace(',', '.')) : undefined),
		z.number({ required_error: 'err_required', invalid_type_error: 'err_number' }).int('err_integer')
	),
	mode: choice(CONTACT_MODES),
	place: choice(CONTACT_PLACES),
	participants: optionalText(200),
	note: optionalText(2000),
	nextStep: optionalText(500),
	nextStepDue: optionalDate()
});

export const outreachSchema = z.object({ date: date(), channel: choice(OUTREACH_CHANNELS), result: optionalText(500) });

export const missedMeetingSchema = z.object({ date: date(), kind: choice(MISSED_MEETING_KINDS), note: optionalText(500) });

export const closingSchema = z.object({
	reason: z.string({ required_error: 'err_required' }).min(1, 'err_required'),
	closedDate: date(),
	note: optionalText(1000),
	version: integer(1, Number.MAX_SAFE_INTEGER)
});

export const reopenSchema = z.object({ referralDate: date(), referralSource: choice(REFERRAL_SOURCES), referrer: optionalText(200) });

export const consentSchema = z.object({
	form: choice(CONSENT_FORMS),
	parties: z.array(choice(CONSENT_PARTIES)).min(1, 'err_required'),
	categories: z.array(choice(CONSENT_CATEGORIES)),
	healthData: checkbox(),
	purpose: requiredText(500),
	validFrom: date(),
	validTo: optionalDate(),
	signedHow: choice(CONSENT_SIGNED_HOW),
	/** The employer the consent names (opens the employer portal for a disclosed placement); optional. */
	employerId: z.preprocess((v) => (typeof v === 'string' && v !== '' ? Number(v) : null), z.number({ invalid_type_error: 'err_choice' }).int().positive('err_choice').nullable())
});

export const withdrawConsentSchema = z.object({ consentId: id(), withdrawnAt: date() });

export const feedbackSchema = z.object({
	date: date(),
	satisfaction: integer(4, 10),
	recommend: z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : null),
		z.number({ invalid_type_error: 'err_number' }).int('err_integer').min(0, 'err_range').max(10, 'err_range').nullable()
	),
	comment: optionalText(1000)
});

export const profileSchema = z.object({
	workHistory: optionalText(4000),
	education: optionalText(2000),
	skills: optionalText(2000),
	interests: optionalText(2000),
	helpsAndHinders: optionalText(2000),
	supportNetwork: optionalText(2000),
	jobGoals: optionalText(2000),
	changeNote: optionalText(500),
	/** The profile version the form was opened on (0 = none yet). */
	baseVersion: integer(0, Number.MAX_SAFE_INTEGER)
});

export const benefitsSchema = z.object({ date: date(), status: choice(BENEFITS_COUNSELLING_STATUSES), counsellor: optionalText(200), topics: optionalText(1000) });
export const disclosureSchema = z.object({ date: date(), decision: choice(DISCLOSURE_DECISIONS), notes: optionalText(1000) });
export const jobSearchPlanSchema = z.object({
	targetJobs: requiredText(1000),
	employersToApproach: optionalText(2000),
	notes: optionalText(2000),
	baseVersion: integer(0, Number.MAX_SAFE_INTEGER)
});

const score = () => optionalNumber(RESULT_MIN, RESULT_MAX);
export const kykyviisariSchema = z.object({
	date: date(),
	linkSentOn: optionalIsoDate(),
	overall: z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.trim().replace(',', '.')) : undefined),
		z
			.number({ required_error: 'err_required', invalid_type_error: 'err_number' })
			.refine((n) => Number.isFinite(n) && n >= RESULT_MIN && n <= RESULT_MAX, { message: 'err_range', params: { min: RESULT_MIN, max: RESULT_MAX } })
	),
	wellbeing: score(),
	participation: score(),
	mind: score(),
	everydayLife: score(),
	skills: score(),
	body: score(),
	workAndFuture: score()
});


export const supportPlanSchema = z.object({
	planDate: date(),
	situation: optionalText(4000),
	workAndEducation: optionalText(4000),
	workAbilityFactors: optionalText(4000),
	servicesInUse: optionalText(2000),
	networkContacts: optionalText(2000),
	reviewDate: optionalDate(),
	changeNote: optionalText(500),
	baseVersion: integer(0, Number.MAX_SAFE_INTEGER)
});

/** The support plan's form: its fields (zod) and its goal tree (g1, g1s1, g1s1a1 …), errors of both at once. */
export function parseSupportPlanForm(formData: FormData): Parsed<z.infer<typeof supportPlanSchema> & { goals: ReturnType<typeof parsePlanGoals>['goals'] }> {
	const goalFields: Record<string, string> = {};
	for (const [key, value] of formData) if (/^g\d/.test(key) && typeof value === 'string') goalFields[key] = value;
	const tree = parsePlanGoals(goalFields);
	const treeErrors = Object.fromEntries(Object.entries(tree.errors).map(([field, key]) => [field, translate(key, { max: PLAN_TEXT_MAX })]));
	const parsed = parseForm(supportPlanSchema, formData);
	if (!parsed.ok) return { ok: false, failure: { ...parsed.failure, errors: { ...parsed.failure.errors, ...treeErrors } } };
	if (Object.keys(treeErrors).length > 0) return { ok: false, failure: { errors: treeErrors, values: formValues(formData) } };
	return { ok: true, data: { ...parsed.data, goals: tree.goals } };
}

export const jobSearchActivitySchema = z.object({
	date: date(),
	kind: choice(JOB_SEARCH_ACTIVITY_KINDS),
	employerName: optionalText(200),
	jobTitle: optionalText(200),
	result: optionalText(500)
});
