import { error } from '@sveltejs/kit';
import { authorize, can, type Action, type Actor } from '../policy';
import { getReview, reviewTeams, type ReviewHeader } from './reviews';
import { scaleById } from './scale';
import { getAction } from './actions';
import type { ScaleItem } from '$lib/domain/fidelity-scale';

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
 * For write actions on a review: `manage` (action plan, corrections) or `update` (its content). A
 * reader who may not write gets 404. A lead writing to a final review gets the review back, so the
 * command can answer with a clear "read-only" message (the lead may still create a correction).
 */
export function requireReviewWrite(actor: Actor | null, idParam: string, action: 'update' | 'manage'): ReviewHeader {
	const review = requireReviewRead(actor, idParam, 'read');
	const resource = { kind: 'review', teamId: review.teamId, status: review.status } as const;
	if (action === 'update' && review.status === 'final' && can(actor, 'manage', resource)) return review;
	authorize(actor, action, resource);
	return review;
}

/** Teams where the actor may start a review (with their names); 404 when there are none. */
export function requireReviewCreator(actor: Actor | null): { id: number; name: string }[] {
	if (!actor) error(404, 'Not found');
	const teams = reviewTeams(actor).filter((team) => can(actor, 'create', { kind: 'review', teamId: team.id, status: 'draft' }));
	if (teams.length === 0) error(404, 'Not found');
	return teams.map(({ id, name }) => ({ id, name }));
}

/** The item a URL names in the review's own scale version (with the scale's items), or 404. */
export function requireScaleItem(review: Pick<ReviewHeader, 'scaleId'>, itemIdParam: string): { items: ScaleItem[]; item: ScaleItem } {
	const itemId = Number(itemIdParam);
	const scale = scaleById(review.scaleId);
	const item = scale?.items.find((candidate) => candidate.id === itemId);
	if (!scale || !item) error(404, 'Not found');
	return { items: scale.items, item };
}

/** A plan action a form names: it must exist and its own team's reviews be the actor's to manage (404 otherwise). */
export function authorizePlanAction(actor: Actor, data: { actionId: number }, review: Pick<ReviewHeader, 'status'>): void {
	const action = getAction(data.actionId);
	if (!action) error(404, 'Not found');
	authorize(actor, 'manage', { kind: 'review', teamId: action.teamId, status: review.status });
}
