import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { can, requireStaff, roleIn } from '$lib/server/policy';
import { teamNames } from '$lib/server/accounts';
import { isoDateInFinland, startOfIsoWeek } from '$lib/domain/dates';
import { WEEKLY_FACE_TO_FACE_TARGET } from '$lib/domain/employer-contacts';
import { contactsOfCoachInWeek, weeklyEmployerContacts } from '$lib/server/employers/contacts';

/** IPS weekly job development: a coach sees own counts, a lead sees the whole team's. */
export const load: PageServerLoad = ({ locals, url }) => {
	requireStaff(locals.actor);
	const teams = teamNames(locals.actor.memberships.map((mb) => mb.teamId));
	if (teams.length === 0) error(404, 'Not found');
	const requested = Number(url.searchParams.get('team'));
	const team = teams.find((t) => t.id === requested) ?? teams[0];
	if (!can(locals.actor, 'read', { kind: 'team', teamId: team.id })) error(404, 'Not found');
	const lead = roleIn(locals.actor, team.id) === 'lead';
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
