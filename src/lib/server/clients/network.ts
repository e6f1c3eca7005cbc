import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '../db';
import { prepared } from '../db/prepared';
import { networkPeople } from '../db/schema';
import { audited, done, refused, stale, type CommandResult } from '../commands';
import type { Actor } from '../policy';
import { requireClientRead, type ClientAccess, type WriteMode } from './access';
import { choice, id, integer, optionalText, requiredText } from '$lib/forms/fields';
import { NETWORK_ROLES } from '$lib/domain/vocabularies';

/**
 * The client's support network (docs/domain/clients.md#support-network): people outside Polku — asiakasvastaava,
 * työkykykoordinaattori, omavalmentaja, care contact — recorded as named contacts on the client,
 * never as users. Every function checks the policy from the client row and audits.
 */

export type NetworkRole = (typeof NETWORK_ROLES)[number];

const optionalEmail = () =>
	z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase() : null),
		z.string().max(254, 'err_too_long').email('err_email').nullable()
	);

const personFields = {
	role: choice(NETWORK_ROLES),
	name: requiredText(200),
	organisation: optionalText(200),
	phone: optionalText(40),
	email: optionalEmail()
};

export const addPersonSchema = z.object(personFields);
export const updatePersonSchema = z.object({ ...personFields, id: id(), version: integer(1, 2_000_000_000) });
export const removePersonSchema = z.object({ id: id(), version: integer(1, 2_000_000_000) });

export type NetworkPersonInput = z.infer<typeof addPersonSchema>;

export type NetworkPerson = {
	id: number;
	role: string;
	name: string;
	organisation: string | null;
	phone: string | null;
	email: string | null;
	version: number;
};

/** Full contact cards of one client, by role then name (one query on network_people_client_idx). */
export function listNetworkPeople(clientId: number): NetworkPerson[] {
	return getDb()
		.select({ id: networkPeople.id, role: networkPeople.role, name: networkPeople.name, organisation: networkPeople.organisation, phone: networkPeople.phone, email: networkPeople.email, version: networkPeople.version })
		.from(networkPeople)
		.where(eq(networkPeople.clientId, clientId))
		.orderBy(asc(networkPeople.name), asc(networkPeople.id))
		.all();
}

/** Names and roles only, for the client page's short list (one query). */
export function listNetworkNames(clientId: number): { id: number; role: string; name: string }[] {
	return networkNames().all({ clientId });
}

// Read on every view of the client record (the meeting form's choices): prepared once.
const networkNames = prepared((db) =>
	db
		.select({ id: networkPeople.id, role: networkPeople.role, name: networkPeople.name })
		.from(networkPeople)
		.where(eq(networkPeople.clientId, sql.placeholder('clientId')))
		.orderBy(asc(networkPeople.name), asc(networkPeople.id))
		.prepare()
);

/** The network sub-page: read access to the client (audited as view 'network'), else 404. */
export function requireNetworkRead(actor: Actor | null | undefined, clientIdParam: string): { access: ClientAccess & { writeMode: WriteMode }; people: NetworkPerson[]; writable: boolean } {
	const access = requireClientRead(actor, clientIdParam, 'network');
	return { access, people: listNetworkPeople(access.clientId), writable: access.writeMode === 'own' && !access.closed };
}

// Writes are the own coach's or a lead's (like identity and consents, not a covering entry):
// clientFormAction asks requireClientWrite, so a teammate who may read gets 403, anyone else 404.
// A closed enrolment is read-only. Each write and its audit row share one transaction.

const closed = refused({ _form: 'clients_err_closed' });

export function addNetworkPerson(actor: Actor, access: ClientAccess, input: NetworkPersonInput): CommandResult<number> {
	if (access.closed) return closed;
	return audited(
		() => {
			const row = getDb()
				.insert(networkPeople)
				.values({ clientId: access.clientId, role: input.role, name: input.name, organisation: input.organisation, phone: input.phone, email: input.email })
				.returning({ id: networkPeople.id })
				.get();
			return done(row.id);
		},
		(id) => ({ actor, action: 'create', entity: 'network-person', entityId: id, clientId: access.clientId, teamId: access.teamId })
	);
}

/** This client's person, still at the version the form was read at. */
function sameRowAsRead(clientId: number, input: { id: number; version: number }) {
	return and(eq(networkPeople.id, input.id), eq(networkPeople.clientId, clientId), eq(networkPeople.version, input.version));
}

/** The person must belong to this client (checked in the DB, never trusted from the form) and still be at the version read. */
export function updateNetworkPerson(actor: Actor, access: ClientAccess, input: z.infer<typeof updatePersonSchema>): CommandResult<number> {
	if (access.closed) return closed;
	return audited(
		() => {
			const result = getDb()
				.update(networkPeople)
				.set({ role: input.role, name: input.name, organisation: input.organisation, phone: input.phone, email: input.email, updatedAt: new Date(), version: sql`${networkPeople.version} + 1` })
				.where(sameRowAsRead(access.clientId, input))
				.run();
			return result.changes === 1 ? done(input.id) : refusal(access.clientId, input.id);
		},
		(id) => ({ actor, action: 'update', entity: 'network-person', entityId: id, clientId: access.clientId, teamId: access.teamId })
	);
}

export function removeNetworkPerson(actor: Actor, access: ClientAccess, input: z.infer<typeof removePersonSchema>): CommandResult<number> {
	if (access.closed) return closed;
	return audited(
		() => {
			const result = getDb().delete(networkPeople).where(sameRowAsRead(access.clientId, input)).run();
			return result.changes === 1 ? done(input.id) : refusal(access.clientId, input.id);
		},
		(id) => ({ actor, action: 'delete', entity: 'network-person', entityId: id, clientId: access.clientId, teamId: access.teamId })
	);
}

/** Nothing changed: the person was edited meanwhile (stale) or is not (any longer) on this client. */
function refusal(clientId: number, personId: number) {
	const exists = getDb()
		.select({ id: networkPeople.id })
		.from(networkPeople)
		.where(and(eq(networkPeople.id, personId), eq(networkPeople.clientId, clientId)))
		.get();
	return exists ? stale('version') : refused({ _form: 'network_err_gone' });
}
