import type { PageServerLoad } from './$types';
import { requireReviewTeam, requireSignedIn } from '$lib/server/policy';
import { reviewTeams } from '$lib/server/fidelity/reviews';
import { chartsPage } from '$lib/server/fidelity/views';

/** Charts of a team's final reviews (the ones every reader of the team may see). */
export const load: PageServerLoad = ({ locals, url }) => {
	requireSignedIn(locals.actor);
	const { team, teams } = requireReviewTeam(locals.actor, reviewTeams(locals.actor), url.searchParams.get('team'));
	return chartsPage(locals.actor, team, teams);
};
