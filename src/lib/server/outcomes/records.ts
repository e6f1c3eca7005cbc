import { eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '../db';
import { clientFeedback, clients, employers, enrolments, placements, users } from '../db/schema';
import { error } from '@sveltejs/kit';
import { FIGURE_UNITS, isFigureKey, type Figure, type RecordKind } from '$lib/domain/outcomes';
import { periodParams } from '$lib/domain/period';
import { audit } from '../audit';
import { periodReport } from './figures';
import { requireOutcomesContext } from './request';
import { placementCoach, selectPlacementRows } from '../placements/rows';

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

const PAGE_SIZE = 50;
const LEFT_OUT_SHOWN = 100;

/**
 * The records behind one outcome figure (`?figure=`), a page at a time, and the records it left out
 * with their reasons: the outcome scope first (404 for what the actor may not see), then the rows,
 * then the read's audit row naming the figure, period, scope and page.
 */
export function loadFigureRecords(locals: App.Locals, url: URL) {
	const ctx = requireOutcomesContext(locals.actor, url);
	const report = periodReport(locals, ctx.scope, ctx.choice.period, ctx.today);
	const key = url.searchParams.get('figure') ?? '';
	let figure: Figure | undefined;
	if (key.startsWith('closingReason:')) figure = report.closingReasons.find((c) => `closingReason:${c.reason}` === key)?.figure ?? { value: 0, kind: 'enrolment', ids: [], excluded: [] };
	else if (isFigureKey(key)) figure = report[key];
	if (!figure) error(404, 'Not found');

	const pages = Math.max(1, Math.ceil(figure.ids.length / PAGE_SIZE));
	const pageNumber = Math.min(pages, Math.max(1, Number(url.searchParams.get('page')) || 1));
	const records = describeRecords(figure.kind, figure.ids.slice((pageNumber - 1) * PAGE_SIZE, pageNumber * PAGE_SIZE));

	// Left-out records, described by kind (a figure may leave out enrolments and placements).
	const shown = figure.excluded.slice(0, LEFT_OUT_SHOWN);
	const reasons = new Map(shown.map((e) => [`${e.kind}:${e.id}`, e.reason]));
	const leftOut = (['enrolment', 'placement', 'client', 'feedback'] as RecordKind[]).flatMap((kind) =>
		describeRecords(kind, shown.filter((e) => e.kind === kind).map((e) => e.id)).map((r) => ({ ...r, reason: reasons.get(`${kind}:${r.id}`)! }))
	);

	audit({
		actor: locals.actor,
		action: 'read',
		entity: 'outcome-records',
		teamId: ctx.scope.teamIds.length === 1 ? ctx.scope.teamIds[0] : null,
		view: url.pathname,
		details: JSON.stringify({ figure: key, period: ctx.choice.period, teams: ctx.scope.teamIds, coach: ctx.scope.coachId, page: pageNumber })
	});

	return {
		figureKey: key,
		value: figure.value,
		unit: isFigureKey(key) ? FIGURE_UNITS[key] : 'count',
		kind: figure.kind,
		total: figure.ids.length,
		records,
		page: pageNumber,
		pages,
		leftOut,
		leftOutTotal: figure.excluded.length,
		period: ctx.choice.period,
		backQuery: `${periodParams(ctx.choice.period)}&${ctx.scopeQuery}`
	};
}
