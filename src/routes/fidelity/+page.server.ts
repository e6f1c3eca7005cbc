import type { PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/policy';
import { reviewListPage } from '$lib/server/fidelity/views';

export const load: PageServerLoad = ({ locals }) => {
	requireStaff(locals.actor);
	return reviewListPage(locals.actor);
};
