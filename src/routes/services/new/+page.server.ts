import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { serviceMapTeam } from '$lib/server/services/access';
import { invalid, parseForm, refusedForm } from '$lib/server/forms';
import { serviceSchema } from '$lib/server/services/forms';
import { addService } from '$lib/server/services/commands';

/** A new entry in the team's service map: its lead only. */
export const load: PageServerLoad = ({ locals, url }) => {
	const { team, teams } = serviceMapTeam(locals.actor, url.searchParams.get('team'), 'create');
	return { team, teams };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { actor, team } = serviceMapTeam(locals.actor, url.searchParams.get('team'), 'create');
		const formData = await request.formData();
		const parsed = parseForm(serviceSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		const created = addService(actor, team.id, parsed.data);
		if (!created.ok) return refusedForm(formData, created);
		redirect(303, `/services/${created.value}?saved`);
	}
};
