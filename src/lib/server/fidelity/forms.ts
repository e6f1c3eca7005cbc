import { z } from 'zod';
import { ACTION_STATUSES, EVIDENCE_SOURCES, REVIEW_STATUSES, REVIEW_TYPES_OFFERED } from '$lib/domain/vocabularies';
import { ITEM_IDS } from '$lib/domain/fidelity-scale';
import { choice, id, isoDate, optionalIsoDate, optionalText, requiredText } from '$lib/forms/fields';

/**
 * Form schemas of the fidelity pages (field names shared by the actions and the pages). The
 * commands in commands.ts take what these return and check the rules that need the database.
 */

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

/** A number typed with a decimal point or comma; '' when the field was left empty. */
function decimalText(value: unknown): string {
	return typeof value === 'string' ? value.trim().replace(',', '.') : '';
}

/** A reviewer's own score: empty = none (clears it), else an integer 1–5 (one message for anything else). */
function ownScore() {
	return z.unknown().transform((value, ctx): number | null => {
		const raw = typeof value === 'string' ? value.trim() : '';
		if (raw === '') return null;
		const score = Number(raw);
		if (Number.isInteger(score) && score >= 1 && score <= 5) return score;
		ctx.addIssue({ code: 'custom', message: 'err_range', params: { min: 1, max: 5 } });
		return z.NEVER;
	});
}

export const reviewSchema = z.object({
	teamId: id(),
	reviewDate: isoDate(),
	periodFrom: isoDate(),
	periodTo: isoDate(),
	// New reviews choose from the offered types; older codes stay readable (docs/fidelity.md#reviewer-type).
	type: choice(REVIEW_TYPES_OFFERED),
	reviewerIds: z.array(z.string().regex(/^\d+$/, 'err_choice').transform(Number)).max(50, 'err_too_long'),
	outsideReviewers: optionalText(500)
});
export type ReviewInput = z.infer<typeof reviewSchema>;

export const itemSchema = z.object({
	version: z.preprocess((v) => Number(v), z.number().int().positive('err_stale')),
	score: optionalScore(),
	evidence: optionalText(4000),
	recommendation: optionalText(2000),
	dataSources: z.array(choice(EVIDENCE_SOURCES)),
	checklist: z.array(z.string().regex(/^\d{1,2}$/, 'err_choice').transform(Number)),
	/** "Save and next". */
	next: z.preprocess((v) => v === '1', z.boolean())
});

/** An item's form: the item fields and each named reviewer's own score (`reviewer_<userId>`). */
export function itemFormSchema(reviewerIds: number[]) {
	const own = Object.fromEntries(reviewerIds.map((userId) => [`reviewer_${userId}`, ownScore()]));
	return itemSchema.extend(own).transform((parsed) => {
		// The reviewer fields' names are only known here, so zod types them all alike: read each part as what it is.
		const data = parsed as unknown as z.infer<typeof itemSchema>;
		const scores = parsed as unknown as Record<string, number | null>;
		const reviewerScores = reviewerIds.map((userId) => ({ userId, score: scores[`reviewer_${userId}`] }));
		const { version, score, evidence, recommendation, dataSources, checklist, next } = data;
		return { version, score, evidence, recommendation, dataSources, checklist, reviewerScores, next };
	});
}
export type ItemFormInput = z.output<ReturnType<typeof itemFormSchema>>;

export type StaffingRow = { userId: number; fte: number; share: number };

/**
 * Item 2's staffing facts, one row per coach of the team (`fte_<userId>`, `share_<userId>`): a
 * coach with both fields empty is left out; otherwise FTE 0.1–1.5 and share 0–100 %, stored as 0–1.
 */
export function staffingSchema(coachIds: number[]) {
	return z.record(z.unknown()).transform((values, ctx): StaffingRow[] => {
		const rows: StaffingRow[] = [];
		for (const userId of coachIds) {
			const fteRaw = decimalText(values[`fte_${userId}`]);
			const shareRaw = decimalText(values[`share_${userId}`]);
			if (fteRaw === '' && shareRaw === '') continue;
			const fte = Number(fteRaw);
			const share = Number(shareRaw);
			if (fteRaw === '' || !Number.isFinite(fte) || fte <= 0 || fte > 1.5) ctx.addIssue({ code: 'custom', path: [`fte_${userId}`], message: 'err_range', params: { min: 0.1, max: 1.5 } });
			if (shareRaw === '' || !Number.isFinite(share) || share < 0 || share > 100) ctx.addIssue({ code: 'custom', path: [`share_${userId}`], message: 'err_range', params: { min: 0, max: 100 } });
			rows.push({ userId, fte, share: share / 100 });
		}
		return rows;
	});
}

export const actionSchema = z.object({
	itemId: z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : null),
		z
			.number({ invalid_type_error: 'err_choice' })
			.refine((itemId) => ITEM_IDS.includes(itemId), 'err_choice')
			.nullable()
	),
	action: requiredText(500),
	owner: optionalText(200),
	dueDate: optionalIsoDate()
});
export type ActionInput = z.infer<typeof actionSchema>;

export const actionStatusSchema = z.object({ actionId: id(), status: choice(ACTION_STATUSES) });
export const statusSchema = z.object({ to: choice(REVIEW_STATUSES) });
export const correctionSchema = z.object({ reason: requiredText(1000) });
