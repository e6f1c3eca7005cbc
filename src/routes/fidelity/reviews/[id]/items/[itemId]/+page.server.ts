import type { Actions, PageServerLoad } from './$types';
import { requireReviewRead } from '$lib/server/fidelity/access';
import { itemFormSchema } from '$lib/server/fidelity/forms';
import { reviewFormAction } from '$lib/server/fidelity/form-action';
import { reviewerIds } from '$lib/server/fidelity/reviews';
import { afterItemSaved, itemPage } from '$lib/server/fidelity/views';
import * as commands from '$lib/server/fidelity/commands';

export const load: PageServerLoad = ({ locals, params }) => itemPage(locals.actor!, requireReviewRead(locals.actor, params.id), params.itemId);

export const actions: Actions = {
	// Save, or "save and next": the answer is a redirect to the next item or back to the review.
	default: (event) =>
		reviewFormAction(
			event,
			{
				access: 'update',
				schema: (review) => itemFormSchema(reviewerIds(review.id)),
				arrays: ['dataSources', 'checklist'],
				done: (itemId, data, context) => afterItemSaved(itemId, data.next, context)
			},
			commands.scoreItem
		)
};
