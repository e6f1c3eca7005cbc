import { groupBy } from '$lib/domain/period';
import { and, desc, eq, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { getDb } from '../db';
import { clientContacts, clientReminders, clients, consents, enrolments, exitFollowUps, fidelityActions, outreachAttempts, placements, supportPlans, teams, users } from '../db/schema';
import { coachedTeams, ledTeams, type Actor } from '../policy';
import { activeTeamCaseload } from '../clients/caseload';
import { supervisionList } from '../clients/team';
import { dueFollowAlong, supportContactDates } from '../placements/follow-along';
import { FOLLOW_ALONG_DUE_WINDOW_DAYS, type ConsentFacts } from '$lib/domain/caseload-flags';
import { followAlongProgress, followAlongSchedule } from '$lib/domain/follow-along';
import { addDays, addMonths } from '$lib/domain/dates';
import {
	EXIT_FOLLOW_UP_MONTHS,
	EXIT_FOLLOW_UP_OPEN_DAYS,
	FEED_FUTURE_DAYS,
	type CalendarClientFacts,
	type CoachClientFacts,
	type ExitFacts,
	type LeadTeamFacts,
	type PendingLeadReminder
} from '$lib/domain/reminders';

/**
 * What is due for one person, read from the database as plain facts for the digest and calendar
 * rules in $lib/domain/reminders.ts. A coach's items come only from clients whose current
 * enrolment they are the assigned coach of, in teams where they coach; a lead's summary only from
 * the teams they lead (both decided by the policy).
 */

type OwnEnrolment = { teamId: number; enrolmentId: number; clientId: number; firstName: string; lastName: string; closedDate: string | null; closingReason: string | null };

const isLatestEnrolment = sql`${enrolments.id} = (select max(e2.id) from enrolments e2 where e2.client_id = ${enrolments.clientId})`;

/** The coach's own clients (current enrolment): open ones, and closed ones still inside the follow-up window. */
function ownEnrolments(actor: Actor, today: string): OwnEnrolment[] {
	const teamIds = coachedTeams(actor);
	if (teamIds.length === 0) return [];
	const closedSince = addDays(addMonths(today, -EXIT_FOLLOW_UP_MONTHS), -EXIT_FOLLOW_UP_OPEN_DAYS - 1);
	return getDb()
		.select({
			teamId: enrolments.teamId,
			enrolmentId: enrolments.id,
			clientId: clients.id,
			firstName: clients.firstName,
			lastName: clients.lastName,
			closedDate: enrolments.closedDate,
			closingReason: enrolments.closingReason
		})
		.from(enrolments)
		.innerJoin(clients, eq(clients.id, enrolments.clientId))
		.where(
			and(
				inArray(enrolments.teamId, teamIds),
				eq(enrolments.coachId, actor.id),
				isLatestEnrolment,
				isNull(clients.anonymisedAt),
				sql`(${enrolments.closedDate} IS NULL OR ${enrolments.closedDate} >= ${closedSince})`
			)
		)
		.all();
}

/** The last day of the consents in force, else of the latest ended one (the date an "expiring" or "expired" item shows). */
function consentEnd(list: ConsentFacts[], today: string): string | null {
	const inForce = list.filter((c) => !c.withdrawnAt && c.validFrom <= today && (c.validTo === null || c.validTo >= today));
	const ends = (inForce.length ? inForce : list.filter((c) => c.validTo !== null && c.validTo < today)).map((c) => c.validTo).filter((d): d is string => d !== null);
	return ends.sort().at(-1) ?? null;
}

function latestPlans(enrolmentIds: number[]): Map<number, { planId: number; reviewDate: string | null }> {
	const result = new Map<number, { planId: number; reviewDate: string | null }>();
	if (enrolmentIds.length === 0) return result;
	const rows = getDb()
		.select({ id: supportPlans.id, enrolmentId: supportPlans.enrolmentId, version: supportPlans.version, reviewDate: supportPlans.reviewDate })
		.from(supportPlans)
		.where(inArray(supportPlans.enrolmentId, enrolmentIds))
		.orderBy(supportPlans.enrolmentId, desc(supportPlans.version))
		.all();
	for (const r of rows) if (!result.has(r.enrolmentId)) result.set(r.enrolmentId, { planId: r.id, reviewDate: r.reviewDate });
	return result;
}


/** The coach's digest facts: open clients (with their caseload flags) and recently closed ones. */
export function coachFacts(actor: Actor, today: string): { coachClients: CoachClientFacts[]; exits: ExitFacts[] } {
	const own = ownEnrolments(actor, today);
	const open = own.filter((e) => e.closedDate === null);
	const closed = own.filter((e) => e.closedDate !== null);
	const db = getDb();
	const coachClients: CoachClientFacts[] = [];
	if (open.length > 0) {
		const openIds = new Set(open.map((e) => e.enrolmentId));
		const clientIds = open.map((e) => e.clientId);
		const consentsByClient = groupBy(
			db.select({ clientId: consents.clientId, validFrom: consents.validFrom, validTo: consents.validTo, withdrawnAt: consents.withdrawnAt }).from(consents).where(inArray(consents.clientId, clientIds)).all(),
			(c) => c.clientId
		);
		const plans = latestPlans([...openIds]);
		const disclosures = groupBy(
			db
				.select({ placementId: placements.id, enrolmentId: placements.enrolmentId, date: placements.disclosureReviewDate })
				.from(placements)
				.where(and(inArray(placements.enrolmentId, [...openIds]), inArray(placements.status, ['agreed', 'started']), isNotNull(placements.disclosureReviewDate)))
				.all(),
			(p) => p.enrolmentId
		);
		for (const teamId of new Set(open.map((e) => e.teamId))) {
			const followAlong = groupBy(dueFollowAlong({ teamId, coachId: actor.id }, today, FOLLOW_ALONG_DUE_WINDOW_DAYS), (f) => f.clientId);
			for (const row of activeTeamCaseload(teamId, today)) {
				if (row.coachId !== actor.id || !openIds.has(row.enrolmentId)) continue;
				coachClients.push({
					clientId: row.clientId,
					firstName: row.firstName,
					lastName: row.lastName,
					flags: row.flags,
					lastContactDate: row.lastContactDate,
					nextStepDue: row.nextStepDue,
					consentEnds: consentEnd(consentsByClient.get(row.clientId) ?? [], today),
					followAlong: (followAlong.get(row.clientId) ?? []).map((f) => ({ placementId: f.placementId, due: f.nextDue, overdue: f.overdue })),
					planReviewDate: plans.get(row.enrolmentId)?.reviewDate ?? null,
					disclosureReviews: (disclosures.get(row.enrolmentId) ?? []).map((d) => ({ placementId: d.placementId, date: d.date as string }))
				});
			}
		}
	}
	const closedIds = closed.map((e) => e.enrolmentId);
	const lastTouch = lastContactOrOutreach(closedIds);
	// A recorded follow-up (situation after exit) closes the item.
	const recorded = new Set(closedIds.length > 0 ? db.select({ id: exitFollowUps.enrolmentId }).from(exitFollowUps).where(inArray(exitFollowUps.enrolmentId, closedIds)).all().map((r) => r.id) : []);
	const exits: ExitFacts[] = closed.map((e) => ({
		clientId: e.clientId,
		firstName: e.firstName,
		lastName: e.lastName,
		closedDate: e.closedDate as string,
		closingReason: e.closingReason,
		lastContactDate: lastTouch.get(e.enrolmentId) ?? null,
		followUpRecorded: recorded.has(e.enrolmentId)
	}));
	return { coachClients, exits };
}

function lastContactOrOutreach(enrolmentIds: number[]): Map<number, string> {
	const result = new Map<number, string>();
	if (enrolmentIds.length === 0) return result;
	const db = getDb();
	const rows = [
		...db.select({ enrolmentId: clientContacts.enrolmentId, date: clientContacts.date }).from(clientContacts).where(inArray(clientContacts.enrolmentId, enrolmentIds)).all(),
		...db.select({ enrolmentId: outreachAttempts.enrolmentId, date: outreachAttempts.date }).from(outreachAttempts).where(inArray(outreachAttempts.enrolmentId, enrolmentIds)).all()
	];
	for (const r of rows) if ((result.get(r.enrolmentId) ?? '') < r.date) result.set(r.enrolmentId, r.date);
	return result;
}

/** The lead's weekly summary per led team: the supervision list and open fidelity actions. */
export function leadFacts(actor: Actor, today: string): LeadTeamFacts[] {
	const teamIds = ledTeams(actor);
	if (teamIds.length === 0) return [];
	const names = new Map(getDb().select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, teamIds)).all().map((t) => [t.id, t.name]));
	return teamIds.map((teamId) => {
		const list = supervisionList(teamId, today);
		const actions = getDb()
			.select({ id: fidelityActions.id, action: fidelityActions.action, dueDate: fidelityActions.dueDate })
			.from(fidelityActions)
			.where(and(eq(fidelityActions.teamId, teamId), inArray(fidelityActions.status, ['planned', 'ongoing'])))
			.orderBy(fidelityActions.dueDate, fidelityActions.id)
			.all();
		const person = (r: { clientId: number; firstName: string; lastName: string }) => ({ clientId: r.clientId, firstName: r.firstName, lastName: r.lastName });
		return {
			teamId,
			teamName: names.get(teamId) ?? '',
			stalled: list.stalled.map(person),
			withoutEmployerContact: list.withoutEmployerContact.map(person),
			upcomingStarts: list.upcomingStarts.map((s) => ({ ...person(s), startDate: s.startDate })),
			openActions: actions
		};
	});
}

