import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/policy';
import { formCommand } from '$lib/server/forms';
import { newUserSchema } from '$lib/forms/accounts';
import { listEmployerOptions, listTeams } from '$lib/server/accounts';
import { addUser } from '$lib/server/admin/commands';

export const load: PageServerLoad = ({ locals, url }) => {
	authorize(locals.actor, 'read', { kind: 'administration' });
	return { teams: listTeams(), employers: listEmployerOptions(), preselectedTeam: url.searchParams.get('team') ?? '' };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = locals.actor;
		authorize(actor, 'manage', { kind: 'administration' });
		return formCommand(request, newUserSchema, (user) => addUser(actor, user), (id) => redirect(303, `/admin/users/${id}?created`));
	}
};
