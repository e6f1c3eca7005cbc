import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize, teamsWithRole } from '$lib/server/policy';
import { teamNames } from '$lib/server/accounts';
import { teamSummary } from '$lib/server/clients/team';
import { listCaseload } from '$lib/server/clients/caseload';
import { pageNumber } from '$lib/server/clients/page';
import { audit } from '$lib/server/audit';
import { isoDateInFinland } from '$lib/domain/dates';

/** Team caseload by coach with flags and the IPS caseload limit; leads and coaches of the team. */
export const load: PageServerLoad = ({ locals, url }) => {
	const actor = locals.actor;
	const teams = actor ? teamNames(teamsWithRole(actor)) : [];
	if (!actor || teams.length === 0) error(404, 'Not found');
	const wanted = Number(url.searchParams.get('team'));
	const team = teams.find((t) => t.id === wanted) ?? teams[0];
	authorize(actor, 'read', { kind: 'team', teamId: team.id });
	const today = isoDateInFinland();
	const coachParam = Number(url.searchParams.get('coach'));
	const summary = teamSummary(team.id, today);
	const coachId = summary.coaches.some((c) => c.coachId === coachParam) ? coachParam : null;
	const flagged = url.searchParams.get('flagged') === '1';
	// The list pages through the team's active clients; "flagged only" filters the already-flagged rows.
	const caseload = flagged
		? (() => {
				const rows = summary.rows.filter((r) => r.flags.length > 0 && (!coachId || r.coachId === coachId));
				const pages = Math.max(1, Math.ceil(rows.length / 25));
				const page = Math.min(pageNumber(url), pages);
				return { rows: rows.slice((page - 1) * 25, page * 25), total: rows.length, page, pages };
			})()
		: listCaseload({ teamIds: [team.id], coachId, status: 'active', page: pageNumber(url), today });
	audit({ actor, action: 'read', entity: 'team-caseload', teamId: team.id, view: 'team' });
	return { teams, team, coaches: summary.coaches, caseload, coachId, flagged, today };
};
