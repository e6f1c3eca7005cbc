import { and, asc, count, eq, inArray, isNull, isNotNull, like, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '../db';
import { clients, enrolments, clientContacts, consents, employerContacts, employerContactClients, users } from '../db/schema';
import { caseloadFlags, type CaseloadFlag, type ConsentFacts } from '$lib/domain/caseload-flags';
import { daysBetween } from '$lib/domain/dates';
import { followAlongStatusForEnrolments } from '../placements/follow-along';

/**
 * Next follow-along (in-work support) contact due per enrolment, from the placement schedule.
 * Defaults to the placements feature's schedule; tests may pass their own.
 */
export type FollowAlongDueLookup = (enrolmentIds: number[], today: string) => Map<number, string | null>;

const placementFollowAlong: FollowAlongDueLookup = (enrolmentIds, today) => {
	const due = new Map<number, string | null>();
	for (const [id, status] of followAlongStatusForEnrolments(enrolmentIds, today)) due.set(id, status.nextDue);
	return due;
};

export type CaseloadFilter = {
	teamIds: number[];
	coachId?: number | null;
	phase?: number | null;
	status?: 'active' | 'closed' | 'all';
	search?: string | null;
	page?: number;
	pageSize?: number;
	today: string;
	followAlongDue?: FollowAlongDueLookup;
};

export type CaseloadRow = {
	clientId: number;
	enrolmentId: number;
	teamId: number;
	firstName: string;
	lastName: string;
	coachId: number | null;
	coachName: string | null;
	phase: number;
	phaseEnteredOn: string | null;
	daysInPhase: number | null;
	referralDate: string;
	entryDate: string | null;
	closedDate: string | null;
	lastContactDate: string | null;
	nextStep: string | null;
	nextStepDue: string | null;
	flags: CaseloadFlag[];
};

const CHUNK = 500;
function chunks<T>(list: T[]): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
	return out;
}

/** Only the latest enrolment of a client is its "current" one (older ones are history after a re-opening). */
const isLatestEnrolment = sql`${enrolments.id} = (select max(e2.id) from enrolments e2 where e2.client_id = ${enrolments.clientId})`;

function whereFor(filter: CaseloadFilter): SQL | undefined {
	const where: SQL[] = [inArray(enrolments.teamId, filter.teamIds.length ? filter.teamIds : [-1]), isLatestEnrolment];
	if (filter.coachId) where.push(eq(enrolments.coachId, filter.coachId));
	if (filter.phase) where.push(eq(enrolments.currentPhase, filter.phase));
	if ((filter.status ?? 'active') === 'active') where.push(isNull(enrolments.closedDate));
	if (filter.status === 'closed') where.push(isNotNull(enrolments.closedDate));
	const q = filter.search?.trim();
	if (q) {
		const pattern = `${q.replace(/[%_]/g, '')}%`;
		where.push(or(like(clients.lastName, pattern), like(clients.firstName, pattern), like(sql`${clients.firstName} || ' ' || ${clients.lastName}`, pattern)) as SQL);
	}
	return and(...where);
}

type BaseRow = Omit<CaseloadRow, 'flags' | 'lastContactDate' | 'nextStep' | 'nextStepDue' | 'daysInPhase'>;

const baseColumns = {
	clientId: clients.id,
	enrolmentId: enrolments.id,
	teamId: enrolments.teamId,
	firstName: clients.firstName,
	lastName: clients.lastName,
	coachId: enrolments.coachId,
	coachName: users.name,
	phase: enrolments.currentPhase,
	phaseEnteredOn: enrolments.phaseEnteredOn,
	referralDate: enrolments.referralDate,
	entryDate: enrolments.entryDate,
	closedDate: enrolments.closedDate
};

/** One page of a caseload (own, a coach's, or a team's) with flags. */
export function listCaseload(filter: CaseloadFilter): { rows: CaseloadRow[]; total: number; page: number; pages: number } {
	const db = getDb();
	const pageSize = filter.pageSize ?? 25;
	const where = whereFor(filter);
	const total = db.select({ n: count() }).from(enrolments).innerJoin(clients, eq(clients.id, enrolments.clientId)).where(where).get()?.n ?? 0;
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(1, filter.page ?? 1), pages);
	const base = db
		.select(baseColumns)
		.from(enrolments)
		.innerJoin(clients, eq(clients.id, enrolments.clientId))
		.leftJoin(users, eq(users.id, enrolments.coachId))
		.where(where)
		.orderBy(asc(clients.lastName), asc(clients.firstName), asc(enrolments.id))
		.limit(pageSize)
		.offset((page - 1) * pageSize)
		.all();
	return { rows: withFlags(base, filter.today, filter.followAlongDue), total, page, pages };
}

