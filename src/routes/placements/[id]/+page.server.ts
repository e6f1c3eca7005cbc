import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/policy';
import { parseForm, invalid, fieldError } from '$lib/server/forms';
import { audit } from '$lib/server/audit';
import { auditClientRead } from '$lib/server/read-budget';
import { isoDateInFinland } from '$lib/domain/dates';
import { consentCoversEmployer, visibleInPortal } from '$lib/domain/disclosure';
import { endingSatisfactory, nextStatuses } from '$lib/domain/placements';
import { authorizePlacement } from '$lib/server/employers/access';
import {
	addConsentSchema,
	didNotStartSchema,
	endPlacementSchema,
	placementUpdateSchema,
	restartJobSearchSchema,
	startPlacementSchema,
	stepDownSchema,
	withdrawConsentSchema
} from '$lib/server/employers/forms';
import {
	addEmployerConsent,
	consentsForEmployer,
	endPlacement,
	getPlacement,
	markDidNotStart,
	recordStepDown,
	restartJobSearch,
	startPlacement,
	updatePlacement,
	withdrawConsent
} from '$lib/server/placements/placements';
import { followAlongRows } from '$lib/server/placements/follow-along';

/** Tags a failure with the form it came from, so the page shows the errors at the right form. */
function tagged(failure: { errors: Record<string, string>; values: Record<string, string> }, form: string) {
	return invalid({ ...failure, values: { ...failure.values, form } });
}

export const load: PageServerLoad = ({ locals, params, url }) => {
	const access = authorizePlacement(locals.actor, 'read', params.id);
	auditClientRead({ actor: locals.actor, action: 'read', entity: 'placement', entityId: access.id, clientId: access.clientId, teamId: access.teamId });
	const placement = getPlacement(access.id);
	if (!placement) error(404, 'Not found');
	const today = isoDateInFinland();
	const consents = consentsForEmployer(access.clientId, access.employerId).map((c) => ({ ...c, valid: consentCoversEmployer(c, access.employerId, today) }));
	const resource = { kind: 'client' as const, teamId: access.teamId, coachId: access.coachId };
	return {
		placement,
		today,
		satisfactory: endingSatisfactory(placement.endReason),
		nextStatuses: nextStatuses(placement.status),
		followAlong: followAlongRows(placement, today),
		consents,
		inPortal: visibleInPortal(placement, consents, access.employerId, today),
		canEdit: can(locals.actor, 'update', resource),
		enrolmentClosed: access.closedDate !== null,
		promptRestart: placement.status === 'ended' && placement.currentPhase >= 4 && access.closedDate === null,
		saved: url.searchParams.has('saved')
	};
};

