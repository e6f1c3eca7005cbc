import { z } from 'zod';
import { and, desc, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import { getDb } from '../db';
import { prepared, preparedByKey } from '../db/prepared';
import { inJsonPlaceholder } from '../db/sql';
import { clients, enrolments, exitFollowUps, users } from '../db/schema';
import { done, refused, stale, type CommandResult } from '../commands';
import { choice, integer, optionalText } from '$lib/forms/fields';
import { addDays, addMonths } from '$lib/domain/dates';
import { EXIT_SITUATIONS } from '$lib/domain/vocabularies';
import {
	EXIT_FOLLOW_UP_CASELOAD_DAYS,
	EXIT_FOLLOW_UP_MONTHS,
	exitFollowUpDateError,
	exitFollowUpDueDate,
	exitFollowUpState,
	type ExitFollowUpState
} from '$lib/domain/exit-follow-up';
import { date } from './forms';

/** The follow-up three months after exit (docs/domain/team-report.md#follow-up-after-exit): record page, command, caseload list. */

export const exitFollowUpSchema = z.object({
	contactedOn: date(),
	situation: choice(EXIT_SITUATIONS),
	note: optionalText(1000),
	/** The follow-up's version the form was opened on (0 = none yet). */
	baseVersion: integer(0, Number.MAX_SAFE_INTEGER)
});

const isLatest = sql`${enrolments.id} = (select max(e2.id) from enrolments e2 where e2.client_id = ${enrolments.clientId})`;

export type ExitFollowUpView = {
	enrolmentId: number;
	closedDate: string;
	due: string;
	state: ExitFollowUpState;
	recorded: { contactedOn: string; situation: string; note: string | null; version: number } | null;
};

/** The follow-up of the client's latest enrolment when it is closed; null when open (or none). */
export function exitFollowUpOf(enrolment: { id: number; closedDate: string | null; closingReason: string | null } | null, today: string): ExitFollowUpView | null {
	if (!enrolment || enrolment.closedDate === null) return null;
	const row = followUpOfEnrolment().get({ enrolmentId: enrolment.id });
	const recorded = row ? { contactedOn: row.contactedOn, situation: row.situation, note: row.note, version: row.version } : null;
	const state = exitFollowUpState({ closedDate: enrolment.closedDate, closingReason: enrolment.closingReason, reopened: false, contactedOn: recorded?.contactedOn ?? null }, today);
	return { enrolmentId: enrolment.id, closedDate: enrolment.closedDate, due: exitFollowUpDueDate(enrolment.closedDate), state, recorded };
}

/**
 * Records (or corrects) the situation found at the follow-up, on the client's latest enrolment,
 * which must be closed: a re-opened client has no follow-up due. Answers the follow-up's id.
 */
export function recordExitFollowUp(enrolmentId: number, input: z.infer<typeof exitFollowUpSchema>, actorId: number, today: string): CommandResult<number> {
	const db = getDb();
	const enrolment = db.select({ id: enrolments.id, closedDate: enrolments.closedDate }).from(enrolments).where(and(eq(enrolments.id, enrolmentId), isLatest)).get();
	if (!enrolment || enrolment.closedDate === null) return refused({ _form: 'followup_err_not_closed' });
	const dateError = exitFollowUpDateError(input.contactedOn, enrolment.closedDate, today);
	if (dateError) return refused({ contactedOn: dateError });
	const existing = db.select({ id: exitFollowUps.id, version: exitFollowUps.version }).from(exitFollowUps).where(eq(exitFollowUps.enrolmentId, enrolmentId)).get();
	const values = { contactedOn: input.contactedOn, situation: input.situation, note: input.note };
	if (!existing) {
		if (input.baseVersion !== 0) return stale();
		return done(db.insert(exitFollowUps).values({ enrolmentId, ...values, createdBy: actorId }).returning({ id: exitFollowUps.id }).get().id);
	}
	if (input.baseVersion !== existing.version) return stale();
	db.update(exitFollowUps)
		.set({ ...values, updatedAt: new Date(), version: existing.version + 1 })
		.where(eq(exitFollowUps.id, existing.id))
		.run();
	return done(existing.id);
}

export type DueExitFollowUp = { clientId: number; enrolmentId: number; firstName: string; lastName: string; coachName: string | null; closedDate: string; due: string };

// On every caseload view: prepared once per shape (the whole team's, or one coach's).
const dueFollowUpQuery = preparedByKey((db, shape: 'team' | 'coach') =>
	db
		.select({
			clientId: clients.id,
			enrolmentId: enrolments.id,
			firstName: clients.firstName,
			lastName: clients.lastName,
			coachName: users.name,
			closedDate: enrolments.closedDate,
			closingReason: enrolments.closingReason
		})
		.from(enrolments)
		.innerJoin(clients, eq(clients.id, enrolments.clientId))
		.leftJoin(users, eq(users.id, enrolments.coachId))
		.leftJoin(exitFollowUps, eq(exitFollowUps.enrolmentId, enrolments.id))
		.where(
			and(
				inJsonPlaceholder(enrolments.teamId, 'teamIds'),
				shape === 'coach' ? eq(enrolments.coachId, sql.placeholder('coachId')) : undefined,
				isNotNull(enrolments.closedDate),
				gt(enrolments.closedDate, sql.placeholder('closedSince')),
				isNull(exitFollowUps.id),
				isNull(clients.anonymisedAt),
				isLatest
			)
		)
		.orderBy(desc(enrolments.closedDate))
		.prepare()
);

const followUpOfEnrolment = prepared((db) => db.select().from(exitFollowUps).where(eq(exitFollowUps.enrolmentId, sql.placeholder('enrolmentId'))).prepare());

/** Closed clients (latest enrolment) of the teams, or of one coach, whose follow-up is due today and not recorded. */
export function dueExitFollowUps(scope: { teamIds: number[]; coachId: number | null }, today: string): DueExitFollowUp[] {
	if (scope.teamIds.length === 0) return [];
	// Closed at most 3 months + the caseload days ago (anything older has lapsed).
	const closedSince = addDays(addMonths(today, -EXIT_FOLLOW_UP_MONTHS), -EXIT_FOLLOW_UP_CASELOAD_DAYS - 1);
	const rows = dueFollowUpQuery(scope.coachId === null ? 'team' : 'coach').all({ teamIds: JSON.stringify(scope.teamIds), coachId: scope.coachId, closedSince });
	const due: DueExitFollowUp[] = [];
	for (const r of rows) {
		const closedDate = r.closedDate as string;
		if (exitFollowUpState({ closedDate, closingReason: r.closingReason, reopened: false, contactedOn: null }, today) !== 'due') continue;
		due.push({ clientId: r.clientId, enrolmentId: r.enrolmentId, firstName: r.firstName, lastName: r.lastName, coachName: r.coachName, closedDate, due: exitFollowUpDueDate(closedDate) });
	}
	return due.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.lastName.localeCompare(b.lastName)));
}
