import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, can, type Actor } from '$lib/server/policy';
import { parseForm, invalid, fieldError } from '$lib/server/forms';
import { audit } from '$lib/server/audit';
import { auditClientRead } from '$lib/server/read-budget';
import { placementSchema } from '$lib/server/employers/forms';
import { employerOptions } from '$lib/server/employers/register';
import { createPlacement, currentEnrolmentOf } from '$lib/server/placements/placements';

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
		const employer = employerOptions([enrolment.teamId]).find((e) => e.id === parsed.data.employerId);
		if (!employer || !can(locals.actor, 'read', { kind: 'employer', teamId: employer.teamId })) return fieldError(formData, 'employerId', 'err_choice');
		const id = createPlacement(enrolment, parsed.data, locals.actor!.id);
		audit({ actor: locals.actor, action: 'create', entity: 'placement', entityId: id, clientId: enrolment.clientId, teamId: enrolment.teamId });
		redirect(303, `/placements/${id}?saved`);
	}
};
