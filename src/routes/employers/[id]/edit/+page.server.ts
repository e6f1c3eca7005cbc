import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { refusedForm } from '$lib/server/forms';
import { teamMembersOf } from '$lib/server/accounts';
import { editEmployer } from '$lib/server/employers/commands';
import { authorizeEmployer } from '$lib/server/employers/access';
import { getEmployer } from '$lib/server/employers/employer';
import { validateEmployerForm } from '$lib/server/employers/employer-form';

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
		const saved = editEmployer(locals.actor!, row, Number(formData.get('version')), result.data);
		if (!saved.ok) return refusedForm(formData, saved);
		redirect(303, `/employers/${row.id}?saved`);
	}
};
