import type { Actions, PageServerLoad } from './$types';
import { parseForm, invalid, translate, formValues, refusedForm } from '$lib/server/forms';
import { audit } from '$lib/server/audit';
import { requireClientRead, requireClientWrite } from '$lib/server/clients/access';
import { supportPlanSchema } from '$lib/server/clients/forms';
import { saveSupportPlan } from '$lib/server/clients/content';
import * as record from '$lib/server/clients/record';
import { isoDateInFinland } from '$lib/domain/dates';
import { parsePlanGoals } from '$lib/domain/support-plan';

/** Work-ability support plan (saate + suunnitelma), versioned. */
export const load: PageServerLoad = ({ locals, params }) => {
	const access = requireClientRead(locals.actor, params.id, 'support-plan');
	const identity = record.getIdentity(access.clientId)!;
	return {
		today: isoDateInFinland(),
		clientId: access.clientId,
		name: `${identity.firstName} ${identity.lastName}`,
		writable: access.writeMode === 'own' && !access.closed,
		versions: access.enrolmentId ? record.supportPlanVersions(access.enrolmentId) : []
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const access = requireClientWrite(locals.actor, params.id);
		const formData = await request.formData();
		const goalFields: Record<string, string> = {};
		for (const [key, value] of formData) if (/^g\d/.test(key) && typeof value === 'string') goalFields[key] = value;
		const tree = parsePlanGoals(goalFields);
		const parsed = parseForm(supportPlanSchema, formData);
		const treeErrors = Object.fromEntries(Object.entries(tree.errors).map(([k, v]) => [k, translate(v, { max: 500 })]));
		if (!parsed.ok) return invalid({ ...parsed.failure, errors: { ...parsed.failure.errors, ...treeErrors } });
		if (Object.keys(treeErrors).length > 0) return invalid({ errors: treeErrors, values: formValues(formData) });
		if (access.enrolmentId === null) return refusedForm(formData, { ok: false, errors: { baseVersion: 'clients_err_closed' } });
		const result = saveSupportPlan(access.enrolmentId, { ...parsed.data, goals: tree.goals }, locals.actor!.id, isoDateInFinland());
		if (!result.ok) return refusedForm(formData, result);
		audit({ actor: locals.actor, action: 'create', entity: 'support-plan', entityId: access.enrolmentId, clientId: access.clientId, teamId: access.teamId });
		return { saved: true };
	}
};
