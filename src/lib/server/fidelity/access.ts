import { error, fail } from '@sveltejs/kit';
import { authorize, can, type Action, type Actor } from '../policy';
import { translate } from '../forms';
import { getReview, type ReviewHeader } from './reviews';

/** The review behind a URL id, or 404 when it does not exist or the actor may not `action` it. */
export function requireReviewRead(actor: Actor | null, idParam: string, action: Action = 'read'): ReviewHeader {
	const id = Number(idParam);
	if (!Number.isInteger(id) || id <= 0) error(404, 'Not found');
	const review = getReview(id);
	if (!review) error(404, 'Not found');
	authorize(actor, action, { kind: 'review', teamId: review.teamId, status: review.status });
	return review;
}

/**
 * For write actions: a reader who may not edit gets 404; a final review answers with a clear
 * "read-only" message instead (the lead may still create a correction).
 */
export function requireReviewEdit(actor: Actor | null, idParam: string) {
	const review = requireReviewRead(actor, idParam, 'read');
	if (review.status === 'final' && can(actor, 'manage', { kind: 'review', teamId: review.teamId, status: review.status })) {
		return { review, refusal: fail(409, { errors: {}, values: {}, message: translate('fidelity_err_final') }) };
	}
	authorize(actor, 'update', { kind: 'review', teamId: review.teamId, status: review.status });
	return { review, refusal: null };
}
