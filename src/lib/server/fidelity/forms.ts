import { z } from 'zod';
import { ACTION_STATUSES, EVIDENCE_SOURCES, REVIEW_STATUSES, REVIEW_TYPES } from '$lib/domain/vocabularies';
import { choice, id, isoDate, optionalIsoDate, optionalText, requiredText } from '$lib/forms/fields';

/** Form schemas of the fidelity pages (field names shared by the actions and the pages). */


/** Empty = not scored yet; otherwise an integer 1–5. */
export function optionalScore() {
	return z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.trim().replace(',', '.')) : null),
		z
			.number({ invalid_type_error: 'err_number' })
			.int('err_integer')
			.refine((n) => n >= 1 && n <= 5, { message: 'err_range', params: { min: 1, max: 5 } })
			.nullable()
	);
}

export const reviewSchema = z.object({
	teamId: id(),
	reviewDate: isoDate(),
	periodFrom: isoDate(),
	periodTo: isoDate(),
	type: choice(REVIEW_TYPES),
	reviewerIds: z.array(z.string().regex(/^\d+$/, 'err_choice').transform(Number)).max(50, 'err_too_long'),
	outsideReviewers: optionalText(500)
});

export const itemSchema = z.object({
	version: z.preprocess((v) => Number(v), z.number().int().positive('err_stale')),
	score: optionalScore(),
	evidence: optionalText(4000),
	recommendation: optionalText(2000),
	dataSources: z.array(choice(EVIDENCE_SOURCES)),
	checklist: z.array(z.string().regex(/^\d{1,2}$/, 'err_choice').transform(Number))
});

export const actionSchema = z.object({
	itemId: z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : null),
		z.number({ invalid_type_error: 'err_choice' }).int('err_choice').min(1, 'err_choice').max(25, 'err_choice').nullable()
	),
	action: requiredText(500),
	owner: optionalText(200),
	dueDate: optionalIsoDate()
});

export const actionStatusSchema = z.object({ actionId: id(), status: choice(ACTION_STATUSES) });
export const statusSchema = z.object({ to: choice(REVIEW_STATUSES) });
export const correctionSchema = z.object({ reason: requiredText(1000) });
