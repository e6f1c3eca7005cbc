import { and, asc, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import { getDb } from '../db';
import { inJsonPlaceholder } from '../db/sql';
import { prepared } from '../db/prepared';
import { selectPlacementRows } from './rows';
import { clientContacts, clients, employerContacts, employers, enrolments, placements } from '../db/schema';
import {
	combineFollowAlongStatus,
	followAlongProgress,
	followAlongSchedule,
	followAlongStatus,
	type FollowAlongPlacement,
	type FollowAlongRow,
	type FollowAlongStatus
} from '$lib/domain/follow-along';
import { addDays, isoDateInFinland } from '$lib/domain/dates';

/** A job loss longer ago than this no longer raises an overdue flag on the caseload. */
const ENDED_RELEVANT_DAYS = 30;

/**
 * Face-to-face support contacts per placement: client contacts linked to it, and employer contacts
 * about it with purpose in-work support (the IPS schedule counts face-to-face contacts).
 */
const supportQueries = prepared((db) => ({
	fromClient: db
		.select({ placementId: clientContacts.placementId, date: clientContacts.date })
		.from(clientContacts)
		.where(and(inJsonPlaceholder(clientContacts.placementId, 'ids'), eq(clientContacts.mode, 'face-to-face')))
		.prepare(),
	fromEmployer: db
		.select({ placementId: employerContacts.placementId, date: employerContacts.date })
		.from(employerContacts)
		.where(and(inJsonPlaceholder(employerContacts.placementId, 'ids'), eq(employerContacts.purpose, 'in-work-support'), eq(employerContacts.mode, 'face-to-face')))
		.prepare(),
	schedulePlacements: db
		.select(schedulePlacementColumns)
		.from(placements)
		.where(and(inJsonPlaceholder(placements.enrolmentId, 'enrolmentIds'), inArray(placements.status, ['agreed', 'started', 'ended']), isNotNull(placements.startDate)))
		.prepare()
}));

export function supportContactDates(placementIds: number[]): Map<number, string[]> {
	const db = getDb();
	const byPlacement = new Map<number, string[]>(placementIds.map((id) => [id, []]));
	const ids = JSON.stringify(placementIds);
	const fromClient = supportQueries().fromClient.all({ ids });
	const fromEmployer = supportQueries().fromEmployer.all({ ids });
	for (const c of fromClient) byPlacement.get(c.placementId!)?.push(c.date);
	for (const c of fromEmployer) byPlacement.get(c.placementId!)?.push(c.date);
	return byPlacement;
}

export function followAlongRows(placement: FollowAlongPlacement & { id: number }, today: string): FollowAlongRow[] {
	const dates = supportContactDates([placement.id]).get(placement.id) ?? [];
	return followAlongProgress(followAlongSchedule(placement), dates, today);
}

const schedulePlacementColumns = {
	id: placements.id,
	enrolmentId: placements.enrolmentId,
	status: placements.status,
	startDate: placements.startDate,
	endDate: placements.endDate,
	stepDownDate: placements.stepDownDate
};

function relevant(p: FollowAlongPlacement, today: string): boolean {
	if (p.status === 'did-not-start' || !p.startDate) return false;
	return !(p.status === 'ended' && p.endDate !== null && p.endDate < addDays(today, -ENDED_RELEVANT_DAYS));
}

/**
 * Follow-along status per enrolment, for the caseload and team views: the next due in-work support
 * contact and whether one is overdue. Three queries, whatever the list length.
 * Every requested id is in the map (nextDue null = no schedule running).
 */
export function followAlongStatusForEnrolments(enrolmentIds: number[], today: string = isoDateInFinland()): Map<number, FollowAlongStatus> {
	const db = getDb();
	const result = new Map<number, FollowAlongStatus>(enrolmentIds.map((id) => [id, { nextDue: null, overdue: false }]));
	const found = supportQueries().schedulePlacements.all({ enrolmentIds: JSON.stringify([...new Set(enrolmentIds)]) });
	const running = found.filter((p) => relevant(p, today));
	const dates = supportContactDates(running.map((p) => p.id));
	const perEnrolment = new Map<number, FollowAlongStatus[]>();
	for (const p of running) {
		const status = followAlongStatus(followAlongProgress(followAlongSchedule(p), dates.get(p.id) ?? [], today));
		perEnrolment.set(p.enrolmentId, [...(perEnrolment.get(p.enrolmentId) ?? []), status]);
	}
	for (const [enrolmentId, statuses] of perEnrolment) result.set(enrolmentId, combineFollowAlongStatus(statuses));
	return result;
}

export type DueFollowAlong = {
	placementId: number;
	clientId: number;
	firstName: string;
	lastName: string;
	employerName: string;
	jobTitle: string;
	nextDue: string;
	overdue: boolean;
};

/**
 * Placements whose next support contact is overdue or due within `withinDays`, for a coach's own
 * open enrolments (coachId set) or for a whole team (lead).
 */
export function dueFollowAlong(scope: { teamId: number; coachId: number | null }, today: string, withinDays = 7): DueFollowAlong[] {
	const rows = selectPlacementRows(getDb(), {
		...schedulePlacementColumns,
		clientId: clients.id,
		firstName: clients.firstName,
		lastName: clients.lastName,
		employerName: employers.name,
		jobTitle: placements.jobTitle
	})
		.where(
			and(
				eq(enrolments.teamId, scope.teamId),
				scope.coachId === null ? undefined : eq(enrolments.coachId, scope.coachId),
				isNull(enrolments.closedDate),
				isNotNull(placements.startDate),
				or(inArray(placements.status, ['agreed', 'started']), eq(placements.status, 'ended'))
			)
		)
		// Ties in the final sort keep this order.
		.orderBy(asc(enrolments.id), asc(placements.id))
		.all()
		.filter((p) => relevant(p, today));
	const dates = supportContactDates(rows.map((r) => r.id));
	const horizon = addDays(today, withinDays);
	const due: DueFollowAlong[] = [];
	for (const r of rows) {
		const status = followAlongStatus(followAlongProgress(followAlongSchedule(r), dates.get(r.id) ?? [], today));
		if (status.nextDue === null || (!status.overdue && status.nextDue > horizon)) continue;
		due.push({ placementId: r.id, clientId: r.clientId, firstName: r.firstName, lastName: r.lastName, employerName: r.employerName, jobTitle: r.jobTitle, nextDue: status.nextDue, overdue: status.overdue });
	}
	return due.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.nextDue.localeCompare(b.nextDue));
}
