import type { z } from 'zod';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { parseForm, invalid } from '$lib/server/forms';
import * as record from '$lib/server/clients/record';
import * as network from '$lib/server/clients/network';
import { requireNetworkRead, requireNetworkWrite } from '$lib/server/clients/network';
import type { ClientAccess } from '$lib/server/clients/access';
import type { CommandResult } from '$lib/server/clients/commands';
import { refusedForm } from '$lib/server/clients/page';

/** The client's support network: named people outside Polku (docs/domain/clients.md#support-network). */
export const load: PageServerLoad = ({ locals, params }) => {
	const { access, people, writable } = requireNetworkRead(locals.actor, params.id);
	const identity = record.getIdentity(access.clientId)!;
	return {
		clientId: access.clientId,
		name: `${identity.firstName} ${identity.lastName}`,
		writable,
		closed: access.closed,
		people,
		roles: network.NETWORK_ROLES
	};
};

/** Policy first (404/403 from the client row), then the form, then the audited command. */
async function run<S extends z.ZodTypeAny>(event: RequestEvent, schema: S, command: (access: ClientAccess, data: z.infer<S>) => CommandResult<number>, saved: string) {
	const access = requireNetworkWrite(event.locals.actor, event.params.id);
	const formData = await event.request.formData();
	const parsed = parseForm(schema, formData);
	if (!parsed.ok) return invalid(parsed.failure);
	const result = command(access, parsed.data);
	if (!result.ok) return refusedForm(formData, result);
	return { saved };
}

export const actions: Actions = {
	add: (e) => run(e, network.addPersonSchema, (a, d) => network.addNetworkPerson(e.locals.actor!, a, d), 'added'),
	update: (e) => run(e, network.updatePersonSchema, (a, d) => network.updateNetworkPerson(e.locals.actor!, a, d), 'updated'),
	remove: (e) => run(e, network.removePersonSchema, (a, d) => network.removeNetworkPerson(e.locals.actor!, a, d), 'removed')
};
