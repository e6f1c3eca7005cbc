import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { clientFormAction } from '$lib/server/clients/form-action';
import { consentSchema } from '$lib/server/clients/forms';
import { addConsent } from '$lib/server/clients/commands';
import { loadNewConsentPage } from '$lib/server/clients/new-consent-page';

/** Recording a consent (its own page, like a new placement): the client's own coach or a lead of the team. */
export const load: PageServerLoad = ({ locals, params }) => loadNewConsentPage(locals.actor, params.id);

export const actions: Actions = {
	default: async (event) => {
		const answer = await clientFormAction(
			event,
			{ schema: consentSchema, arrays: ['parties', 'categories'], saved: 'consent', audit: { entity: 'consent' } },
			(data, context) => addConsent(context.clientId, data, context.actorId)
		);
		if ('saved' in answer) redirect(303, `/clients/${event.params.id}?saved=consent#h-consents`);
		return answer;
	}
};
