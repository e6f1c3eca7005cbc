import { desc, eq, sql } from 'drizzle-orm';
import { prepared } from '../../db/prepared';
import { enrolments, users } from '../../db/schema';

const enrolmentsQuery = prepared((db) =>
	db
		.select({
			id: enrolments.id,
			referralDate: enrolments.referralDate,
			referralSource: enrolments.referralSource,
			referrer: enrolments.referrer,
			situationAtReferral: enrolments.situationAtReferral,
			unemploymentMonths: enrolments.unemploymentMonths,
			outOfWorkAtReferral: enrolments.outOfWorkAtReferral,
			firstMeetingDate: enrolments.firstMeetingDate,
			entryDate: enrolments.entryDate,
			agreedGoals: enrolments.agreedGoals,
			meetingRhythm: enrolments.meetingRhythm,
			currentPhase: enrolments.currentPhase,
			phaseEnteredOn: enrolments.phaseEnteredOn,
			stepDownDate: enrolments.stepDownDate,
			closedDate: enrolments.closedDate,
			closingReason: enrolments.closingReason,
			closingNote: enrolments.closingNote,
			coachId: enrolments.coachId,
			coachName: users.name,
			responsibleUserId: enrolments.responsibleUserId,
			responsibleName: enrolments.responsibleName,
			version: enrolments.version
		})
		.from(enrolments)
		.leftJoin(users, eq(users.id, enrolments.coachId))
		.where(eq(enrolments.clientId, sql.placeholder('clientId')))
		.orderBy(desc(enrolments.id))
		.prepare()
);

/** The enrolment section: all enrolments of a client, newest first (the first is the current one). */
export function listEnrolments(clientId: number) {
	return enrolmentsQuery().all({ clientId });
}
