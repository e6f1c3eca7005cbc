import type { Actions, PageServerLoad } from './$types';
import { anonymiseClient, clientRetention, NotEligibleError, requirePersonalData } from '$lib/server/trust/personal-data';
import { audit } from '$lib/server/audit';
import { seesClientNames } from '$lib/server/policy';
import { parseForm, invalid, fieldError } from '$lib/server/forms';
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
		const formData = await request.formData();
		const parsed = parseForm(anonymiseSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		try {
			const result = anonymiseClient(client.id);
			audit({ actor: locals.actor, action: 'erase', entity: 'client', entityId: client.id, clientId: client.id, teamId: client.team_id, details: `cleared: ${result.clearedTables.join(', ') || '–'}; deleted: ${result.deletedTables.join(', ') || '–'}` });
			return { anonymised: true };
		} catch (err) {
			if (err instanceof NotEligibleError) return fieldError(formData, 'confirm', 'trust_not_eligible');
			throw err;
		}
	}
};
