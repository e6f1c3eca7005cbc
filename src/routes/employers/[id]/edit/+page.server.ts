import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { fieldError } from '$lib/server/forms';
import { teamMembersOf } from '$lib/server/accounts';
import { audit } from '$lib/server/audit';
import { authorizeEmployer } from '$lib/server/employers/access';
import { getEmployer, updateEmployer } from '$lib/server/employers/register';
import { validateEmployerForm } from '$lib/server/employers/save';

export const load: PageServerLoad = ({ locals, params }) => {
	const row = authorizeEmployer(locals.actor, 'update', params.id);
	const employer = getEmployer(row.id);
	if (!employer) error(404, 'Not found');
	return { employer, coaches: teamMembersOf(row.teamId) };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const row = authorizeEmployer(locals.actor, 'update', params.id);
		const formData = await request.formData();
		const result = validateEmployerForm(formData, row.teamId, row.id);
		if (!result.ok) return result.response;
		const version = Number(formData.get('version'));
		if (!updateEmployer(row.id, version, result.data)) return fieldError(formData, '_form', 'err_stale', {}, 409);
		audit({ actor: locals.actor, action: 'update', entity: 'employer', entityId: row.id, teamId: row.teamId });
		redirect(303, `/employers/${row.id}?saved`);
	}
};
