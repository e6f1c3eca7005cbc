import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { getDb } from '../db';
import { prepared } from '../db/prepared';
import { inJsonPlaceholder } from '../db/sql';
import { selectPlacementRows } from '../placements/rows';
import { clients, employerContactClients, employerContacts, employers, enrolments, placements, teamMembers, users } from '../db/schema';
import { recentWeeks, weeklyCountsByCoach, type WeeklyCount } from '$lib/domain/employer-contacts';
import { addDays } from '$lib/domain/dates';
import type { EmployerContactInput } from './forms';
import { clientsBlockingSharedContact } from '../portal/portal';
import { pageWindow } from '../pagination';

export const CONTACTS_PAGE_SIZE = 20;

export function createEmployerContact(input: EmployerContactInput & { teamId: number; coachId: number }): number {
	const db = getDb();
	return db.transaction((tx) => {
		const contactId = tx
			.insert(employerContacts)
			.values({
				employerId: input.employerId,
				teamId: input.teamId,
				coachId: input.coachId,
				date: input.date,
				personMet: input.personMet,
				mode: input.mode,
				generic: !input.forClients,
				clientPresent: input.forClients && input.clientPresent,
				purpose: input.purpose,
				outcome: input.outcome,
				nextStep: input.nextStep,
				nextStepDue: input.nextStepDue,
				sharedWithEmployer: input.sharedWithEmployer,
				placementId: input.placementId,
				createdBy: input.coachId
			})
			.returning({ id: employerContacts.id })
			.get().id;
		if (input.forClients) {
			for (const clientId of new Set(input.clientIds)) tx.insert(employerContactClients).values({ employerContactId: contactId, clientId }).run();
		}
		return contactId;
	});
}

/** Contact history of one employer, newest first, with the named clients batched in one query. */
// The employer page runs these on every view: built and compiled once.
const employerPageQueries = prepared((db) => ({
	count: db.select({ n: count() }).from(employerContacts).where(eq(employerContacts.employerId, sql.placeholder('employerId'))).prepare(),
	page: db
		.select({
			id: employerContacts.id,
			date: employerContacts.date,
			mode: employerContacts.mode,
			purpose: employerContacts.purpose,
			personMet: employerContacts.personMet,
			generic: employerContacts.generic,
			clientPresent: employerContacts.clientPresent,
			outcome: employerContacts.outcome,
			nextStep: employerContacts.nextStep,
			nextStepDue: employerContacts.nextStepDue,
			sharedWithEmployer: employerContacts.sharedWithEmployer,
			coachName: users.name
		})
		.from(employerContacts)
		.leftJoin(users, eq(users.id, employerContacts.coachId))
		.where(eq(employerContacts.employerId, sql.placeholder('employerId')))
		.orderBy(desc(employerContacts.date), desc(employerContacts.id))
		.limit(sql.placeholder('limit'))
		.offset(sql.placeholder('offset'))
		.prepare(),
	namedClients: db
		.select({ contactId: employerContactClients.employerContactId, firstName: clients.firstName, lastName: clients.lastName })
		.from(employerContactClients)
		.innerJoin(clients, eq(clients.id, employerContactClients.clientId))
		.where(inJsonPlaceholder(employerContactClients.employerContactId, 'contactIds'))
		.prepare(),
	nextSteps: db
		.select({ id: employerContacts.id, nextStep: employerContacts.nextStep, nextStepDue: employerContacts.nextStepDue, date: employerContacts.date })
		.from(employerContacts)
		.where(and(eq(employerContacts.employerId, sql.placeholder('employerId')), isNotNull(employerContacts.nextStepDue), gte(employerContacts.nextStepDue, sql.placeholder('since'))))
		.orderBy(asc(employerContacts.nextStepDue))
		.limit(20)
		.prepare()
}));

export function contactsOfEmployer(employerId: number, page: number) {
	const queries = employerPageQueries();
	const total = queries.count.get({ employerId })?.n ?? 0;
	const { page: current, pages, offset } = pageWindow(total, page, CONTACTS_PAGE_SIZE);
	const rows = queries.page.all({ employerId, limit: CONTACTS_PAGE_SIZE, offset });
	const named = rows.length ? queries.namedClients.all({ contactIds: JSON.stringify(rows.map((r) => r.id)) }) : [];
	return {
		rows: rows.map((r) => ({ ...r, clients: named.filter((n) => n.contactId === r.id).map((n) => `${n.firstName} ${n.lastName}`) })),
		total,
		pages,
		page: current
	};
}

/** Agreed next steps with the employer that are still ahead or due (last 60 days of due dates). */
export function nextStepsOfEmployer(employerId: number, today: string) {
	return employerPageQueries().nextSteps.all({ employerId, since: addDays(today, -60) });
}

