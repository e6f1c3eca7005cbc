import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, invalid } from '$lib/server/forms';
import { setupSchema } from '$lib/forms/accounts';
import { createUser } from '$lib/server/accounts';
import { markSetupDone, setupRequired } from '$lib/server/setup';
import { signIn } from '$lib/server/sign-in';

// Public only while no account exists: the one-time "create the administrator" page.
// policy: public — only while no account exists (setupRequired), then it redirects away.
export const load: PageServerLoad = () => {
	if (!setupRequired()) redirect(303, '/login');
	return {};
};

export const actions: Actions = {
	// policy: public — refused once any account exists.
	default: async (event) => {
		if (!setupRequired()) redirect(303, '/login');
		const formData = await event.request.formData();
		const parsed = parseForm(setupSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		await createUser({ email: parsed.data.email, name: parsed.data.name, password: parsed.data.password, isAdmin: true });
		markSetupDone();
		await signIn(event, parsed.data.email, parsed.data.password);
		redirect(303, '/admin');
	}
};
