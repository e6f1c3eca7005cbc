import type { Actions, PageServerLoad } from './$types';
import { authorize, ledTeams, pickTeam, requireStaff } from '$lib/server/policy';
import { teamNames } from '$lib/server/accounts';
import { commandAnswer, invalid, parseForm } from '$lib/server/forms';
import { saveTeamSettings, teamSettings, teamSettingsSchema } from '$lib/server/teams/settings';

/** The limits a team sets for itself; its lead only. */
export const load: PageServerLoad = ({ locals, url }) => {
	requireStaff(locals.actor);
	const team = pickTeam(locals.actor, teamNames(ledTeams(locals.actor)), url.searchParams.get('team'));
	authorize(locals.actor, 'manage', { kind: 'team', teamId: team.id });
	return { team, settings: teamSettings(team.id)! };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		requireStaff(locals.actor);
		const team = pickTeam(locals.actor, teamNames(ledTeams(locals.actor)), url.searchParams.get('team'));
		authorize(locals.actor, 'manage', { kind: 'team', teamId: team.id });
		const formData = await request.formData();
		const parsed = parseForm(teamSettingsSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		return commandAnswer(formData, saveTeamSettings(locals.actor, team.id, parsed.data), 'settings');
	}
};
