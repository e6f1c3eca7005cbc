import { can, type Actor } from '../policy';
import type { AuditEntry } from '../audit';
import { audited, done, hasErrors, refused, stale, type CommandResult, type Refusal } from '../commands';
import { isValidScore, ITEM_IDS } from '$lib/domain/fidelity';
import type { ScaleItem } from '$lib/domain/fidelity-scale';
import type { ActionInput, ItemFormInput, ReviewInput, StaffingRow } from './forms';
import { changeStatus, correctReview, createReview, reviewers, saveItem, saveStaffing, teamPeople, type ReviewHeader, type ReviewStatus } from './reviews';
import { addAction, getAction, setActionStatus, type ActionStatus } from './actions';

/**
 * The fidelity review's writes (docs/fidelity.md#reviews): each asks the policy again, checks its
 * rules, writes, and logs the change in the same transaction; a refusal writes and logs nothing.
 * The form layer (form-action.ts) has already answered 404 to anyone who may not see the review.
 */
export type ReviewWriteContext = { actor: Actor; review: ReviewHeader; item: ScaleItem | null };

const forbidden = (): Refusal => refused({ _form: 'fidelity_err_forbidden' });

function reviewEntry({ actor, review }: ReviewWriteContext, details: string): AuditEntry {
	return { actor, action: 'update', entity: 'fidelity-review', entityId: review.id, teamId: review.teamId, details };
}

function resourceOf(review: Pick<ReviewHeader, 'teamId' | 'status'>) {
	return { kind: 'review', teamId: review.teamId, status: review.status } as const;
}

/** A final review is read-only (a correction is a new version); otherwise only who may update it writes. */
function editRefusal({ actor, review }: ReviewWriteContext): Refusal | null {
	if (review.status === 'final') return refused({ _form: 'fidelity_err_final' }, 409);
	return can(actor, 'update', resourceOf(review)) ? null : forbidden();
}

/** A new draft for a team the actor leads: the period ends by the review date, reviewers are the team's own people. */
export function startReview(actor: Actor, input: ReviewInput): CommandResult<number> {
	if (!can(actor, 'create', { kind: 'review', teamId: input.teamId, status: 'draft' })) return refused({ teamId: 'fidelity_err_forbidden' });
	if (input.periodTo < input.periodFrom) return refused({ periodTo: 'err_date_order' });
	if (input.periodTo > input.reviewDate) return refused({ periodTo: 'fidelity_err_period_after_review' });
	const people = new Set(teamPeople(input.teamId).map((person) => person.id));
	if (input.reviewerIds.some((userId) => !people.has(userId))) return refused({ reviewerIds: 'err_choice' });
	return audited(
		() => done(createReview(actor, { ...input, reviewerIds: [...new Set(input.reviewerIds)] })),
		(id) => ({ actor, action: 'create', entity: 'fidelity-review', entityId: id, teamId: input.teamId })
	);
}

/**
 * One item's consensus score, notes, sources, checklist ticks and the named reviewers' own scores,
 * if nobody saved the item since the form was opened (else 409, nothing overwritten).
 */
export function scoreItem(context: ReviewWriteContext, input: ItemFormInput): CommandResult<number> {
	const refusal = editRefusal(context);
	if (refusal) return refusal;
	const { actor, review, item } = context;
	if (!item) return refused({ _form: 'err_choice' });
	const errors: Record<string, string> = {};
	if (input.score !== null && !isValidScore(input.score)) errors.score = 'err_range';
	const named = new Set(reviewers(review.id).map((person) => person.id));
	for (const own of input.reviewerScores) {
		if (!named.has(own.userId)) errors[`reviewer_${own.userId}`] = 'err_choice';
		else if (own.score !== null && !isValidScore(own.score)) errors[`reviewer_${own.userId}`] = 'err_range';
	}
	if (hasErrors(errors)) return { ok: false, errors, params: { min: 1, max: 5 } };
	const elements = item.checklist?.length ?? 0;
	const checklist = elements ? Array.from({ length: elements }, (_, index) => input.checklist.includes(index)) : null;
	const reviewerScores = new Map(input.reviewerScores.map((own) => [own.userId, own.score]));
	const { score, evidence, recommendation, dataSources } = input;
	return audited(
		() => (saveItem(actor, review.id, item.id, input.version, { score, evidence, recommendation, dataSources, checklist, reviewerScores }) ? done(item.id) : stale('score')),
		() => reviewEntry(context, `item ${item.id}`)
	);
}

