import type { Actions, PageServerLoad } from './$types';
import { error, redirect } from '@sveltejs/kit';
import { can, ledTeams } from '$lib/server/policy';
import { parseForm, invalid, fieldError } from '$lib/server/forms';
import { reviewSchema } from '$lib/server/fidelity/forms';
import { createReview, reviewTeams, teamPeople } from '$lib/server/fidelity/reviews';
import { audit } from '$lib/server/audit';
import { isoDateInFinland } from '$lib/domain/dates';

function leadTeams(actor: App.Locals['actor']) {
	if (!actor) return [];
	return reviewTeams(actor).filter((t) => can(actor, 'create', { kind: 'review', teamId: t.id, status: 'draft' }));
}

export const load: PageServerLoad = ({ locals }) => {
	const teams = leadTeams(locals.actor);
	if (teams.length === 0) error(404, 'Not found');
	return {
		teams: teams.map((t) => ({ id: t.id, name: t.name, people: teamPeople(t.id).map((p) => ({ id: p.id, name: p.name })) })),
		today: isoDateInFinland()
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = locals.actor;
		if (!actor || ledTeams(actor).length === 0) error(404, 'Not found');
		const formData = await request.formData();
		const parsed = parseForm(reviewSchema, formData, ['reviewerIds']);
		if (!parsed.ok) return invalid(parsed.failure);
		const input = parsed.data;
		// The team comes from the form: check the actor leads it (404 otherwise, like any other unknown id).
		if (!can(actor, 'create', { kind: 'review', teamId: input.teamId, status: 'draft' })) error(404, 'Not found');
		if (input.periodTo < input.periodFrom) return fieldError(formData, 'periodTo', 'err_date_order');
		if (input.periodTo > input.reviewDate) return fieldError(formData, 'periodTo', 'fidelity_err_period_after_review');
		const people = new Set(teamPeople(input.teamId).map((p) => p.id));
		if (input.reviewerIds.some((idValue) => !people.has(idValue))) return fieldError(formData, 'reviewerIds', 'err_choice');
		const id = createReview(actor, { ...input, reviewerIds: [...new Set(input.reviewerIds)] });
		audit({ actor, action: 'create', entity: 'fidelity-review', entityId: id, teamId: input.teamId });
		redirect(303, `/fidelity/reviews/${id}`);
	}
};
