import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize } from '$lib/server/policy';
import { isoDateInFinland } from '$lib/domain/dates';
import { portalPlacementData } from '$lib/server/portal/disclosed';

/** One placement as the employer may see it (logged as disclosed); anything not visible under the portal rule is 404. */
export const load: PageServerLoad = ({ locals, params }) => {
	const employerId = locals.actor?.employerId ?? null;
	if (employerId === null) error(404, 'Not found');
	authorize(locals.actor, 'read', { kind: 'portal', employerId });
	const id = Number(params.id);
	const placement = Number.isSafeInteger(id) && id > 0 ? portalPlacementData(locals.actor!, employerId, id, isoDateInFinland()) : undefined;
	if (!placement) error(404, 'Not found');
	return { placement };
};
