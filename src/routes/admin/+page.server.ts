import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/policy';
import { formCommand } from '$lib/server/forms';
import { teamSchema } from '$lib/forms/accounts';
import { listTeams, listUsers } from '$lib/server/accounts';
import { addTeam } from '$lib/server/admin/commands';

export const load: PageServerLoad = ({ locals }) => {
	authorize(locals.actor, 'read', { kind: 'administration' });
	return { teams: listTeams(), userCount: listUsers().length };
};

export const actions: Actions = {
	createTeam: async ({ request, locals }) => {
		const actor = locals.actor;
		authorize(actor, 'manage', { kind: 'administration' });
		return formCommand(request, teamSchema, (team) => addTeam(actor, team), (_id, team) => ({ created: team.name }));
	}
};
