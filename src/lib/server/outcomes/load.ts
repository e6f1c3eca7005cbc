import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '../db';
import { inJsonList } from '../db/sql';
import { clientContacts, clientFeedback, employerContactClients, employerContacts, enrolments, placements, supportPlans, teamMembers } from '../db/schema';
import { type OutcomeInput, type OutcomePlacement } from '$lib/domain/outcomes';
import { type Period } from '$lib/domain/period';

/** Whose numbers: one or more teams, optionally one coach within them. */
export type OutcomeScope = { teamIds: number[]; coachId: number | null };


/**
 * The ids of a scope's enrolments open on any day of `period` (or not yet entered), as a sub-select.
 * Written out by hand for its plan: the team ids come as one JSON parameter (constant SQL text)
 * and CROSS JOIN makes SQLite seek the team index once per team; with `team_id IN (SELECT value FROM
 * json_each(?))` it scanned the whole table, and with OR on the dates it merged two index ranges per team.
 */
export function scopedEnrolmentIds(scope: OutcomeScope, period: Period): SQL {
	return sql`select e.id from json_each(${JSON.stringify(scope.teamIds)}) t cross join ${enrolments} e on e.team_id = t.value
		where coalesce(e.closed_date, '9999-12-31') >= ${period.from} and coalesce(e.entry_date, '') <= ${period.to}${
			scope.coachId !== null ? sql` and e.coach_id = ${scope.coachId}` : sql``
		}`;
}

/**
 * Loads the rows the outcome figures need, in five batched queries: the scope's enrolments by a
 * sub-select, the rest by their ids as one JSON parameter (one statement at any size, no limit on
 * bound variables); each filter hits an index (team, client, enrolment+date). Rows cover every
 * enrolment open on any day of `period`, so figures for any sub-period (a quarter of a year) can be
 * computed from the same input.
 */
export function loadOutcomeInput(scope: OutcomeScope, period: Period): OutcomeInput {
	if (scope.teamIds.length === 0) return { enrolments: [], placements: [], employerContacts: [], feedback: [], coaches: [] };
	const db = getDb();
	const enrolmentRows = loadEnrolmentRows(db, scope, period);
	// The other queries take the scope's enrolments and clients as one JSON list each: re-running the
	// scope's sub-select in every query cost 20–30 ms apiece at county scale.
	const enrolmentIds = JSON.stringify(enrolmentRows.map((r) => r[0]));
	const clientIds = JSON.stringify([...new Set(enrolmentRows.map((r) => r[1]))]);
	// Only clients entering in the period need their employer contacts (time to first contact).
	const entrantIds = JSON.stringify([...new Set(enrolmentRows.filter((r) => r[4] !== null && r[4] >= period.from).map((r) => r[1]))]);

	const placementRows = loadPlacementRows(db, clientIds);
	const employerContactRows = loadEmployerContacts(db, entrantIds, period);
	const feedbackRows = loadFeedback(db, enrolmentIds, period);
	const coachRows = loadCoaches(db, scope);
	return {
		enrolments: enrolmentRows.map(toOutcomeEnrolment),
		placements: placementRows.map(toOutcomePlacement),
		employerContacts: employerContactRows,
		feedback: feedbackRows,
		coaches: coachRows
	};
}

// The two big row sets come as plain arrays (.values()) and are turned into objects below: drizzle's
// per-column mapping cost three times the query itself at county scale.
type EnrolmentRow = [number, number, number, number | null, string | null, string | null, string | null, number, string | null, string | null, string | null];
type PlacementRow = [number, number, number, OutcomePlacement['status'], string | null, string | null, number, number, number | null, string | null];

function loadEnrolmentRows(db: Db, scope: OutcomeScope, period: Period): EnrolmentRow[] {
	// Correlated sub-selects spelled out with table names: in a one-table select drizzle renders columns
	// unqualified, and an unqualified "id" inside the sub-select would mean the inner table's id.
	// ORDER BY date LIMIT 1 reads one entry of the (enrolment_id, date) index; MIN() walked them all.
	const firstContact = sql<string | null>`(select cc.date from ${clientContacts} cc where cc.enrolment_id = "enrolments"."id" order by cc.date limit 1)`;
	const firstPlan = sql<string | null>`(select min(sp.plan_date) from ${supportPlans} sp where sp.enrolment_id = "enrolments"."id")`;
	return (
		db
			.select({
				id: enrolments.id,
				clientId: enrolments.clientId,
				teamId: enrolments.teamId,
				coachId: enrolments.coachId,
				entryDate: enrolments.entryDate,
				closedDate: enrolments.closedDate,
				closingReason: enrolments.closingReason,
				outOfWorkAtReferral: enrolments.outOfWorkAtReferral,
				firstMeetingDate: enrolments.firstMeetingDate,
				firstContact,
				firstPlan
			})
			.from(enrolments)
			.where(sql`${enrolments.id} in (${scopedEnrolmentIds(scope, period)})`)
			.values() as EnrolmentRow[]
	)
		// Id order (sorted here: ORDER BY id would make SQLite walk the whole table by rowid). The figures
		// list their records by id, and sorted input spares each list its own sort.
		.sort((a, b) => a[0] - b[0]);
}

