import type { PageServerLoad } from './$types';
import { memberTeams, pickTeam, requireStaff, seesWholeTeam } from '$lib/server/policy';
import { teamNames } from '$lib/server/accounts';
import { isoDateInFinland } from '$lib/domain/dates';
import { dueFollowAlong } from '$lib/server/placements/follow-along';

/** In-work support contacts due within a week or overdue: own clients for a coach, the team for a lead. */
export const load: PageServerLoad = ({ locals, url }) => {
	requireStaff(locals.actor);
	const teams = teamNames(memberTeams(locals.actor));
	const team = pickTeam(locals.actor, teams, url.searchParams.get('team'));
	const lead = seesWholeTeam(locals.actor, team.id);
	const today = isoDateInFinland();
	return { teams, team, lead, today, rows: dueFollowAlong({ teamId: team.id, coachId: lead ? null : locals.actor.id }, today) };
};
