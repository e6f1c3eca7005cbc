import type { Actions, PageServerLoad } from './$types';
import { requireClientRead } from '$lib/server/clients/access';
import { clientFormAction } from '$lib/server/clients/form-action';
import { parseSupportPlanForm } from '$lib/server/clients/forms';
import { saveSupportPlan } from '$lib/server/clients/content';
import { getIdentity } from '$lib/server/clients/record/identity';
import { listKykyviisari, supportPlanVersions } from '$lib/server/clients/record/phase-content';
import { planServices } from '$lib/server/services/plan-services';
import { listExternalPlans } from '$lib/server/clients/record/coaching-activities';
import { isoDateInFinland } from '$lib/domain/dates';

/** Work-ability support plan (saate + suunnitelma), versioned. */
export const load: PageServerLoad = ({ locals, params }) => {
	const access = requireClientRead(locals.actor, params.id, 'support-plan');
	const identity = getIdentity(access.clientId)!;
	const versions = access.enrolmentId ? supportPlanVersions(access.enrolmentId) : [];
	const kykyviisari = access.enrolmentId ? listKykyviisari(access.enrolmentId) : [];
	return {
		today: isoDateInFinland(),
		clientId: access.clientId,
		name: `${identity.firstName} ${identity.lastName}`,
		writable: access.writeMode === 'own' && !access.closed,
		versions,
		services: planServices(access.teamId, kykyviisari),
		externalPlans: listExternalPlans(access.enrolmentId ? [access.enrolmentId] : [])
	};
};

export const actions: Actions = {
	default: (event) =>
		clientFormAction(
			event,
			{ schema: { readForm: parseSupportPlanForm }, needsEnrolment: true, closedField: 'baseVersion', saved: 'plan', audit: { entity: 'support-plan', entityId: 'enrolment' } },
			(data, context) => saveSupportPlan(context.enrolmentId!, context.teamId, data, context.actorId, context.today)
		)
};