/** Every active enrolment of a team (for the team view's per-coach counts and the supervision list). */
export function activeTeamCaseload(teamId: number, today: string, followAlongDue?: FollowAlongDueLookup): CaseloadRow[] {
	const base = getDb()
		.select(baseColumns)
		.from(enrolments)
		.innerJoin(clients, eq(clients.id, enrolments.clientId))
		.leftJoin(users, eq(users.id, enrolments.coachId))
		.where(and(eq(enrolments.teamId, teamId), isNull(enrolments.closedDate)))
		.orderBy(asc(clients.lastName), asc(clients.firstName))
		.all();
	return withFlags(base, today, followAlongDue);
}

/** Adds last contact, next step and flags, batched (no query per row). */
export function withFlags(base: BaseRow[], today: string, followAlongDue: FollowAlongDueLookup = placementFollowAlong): CaseloadRow[] {
	if (base.length === 0) return [];
	const db = getDb();
	const enrolmentIds = base.map((r) => r.enrolmentId);
	const clientIds = [...new Set(base.map((r) => r.clientId))];
	const latestContact = new Map<number, { date: string; nextStep: string | null; nextStepDue: string | null }>();
	const consentsByClient = new Map<number, ConsentFacts[]>();
	const employerContactDates = new Map<number, string[]>();
	for (const ids of chunks(enrolmentIds)) {
		// SQLite returns the bare columns from the row holding max(date): the latest contact's next step.
		const rows = db
			.select({ enrolmentId: clientContacts.enrolmentId, date: sql<string>`max(${clientContacts.date})`, nextStep: clientContacts.nextStep, nextStepDue: clientContacts.nextStepDue })
			.from(clientContacts)
			.where(inArray(clientContacts.enrolmentId, ids))
			.groupBy(clientContacts.enrolmentId)
			.all();
		for (const r of rows) latestContact.set(r.enrolmentId, { date: r.date, nextStep: r.nextStep, nextStepDue: r.nextStepDue });
	}
	for (const ids of chunks(clientIds)) {
		for (const c of db.select({ clientId: consents.clientId, validFrom: consents.validFrom, validTo: consents.validTo, withdrawnAt: consents.withdrawnAt }).from(consents).where(inArray(consents.clientId, ids)).all()) {
			const list = consentsByClient.get(c.clientId) ?? [];
			list.push(c);
			consentsByClient.set(c.clientId, list);
		}
		const contacts = db
			.select({ clientId: employerContactClients.clientId, date: employerContacts.date })
			.from(employerContactClients)
			.innerJoin(employerContacts, eq(employerContacts.id, employerContactClients.employerContactId))
			.where(and(inArray(employerContactClients.clientId, ids), eq(employerContacts.mode, 'face-to-face')))
			.all();
		for (const c of contacts) {
			const list = employerContactDates.get(c.clientId) ?? [];
			list.push(c.date);
			employerContactDates.set(c.clientId, list);
		}
	}
	const followAlong = followAlongDue(enrolmentIds, today);
	return base.map((r) => {
		const last = latestContact.get(r.enrolmentId);
		const firstEmployerContactDate = r.entryDate ? ((employerContactDates.get(r.clientId) ?? []).filter((d) => d >= r.entryDate!).sort()[0] ?? null) : null;
		const flags = caseloadFlags({
			today,
			closed: r.closedDate !== null,
			referralDate: r.referralDate,
			entryDate: r.entryDate,
			lastContactDate: last?.date ?? null,
			nextStepDue: last?.nextStepDue ?? null,
			consents: consentsByClient.get(r.clientId) ?? [],
			firstEmployerContactDate,
			followAlongDue: followAlong.get(r.enrolmentId) ?? null
		});
		return {
			...r,
			daysInPhase: r.phaseEnteredOn ? daysBetween(r.phaseEnteredOn, today) : null,
			lastContactDate: last?.date ?? null,
			nextStep: last?.nextStep ?? null,
			nextStepDue: last?.nextStepDue ?? null,
			flags
		};
	});
}

