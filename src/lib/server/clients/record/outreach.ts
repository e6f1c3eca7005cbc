import { count, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '../../db';
import { prepared } from '../../db/prepared';
import { outreachAttempts, users } from '../../db/schema';

const outreachQuery = prepared((db) =>
	db
		.select({ id: outreachAttempts.id, date: outreachAttempts.date, channel: outreachAttempts.channel, result: outreachAttempts.result, createdByName: users.name })
		.from(outreachAttempts)
		.leftJoin(users, eq(users.id, outreachAttempts.createdBy))
		.where(eq(outreachAttempts.enrolmentId, sql.placeholder('enrolmentId')))
		.orderBy(desc(outreachAttempts.date), desc(outreachAttempts.id))
		.prepare()
);

/** The outreach section: attempts to reach a client who stopped coming, newest first. */
export function listOutreach(enrolmentId: number) {
	return outreachQuery().all({ enrolmentId });
}

export function countOutreach(enrolmentId: number): number {
	return getDb().select({ n: count() }).from(outreachAttempts).where(eq(outreachAttempts.enrolmentId, enrolmentId)).get()?.n ?? 0;
}
