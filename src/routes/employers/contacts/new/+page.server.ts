import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can, memberTeams, requireStaff } from '$lib/server/policy';
import { parseForm, invalid, refusedForm } from '$lib/server/forms';
import { logEmployerContact } from '$lib/server/employers/commands';
import { isoDateInFinland } from '$lib/domain/dates';
import { authorizeEmployer } from '$lib/server/employers/access';
import { employerContactSchema } from '$lib/server/employers/forms';
import { employerOptions } from '$lib/server/employers/register';
import { activePlacementOptions, clientOptionsForCoach, placementEmployer } from '$lib/server/employers/contacts';

export const load: PageServerLoad = ({ locals, url }) => {
	requireStaff(locals.actor);
	const teamIds = memberTeams(locals.actor).filter((teamId) => can(locals.actor, 'create', { kind: 'employer', teamId }));
	if (teamIds.length === 0) error(404, 'Not found');
	let employerId = Number(url.searchParams.get('employer')) || null;
	const placementId = Number(url.searchParams.get('placement')) || null;
	if (placementId) {
		const placement = placementEmployer(placementId);
		if (!placement) error(404, 'Not found');
		employerId = placement.employerId;
	}
	const employer = employerId ? authorizeEmployer(locals.actor, 'create', employerId) : null;
	return {
		today: isoDateInFinland(),
		employers: employerOptions(teamIds),
		employerId: employer?.id ?? null,
		placementId,
		placements: employer ? activePlacementOptions(employer.id) : [],
		clients: clientOptionsForCoach(locals.actor.id, employer?.teamId ?? teamIds[0])
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		requireStaff(locals.actor);
		const formData = await request.formData();
		const parsed = parseForm(employerContactSchema, formData, ['clientIds']);
		if (!parsed.ok) return invalid(parsed.failure);
		const input = parsed.data;
		const employer = authorizeEmployer(locals.actor, 'create', input.employerId);
		const logged = logEmployerContact(locals.actor, employer, input, isoDateInFinland());
		if (!logged.ok) return refusedForm(formData, logged);
		redirect(303, input.placementId ? `/placements/${input.placementId}?saved` : `/employers/week?saved`);
	}
};
