import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireSignedIn } from '$lib/server/policy';
import { formCommand } from '$lib/server/forms';
import { changePasswordSchema } from '$lib/forms/accounts';
import { changeOwnPassword } from '$lib/server/auth/commands';

export const load: PageServerLoad = ({ locals, url }) => {
	requireSignedIn(locals.actor);
	return { mustChange: locals.user!.mustChangePassword, changed: url.searchParams.has('changed') };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = locals.actor;
		requireSignedIn(actor);
		return formCommand(request, changePasswordSchema, (input) => changeOwnPassword(actor, input, locals.session?.id), () => redirect(303, '/account/password?changed'));
	}
};
