import type { PageServerLoad } from './$types';
import { requireClientRead } from '$lib/server/clients/access';
import { clientTimeline } from '$lib/server/clients/timeline';
import { getIdentity } from '$lib/server/clients/record/identity';

/** Everything that happened with the client, newest first; printable. */
export const load: PageServerLoad = ({ locals, params }) => {
	const access = requireClientRead(locals.actor, params.id, 'timeline');
	const identity = getIdentity(access.clientId)!;
	return { clientId: access.clientId, name: `${identity.firstName} ${identity.lastName}`, personalIdMasked: identity.personalIdMasked, events: clientTimeline(access.clientId) };
};
