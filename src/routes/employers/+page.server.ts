import type { PageServerLoad } from './$types';
import { authorize, memberTeams, requireStaff } from '$lib/server/policy';
import { listEmployers, municipalitiesOf } from '$lib/server/employers/register';
import { openContactRequests } from '$lib/server/employers/contact-requests';
import { EMPLOYER_STAGES } from '$lib/domain/vocabularies';

export const load: PageServerLoad = ({ locals, url }) => {
	requireStaff(locals.actor);
	const teamIds = memberTeams(locals.actor);
	for (const teamId of teamIds) authorize(locals.actor, 'read', { kind: 'employer', teamId });
	if (teamIds.length === 0) authorize(locals.actor, 'read', { kind: 'employer', teamId: -1 });
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
	const stageParam = url.searchParams.get('stage') ?? '';
	const stage = (EMPLOYER_STAGES as readonly string[]).includes(stageParam) ? stageParam : '';
	const municipality = (url.searchParams.get('municipality') ?? '').slice(0, 100);
	const mine = url.searchParams.get('mine') === '1';
	const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1);
	const result = listEmployers({ teamIds, q, stage, municipality, ownerCoachId: mine ? locals.actor.id : undefined, page });
	return {
		...result,
		filters: { q, stage, municipality, mine },
		municipalities: municipalitiesOf(teamIds),
		requests: openContactRequests(teamIds)
	};
};