export const actions: Actions = {
	update: async ({ request, locals, params }) => {
		const access = authorizePlacement(locals.actor, 'update', params.id);
		const formData = await request.formData();
		const parsed = parseForm(placementUpdateSchema, formData);
		if (!parsed.ok) return tagged(parsed.failure, 'edit');
		const { version, ...input } = parsed.data;
		if (!updatePlacement(access.id, version, input)) return fieldError(formData, '_form', 'err_stale', {}, 409);
		audit({ actor: locals.actor, action: 'update', entity: 'placement', entityId: access.id, clientId: access.clientId, teamId: access.teamId });
		return { saved: 'edit' };
	},
	start: async ({ request, locals, params }) => {
		const access = authorizePlacement(locals.actor, 'update', params.id);
		const formData = await request.formData();
		const parsed = parseForm(startPlacementSchema, formData);
		if (!parsed.ok) return tagged(parsed.failure, 'start');
		if (access.closedDate !== null) return fieldError(formData, 'startDate', 'employers_err_enrolment_closed');
		if (parsed.data.startDate > isoDateInFinland()) return fieldError(formData, 'startDate', 'err_date_future');
		if (!startPlacement(access.id, parsed.data.version, parsed.data.startDate, locals.actor!.id)) return fieldError(formData, 'startDate', 'err_stale', {}, 409);
		audit({ actor: locals.actor, action: 'update', entity: 'placement', entityId: access.id, clientId: access.clientId, teamId: access.teamId, details: 'started; phase 5' });
		return { saved: 'start' };
	},
	end: async ({ request, locals, params }) => {
		const access = authorizePlacement(locals.actor, 'update', params.id);
		const formData = await request.formData();
		const parsed = parseForm(endPlacementSchema, formData);
		if (!parsed.ok) return tagged(parsed.failure, 'end');
		const placement = getPlacement(access.id)!;
		if (placement.startDate && parsed.data.endDate < placement.startDate) return fieldError(formData, 'endDate', 'err_date_order');
		if (parsed.data.endDate > isoDateInFinland()) return fieldError(formData, 'endDate', 'err_date_future');
		if (!endPlacement(access.id, parsed.data.version, parsed.data.endDate, parsed.data.endReason)) return fieldError(formData, 'endDate', 'err_stale', {}, 409);
		audit({ actor: locals.actor, action: 'update', entity: 'placement', entityId: access.id, clientId: access.clientId, teamId: access.teamId, details: `ended: ${parsed.data.endReason}` });
		return { saved: 'end' };
	},
	didNotStart: async ({ request, locals, params }) => {
		const access = authorizePlacement(locals.actor, 'update', params.id);
		const formData = await request.formData();
		const parsed = parseForm(didNotStartSchema, formData);
		if (!parsed.ok || !markDidNotStart(access.id, parsed.data.version)) return fieldError(formData, '_form', 'err_stale', {}, 409);
		audit({ actor: locals.actor, action: 'update', entity: 'placement', entityId: access.id, clientId: access.clientId, teamId: access.teamId, details: 'did not start' });
		return { saved: 'status' };
	},
	stepDown: async ({ request, locals, params }) => {
		const access = authorizePlacement(locals.actor, 'update', params.id);
		const formData = await request.formData();
		const parsed = parseForm(stepDownSchema, formData);
		if (!parsed.ok) return tagged(parsed.failure, 'stepDown');
		const placement = getPlacement(access.id)!;
		if (placement.startDate && parsed.data.stepDownDate < placement.startDate) return fieldError(formData, 'stepDownDate', 'err_date_order');
		if (!recordStepDown(access.id, parsed.data.version, parsed.data.stepDownDate)) return fieldError(formData, 'stepDownDate', 'err_stale', {}, 409);
		audit({ actor: locals.actor, action: 'update', entity: 'placement', entityId: access.id, clientId: access.clientId, teamId: access.teamId, details: 'step-down' });
		return { saved: 'stepDown' };
	},
	restartJobSearch: async ({ request, locals, params }) => {
		const access = authorizePlacement(locals.actor, 'update', params.id);
		const formData = await request.formData();
		const parsed = parseForm(restartJobSearchSchema, formData);
		if (!parsed.ok) return tagged(parsed.failure, 'restart');
		if (access.closedDate !== null) return fieldError(formData, 'reason', 'employers_err_enrolment_closed');
		restartJobSearch(access.enrolmentId, isoDateInFinland(), parsed.data.reason, locals.actor!.id);
		audit({ actor: locals.actor, action: 'update', entity: 'enrolment', entityId: access.enrolmentId, clientId: access.clientId, teamId: access.teamId, details: 'phase 3 after job ended' });
		return { saved: 'restart' };
	},
	addConsent: async ({ request, locals, params }) => {
		const access = authorizePlacement(locals.actor, 'update', params.id);
		const formData = await request.formData();
		const parsed = parseForm(addConsentSchema, formData);
		if (!parsed.ok) return tagged(parsed.failure, 'consent');
		if (parsed.data.validTo && parsed.data.validTo < parsed.data.validFrom) return fieldError(formData, 'validTo', 'err_date_order');
		const { consentForm, ...rest } = parsed.data;
		const id = addEmployerConsent(access.clientId, access.employerId, { form: consentForm, ...rest }, locals.actor!.id);
		audit({ actor: locals.actor, action: 'create', entity: 'consent', entityId: id, clientId: access.clientId, teamId: access.teamId });
		return { saved: 'consent' };
	},
	withdrawConsent: async ({ request, locals, params }) => {
		const access = authorizePlacement(locals.actor, 'update', params.id);
		const formData = await request.formData();
		const parsed = parseForm(withdrawConsentSchema, formData);
		if (!parsed.ok || !withdrawConsent(parsed.data.consentId, access.clientId, access.employerId, isoDateInFinland())) {
			return fieldError(formData, '_form', 'err_stale', {}, 409);
		}
		audit({ actor: locals.actor, action: 'update', entity: 'consent', entityId: parsed.data.consentId, clientId: access.clientId, teamId: access.teamId, details: 'withdrawn' });
		return { saved: 'consent' };
	}
};
