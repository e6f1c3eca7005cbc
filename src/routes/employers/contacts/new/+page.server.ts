import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can, memberTeams, requireStaff } from '$lib/server/policy';
import { parseForm, invalid, fieldError } from '$lib/server/forms';
import { audit } from '$lib/server/audit';
import { isoDateInFinland } from '$lib/domain/dates';
import { authorizeEmployer } from '$lib/server/employers/access';
import { employerContactSchema } from '$lib/server/employers/forms';
import { employerOptions } from '$lib/server/employers/register';
import { activePlacementOptions, clientOptionsForCoach, clientsBlockingContactShare, clientsInTeam, createEmployerContact, placementEmployer } from '$lib/server/employers/contacts';

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
		if (input.forClients && input.clientIds.length === 0) return fieldError(formData, 'clientIds', 'employers_err_named_clients');
		if (input.date > isoDateInFinland()) return fieldError(formData, 'date', 'err_date_future');
		if (input.nextStepDue && input.nextStepDue < input.date) return fieldError(formData, 'nextStepDue', 'err_date_order');
		if (input.forClients && clientsInTeam(input.clientIds, employer.teamId).length !== new Set(input.clientIds).size) {
			return fieldError(formData, 'clientIds', 'err_choice');
		}
		if (input.placementId !== null && placementEmployer(input.placementId)?.employerId !== employer.id) {
			return fieldError(formData, 'placementId', 'err_choice');
		}
		if (input.sharedWithEmployer) {
			// Shown in the portal only while every named client consents to this employer in writing.
			const withoutConsent = clientsBlockingContactShare(input, employer.id, isoDateInFinland());
			if (withoutConsent.length > 0) return fieldError(formData, 'sharedWithEmployer', 'employers_err_shared_no_consent', { names: withoutConsent.join(', ') });
		}
		const id = createEmployerContact({ ...input, teamId: employer.teamId, coachId: locals.actor.id });
		audit({ actor: locals.actor, action: 'create', entity: 'employer-contact', entityId: id, teamId: employer.teamId });
		redirect(303, input.placementId ? `/placements/${input.placementId}?saved` : `/employers/week?saved`);
	}
};
