import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { memberTeams, requireStaff } from '$lib/server/policy';
import { fieldError } from '$lib/server/forms';
import { teamMembersOf, teamNames } from '$lib/server/accounts';
import { audit } from '$lib/server/audit';
import { createEmployer } from '$lib/server/employers/register';
import { creationTeam, validateEmployerForm } from '$lib/server/employers/save';

export const load: PageServerLoad = ({ locals }) => {
	requireStaff(locals.actor);
	const teamId = creationTeam(locals.actor, null);
	if (teamId === null) error(404, 'Not found');
	const teams = teamNames(memberTeams(locals.actor));
	return { teams, teamId, coaches: teamMembersOf(teamId) };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		requireStaff(locals.actor);
		const formData = await request.formData();
		const requested = Number(formData.get('teamId')) || null;
		const teamId = creationTeam(locals.actor, requested);
		if (teamId === null) return fieldError(formData, 'teamId', 'err_choice');
		const result = validateEmployerForm(formData, teamId);
		if (!result.ok) return result.response;
		const id = createEmployer(teamId, result.data);
		audit({ actor: locals.actor, action: 'create', entity: 'employer', entityId: id, teamId });
		redirect(303, `/employers/${id}?saved`);
	}
};
