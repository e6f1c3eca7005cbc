import type { Actions, PageServerLoad } from './$types';
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
import * as commands from '$lib/server/placements/commands';
import { placementFormAction } from '$lib/server/placements/form-action';
import { loadPlacementPage } from '$lib/server/placements/placement-page';

export const load: PageServerLoad = ({ locals, params, url }) => ({ ...loadPlacementPage(locals.actor, params.id), saved: url.searchParams.has('saved') });

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
