import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/policy';
import { parseForm, invalid, fieldError } from '$lib/server/forms';
import { createUser, emailTaken } from '$lib/server/accounts';
import { audit } from '$lib/server/audit';
import { isoDateInFinland } from '$lib/domain/dates';
import { authorizeEmployer } from '$lib/server/employers/access';
import { answerRequestSchema, contactPersonSchema, inviteEmployerUserSchema } from '$lib/server/employers/forms';
import { addContactPerson, answerContactRequest, removeContactPerson } from '$lib/server/employers/register';
import { employerPage } from '$lib/server/employers/page';

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

export const actions: Actions = {
	addPerson: async ({ request, locals, params }) => {
		const row = authorizeEmployer(locals.actor, 'update', params.id);
		const formData = await request.formData();
		const parsed = parseForm(contactPersonSchema, formData);
		if (!parsed.ok) return invalid({ ...parsed.failure, values: { ...parsed.failure.values, form: 'person' } });
		const id = addContactPerson(row.id, parsed.data);
		audit({ actor: locals.actor, action: 'create', entity: 'employer-contact-person', entityId: id, teamId: row.teamId });
		return { saved: 'person' };
	},
	removePerson: async ({ request, locals, params }) => {
		const row = authorizeEmployer(locals.actor, 'update', params.id);
		const personId = Number((await request.formData()).get('personId'));
		if (removeContactPerson(row.id, personId)) {
			audit({ actor: locals.actor, action: 'delete', entity: 'employer-contact-person', entityId: personId, teamId: row.teamId });
		}
		return { saved: 'person' };
	},
	answerRequest: async ({ request, locals, params }) => {
		const row = authorizeEmployer(locals.actor, 'update', params.id);
		const formData = await request.formData();
		const parsed = parseForm(answerRequestSchema, formData);
		if (!parsed.ok) return invalid({ ...parsed.failure, values: { ...parsed.failure.values, form: 'answer' } });
		if (!answerContactRequest(row.id, parsed.data.requestId, parsed.data.answer, locals.actor!.id)) {
			return fieldError(formData, 'answer', 'err_stale', {}, 409);
		}
		audit({ actor: locals.actor, action: 'update', entity: 'contact-request', entityId: parsed.data.requestId, teamId: row.teamId });
		return { saved: 'answer' };
	},
	inviteUser: async ({ request, locals, params }) => {
		const row = authorizeEmployer(locals.actor, 'read', params.id);
		// Inviting employer users is the lead's job (policy: team/manage).
		if (!can(locals.actor, 'manage', { kind: 'team', teamId: row.teamId })) error(404, 'Not found');
		const formData = await request.formData();
		const parsed = parseForm(inviteEmployerUserSchema, formData);
		if (!parsed.ok) return invalid({ ...parsed.failure, values: { ...parsed.failure.values, form: 'invite' } });
		if (emailTaken(parsed.data.email)) return fieldError(formData, 'email', 'err_email_taken');
		const id = await createUser({ ...parsed.data, employerId: row.id, mustChangePassword: true });
		audit({ actor: locals.actor, action: 'create', entity: 'user', entityId: id, teamId: row.teamId, details: `employer user for employer ${row.id}` });
		return { saved: 'invite' };
	}
};