/** The coach's own open clients, to name in a contact (own caseload is small, unlike the team's). */
export function clientOptionsForCoach(coachId: number, teamId: number) {
	return getDb()
		.select({ id: clients.id, firstName: clients.firstName, lastName: clients.lastName })
		.from(enrolments)
		.innerJoin(clients, eq(clients.id, enrolments.clientId))
		.where(and(eq(enrolments.coachId, coachId), eq(enrolments.teamId, teamId), isNull(enrolments.closedDate)))
		.orderBy(asc(clients.lastName), asc(clients.firstName))
		.all();
}

/** Which of these client ids belong to the team (ids from a form are never trusted). */
export function clientsInTeam(clientIds: number[], teamId: number): number[] {
	if (clientIds.length === 0) return [];
	return getDb()
		.select({ id: clients.id })
		.from(clients)
		.where(and(inArray(clients.id, clientIds), eq(clients.teamId, teamId)))
		.all()
		.map((r) => r.id);
}

/** Ongoing placements at an employer, for linking an in-work-support contact. */
export function activePlacementOptions(employerId: number) {
	return selectPlacementRows(getDb(), { id: placements.id, jobTitle: placements.jobTitle, firstName: clients.firstName, lastName: clients.lastName })
		.where(and(eq(placements.employerId, employerId), inArray(placements.status, ['agreed', 'started', 'ended'])))
		.orderBy(asc(clients.lastName))
		.all();
}

export function placementEmployer(placementId: number) {
	return getDb().select({ id: placements.id, employerId: placements.employerId, clientId: placements.clientId }).from(placements).where(eq(placements.id, placementId)).get();
}

/**
 * Names of the clients this contact names (ticked, or through its placement) who have no written
 * consent naming the employer in force today: while any remain, the contact may not be shared.
 * The consent rule itself is the portal's (clientsBlockingSharedContact), so the two never drift.
 */
export function clientsBlockingContactShare(input: Pick<EmployerContactInput, 'forClients' | 'clientIds' | 'placementId'>, employerId: number, today: string): string[] {
	const named = input.forClients ? [...input.clientIds] : [];
	if (input.placementId !== null) {
		const placement = placementEmployer(input.placementId);
		if (placement) named.push(placement.clientId);
	}
	const blocking = clientsBlockingSharedContact(employerId, named, today);
	if (blocking.length === 0) return [];
	return getDb()
		.select({ firstName: clients.firstName, lastName: clients.lastName })
		.from(clients)
		.where(inArray(clients.id, blocking))
		.orderBy(asc(clients.lastName), asc(clients.firstName))
		.all()
		.map((c) => `${c.firstName} ${c.lastName}`);
}

export type CoachWeekRow = { coachId: number; coachName: string; weeks: WeeklyCount[] };

/**
 * Weekly job-development counts for the given coaches of a team, over the last `weekCount` weeks.
 * One indexed range query (team, date); the counting itself is the pure domain function.
 */
export function weeklyEmployerContacts(teamId: number, coachIds: number[] | 'all', today: string, weekCount = 8): { weeks: string[]; coaches: CoachWeekRow[] } {
	const db = getDb();
	const weeks = recentWeeks(today, weekCount);
	const members = db
		.select({ id: users.id, name: users.name })
		.from(teamMembers)
		.innerJoin(users, eq(users.id, teamMembers.userId))
		.where(and(eq(teamMembers.teamId, teamId), eq(users.active, true)))
		.orderBy(asc(users.name))
		.all()
		.filter((u) => coachIds === 'all' || coachIds.includes(u.id));
	const ids = members.map((u) => u.id);
	const rows = ids.length
		? db
				.select({ coachId: employerContacts.coachId, date: employerContacts.date, mode: employerContacts.mode })
				.from(employerContacts)
				.where(and(eq(employerContacts.teamId, teamId), inArray(employerContacts.coachId, ids), gte(employerContacts.date, weeks[0]), lte(employerContacts.date, addDays(weeks[weeks.length - 1], 6))))
				.all()
		: [];
	const counts = weeklyCountsByCoach(rows, ids, weeks);
	return { weeks, coaches: members.map((u) => ({ coachId: u.id, coachName: u.name, weeks: counts.get(u.id)! })) };
}

/** The coach's own contacts in one week (the list under the weekly count). */
export function contactsOfCoachInWeek(coachId: number, teamId: number, weekStart: string) {
	return getDb()
		.select({ id: employerContacts.id, date: employerContacts.date, mode: employerContacts.mode, purpose: employerContacts.purpose, employerId: employers.id, employerName: employers.name })
		.from(employerContacts)
		.innerJoin(employers, eq(employers.id, employerContacts.employerId))
		.where(and(eq(employerContacts.coachId, coachId), eq(employerContacts.teamId, teamId), gte(employerContacts.date, weekStart), lte(employerContacts.date, addDays(weekStart, 6))))
		.orderBy(desc(employerContacts.date))
		.all();
}
