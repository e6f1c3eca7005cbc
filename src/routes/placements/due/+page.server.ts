import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { can, requireStaff, roleIn } from '$lib/server/policy';
import { teamNames } from '$lib/server/accounts';
import { isoDateInFinland } from '$lib/domain/dates';
import { dueFollowAlong } from '$lib/server/placements/follow-along';

/** In-work support contacts due within a week or overdue: own clients for a coach, the team for a lead. */
export const load: PageServerLoad = ({ locals, url }) => {
	requireStaff(locals.actor);
	const teams = teamNames(locals.actor.memberships.map((mb) => mb.teamId));
	if (teams.length === 0) error(404, 'Not found');
	const team = teams.find((t) => t.id === Number(url.searchParams.get('team'))) ?? teams[0];
	if (!can(locals.actor, 'read', { kind: 'team', teamId: team.id })) error(404, 'Not found');
	const lead = roleIn(locals.actor, team.id) === 'lead';
	const today = isoDateInFinland();
	return { teams, team, lead, today, rows: dueFollowAlong({ teamId: team.id, coachId: lead ? null : locals.actor.id }, today) };
};
