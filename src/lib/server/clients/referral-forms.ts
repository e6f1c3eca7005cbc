import { z } from 'zod';
import { choice, optionalText } from '$lib/forms/fields';
import { MEDICAL_STATEMENT_TYPES, REFERRAL_KINDS } from '$lib/domain/vocabularies';
import { date, optionalDate } from './forms';

/** Form schemas of the support-need checklist and the referrals (docs/domain/work-ability.md#referrals-and-statements). */

/** A yes/no question that may be left unanswered: '' = not known yet (null). */
const answer = () => z.preprocess((v) => (v === 'yes' ? true : v === 'no' ? false : v === '' || v === undefined ? null : v), z.boolean({ invalid_type_error: 'err_choice' }).nullable());

/** The version the form was opened on; 0 = there was no checklist yet. */
const baseVersion = () => z.preprocess((v) => (typeof v === 'string' && v !== '' ? Number(v) : 0), z.number().int().min(0));

const optionalId = () => z.preprocess((v) => (typeof v === 'string' && v !== '' ? Number(v) : null), z.number({ invalid_type_error: 'err_choice' }).int().positive('err_choice').nullable());

const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
	z.preprocess((v) => (v === '' || v === undefined ? null : v), choice(values).nullable());

export const supportNeedsSchema = z.object({
	version: baseVersion(),
	healthCheckDone: answer(),
	healthCheckOn: optionalDate(),
	onSickLeave: answer(),
	rehabilitationInUse: answer(),
	otherServices: optionalText(500),
	typClient: answer(),
	coordinatorNeeded: answer(),
	note: optionalText(1000)
});
export type SupportNeedsInput = z.infer<typeof supportNeedsSchema>;

const referralFields = {
	kind: choice(REFERRAL_KINDS),
	serviceId: optionalId(),
	statementType: optionalChoice(MEDICAL_STATEMENT_TYPES),
	requestedOn: date(),
	doneOn: optionalDate(),
	cancelledOn: optionalDate(),
	note: optionalText(1000)
};

export const referralSchema = z.object(referralFields);
export type ReferralFormInput = z.infer<typeof referralSchema>;

const referralRef = { referralId: z.preprocess((v) => (typeof v === 'string' && v !== '' ? Number(v) : undefined), z.number({ required_error: 'err_choice', invalid_type_error: 'err_choice' }).int().positive('err_choice')), version: baseVersion() };

export const referralEditSchema = z.object({ ...referralFields, ...referralRef });
export type ReferralEditInput = z.infer<typeof referralEditSchema>;

/** Marking a referral done or cancelled on a day (the one-click form sends today). */
export const referralOutcomeSchema = z.object({ ...referralRef, outcome: choice(['done', 'cancelled'] as const), date: date() });
export type ReferralOutcomeInput = z.infer<typeof referralOutcomeSchema>;
