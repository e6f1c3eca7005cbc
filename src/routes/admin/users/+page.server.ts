import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/policy';
import { listUsers } from '$lib/server/accounts';

export const load: PageServerLoad = ({ locals }) => {
	authorize(locals.actor, 'read', { kind: 'administration' });
	return { users: listUsers() };
};
