import { and, eq, gte, lte, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '../db';
import { anonymousFeedback, clientContacts, clientFeedback, clients, consultations, enrolments, exitFollowUps, kykyviisariResults, missedMeetings, networkMeetings, referrals } from '../db/schema';
import { scopedEnrolmentIds, type OutcomeScope } from '../outcomes/load';
import { KYKYVIISARI_RESULT_COLUMNS } from '../outcomes/kykyviisari';
import { groupBy, type Period } from '$lib/domain/period';
import type { KykyviisariResult } from '$lib/domain/kykyviisari';
import type { TeamReportInput } from '$lib/domain/team-report';

const inList = (column: unknown, ids: string) => sql`${column} in (select value from json_each(${ids}))`;

/**
 * The rows of a team report (docs/domain/team-report.md), in ten batched queries whatever the size:
 * the scope's enrolments (the outcome report's selection: open on a day of the period, or not yet
 * entered) by a sub-select, then each record table by those enrolments' ids as one JSON parameter and
 * the period, through its (enrolment_id, date) index. Feedback is read through the scope's teams, so an
 * answer given after an enrolment closed still counts; anonymous feedback and anonymous consultations
 * only in team figures (no coach scope). The support-plan share comes from the outcome report (`supportPlan`).
 */
export function loadTeamReportInput(scope: OutcomeScope, period: Period, supportPlan: TeamReportInput['supportPlanWithin90']): TeamReportInput {
	const empty: TeamReportInput = {
		enrolments: [],
		contacts: [],
		missed: [],
		networkMeetings: [],
		consultations: [],
		referrals: [],
		feedback: [],
		anonymousFeedback: [],
		followUps: [],
		kykyviisari: [],
		supportPlanWithin90: supportPlan
	};
	if (scope.teamIds.length === 0) return empty;
	const db = getDb();
	const scoped = loadEnrolments(db, scope, period);
	const ids = JSON.stringify(scoped.map((e) => e.id));
	const closedIds = JSON.stringify(scoped.filter((e) => e.closedDate !== null && e.closedDate >= period.from && e.closedDate <= period.to).map((e) => e.id));
	const teamIds = JSON.stringify([...new Set(scope.teamIds)]);
	const team = scope.coachId === null;
	const dated = (table: typeof clientContacts | typeof missedMeetings | typeof networkMeetings) => and(inList(table.enrolmentId, ids), gte(table.date, period.from), lte(table.date, period.to));
	// Rows in id order (they come in index order): the figures list their records by id, and sorted
	// rows spare each list its own sort; joining teams' inputs keeps the order cheaply (mergeTeamReportInputs).
	return sortedById({
		...empty,
		enrolments: scoped,
		contacts: loadContacts(db, dated(clientContacts)),
		missed: db.select({ id: missedMeetings.id, enrolmentId: missedMeetings.enrolmentId, date: missedMeetings.date, kind: missedMeetings.kind }).from(missedMeetings).where(dated(missedMeetings)).all(),
		networkMeetings: db.select({ id: networkMeetings.id, enrolmentId: networkMeetings.enrolmentId, date: networkMeetings.date }).from(networkMeetings).where(dated(networkMeetings)).all(),
		consultations: db
			.select({ id: consultations.id, teamId: consultations.teamId, enrolmentId: consultations.enrolmentId, date: consultations.date })
			.from(consultations)
			.where(and(team ? inList(consultations.teamId, teamIds) : inList(consultations.enrolmentId, ids), gte(consultations.date, period.from), lte(consultations.date, period.to)))
			.all(),
		referrals: db
			.select({ id: referrals.id, enrolmentId: referrals.enrolmentId, kind: referrals.kind, requestedOn: referrals.requestedOn, doneOn: referrals.doneOn, cancelledOn: referrals.cancelledOn })
			.from(referrals)
			.where(and(inList(referrals.enrolmentId, ids), or(and(gte(referrals.requestedOn, period.from), lte(referrals.requestedOn, period.to)), and(gte(referrals.doneOn, period.from), lte(referrals.doneOn, period.to)))))
			.all(),
		feedback: loadFeedback(db, scope, teamIds, period),
		anonymousFeedback: team
			? db
					.select({ id: anonymousFeedback.id, teamId: anonymousFeedback.teamId, date: anonymousFeedback.date, satisfaction: anonymousFeedback.satisfaction, recommend: anonymousFeedback.recommend })
					.from(anonymousFeedback)
					.where(and(inList(anonymousFeedback.teamId, teamIds), gte(anonymousFeedback.date, period.from), lte(anonymousFeedback.date, period.to)))
					.all()
					.map((f) => ({ ...f, enrolmentId: null }))
			: [],
		followUps: db.select({ id: exitFollowUps.id, enrolmentId: exitFollowUps.enrolmentId, contactedOn: exitFollowUps.contactedOn, situation: exitFollowUps.situation }).from(exitFollowUps).where(inList(exitFollowUps.enrolmentId, closedIds)).all(),
		kykyviisari: loadKykyviisari(db, ids, period)
	});
}

const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;

function sortedById(input: TeamReportInput): TeamReportInput {
	for (const key of ['contacts', 'missed', 'networkMeetings', 'consultations', 'referrals', 'feedback', 'anonymousFeedback', 'followUps'] as const) input[key].sort(byId);
	input.kykyviisari.sort((a, b) => a.enrolmentId - b.enrolmentId);
	return input;
}

// Dates and codes of contacts, one string each for every team and load (a few thousand at most).
const sharedText = new Map<string, string>();
const shared = (text: string) => sharedText.get(text) ?? (sharedText.set(text, text), text);

/**
 * The period's contacts (a county's year: ~600 000) as plain arrays (.values(): drizzle's per-column
 * mapping cost more than the query), made into objects in id order and with their few distinct dates
 * and codes shared: a row's own copies took ~100 bytes a contact, and rows scattered in memory made
 * every pass over a county's contacts several times slower.
 */
function loadContacts(db: Db, where: SQL | undefined): TeamReportInput['contacts'] {
	const rows = db.select({ id: clientContacts.id, enrolmentId: clientContacts.enrolmentId, date: clientContacts.date, mode: clientContacts.mode, place: clientContacts.place }).from(clientContacts).where(where).values() as [number, number, string, string, string][];
	return rows.sort((a, b) => a[0] - b[0]).map(([id, enrolmentId, date, mode, place]) => ({ id, enrolmentId, date: shared(date), mode: shared(mode), place: shared(place) }));
}

function loadEnrolments(db: Db, scope: OutcomeScope, period: Period): TeamReportInput['enrolments'] {
	return db
		.select({
			id: enrolments.id,
			clientId: enrolments.clientId,
			teamId: enrolments.teamId,
			coachId: enrolments.coachId,
			entryDate: enrolments.entryDate,
			closedDate: enrolments.closedDate,
			birthYear: clients.birthYear,
			unemploymentMonths: enrolments.unemploymentMonths,
			referralSource: enrolments.referralSource,
			situationAtReferral: enrolments.situationAtReferral
		})
		.from(enrolments)
		.innerJoin(clients, eq(clients.id, enrolments.clientId))
		.where(sql`${enrolments.id} in (${scopedEnrolmentIds(scope, period)})`)
		.all()
		.sort((a, b) => a.id - b.id);
}

/** Named answers given in the period on enrolments of the scope's teams (and coach), whenever the enrolment closed. */
function loadFeedback(db: Db, scope: OutcomeScope, teamIds: string, period: Period): TeamReportInput['feedback'] {
	return db
		.select({ id: clientFeedback.id, enrolmentId: clientFeedback.enrolmentId, teamId: enrolments.teamId, coachId: enrolments.coachId, date: clientFeedback.date, satisfaction: clientFeedback.satisfaction, recommend: clientFeedback.recommend })
		.from(clientFeedback)
		.innerJoin(enrolments, eq(enrolments.id, clientFeedback.enrolmentId))
		.where(and(inList(enrolments.teamId, teamIds), scope.coachId !== null ? eq(enrolments.coachId, scope.coachId) : undefined, gte(clientFeedback.date, period.from), lte(clientFeedback.date, period.to)))
		.all();
}

function loadKykyviisari(db: Db, ids: string, period: Period): TeamReportInput['kykyviisari'] {
	const k = kykyviisariResults;
	const rows = db
		.select(KYKYVIISARI_RESULT_COLUMNS)
		.from(k)
		.where(and(inList(k.enrolmentId, ids), lte(k.date, period.to)))
		.all();
	return [...groupBy(rows, (r) => r.enrolmentId)].map(([enrolmentId, results]) => ({ enrolmentId, results: results as KykyviisariResult[] }));
}
