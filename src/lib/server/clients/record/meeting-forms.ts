import { z } from 'zod';
import { checkbox, choice, integer, optionalText, requiredText } from '$lib/forms/fields';
import { ACTIVITY_KINDS, EXTERNAL_PLAN_KINDS } from '$lib/domain/vocabularies';
import { date, optionalDate } from '../forms';

/** Forms of network meetings, consultations, activities and external plans (docs/domain/work-ability.md). */

const ids = () => z.array(z.preprocess((v) => Number(v), z.number({ invalid_type_error: 'err_choice' }).int('err_choice').positive('err_choice'))).max(50, 'err_too_long');
const version = () => integer(1, Number.MAX_SAFE_INTEGER);

/** Names typed in, one a line; blank lines dropped. */
const typedNames = () =>
	z.preprocess(
		(v) => (typeof v === 'string' ? v.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '') : []),
		z.array(z.string().max(200, 'err_too_long')).max(30, 'err_too_long')
	);

/** The checkbox groups of a meeting form (parseForm reads them as arrays). */
export const MEETING_ARRAYS = ['networkPersonIds', 'userIds'];

export const networkMeetingSchema = z.object({
	date: date(),
	clientPresent: checkbox(),
	networkPersonIds: ids(),
	userIds: ids(),
	otherNames: typedNames(),
	topic: requiredText(500),
	nextSteps: optionalText(2000)
});
export type NetworkMeetingInput = z.infer<typeof networkMeetingSchema>;

const consultationFields = {
	date: date(),
	counterpart: optionalText(200),
	question: requiredText(2000),
	answer: optionalText(4000)
};

export const consultationSchema = z.object(consultationFields);
export type ConsultationInput = z.infer<typeof consultationSchema>;

/** The team page's anonymous consultation: `confirmed` = the coach saw the warning and checked the text. */
export const anonymousConsultationSchema = z.object({ ...consultationFields, confirmed: checkbox() });
export type AnonymousConsultationInput = z.infer<typeof anonymousConsultationSchema>;

const activityFields = {
	kind: choice(ACTIVITY_KINDS),
	startsOn: date(),
	endsOn: optionalDate(),
	organiser: optionalText(200),
	note: optionalText(1000)
};

export const activitySchema = z.object(activityFields);
export const editActivitySchema = z.object({ ...activityFields, id: integer(1, Number.MAX_SAFE_INTEGER), version: version() });
export type ActivityInput = z.infer<typeof activitySchema>;

const externalPlanFields = {
	kind: choice(EXTERNAL_PLAN_KINDS),
	date: date(),
	owner: requiredText(200),
	note: optionalText(1000)
};

export const externalPlanSchema = z.object(externalPlanFields);
export const editExternalPlanSchema = z.object({ ...externalPlanFields, id: integer(1, Number.MAX_SAFE_INTEGER), version: version() });
export type ExternalPlanInput = z.infer<typeof externalPlanSchema>;
