import { z } from 'zod';
import { checkbox, choice, email, id, isoDate, optionalIsoDate, optionalNumber, optionalText, requiredText } from '$lib/forms/fields';
import { normaliseBusinessId } from '$lib/domain/business-id';
import { MAX_HOURS_PER_WEEK } from '$lib/domain/placements';
import {
	CONTACT_MODES,
	CONTRACT_TYPES,
	EMPLOYER_CONTACT_PURPOSES,
	EMPLOYER_STAGES,
	END_REASONS,
	PLACEMENT_DISCLOSURES,
	WAGE_UNITS,
	WRITTEN_CONSENT_FORMS,
	WRITTEN_SIGNED_HOW
} from '$lib/domain/vocabularies';

const optionalId = () => z.preprocess((v) => (typeof v === 'string' && v !== '' ? Number(v) : null), z.number().int().positive('err_choice').nullable());

/** Only normalised here: the check digit is verified in validateEmployerForm (its message is this feature's). */
const businessId = z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? normaliseBusinessId(v) : null), z.string().max(20, 'err_too_long').nullable());

export const employerSchema = z.object({
	name: requiredText(200),
	businessId,
	industry: optionalText(100),
	municipality: optionalText(100),
	address: optionalText(200),
	sites: optionalText(2000),
	stage: choice(EMPLOYER_STAGES),
	ownerCoachId: optionalId(),
	notes: optionalText(4000),
	teamId: optionalId()
});
export type EmployerInput = z.infer<typeof employerSchema>;

export const contactPersonSchema = z.object({
	name: requiredText(100),
	role: optionalText(100),
	phone: optionalText(40),
	email: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), email().nullable())
});

export const employerContactSchema = z
	.object({
		employerId: id(),
		date: isoDate(),
		mode: choice(CONTACT_MODES),
		purpose: choice(EMPLOYER_CONTACT_PURPOSES),
		personMet: optionalText(200),
		forClients: checkbox(),
		clientIds: z.array(z.coerce.number().int().positive()).max(20, 'err_too_long'),
		clientPresent: checkbox(),
		placementId: optionalId(),
		outcome: optionalText(2000),
		nextStep: optionalText(500),
		nextStepDue: optionalIsoDate(),
		sharedWithEmployer: checkbox()
	})
	.refine((v) => !v.nextStepDue || v.nextStep, { path: ['nextStep'], message: 'err_required' });
export type EmployerContactInput = z.infer<typeof employerContactSchema>;

export const contactRequestSchema = z.object({ message: requiredText(1000) });
export const answerRequestSchema = z.object({ requestId: id(), answer: requiredText(1000) });

export const inviteEmployerUserSchema = z.object({
	name: requiredText(100),
	email: email(),
	phone: optionalText(40),
	password: z.string({ required_error: 'err_required' }).min(12, 'err_password_short').max(256, 'err_too_long')
});

// IPS tracks jobs of at least an hour a week; over 60 is a data-entry error.
const hours = optionalNumber(1, MAX_HOURS_PER_WEEK);

export const placementSchema = z.object({
	employerId: id(),
	jobTitle: requiredText(200),
	jobType: optionalText(100),
	tasks: optionalText(2000),
	tailoring: optionalText(2000),
	accommodations: optionalText(2000),
	hoursPerWeek: hours,
	wage: optionalNumber(0, 100000),
	wageUnit: z.preprocess((v) => (v === '' ? null : v), choice(WAGE_UNITS).nullable()),
	contract: z.preprocess((v) => (v === '' ? null : v), choice(CONTRACT_TYPES).nullable()),
	competitive: checkbox(),
	wageSubsidy: checkbox(),
	employerSupport: optionalText(2000),
	supportOutsideWork: optionalText(2000),
	disclosure: choice(PLACEMENT_DISCLOSURES),
	disclosureWording: optionalText(1000),
	disclosureReviewDate: optionalIsoDate(),
	startDate: optionalIsoDate()
});
export type PlacementInput = z.infer<typeof placementSchema>;

export const placementUpdateSchema = placementSchema.omit({ employerId: true }).extend({ version: z.coerce.number().int() });

export const startPlacementSchema = z.object({ startDate: isoDate(), version: z.coerce.number().int() });
export const endPlacementSchema = z.object({ endDate: isoDate(), endReason: choice(END_REASONS), version: z.coerce.number().int() });
export const didNotStartSchema = z.object({ version: z.coerce.number().int() });
export const stepDownSchema = z.object({ stepDownDate: isoDate(), version: z.coerce.number().int() });
export const withdrawConsentSchema = z.object({ consentId: id() });

export const addConsentSchema = z.object({
	consentForm: choice(WRITTEN_CONSENT_FORMS),
	validFrom: isoDate(),
	validTo: optionalIsoDate(),
	signedHow: choice(WRITTEN_SIGNED_HOW)
});
export const restartJobSearchSchema = z.object({ reason: requiredText(500) });
