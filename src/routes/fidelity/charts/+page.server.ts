import type { PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { can } from '$lib/server/policy';
import { finalReviewHistory, reviewTeams } from '$lib/server/fidelity/reviews';
import { scoreReview } from '$lib/domain/fidelity';
import { activeScale } from '$lib/server/fidelity/scale';
import { audit } from '$lib/server/audit';

/** Charts of a team's final reviews (the ones every reader of the team may see). */
export const load: PageServerLoad = ({ locals, url }) => {
	const actor = locals.actor;
	if (!actor) error(404, 'Not found');
	const teams = reviewTeams(actor).filter((t) => can(actor, 'read', { kind: 'review', teamId: t.id, status: 'final' }));
	if (teams.length === 0) error(404, 'Not found');
	const requested = url.searchParams.get('team');
	const team = requested === null ? teams[0] : teams.find((t) => String(t.id) === requested);
	if (!team) error(404, 'Not found');
	const history = finalReviewHistory(team.id).map((r) => ({ ...r, result: scoreReview(r.scores) }));
	if (history.length) audit({ actor, action: 'read', entity: 'fidelity-review', teamId: team.id, view: 'charts', details: history.map((h) => h.id).join(',') });
	return { teams: teams.map((t) => ({ id: t.id, name: t.name })), team: { id: team.id, name: team.name }, history, items: activeScale().items.map((i) => ({ id: i.id, title: i.title })) };
};
