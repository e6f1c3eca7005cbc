import type { PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { isStaff } from '$lib/server/policy';
import { listReviews, reviewTeams } from '$lib/server/fidelity/reviews';
import { openActions } from '$lib/server/fidelity/actions';
import { audit } from '$lib/server/audit';

export const load: PageServerLoad = ({ locals }) => {
	const actor = locals.actor;
	if (!actor || !isStaff(actor)) error(404, 'Not found');
	const teams = reviewTeams(actor);
	const reviews = listReviews(actor, teams.map((t) => t.id));
	if (reviews.length) audit({ actor, action: 'read', entity: 'fidelity-review', view: 'list', details: reviews.map((r) => r.id).join(',') });
	const leadTeams = teams.filter((t) => t.isLead);
	return { teams, reviews, canCreate: leadTeams.length > 0, actions: openActions(leadTeams.map((t) => t.id)) };
};
