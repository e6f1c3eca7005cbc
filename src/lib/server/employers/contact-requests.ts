import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb } from '../db';
import { prepared } from '../db/prepared';
import { contactRequests, employers, users } from '../db/schema';

// Short messages an employer's user sends the team from the portal, and the coach's answers.

const contactRequestsQuery = prepared((db) =>
	db
		.select({
			id: contactRequests.id,
			message: contactRequests.message,
			createdAt: contactRequests.createdAt,
			fromName: users.name,
			handledAt: contactRequests.handledAt,
			answer: contactRequests.answer
		})
		.from(contactRequests)
		.leftJoin(users, eq(users.id, contactRequests.fromUserId))
		.where(eq(contactRequests.employerId, sql.placeholder('employerId')))
		.orderBy(desc(contactRequests.createdAt))
		.limit(50)
		.prepare()
);

/** The employer's latest requests, answered or not (the employer page). */
export function contactRequestsOf(employerId: number) {
	return contactRequestsQuery().all({ employerId });
}

/** Unanswered contact requests for the teams' employers (shown on the register). */
export function openContactRequests(teamIds: number[]) {
	if (teamIds.length === 0) return [];
	return getDb()
		.select({ id: contactRequests.id, employerId: employers.id, employerName: employers.name, message: contactRequests.message, createdAt: contactRequests.createdAt })
		.from(contactRequests)
		.innerJoin(employers, eq(employers.id, contactRequests.employerId))
		.where(and(isNull(contactRequests.handledAt), inArray(employers.teamId, teamIds)))
		.orderBy(asc(contactRequests.createdAt))
		.limit(50)
		.all();
}

export function answerContactRequest(employerId: number, requestId: number, answer: string, userId: number): boolean {
	return (
		getDb()
			.update(contactRequests)
			.set({ answer, handledAt: new Date(), handledBy: userId })
			.where(and(eq(contactRequests.id, requestId), eq(contactRequests.employerId, employerId), isNull(contactRequests.handledAt)))
			.run().changes === 1
	);
}
