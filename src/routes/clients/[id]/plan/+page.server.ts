import type { Actions, PageServerLoad } from './$types';
import { requireClientRead } from '$lib/server/clients/access';
import { clientFormAction } from '$lib/server/clients/form-action';
import { parseSupportPlanForm } from '$lib/server/clients/forms';
import { saveSupportPlan } from '$lib/server/clients/content';
import { getIdentity } from '$lib/server/clients/record/identity';
import { supportPlanVersions } from '$lib/server/clients/record/phase-content';
import { isoDateInFinland } from '$lib/domain/dates';

/** Work-ability support plan (saate + suunnitelma), versioned. */
export const load: PageServerLoad = ({ locals, params }) => {
	const access = requireClientRead(locals.actor, params.id, 'support-plan');
	const identity = getIdentity(access.clientId)!;
	return {
		today: isoDateInFinland(),
		clientId: access.clientId,
		name: `${identity.firstName} ${identity.lastName}`,
		writable: access.writeMode === 'own' && !access.closed,
		versions: access.enrolmentId ? supportPlanVersions(access.enrolmentId) : []
	};
};

export const actions: Actions = {
	default: (event) =>
		clientFormAction(
			event,
			{ schema: { readForm: parseSupportPlanForm }, needsEnrolment: true, closedField: 'baseVersion', saved: 'plan', audit: { entity: 'support-plan', entityId: 'enrolment' } },
			(data, context) => saveSupportPlan(context.enrolmentId!, data, context.actorId, context.today)
		)
};
