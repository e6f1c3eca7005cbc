import type { PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { can, memberTeams } from '$lib/server/policy';
import { activeScale } from '$lib/server/fidelity/scale';

/** The scale text: for anyone who may read a final review of some team (leads and coaches). */
export const load: PageServerLoad = ({ locals }) => {
	const actor = locals.actor;
	if (!actor || !memberTeams(actor).some((teamId) => can(actor, 'read', { kind: 'review', teamId, status: 'final' }))) error(404, 'Not found');
	const scale = activeScale();
	return { scale: { name: scale.name, version: scale.version, items: scale.items } };
};
