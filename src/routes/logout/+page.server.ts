import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { deleteSessionCookie, invalidateSession, invalidateUserSessions } from '$lib/server/auth/session';
import { requireSignedIn } from '$lib/server/policy';
import { audit } from '$lib/server/audit';

// policy: public — nothing to show here.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	// policy: public — ends only the caller's own session.
	signOut: ({ locals, cookies, url }) => {
		if (locals.session) {
			audit({ actor: locals.actor, action: 'sign-out', entity: 'user', entityId: locals.user?.id });
			invalidateSession(locals.session.id);
		}
		deleteSessionCookie(cookies, url.protocol === 'https:');
		redirect(303, '/login');
	},
	everywhere: ({ locals, cookies, url }) => {
		requireSignedIn(locals.actor);
		audit({ actor: locals.actor, action: 'sign-out', entity: 'user', entityId: locals.actor.id, details: 'all sessions' });
		invalidateUserSessions(locals.actor.id);
		deleteSessionCookie(cookies, url.protocol === 'https:');
		redirect(303, '/login');
	}
};
