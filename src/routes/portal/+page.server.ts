import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, type Actor } from '$lib/server/policy';
import { parseForm, invalid } from '$lib/server/forms';
import { audit } from '$lib/server/audit';
import { isoDateInFinland } from '$lib/domain/dates';
import { contactRequestSchema } from '$lib/server/employers/forms';
import { portalContactRequests, portalEmployerName, portalPlacements, portalSharedContacts, sendContactRequest } from '$lib/server/portal/portal';

/** The employer user's own organisation; staff and anyone else get 404. */
function portalEmployer(actor: Actor | null): number {
	const employerId = actor?.employerId ?? null;
	if (employerId === null) error(404, 'Not found');
	authorize(actor, 'read', { kind: 'portal', employerId });
	return employerId;
}

export const load: PageServerLoad = ({ locals }) => {
	const employerId = portalEmployer(locals.actor);
	const name = portalEmployerName(employerId);
	if (!name) error(404, 'Not found');
	// Only the portal module's column-limited shapes go to the browser.
	const today = isoDateInFinland();
	return {
		employerName: name,
		placements: portalPlacements(employerId, today),
		contacts: portalSharedContacts(employerId, today),
		requests: portalContactRequests(employerId)
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const employerId = portalEmployer(locals.actor);
		authorize(locals.actor, 'create', { kind: 'portal', employerId });
		const formData = await request.formData();
		const parsed = parseForm(contactRequestSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		const id = sendContactRequest(employerId, locals.actor.id, parsed.data.message);
		audit({ actor: locals.actor, action: 'create', entity: 'contact-request', entityId: id, details: `employer ${employerId}` });
		return { sent: true };
	}
};
