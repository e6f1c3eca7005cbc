import { desc, eq, sql } from 'drizzle-orm';
import { prepared } from '../../db/prepared';
import { missedMeetings, users } from '../../db/schema';

const missedQuery = prepared((db) =>
	db
		.select({ id: missedMeetings.id, date: missedMeetings.date, kind: missedMeetings.kind, note: missedMeetings.note, createdByName: users.name })
		.from(missedMeetings)
		.leftJoin(users, eq(users.id, missedMeetings.createdBy))
		.where(eq(missedMeetings.enrolmentId, sql.placeholder('enrolmentId')))
		.orderBy(desc(missedMeetings.date), desc(missedMeetings.id))
		.prepare()
);

/** Booked meetings of the enrolment that did not happen, newest first (docs/domain/clients.md#missed-meetings). */
export function listMissedMeetings(enrolmentId: number) {
	return missedQuery().all({ enrolmentId });
}
