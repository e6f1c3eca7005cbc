import type { Actions, PageServerLoad } from './$types';
import { loadSupervisionList } from '$lib/server/clients/team';
import { remindAnswer, requireRemindTarget } from '$lib/server/reminders/client-reminder';

/** The weekly group supervision list (printable). */
export const load: PageServerLoad = ({ locals, url }) => loadSupervisionList(locals.actor, url);

export const actions: Actions = {
	// A lead's one-off reminder about a client to its coach (docs/domain/reminders.md#lead-reminders).
	remind: async ({ request, locals }) => {
		const formData = await request.formData();
		const target = requireRemindTarget(locals.actor, Number(formData.get('clientId')));
		return remindAnswer(locals.actor!, target, formData);
	}
};
