import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { startOidc } from '$lib/server/auth/oidc';

// Starts single sign-on (docs/domain/sign-in.md): off to the identity provider, or a notice that it cannot be reached.
// policy: public — the sign-in itself; the provider and the callback decide who signs in.
export const load: PageServerLoad = async (event) => {
	if (event.locals.user) redirect(303, '/');
	let target: URL | null;
	try {
		target = await startOidc(event);
	} catch (e) {
		console.error('OpenID Connect provider unavailable', e);
		return { reason: 'unavailable' as const };
	}
	if (!target) redirect(303, '/login');
	redirect(303, target.href);
};
