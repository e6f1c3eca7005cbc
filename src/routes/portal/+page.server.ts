import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, type Actor } from '$lib/server/policy';
import { formCommand } from '$lib/server/forms';
import { isoDateInFinland } from '$lib/domain/dates';
import { contactRequestSchema } from '$lib/server/employers/forms';
import { portalContactRequests, portalEmployerName } from '$lib/server/portal/portal';
import { portalPageData } from '$lib/server/portal/disclosed';
import { requestContact } from '$lib/server/portal/commands';

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
	// Only the portal module's column-limited shapes go to the browser; what they show of clients is logged as disclosed.
	const { placements, contacts } = portalPageData(locals.actor!, employerId, isoDateInFinland());
	return { employerName: name, placements, contacts, requests: portalContactRequests(employerId) };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const actor = locals.actor;
		const employerId = portalEmployer(actor);
		authorize(actor, 'create', { kind: 'portal', employerId });
		return formCommand(request, contactRequestSchema, ({ message }) => requestContact(actor, employerId, message), () => ({ sent: true }));
	}
};
