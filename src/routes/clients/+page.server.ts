import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize, hasOwnCaseload, memberTeams } from '$lib/server/policy';
import { listCaseload } from '$lib/server/clients/caseload';
import { dueExitFollowUps } from '$lib/server/clients/exit-follow-ups';
import { pageNumber } from '$lib/server/pagination';
import { isoDateInFinland } from '$lib/domain/dates';

/** The coach's start page: own clients (or the whole team's) with flags. */
export const load: PageServerLoad = ({ locals, url }) => {
	const actor = locals.actor;
	const teamIds = actor ? memberTeams(actor) : [];
	if (!actor || teamIds.length === 0) error(404, 'Not found');
	for (const teamId of teamIds) authorize(actor, 'read', { kind: 'team', teamId });
	const isCoach = hasOwnCaseload(actor);
	const scope = url.searchParams.get('scope') === 'team' || !isCoach ? 'team' : 'mine';
	const phaseParam = Number(url.searchParams.get('phase'));
	const phase = Number.isInteger(phaseParam) && phaseParam >= 1 && phaseParam <= 5 ? phaseParam : null;
	const statusParam = url.searchParams.get('status');
	const status = statusParam === 'closed' || statusParam === 'all' ? statusParam : 'active';
	const search = (url.searchParams.get('q') ?? '').slice(0, 100);
	const today = isoDateInFinland();
	const caseload = listCaseload({ teamIds, coachId: scope === 'mine' ? actor.id : null, phase, status, search, page: pageNumber(url), today });
	// Closed clients whose three-month follow-up is due (docs/domain/team-report.md#follow-up-after-exit).
	const followUps = dueExitFollowUps({ teamIds, coachId: scope === 'mine' ? actor.id : null }, today);
	return { caseload, followUps, filter: { scope, phase, status, search }, isCoach, today };
};