function loadPlacementRows(db: Db, clientIds: string): PlacementRow[] {
	return db
		.select({
			id: placements.id,
			clientId: placements.clientId,
			enrolmentId: placements.enrolmentId,
			status: placements.status,
			startDate: placements.startDate,
			endDate: placements.endDate,
			competitive: placements.competitive,
			wageSubsidy: placements.wageSubsidy,
			hoursPerWeek: placements.hoursPerWeek,
			endReason: placements.endReason
		})
		.from(placements)
		// Only started jobs count in any figure (agreed and did-not-start ones are a third of the rows).
		.where(and(sql`${placements.clientId} in (select value from json_each(${clientIds}))`, inArray(placements.status, ['started', 'ended'])))
		.orderBy(asc(placements.id))
		.values() as PlacementRow[];
}

function loadEmployerContacts(db: Db, entrantIds: string, period: Period): OutcomeInput['employerContacts'] {
	const contactRows = db
		.select({ id: employerContacts.id, date: employerContacts.date, mode: employerContacts.mode, clientId: employerContactClients.clientId })
		.from(employerContactClients)
		.innerJoin(employerContacts, eq(employerContacts.id, employerContactClients.employerContactId))
		.where(and(sql`${employerContactClients.clientId} in (select value from json_each(${entrantIds}))`, eq(employerContacts.mode, 'face-to-face'), gte(employerContacts.date, period.from)))
		.all();
	const byId = new Map<number, { id: number; date: string; mode: string; clientIds: number[] }>();
	for (const row of contactRows) {
		const contact = byId.get(row.id) ?? { id: row.id, date: row.date, mode: row.mode, clientIds: [] };
		contact.clientIds.push(row.clientId);
		byId.set(row.id, contact);
	}
	return [...byId.values()];
}

function loadFeedback(db: Db, enrolmentIds: string, period: Period) {
	return db
		.select({ id: clientFeedback.id, enrolmentId: clientFeedback.enrolmentId, date: clientFeedback.date, satisfaction: clientFeedback.satisfaction, recommend: clientFeedback.recommend })
		.from(clientFeedback)
		.where(and(sql`${clientFeedback.enrolmentId} in (select value from json_each(${enrolmentIds}))`, gte(clientFeedback.date, period.from), lte(clientFeedback.date, period.to)))
		.all();
}

function loadCoaches(db: Db, scope: OutcomeScope) {
	return db
		.select({ userId: teamMembers.userId, teamId: teamMembers.teamId, fte: teamMembers.fte })
		.from(teamMembers)
		.where(and(inJsonList(teamMembers.teamId, scope.teamIds), eq(teamMembers.role, 'coach'), scope.coachId !== null ? eq(teamMembers.userId, scope.coachId) : undefined))
		.all();
}

function toOutcomeEnrolment([id, clientId, teamId, coachId, entryDate, closedDate, closingReason, outOfWork, firstMeeting, firstContactDate, firstPlan]: EnrolmentRow): OutcomeInput['enrolments'][number] {
	return {
		id,
		clientId,
		teamId,
		coachId,
		entryDate,
		closedDate,
		closingReason,
		outOfWorkAtReferral: outOfWork === 1,
		// Earliest of the first meeting and the first recorded contact.
		firstContactDate: firstMeeting === null || (firstContactDate !== null && firstContactDate < firstMeeting) ? firstContactDate : firstMeeting,
		firstSupportPlanDate: firstPlan
	};
}

function toOutcomePlacement([id, clientId, enrolmentId, status, startDate, endDate, competitive, wageSubsidy, hoursPerWeek, endReason]: PlacementRow): OutcomePlacement {
	return {
		id,
		clientId,
		enrolmentId,
		status,
		startDate,
		endDate,
		competitive: competitive === 1,
		wageSubsidy: wageSubsidy === 1,
		hoursPerWeek,
		endReason
	};
}
