import { error } from '@sveltejs/kit';
import type { Actor } from '../policy';
import { requireClientRead } from './access';
import { latestSupportPlan } from './content';
import { getIdentity } from './record/identity';
import { listEnrolments } from './record/enrolments';
import { chosenServices } from '../services/plan-services';
import { discloseToClient } from '../disclosures';

/**
 * The client's service map (palvelukartta) for printing: the latest plan. The print view exists to
 * hand the plan to the client, so opening it is logged as a disclosure to the client as well as a
 * read (docs/domain/privacy.md#disclosure-log). Unreadable client or no plan → 404.
 */
export function loadPlanPrint(actor: Actor | null | undefined, clientIdParam: string) {
	const access = requireClientRead(actor, clientIdParam, 'support-plan-print');
	const identity = getIdentity(access.clientId)!;
	const plan = access.enrolmentId ? latestSupportPlan(access.enrolmentId) : null;
	if (!plan) error(404, 'Not found');
	discloseToClient(actor ?? null, { id: access.clientId, teamId: access.teamId }, { entity: 'support-plan', entityId: plan.id, view: 'support-plan-print', details: 'support plan, goals and chosen services (print)' });
	const enrolment = listEnrolments(access.clientId)[0];
	return { clientId: access.clientId, name: `${identity.firstName} ${identity.lastName}`, coachName: enrolment?.coachName ?? null, plan, services: chosenServices(access.teamId, plan.goals) };
}