/** draft ↔ consensus → final; finalising needs a consensus score on every item of the scale. */
export function setReviewStatus(context: ReviewWriteContext, input: { to: ReviewStatus }): CommandResult<ReviewStatus> {
	const refusal = editRefusal(context);
	if (refusal) return refusal;
	return audited(
		(): CommandResult<ReviewStatus> => {
			const changed = changeStatus(context.review.id, input.to);
			if (changed.ok) return done(input.to);
			if (changed.reason === 'final') return refused({ _form: 'fidelity_err_final' }, 409);
			return { ok: false, errors: { _form: 'fidelity_err_incomplete' }, params: { count: ITEM_IDS.length } };
		},
		(to) => reviewEntry(context, `status=${to}`)
	);
}

/** Item 2's facts: each coach's FTE and share of time on employment services (rows of the team's coaches). */
export function recordStaffing(context: ReviewWriteContext, rows: StaffingRow[]): CommandResult<void> {
	const refusal = editRefusal(context);
	if (refusal) return refusal;
	const coaches = new Set(teamPeople(context.review.teamId).filter((person) => person.role === 'coach').map((person) => person.id));
	const strangers = rows.filter((row) => !coaches.has(row.userId));
	if (strangers.length) return refused(Object.fromEntries(strangers.map((row) => [`fte_${row.userId}`, 'err_choice'])));
	return audited(
		() => done(saveStaffing(context.review.id, rows)),
		() => reviewEntry(context, 'staffing')
	);
}

/** An action of the review's plan (also after it is final), optionally about one item of the scale. */
export function addPlanAction(context: ReviewWriteContext, input: ActionInput): CommandResult<number> {
	const { actor, review } = context;
	if (!can(actor, 'manage', resourceOf(review))) return forbidden();
	if (input.itemId !== null && !ITEM_IDS.includes(input.itemId)) return refused({ itemId: 'err_choice' });
	return audited(
		() => done(addAction(actor, { teamId: review.teamId, reviewId: review.id, ...input })),
		(id) => ({ actor, action: 'create', entity: 'fidelity-action', entityId: id, teamId: review.teamId })
	);
}

/** A plan action's status; the action's team is read from the database, never from the form. */
export function setPlanActionStatus(context: ReviewWriteContext, input: { actionId: number; status: ActionStatus }): CommandResult<number> {
	const { actor, review } = context;
	const action = getAction(input.actionId);
	if (!action) return refused({ actionId: 'err_choice' });
	if (!can(actor, 'manage', resourceOf({ teamId: action.teamId, status: review.status }))) return forbidden();
	return audited(
		() => {
			setActionStatus(action.id, input.status);
			return done(action.id);
		},
		(id) => ({ actor, action: 'update', entity: 'fidelity-action', entityId: id, teamId: action.teamId, details: `status=${input.status}` })
	);
}

/** A correction of a final review: a new draft copying everything, with the reason. */
export function correctFinalReview(context: ReviewWriteContext, input: { reason: string }): CommandResult<number> {
	const { actor, review } = context;
	if (!can(actor, 'manage', resourceOf(review))) return forbidden();
	if (review.status !== 'final') return refused({ reason: 'fidelity_err_not_final' });
	return audited(
		() => done(correctReview(actor, review.id, input.reason)),
		(id) => ({ actor, action: 'create', entity: 'fidelity-review', entityId: id, teamId: review.teamId, details: `correction of ${review.id}` })
	);
}
