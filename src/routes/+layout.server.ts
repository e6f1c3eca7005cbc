import type { LayoutServerLoad } from './$types';
import { navigationFor } from '$lib/server/navigation';

export const load: LayoutServerLoad = ({ locals }) => {
	const user = locals.user;
	return {
		user: user ? { name: user.name, email: user.email } : null,
		nav: navigationFor(locals.actor)
	};
};
