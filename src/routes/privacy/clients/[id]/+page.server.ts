import type { Actions, PageServerLoad } from './$types';
import { clientRetention, requirePersonalData } from '$lib/server/trust/personal-data';
import { eraseClient } from '$lib/server/trust/commands';
import { seesClientNames } from '$lib/server/policy';
import { formCommand } from '$lib/server/forms';
import { anonymiseSchema } from '$lib/forms/trust';

export const load: PageServerLoad = ({ locals, params }) => {
	const client = requirePersonalData(locals.actor, Number(params.id), 'read');
	const named = seesClientNames(locals.actor!, client.team_id);
	return {
		client: { id: client.id, name: named && !client.anonymised_at ? `${client.first_name} ${client.last_name}` : null, anonymised: client.anonymised_at !== null },
		retention: clientRetention(client.id)
	};
};

export const actions: Actions = {
	anonymise: async ({ request, locals, params }) => {
		const client = requirePersonalData(locals.actor, Number(params.id), 'delete');
		return formCommand(request, anonymiseSchema, () => eraseClient(locals.actor!, client), () => ({ anonymised: true }));
	}
};
