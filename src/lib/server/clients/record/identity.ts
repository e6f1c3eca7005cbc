import { eq, sql } from 'drizzle-orm';
import { prepared } from '../../db/prepared';
import { clients } from '../../db/schema';
import { maskHenkilotunnus } from '$lib/domain/henkilotunnus';

const identityQuery = prepared((db) => db.select().from(clients).where(eq(clients.id, sql.placeholder('clientId'))).prepare());

/** The identity section: who the client is (henkilötunnus masked); null = no such client. */
export function getIdentity(clientId: number) {
	const c = identityQuery().get({ clientId });
	if (!c) return null;
	return {
		id: c.id,
		teamId: c.teamId,
		firstName: c.firstName,
		lastName: c.lastName,
		personalIdMasked: maskHenkilotunnus(c.personalId),
		hasPersonalId: c.personalId !== null,
		birthYear: c.birthYear,
		preferredLanguage: c.preferredLanguage,
		phone: c.phone,
		email: c.email,
		municipality: c.municipality,
		version: c.version
	};
}
