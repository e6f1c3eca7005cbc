import type { PageServerLoad } from './$types';
import { requireStaff } from '$lib/server/policy';
import { listReviews, reviewTeams } from '$lib/server/fidelity/reviews';
import { openActions } from '$lib/server/fidelity/actions';
import { audit } from '$lib/server/audit';

export const load: PageServerLoad = ({ locals }) => {
	const actor = locals.actor;
	requireStaff(actor);
	const teams = reviewTeams(actor);
	const reviews = listReviews(actor, teams.map((t) => t.id));
	if (reviews.length) audit({ actor, action: 'read', entity: 'fidelity-review', view: 'list', details: reviews.map((r) => r.id).join(',') });
	const leadTeams = teams.filter((t) => t.isLead);
	return { teams, reviews, canCreate: leadTeams.length > 0, actions: openActions(leadTeams.map((t) => t.id)) };
};
