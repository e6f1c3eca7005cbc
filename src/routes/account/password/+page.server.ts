import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireSignedIn } from '$lib/server/policy';
import { parseForm, invalid, fieldError } from '$lib/server/forms';
import { changePasswordSchema } from '$lib/forms/accounts';
import { changePassword, getUser } from '$lib/server/accounts';
import { verifyPasswordHash } from '$lib/server/auth/password';
import { audit } from '$lib/server/audit';

export const load: PageServerLoad = ({ locals, url }) => {
	requireSignedIn(locals.actor);
	return { mustChange: locals.user!.mustChangePassword, changed: url.searchParams.has('changed') };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		requireSignedIn(locals.actor);
		const formData = await request.formData();
		const parsed = parseForm(changePasswordSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		const user = getUser(locals.actor.id);
		if (!user?.passwordHash || !(await verifyPasswordHash(user.passwordHash, parsed.data.currentPassword))) {
			return fieldError(formData, 'currentPassword', 'err_password_wrong');
		}
		await changePassword(user.id, parsed.data.password, locals.session?.id);
		audit({ actor: locals.actor, action: 'update', entity: 'password', entityId: user.id });
		redirect(303, '/account/password?changed');
	}
};
