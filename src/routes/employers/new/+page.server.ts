import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { memberTeams, requireStaff } from '$lib/server/policy';
import { fieldError, refusedForm } from '$lib/server/forms';
import { teamMembersOf, teamNames } from '$lib/server/accounts';
import { addEmployer } from '$lib/server/employers/commands';
import { creationTeam, validateEmployerForm } from '$lib/server/employers/employer-form';

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
		const created = addEmployer(locals.actor, teamId, result.data);
		if (!created.ok) return refusedForm(formData, created);
		redirect(303, `/employers/${created.value}?saved`);
	}
};
