import { desc, eq, sql } from 'drizzle-orm';
import { prepared } from '../../db/prepared';
import { employerContactClients, employerContacts, employers, placements, users } from '../../db/schema';
import { selectPlacementRows } from '../../placements/rows';

const id = (name: string) => sql.placeholder(name);

const workQueries = prepared((db) => ({
	placements: selectPlacementRows(db, {
		id: placements.id,
		enrolmentId: placements.enrolmentId,
		employerName: employers.name,
		jobTitle: placements.jobTitle,
		status: placements.status,
		startDate: placements.startDate,
		endDate: placements.endDate,
		createdAt: placements.createdAt
	})
		.where(eq(placements.clientId, id('clientId')))
		.orderBy(desc(placements.id))
		.prepare(),
	employerContacts: db
		.select({ id: employerContacts.id, date: employerContacts.date, employerName: employers.name, mode: employerContacts.mode, purpose: employerContacts.purpose, outcome: employerContacts.outcome, coachName: users.name })
		.from(employerContactClients)
		.innerJoin(employerContacts, eq(employerContacts.id, employerContactClients.employerContactId))
		.innerJoin(employers, eq(employers.id, employerContacts.employerId))
		.leftJoin(users, eq(users.id, employerContacts.coachId))
		.where(eq(employerContactClients.clientId, id('clientId')))
		.orderBy(desc(employerContacts.date))
		.limit(id('limit'))
		.prepare()
}));

/** The work section: placements of the client (read-only here; the placements feature owns them). */
export function listClientPlacements(clientId: number) {
	return workQueries().placements.all({ clientId });
}

/** The work section: employer contacts naming the client (read-only here; the employer feature owns them). */
export function listClientEmployerContacts(clientId: number, limit?: number) {
	return workQueries().employerContacts.all({ clientId, limit: limit ?? -1 });
}
