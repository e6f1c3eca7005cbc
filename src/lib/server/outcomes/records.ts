import { eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '../db';
import { clientFeedback, clients, employers, enrolments, placements, users } from '../db/schema';
import { placementCoach, selectPlacementRows } from '../placements/rows';
import type { RecordKind } from '$lib/domain/outcomes';

/** One row of the "records behind this number" list: who, and the dates that made it count. */
export type RecordRow = {
	kind: RecordKind;
	id: number;
	clientId: number;
	clientName: string;
	coachName: string | null;
	/** Kind-specific: enrolment entry/closing, placement employer/title/dates, feedback grade. */
	detail: { label: 'entry' | 'closed' | 'employer' | 'job' | 'start' | 'end' | 'status' | 'date' | 'satisfaction'; value: string | number | null }[];
};

const coach = alias(users, 'coach');

/** Describes the given records (ids already limited to what the actor may see by the figure's scope). */
export function describeRecords(kind: RecordKind, ids: number[]): RecordRow[] {
	if (ids.length === 0) return [];
	const db = getDb();
	const order = new Map(ids.map((id, i) => [id, i]));
	const byOrder = (a: RecordRow, b: RecordRow) => order.get(a.id)! - order.get(b.id)!;
	const name = (first: string, last: string) => `${last} ${first}`;
	if (kind === 'enrolment') {
		return db
			.select({ id: enrolments.id, clientId: clients.id, first: clients.firstName, last: clients.lastName, coachName: coach.name, entry: enrolments.entryDate, closed: enrolments.closedDate })
			.from(enrolments)
			.innerJoin(clients, eq(clients.id, enrolments.clientId))
			.leftJoin(coach, eq(coach.id, enrolments.coachId))
			.where(inArray(enrolments.id, ids))
			.all()
			.map((r) => ({ kind, id: r.id, clientId: r.clientId, clientName: name(r.first, r.last), coachName: r.coachName, detail: [{ label: 'entry' as const, value: r.entry }, { label: 'closed' as const, value: r.closed }] }))
			.sort(byOrder);
	}
	if (kind === 'client') {
		return db
			.select({ id: clients.id, first: clients.firstName, last: clients.lastName })
			.from(clients)
			.where(inArray(clients.id, ids))
			.all()
			.map((r) => ({ kind, id: r.id, clientId: r.id, clientName: name(r.first, r.last), coachName: null, detail: [] }))
			.sort(byOrder);
	}
	if (kind === 'placement') {
		return selectPlacementRows(db, {
			id: placements.id,
			clientId: clients.id,
			first: clients.firstName,
			last: clients.lastName,
			employer: employers.name,
			job: placements.jobTitle,
			start: placements.startDate,
			end: placements.endDate,
			status: placements.status,
			coachName: placementCoach.name
		})
			.where(inArray(placements.id, ids))
			.all()
			.map((r) => ({
				kind,
				id: r.id,
				clientId: r.clientId,
				clientName: name(r.first, r.last),
				coachName: r.coachName,
				detail: [
					{ label: 'employer' as const, value: r.employer },
					{ label: 'job' as const, value: r.job },
					{ label: 'start' as const, value: r.start },
					{ label: 'end' as const, value: r.end },
					{ label: 'status' as const, value: r.status }
				]
			}))
			.sort(byOrder);
	}
	return db
		.select({ id: clientFeedback.id, clientId: clients.id, first: clients.firstName, last: clients.lastName, date: clientFeedback.date, satisfaction: clientFeedback.satisfaction, coachName: coach.name })
		.from(clientFeedback)
		.innerJoin(enrolments, eq(enrolments.id, clientFeedback.enrolmentId))
		.innerJoin(clients, eq(clients.id, enrolments.clientId))
		.leftJoin(coach, eq(coach.id, enrolments.coachId))
		.where(inArray(clientFeedback.id, ids))
		.all()
		.map((r) => ({ kind, id: r.id, clientId: r.clientId, clientName: name(r.first, r.last), coachName: r.coachName, detail: [{ label: 'date' as const, value: r.date }, { label: 'satisfaction' as const, value: r.satisfaction }] }))
		.sort(byOrder);
}
