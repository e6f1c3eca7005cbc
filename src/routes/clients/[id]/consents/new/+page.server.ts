import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { auditClientRead } from '$lib/server/read-budget';
import { requireClientWrite } from '$lib/server/clients/access';
import { clientFormAction } from '$lib/server/clients/form-action';
import { consentSchema } from '$lib/server/clients/forms';
import { addConsent } from '$lib/server/clients/commands';
import { getIdentity } from '$lib/server/clients/record/identity';
import { employerOptions } from '$lib/server/employers/register';
import { isoDateInFinland } from '$lib/domain/dates';

/**
 * Recording a consent (its own page, like a new placement): only the client's own coach or a lead of
 * the team; a teammate who may read the record gets 403, anybody else 404.
 */
export const load: PageServerLoad = ({ locals, params }) => {
	const access = requireClientWrite(locals.actor, params.id);
	auditClientRead({ actor: locals.actor, action: 'read', entity: 'client', entityId: access.clientId, clientId: access.clientId, teamId: access.teamId, view: 'consent-new' });
	const identity = getIdentity(access.clientId)!;
	return {
		client: { id: access.clientId, firstName: identity.firstName, lastName: identity.lastName },
		employers: employerOptions([access.teamId]),
		today: isoDateInFinland()
	};
};

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
