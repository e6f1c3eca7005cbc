import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { prepared } from '../../db/prepared';
import { inJsonPlaceholder } from '../../db/sql';
import { enrolmentAssignments, teamMembers, users } from '../../db/schema';
import { userNames } from './user-names';

const peopleQueries = prepared((db) => ({
	assignments: db
		.select()
		.from(enrolmentAssignments)
		.where(inJsonPlaceholder(enrolmentAssignments.enrolmentId, 'enrolmentIds'))
		.orderBy(desc(enrolmentAssignments.startedOn), desc(enrolmentAssignments.id))
		.prepare(),
	teamStaff: db
		.select({ id: users.id, name: users.name, role: teamMembers.role })
		.from(teamMembers)
		.innerJoin(users, eq(users.id, teamMembers.userId))
		.where(and(eq(teamMembers.teamId, sql.placeholder('teamId')), eq(users.active, true)))
		.orderBy(asc(users.name))
		.prepare()
}));

/** The people section: coaches and asiakasvastaavat of the enrolments, newest first. */
export function listAssignments(enrolmentIds: number[]) {
	if (enrolmentIds.length === 0) return [];
	const rows = peopleQueries().assignments.all({ enrolmentIds: JSON.stringify(enrolmentIds) });
	const names = userNames(rows.flatMap((r) => [r.userId, r.changedBy]));
	return rows.map((r) => ({ id: r.id, enrolmentId: r.enrolmentId, kind: r.kind, person: r.userId ? (names.get(r.userId) ?? '') : (r.personName ?? ''), startedOn: r.startedOn, endedOn: r.endedOn, reason: r.reason, changedBy: r.changedBy ? (names.get(r.changedBy) ?? null) : null }));
}

/** Team members who can be assigned as coach or asiakasvastaava. */
export function teamStaff(teamId: number) {
	return peopleQueries().teamStaff.all({ teamId });
}
