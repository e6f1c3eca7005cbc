import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, can, coachForNewClient, memberTeams, requireStaff } from '$lib/server/policy';
import { parseForm, invalid, fieldError, refusedForm } from '$lib/server/forms';
import { newClientSchema } from '$lib/server/clients/forms';
import { admitClient } from '$lib/server/clients/commands';
import { teamStaff } from '$lib/server/clients/record/people';
import { teamNames } from '$lib/server/accounts';
import { isoDateInFinland } from '$lib/domain/dates';

export const load: PageServerLoad = ({ locals }) => {
	const actor = locals.actor;
	const teamIds = actor ? memberTeams(actor) : [];
	if (!actor || teamIds.length === 0) error(404, 'Not found');
	for (const teamId of teamIds) authorize(actor, 'read', { kind: 'team', teamId });
	// Leads assign the coach; a coach creates clients for their own caseload.
	const teams = teamNames(teamIds).map((t) => ({
		...t,
		coaches: teamStaff(t.id).filter((s) => s.id === coachForNewClient(actor, t.id, s.id))
	}));
	return { teams, today: isoDateInFinland() };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = locals.actor;
		requireStaff(actor);
		const formData = await request.formData();
		if (!formData.get('teamId')) {
			const only = memberTeams(actor);
			if (only.length === 1) formData.set('teamId', String(only[0]));
		}
		const parsed = parseForm(newClientSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		const { teamId } = parsed.data;
		authorize(actor, 'create', { kind: 'client', teamId, coachId: null });
		// A coach's new client is their own; only a lead may assign someone else.
		const coachId = coachForNewClient(actor, teamId, parsed.data.coachId);
		if (!can(actor, 'update', { kind: 'client', teamId, coachId })) return fieldError(formData, 'coachId', 'err_choice');
		const result = admitClient(actor, { ...parsed.data, coachId }, isoDateInFinland());
		if (!result.ok) return refusedForm(formData, result);
		redirect(303, `/clients/${result.value}?created`);
	}
};
