import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { deleteSessionCookie } from '$lib/server/auth/session';
import { signOut, signOutEverywhere } from '$lib/server/auth/commands';
import { requireSignedIn } from '$lib/server/policy';

// policy: public — nothing to show here.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	// policy: public — ends only the caller's own session.
	signOut: ({ locals, cookies, url }) => {
		if (locals.session) signOut(locals.actor, locals.session.id);
		deleteSessionCookie(cookies, url.protocol === 'https:');
		redirect(303, '/login');
	},
	everywhere: ({ locals, cookies, url }) => {
		requireSignedIn(locals.actor);
		signOutEverywhere(locals.actor);
		deleteSessionCookie(cookies, url.protocol === 'https:');
		redirect(303, '/login');
	}
};
