import { ZodType, type z } from 'zod';
import { authorize, type Actor } from '../policy';
import type { CommandResult, Refusal } from '../commands';
import { invalid, parseForm, refusedForm, translate } from '../forms';
import { requireReviewCreator, requireReviewWrite, requireScaleItem } from './access';
import type { ReviewHeader } from './reviews';
import type { ReviewWriteContext } from './commands';

type Event = { locals: App.Locals; params: { id?: string; itemId?: string }; request: Request };
type Schema<D> = z.ZodType<D, z.ZodTypeDef, unknown>;

export type ReviewFormOptions<D, T> = {
	/** What the actor must be allowed to do with the review: edit its content, or manage it (action plan, corrections). */
	access: 'update' | 'manage';
	/** The form's zod schema, or one built for this review (fields per coach or reviewer). */
	schema: Schema<D> | ((review: ReviewHeader) => Schema<D>);
	/** Fields that may repeat (checkbox groups). */
	arrays?: string[];
	/** The form names another record (a plan action): the policy is asked about it too (404). */
	authorize?: (actor: Actor, data: D, review: ReviewHeader) => void;
	/** The answer when the command is done: what the page shows, or a redirect (thrown). */
	done: (value: T, data: D, context: ReviewWriteContext) => Record<string, unknown>;
};

/**
 * A refused command as the form's answer: field messages next to their fields; `_form` (the review
 * as a whole: final, incomplete, not allowed) as the page's message. Typed values are kept.
 */
function refusal(formData: FormData, result: Refusal) {
	const { _form: whole, ...fields } = result.errors;
	return refusedForm(formData, { ...result, errors: fields }, whole ? { message: translate(whole, result.params ?? {}) } : {});
}

/**
 * One form action on a fidelity review: the policy first (404 from the review's row; a lead writing
 * to a final review reaches the command, which says it is read-only), then the form (zod), then the
 * command, which writes and logs in one transaction. See docs/architecture.md#request-flow.
 */
export async function reviewFormAction<D, T>(event: Event, options: ReviewFormOptions<D, T>, command: (context: ReviewWriteContext, data: D) => CommandResult<T>) {
	const { locals, params, request } = event;
	const review = requireReviewWrite(locals.actor, params.id ?? '', options.access);
	const actor = locals.actor!;
	const item = params.itemId === undefined ? null : requireScaleItem(review, params.itemId).item;
	const formData = await request.formData();
	const schema = options.schema instanceof ZodType ? options.schema : options.schema(review);
	const parsed = parseForm(schema, formData, options.arrays ?? []);
	if (!parsed.ok) return invalid(parsed.failure);
	options.authorize?.(actor, parsed.data, review);
	const context: ReviewWriteContext = { actor, review, item };
	const result = command(context, parsed.data);
	return result.ok ? options.done(result.value, parsed.data, context) : refusal(formData, result);
}

/** Creating a review: the team comes from the form, so the policy is asked about it after parsing (404 otherwise, like any unknown id). */
export async function newReviewFormAction<D extends { teamId: number }, T>(
	event: Event,
	options: { schema: Schema<D>; arrays?: string[]; done: (value: T) => Record<string, unknown> },
	command: (actor: Actor, data: D) => CommandResult<T>
) {
	const { locals, request } = event;
	requireReviewCreator(locals.actor);
	const formData = await request.formData();
	const parsed = parseForm(options.schema, formData, options.arrays ?? []);
	if (!parsed.ok) return invalid(parsed.failure);
	authorize(locals.actor, 'create', { kind: 'review', teamId: parsed.data.teamId, status: 'draft' });
	const result = command(locals.actor, parsed.data);
	return result.ok ? options.done(result.value) : refusal(formData, result);
}
