import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb } from '../db';
import { prepared } from '../db/prepared';
import { employerContactPersons } from '../db/schema';

// The people a team talks to at an employer (name, role, phone, email).

const contactPersonsQuery = prepared((db) =>
	db.select().from(employerContactPersons).where(eq(employerContactPersons.employerId, sql.placeholder('employerId'))).orderBy(asc(employerContactPersons.name)).prepare()
);

export function contactPersonsOf(employerId: number) {
	return contactPersonsQuery().all({ employerId });
}

export function addContactPerson(employerId: number, person: { name: string; role: string | null; phone: string | null; email: string | null }): number {
	return getDb().insert(employerContactPersons).values({ employerId, ...person }).returning({ id: employerContactPersons.id }).get().id;
}

export function removeContactPerson(employerId: number, personId: number): boolean {
	return (
		getDb()
			.delete(employerContactPersons)
			.where(and(eq(employerContactPersons.id, personId), eq(employerContactPersons.employerId, employerId)))
			.run().changes === 1
	);
}
