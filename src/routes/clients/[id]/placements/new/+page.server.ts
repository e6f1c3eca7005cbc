import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, invalid, fieldError, refusedForm } from '$lib/server/forms';
import { placementSchema } from '$lib/server/employers/forms';
import { loadNewPlacementPage, requireEnrolmentForPlacement } from '$lib/server/placements/new-placement';
import { addPlacement } from '$lib/server/placements/commands';

export const load: PageServerLoad = ({ locals, params }) => loadNewPlacementPage(locals.actor, params.id);

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const enrolment = requireEnrolmentForPlacement(locals.actor, params.id);
		const formData = await request.formData();
		if (enrolment.closedDate !== null) return fieldError(formData, '_form', 'employers_err_enrolment_closed');
		const parsed = parseForm(placementSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		const added = addPlacement(locals.actor!, enrolment, parsed.data);
		if (!added.ok) return refusedForm(formData, added);
		redirect(303, `/placements/${added.value}?saved`);
	}
};
