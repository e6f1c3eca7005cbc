import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { actionSchema, actionStatusSchema, correctionSchema, staffingSchema, statusSchema } from '$lib/server/fidelity/forms';
import { authorizePlanAction, requireReviewRead } from '$lib/server/fidelity/access';
import { reviewFormAction } from '$lib/server/fidelity/form-action';
import { coachIds } from '$lib/server/fidelity/reviews';
import { reviewPage } from '$lib/server/fidelity/views';
import * as commands from '$lib/server/fidelity/commands';

export const load: PageServerLoad = ({ locals, params }) => reviewPage(locals.actor!, requireReviewRead(locals.actor, params.id));

export const actions: Actions = {
	status: (event) => reviewFormAction(event, { access: 'update', schema: statusSchema, done: (to) => ({ statusChanged: to }) }, commands.setReviewStatus),
	staffing: (event) => reviewFormAction(event, { access: 'update', schema: (review) => staffingSchema(coachIds(review.teamId)), done: () => ({ staffingSaved: true }) }, commands.recordStaffing),
	addAction: (event) => reviewFormAction(event, { access: 'manage', schema: actionSchema, done: () => ({ actionAdded: true }) }, commands.addPlanAction),
	actionStatus: (event) => reviewFormAction(event, { access: 'manage', schema: actionStatusSchema, authorize: authorizePlanAction, done: () => ({ actionUpdated: true }) }, commands.setPlanActionStatus),
	correct: (event) => reviewFormAction(event, { access: 'manage', schema: correctionSchema, done: (id) => redirect(303, `/fidelity/reviews/${id}`) }, commands.correctFinalReview)
};