/** A lead's reminders to this coach not yet delivered by e-mail. */
export function pendingLeadReminders(userId: number): (PendingLeadReminder & { id: number })[] {
	return getDb()
		.select({ id: clientReminders.id, clientId: clients.id, firstName: clients.firstName, lastName: clients.lastName, fromName: users.name })
		.from(clientReminders)
		.innerJoin(clients, eq(clients.id, clientReminders.clientId))
		.innerJoin(users, eq(users.id, clientReminders.createdBy))
		.where(and(eq(clientReminders.coachId, userId), isNull(clientReminders.deliveredAt), isNull(clients.anonymisedAt)))
		.orderBy(clientReminders.id)
		.all();
}

/** The calendar feed's facts: every dated item of the coach's own clients. */
export function calendarFacts(actor: Actor, today: string): CalendarClientFacts[] {
	const own = ownEnrolments(actor, today);
	if (own.length === 0) return [];
	const db = getDb();
	const enrolmentIds = own.map((e) => e.enrolmentId);
	const openIds = own.filter((e) => e.closedDate === null).map((e) => e.enrolmentId);
	const jobs = db
		.select({ id: placements.id, enrolmentId: placements.enrolmentId, status: placements.status, startDate: placements.startDate, endDate: placements.endDate, stepDownDate: placements.stepDownDate })
		.from(placements)
		.where(and(inArray(placements.enrolmentId, enrolmentIds), ne(placements.status, 'did-not-start'), isNotNull(placements.startDate)))
		.all();
	const supportDates = supportContactDates(jobs.map((j) => j.id));
	const jobsByEnrolment = groupBy(jobs, (j) => j.enrolmentId);
	const plans = latestPlans(openIds);
	const latestContacts = new Map<number, { contactId: number; due: string }>();
	if (openIds.length > 0) {
		const rows = db
			.select({ id: clientContacts.id, enrolmentId: clientContacts.enrolmentId, nextStepDue: clientContacts.nextStepDue })
			.from(clientContacts)
			.where(inArray(clientContacts.enrolmentId, openIds))
			.orderBy(clientContacts.enrolmentId, desc(clientContacts.date), desc(clientContacts.id))
			.all();
		const seen = new Set<number>();
		for (const r of rows) {
			if (seen.has(r.enrolmentId)) continue;
			seen.add(r.enrolmentId);
			if (r.nextStepDue) latestContacts.set(r.enrolmentId, { contactId: r.id, due: r.nextStepDue });
		}
	}
	const horizon = addDays(today, FEED_FUTURE_DAYS);
	return own.map((e) => {
		const isOpen = e.closedDate === null;
		const ownJobs = jobsByEnrolment.get(e.enrolmentId) ?? [];
		const followAlong = isOpen
			? ownJobs.flatMap((j) =>
					followAlongProgress(followAlongSchedule(j), supportDates.get(j.id) ?? [], today)
						.filter((row) => row.state === 'overdue' || row.state === 'due' || row.state === 'upcoming')
						.filter((row) => row.due <= horizon)
						.map((row) => ({ placementId: j.id, kind: row.kind, n: row.n, due: row.due }))
				)
			: [];
		const plan = plans.get(e.enrolmentId);
		return {
			clientId: e.clientId,
			firstName: e.firstName,
			lastName: e.lastName,
			followAlong,
			nextStep: isOpen ? (latestContacts.get(e.enrolmentId) ?? null) : null,
			planReview: isOpen && plan?.reviewDate ? { planId: plan.planId, date: plan.reviewDate } : null,
			jobStarts: ownJobs.filter((j) => j.status === 'agreed' || j.status === 'started').map((j) => ({ placementId: j.id, date: j.startDate as string })),
			closed: e.closedDate ? { enrolmentId: e.enrolmentId, date: e.closedDate, reason: e.closingReason } : null
		};
	});
}
