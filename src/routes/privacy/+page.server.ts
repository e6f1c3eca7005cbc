import type { Actions, PageServerLoad } from './$types';
import { authorize, can, requireAuditScope } from '$lib/server/policy';
import { clientsDueForAnonymisation, retentionYears } from '$lib/server/trust/personal-data';
import { setRetention } from '$lib/server/trust/commands';
import { retentionChanges } from '$lib/server/trust/retention';
import { formCommand } from '$lib/server/forms';
import { retentionSchema } from '$lib/forms/trust';

export const load: PageServerLoad = ({ locals }) => {
	// The same people who read the log (admins, leads) handle data requests.
	const scope = requireAuditScope(locals.actor);
	const actor = locals.actor!;
	return {
		retentionYears: retentionYears(),
		canSetRetention: can(actor, 'manage', { kind: 'administration' }),
		due: clientsDueForAnonymisation(scope.teamIds),
		changes: retentionChanges()
	};
};

export const actions: Actions = {
	retention: async ({ request, locals }) => {
		const actor = locals.actor;
		authorize(actor, 'manage', { kind: 'administration' });
		return formCommand(request, retentionSchema, ({ years, reason }) => setRetention(actor, years, reason), () => ({ saved: true }));
	}
};
