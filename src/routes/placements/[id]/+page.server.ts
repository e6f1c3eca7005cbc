import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/policy';
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
import { consentsForEmployer, getPlacement } from '$lib/server/placements/placements';
import * as commands from '$lib/server/placements/commands';
import { placementFormAction } from '$lib/server/placements/form-action';
import { followAlongRows } from '$lib/server/placements/follow-along';

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
	update: (event) => placementFormAction(event, { schema: placementUpdateSchema, form: 'edit' }, commands.updatePlacementDetails),
	start: (event) => placementFormAction(event, { schema: startPlacementSchema, form: 'start' }, commands.startJob),
	end: (event) => placementFormAction(event, { schema: endPlacementSchema, form: 'end' }, commands.endJob),
	didNotStart: (event) => placementFormAction(event, { schema: didNotStartSchema, form: 'status' }, commands.jobDidNotStart),
	stepDown: (event) => placementFormAction(event, { schema: stepDownSchema, form: 'stepDown' }, commands.stepDownSupport),
	restartJobSearch: (event) => placementFormAction(event, { schema: restartJobSearchSchema, form: 'restart' }, commands.returnToJobSearch),
	addConsent: (event) => placementFormAction(event, { schema: addConsentSchema, form: 'consent' }, commands.addConsentForEmployer),
	withdrawConsent: (event) => placementFormAction(event, { schema: withdrawConsentSchema, form: 'consent' }, commands.withdrawConsentForEmployer)
};
