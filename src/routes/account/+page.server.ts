import type { PageServerLoad } from './$types';
import { requireSignedIn } from '$lib/server/policy';

export const load: PageServerLoad = ({ locals }) => {
	requireSignedIn(locals.actor);
	return { account: { name: locals.user!.name, email: locals.user!.email, locale: locals.user!.locale } };
};
