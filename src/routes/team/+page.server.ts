import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize, can, memberTeams, pickTeam } from '$lib/server/policy';
import { teamNames } from '$lib/server/accounts';
import { teamCaseloadPage, teamSummary } from '$lib/server/clients/team';
import { pageNumber } from '$lib/server/pagination';
import { audit } from '$lib/server/audit';
import { isoDateInFinland } from '$lib/domain/dates';

/** Team caseload by coach with flags and the IPS caseload limit; leads and coaches of the team. */
export const load: PageServerLoad = ({ locals, url }) => {
	const actor = locals.actor;
	if (!actor) error(404, 'Not found');
	const teams = teamNames(memberTeams(actor));
	const team = pickTeam(actor, teams, url.searchParams.get('team'));
	authorize(actor, 'read', { kind: 'team', teamId: team.id });
	const today = isoDateInFinland();
	const coachParam = Number(url.searchParams.get('coach'));
	const summary = teamSummary(team.id, today);
	const coachId = summary.coaches.some((c) => c.coachId === coachParam) ? coachParam : null;
	const flagged = url.searchParams.get('flagged') === '1';
	const caseload = teamCaseloadPage(summary.rows, { coachId, flaggedOnly: flagged, page: pageNumber(url) });
	audit({ actor, action: 'read', entity: 'team-caseload', teamId: team.id, view: 'team' });
	return { teams, team, coaches: summary.coaches, caseload, coachId, flagged, today, isLead: can(actor, 'manage', { kind: 'team', teamId: team.id }) };
};
