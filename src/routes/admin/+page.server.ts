import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/policy';
import { parseForm, invalid, fieldError } from '$lib/server/forms';
import { teamSchema } from '$lib/forms/accounts';
import { createTeam, findTeamByName, listTeams, listUsers } from '$lib/server/accounts';
import { audit } from '$lib/server/audit';

export const load: PageServerLoad = ({ locals }) => {
	authorize(locals.actor, 'read', { kind: 'administration' });
	return { teams: listTeams(), userCount: listUsers().length };
};

export const actions: Actions = {
	createTeam: async ({ request, locals }) => {
		authorize(locals.actor, 'manage', { kind: 'administration' });
		const formData = await request.formData();
		const parsed = parseForm(teamSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		if (findTeamByName(parsed.data.name)) return fieldError(formData, 'name', 'err_name_taken');
		const id = createTeam(parsed.data);
		audit({ actor: locals.actor, action: 'create', entity: 'team', entityId: id, teamId: id });
		return { created: parsed.data.name };
	}
};
