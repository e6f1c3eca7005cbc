import type { PageServerLoad } from './$types';
import { memberTeams, pickTeam, requireStaff, seesWholeTeam } from '$lib/server/policy';
import { teamNames } from '$lib/server/accounts';
import { isoDateInFinland, startOfIsoWeek } from '$lib/domain/dates';
import { WEEKLY_FACE_TO_FACE_TARGET } from '$lib/domain/employer-contacts';
import { contactsOfCoachInWeek, weeklyEmployerContacts } from '$lib/server/employers/contacts';

/** IPS weekly job development: a coach sees own counts, a lead sees the whole team's. */
export const load: PageServerLoad = ({ locals, url }) => {
	requireStaff(locals.actor);
	const teams = teamNames(memberTeams(locals.actor));
	const team = pickTeam(locals.actor, teams, url.searchParams.get('team'));
	const lead = seesWholeTeam(locals.actor, team.id);
	const today = isoDateInFinland();
	const { weeks, coaches } = weeklyEmployerContacts(team.id, lead ? 'all' : [locals.actor.id], today);
	return {
		teams,
		team,
		lead,
		viewerId: locals.actor.id,
		weeks,
		coaches,
		target: WEEKLY_FACE_TO_FACE_TARGET,
		thisWeek: contactsOfCoachInWeek(locals.actor.id, team.id, startOfIsoWeek(today)),
		saved: url.searchParams.has('saved')
	};
};
