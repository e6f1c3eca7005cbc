import type { Actions, PageServerLoad } from './$types';
import { requireService } from '$lib/server/services/access';
import { commandAnswer, invalid, parseForm } from '$lib/server/forms';
import { serviceEditSchema } from '$lib/server/services/forms';
import { editService } from '$lib/server/services/commands';

/** One service of the map; the team's lead edits it here (or marks it inactive). */
export const load: PageServerLoad = ({ locals, params }) => {
	const { service, canManage } = requireService(locals.actor, params.id);
	return { service, canManage };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const { actor, service } = requireService(locals.actor, params.id, 'update');
		const formData = await request.formData();
		const parsed = parseForm(serviceEditSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		const { baseVersion, ...input } = parsed.data;
		return commandAnswer(formData, editService(actor, service, baseVersion, input), 'service');
	}
};
