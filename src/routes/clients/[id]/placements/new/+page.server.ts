import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, type Actor } from '$lib/server/policy';
import { parseForm, invalid, fieldError, refusedForm } from '$lib/server/forms';
import { auditClientRead } from '$lib/server/read-budget';
import { placementSchema } from '$lib/server/employers/forms';
import { employerOptions } from '$lib/server/employers/register';
import { currentEnrolmentOf } from '$lib/server/placements/placements';
import { addPlacement } from '$lib/server/placements/commands';

function clientOr404(actor: Actor | null, rawId: string) {
	const enrolment = currentEnrolmentOf(Number(rawId));
	if (!enrolment) error(404, 'Not found');
	authorize(actor, 'update', { kind: 'client', teamId: enrolment.teamId, coachId: enrolment.coachId });
	return enrolment;
}

export const load: PageServerLoad = ({ locals, params }) => {
	const enrolment = clientOr404(locals.actor, params.id);
	auditClientRead({ actor: locals.actor, action: 'read', entity: 'client', entityId: enrolment.clientId, clientId: enrolment.clientId, teamId: enrolment.teamId, view: 'placement-new' });
	return {
		client: { id: enrolment.clientId, firstName: enrolment.firstName, lastName: enrolment.lastName },
		closed: enrolment.closedDate !== null,
		employers: employerOptions([enrolment.teamId])
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const enrolment = clientOr404(locals.actor, params.id);
		const formData = await request.formData();
		if (enrolment.closedDate !== null) return fieldError(formData, '_form', 'employers_err_enrolment_closed');
		const parsed = parseForm(placementSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		const added = addPlacement(locals.actor!, enrolment, parsed.data);
		if (!added.ok) return refusedForm(formData, added);
		redirect(303, `/placements/${added.value}?saved`);
	}
};
