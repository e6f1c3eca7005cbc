import type { Actions, PageServerLoad } from './$types';
import { clientFormAction } from '$lib/server/clients/form-action';
import { getIdentity } from '$lib/server/clients/record/identity';
import * as network from '$lib/server/clients/network';
import { requireNetworkRead } from '$lib/server/clients/network';
import { NETWORK_ROLES } from '$lib/domain/vocabularies';

/** The client's support network: named people outside Polku (docs/domain/clients.md#support-network). */
export const load: PageServerLoad = ({ locals, params }) => {
	const { access, people, writable } = requireNetworkRead(locals.actor, params.id);
	const identity = getIdentity(access.clientId)!;
	return {
		clientId: access.clientId,
		name: `${identity.firstName} ${identity.lastName}`,
		writable,
		closed: access.closed,
		people,
		roles: NETWORK_ROLES
	};
};

// The network commands write their own audit rows (they take the actor).
export const actions: Actions = {
	add: (e) => clientFormAction(e, { schema: network.addPersonSchema, saved: 'added' }, (d, _c, access) => network.addNetworkPerson(e.locals.actor!, access, d)),
	update: (e) => clientFormAction(e, { schema: network.updatePersonSchema, saved: 'updated' }, (d, _c, access) => network.updateNetworkPerson(e.locals.actor!, access, d)),
	remove: (e) => clientFormAction(e, { schema: network.removePersonSchema, saved: 'removed' }, (d, _c, access) => network.removeNetworkPerson(e.locals.actor!, access, d))
};
