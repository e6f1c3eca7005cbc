import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/policy';
import { getTeam, teamMembersOf } from '$lib/server/accounts';

export const load: PageServerLoad = ({ locals, params }) => {
	authorize(locals.actor, 'read', { kind: 'administration' });
	const team = getTeam(Number(params.id));
	if (!team) error(404, 'Not found');
	return { team, members: teamMembersOf(team.id) };
};
