import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/policy';
import { parseForm, invalid, fieldError } from '$lib/server/forms';
import { newUserSchema } from '$lib/forms/accounts';
import { createUser, emailTaken, listEmployerOptions, listTeams } from '$lib/server/accounts';
import { audit } from '$lib/server/audit';

export const load: PageServerLoad = ({ locals, url }) => {
	authorize(locals.actor, 'read', { kind: 'administration' });
	return { teams: listTeams(), employers: listEmployerOptions(), preselectedTeam: url.searchParams.get('team') ?? '' };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		authorize(locals.actor, 'manage', { kind: 'administration' });
		const formData = await request.formData();
		const parsed = parseForm(newUserSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		const input = parsed.data;
		if (emailTaken(input.email)) return fieldError(formData, 'email', 'err_email_taken');
		if (input.kind === 'employer' && !input.employerId) return fieldError(formData, 'employerId', 'err_required');
		const staff = input.kind === 'staff';
		if (staff && input.role !== 'none' && !input.teamId) return fieldError(formData, 'teamId', 'err_required');
		const id = await createUser({
			email: input.email,
			name: input.name,
			phone: input.phone,
			password: input.password,
			mustChangePassword: true,
			isAdmin: staff && input.isAdmin,
			employerId: staff ? null : input.employerId,
			team: staff && input.role !== 'none' && input.teamId ? { teamId: input.teamId, role: input.role } : null
		});
		audit({ actor: locals.actor, action: 'create', entity: 'user', entityId: id, teamId: staff ? input.teamId : null });
		redirect(303, `/admin/users/${id}?created`);
	}
};
