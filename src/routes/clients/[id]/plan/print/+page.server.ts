import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireClientRead } from '$lib/server/clients/access';
import { latestSupportPlan } from '$lib/server/clients/content';
import { getIdentity } from '$lib/server/clients/record/identity';
import { listEnrolments } from '$lib/server/clients/record/enrolments';
import { chosenServices } from '$lib/server/services/plan-services';

/** The client's service map (palvelukartta): the latest plan, for printing and handing over. */
export const load: PageServerLoad = ({ locals, params }) => {
	const access = requireClientRead(locals.actor, params.id, 'support-plan-print');
	const identity = getIdentity(access.clientId)!;
	const plan = access.enrolmentId ? latestSupportPlan(access.enrolmentId) : null;
	if (!plan) error(404, 'Not found');
	const enrolment = listEnrolments(access.clientId)[0];
	return { clientId: access.clientId, name: `${identity.firstName} ${identity.lastName}`, coachName: enrolment?.coachName ?? null, plan, services: chosenServices(access.teamId, plan.goals) };
};
