import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { requireReviewCreator } from '$lib/server/fidelity/access';
import { reviewSchema } from '$lib/server/fidelity/forms';
import { newReviewFormAction } from '$lib/server/fidelity/form-action';
import { newReviewPage } from '$lib/server/fidelity/views';
import * as commands from '$lib/server/fidelity/commands';

export const load: PageServerLoad = ({ locals }) => newReviewPage(requireReviewCreator(locals.actor));

export const actions: Actions = {
	default: (event) => newReviewFormAction(event, { schema: reviewSchema, arrays: ['reviewerIds'], done: (id) => redirect(303, `/fidelity/reviews/${id}`) }, commands.startReview)
};
