import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/policy';
import { commandAnswer, formValues, invalid, parseForm, refusedForm } from '$lib/server/forms';
import type { Refusal } from '$lib/server/commands';
import * as commands from '$lib/server/employers/commands';
import { isoDateInFinland } from '$lib/domain/dates';
import { authorizeEmployer } from '$lib/server/employers/access';
import { answerRequestSchema, contactPersonSchema, inviteEmployerUserSchema } from '$lib/server/employers/forms';
import { employerPage } from '$lib/server/employers/employer-page';

export const load: PageServerLoad = ({ locals, params, url }) => {
	const row = authorizeEmployer(locals.actor, 'read', params.id);
	const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1);
	const canManage = can(locals.actor, 'manage', { kind: 'team', teamId: row.teamId });
	const today = isoDateInFinland();
	const data = employerPage(row, page, today, canManage);
	if (!data) error(404, 'Not found');
	return {
		...data,
		canManage,
		canEdit: can(locals.actor, 'update', { kind: 'employer', teamId: row.teamId }),
		today,
		saved: url.searchParams.has('saved')
	};
};

/** The form a refusal belongs to, so the page shows it there with the typed values. */
function refusedAt(formData: FormData, form: string, result: Refusal) {
	return refusedForm(formData, result, { values: { ...formValues(formData), form } });
}

export const actions: Actions = {
	addPerson: async ({ request, locals, params }) => {
		const employer = authorizeEmployer(locals.actor, 'update', params.id);
		const formData = await request.formData();
		const parsed = parseForm(contactPersonSchema, formData);
		if (!parsed.ok) return invalid({ ...parsed.failure, values: { ...parsed.failure.values, form: 'person' } });
		return commandAnswer(formData, commands.addEmployerContactPerson(locals.actor!, employer, parsed.data), 'person');
	},
	removePerson: async ({ request, locals, params }) => {
		const employer = authorizeEmployer(locals.actor, 'update', params.id);
		const formData = await request.formData();
		return commandAnswer(formData, commands.removeEmployerContactPerson(locals.actor!, employer, Number(formData.get('personId'))), 'person');
	},
	answerRequest: async ({ request, locals, params }) => {
		const employer = authorizeEmployer(locals.actor, 'update', params.id);
		const formData = await request.formData();
		const parsed = parseForm(answerRequestSchema, formData);
		if (!parsed.ok) return invalid({ ...parsed.failure, values: { ...parsed.failure.values, form: 'answer' } });
		const result = commands.answerEmployerRequest(locals.actor!, employer, parsed.data);
		return result.ok ? { saved: 'answer' } : refusedAt(formData, 'answer', result);
	},
	inviteUser: async ({ request, locals, params }) => {
		const employer = authorizeEmployer(locals.actor, 'read', params.id);
		// Inviting employer users is the lead's job (policy: team/manage).
		if (!can(locals.actor, 'manage', { kind: 'team', teamId: employer.teamId })) error(404, 'Not found');
		const formData = await request.formData();
		const parsed = parseForm(inviteEmployerUserSchema, formData);
		if (!parsed.ok) return invalid({ ...parsed.failure, values: { ...parsed.failure.values, form: 'invite' } });
		const result = await commands.inviteEmployerUser(locals.actor!, employer, parsed.data);
		return result.ok ? { saved: 'invite' } : refusedAt(formData, 'invite', result);
	}
};
