
import type { Actions, PageServerLoad } from './$types';
import { authorize, can, requireAuditScope } from '$lib/server/policy';
import { clientsDueForAnonymisation, retentionYears, setRetentionYears } from '$lib/server/trust/personal-data';
import { audit } from '$lib/server/audit';
import { parseForm, invalid } from '$lib/server/forms';
import { retentionSchema } from '$lib/forms/trust';

export const load: PageServerLoad = ({ locals }) => {
	// The same people who read the log (admins, leads) handle data requests.
	const scope = requireAuditScope(locals.actor);
	const actor = locals.actor!;
	return {
		retentionYears: retentionYears(),
		canSetRetention: can(actor, 'manage', { kind: 'administration' }),
		due: clientsDueForAnonymisation(scope.teamIds)
	};
};

export const actions: Actions = {
	retention: async ({ request, locals }) => {
		authorize(locals.actor, 'manage', { kind: 'administration' });
		const formData = await request.formData();
		const parsed = parseForm(retentionSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		setRetentionYears(parsed.data.years);
		audit({ actor: locals.actor, action: 'update', entity: 'setting', details: `retention_years=${parsed.data.years}` });
		return { saved: true };
	}
};
