import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize, teamsWithRole } from '$lib/server/policy';
import { teamNames } from '$lib/server/accounts';
import { supervisionList } from '$lib/server/clients/team';
import { audit } from '$lib/server/audit';
import { isoDateInFinland } from '$lib/domain/dates';

/** The weekly group supervision list (printable). */
export const load: PageServerLoad = ({ locals, url }) => {
	const actor = locals.actor;
	const teams = actor ? teamNames(teamsWithRole(actor)) : [];
	if (!actor || teams.length === 0) error(404, 'Not found');
	const team = teams.find((t) => t.id === Number(url.searchParams.get('team'))) ?? teams[0];
	authorize(actor, 'read', { kind: 'team', teamId: team.id });
	const today = isoDateInFinland();
	audit({ actor, action: 'read', entity: 'team-caseload', teamId: team.id, view: 'supervision' });
	return { team, today, list: supervisionList(team.id, today) };
};
