import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, memberTeams, pickTeam, seesWholeTeam } from '$lib/server/policy';
import { remindAnswer, requireRemindTarget } from '$lib/server/reminders/client-reminder';
import { teamNames } from '$lib/server/accounts';
import { supervisionList } from '$lib/server/clients/team';
import { audit } from '$lib/server/audit';
import { isoDateInFinland } from '$lib/domain/dates';

/** The weekly group supervision list (printable). */
export const load: PageServerLoad = ({ locals, url }) => {
	const actor = locals.actor;
	if (!actor) error(404, 'Not found');
	const team = pickTeam(actor, teamNames(memberTeams(actor)), url.searchParams.get('team'));
	authorize(actor, 'read', { kind: 'team', teamId: team.id });
	const today = isoDateInFinland();
	audit({ actor, action: 'read', entity: 'team-caseload', teamId: team.id, view: 'supervision' });
	return { team, today, list: supervisionList(team.id, today), canRemind: seesWholeTeam(actor, team.id) };
};

export const actions: Actions = {
	// A lead's one-off reminder about a client to its coach (docs/domain/reminders.md#lead-reminders).
	remind: async ({ request, locals }) => {
		const formData = await request.formData();
		const target = requireRemindTarget(locals.actor, Number(formData.get('clientId')));
		return remindAnswer(locals.actor!, target, formData);
	}
};
