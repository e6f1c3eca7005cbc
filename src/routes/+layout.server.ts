import type { LayoutServerLoad } from './$types';
import { navigationFor } from '$lib/server/navigation';

// policy: public — every page's frame: the signed-in user's own name and the menu the policy allows.
export const load: LayoutServerLoad = ({ locals }) => {
	const user = locals.user;
	return {
		user: user ? { name: user.name, email: user.email } : null,
		nav: navigationFor(locals.actor)
	};
};
