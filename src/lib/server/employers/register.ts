import { and, asc, count, desc, eq, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '../db';
import { prepared } from '../db/prepared';
import { TeamRecordsCache } from '../db/changes';
import { inJsonPlaceholder } from '../db/sql';
import { clients, contactRequests, employerContactPersons, employers, placements, teams, users } from '../db/schema';
import type { EmployerInput } from './forms';

export const EMPLOYERS_PAGE_SIZE = 25;

export type EmployerFilter = { teamIds: number[]; q?: string; stage?: string; municipality?: string; ownerCoachId?: number; page: number };

function escapeLike(value: string): string {
	return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The register: a page of the teams' employers with open placement and request counts. */
export function listEmployers(filter: EmployerFilter) {
	const db = getDb();
	if (filter.teamIds.length === 0) return { rows: [], total: 0, pages: 1 };
	const where: SQL[] = [inArray(employers.teamId, filter.teamIds)];
	if (filter.q) {
		const pattern = `%${escapeLike(filter.q)}%`;
		where.push(or(sql`${employers.name} like ${pattern} escape '\\'`, sql`${employers.businessId} like ${pattern} escape '\\'`)!);
	}
	if (filter.stage) where.push(eq(employers.stage, filter.stage as EmployerInput['stage']));
	if (filter.municipality) where.push(like(employers.municipality, escapeLike(filter.municipality)));
	if (filter.ownerCoachId) where.push(eq(employers.ownerCoachId, filter.ownerCoachId));
	const condition = and(...where);
	const total = db.select({ n: count() }).from(employers).where(condition).get()?.n ?? 0;
	const pages = Math.max(1, Math.ceil(total / EMPLOYERS_PAGE_SIZE));
	const page = Math.min(Math.max(1, filter.page), pages);
	const rows = db
		.select({
			id: employers.id,
			name: employers.name,
			businessId: employers.businessId,
			industry: employers.industry,
			municipality: employers.municipality,
			stage: employers.stage,
			ownerName: users.name,
			teamName: teams.name
		})
		.from(employers)
		.leftJoin(users, eq(users.id, employers.ownerCoachId))
		.innerJoin(teams, eq(teams.id, employers.teamId))
		.where(condition)
		.orderBy(asc(employers.name), asc(employers.id))
		.limit(EMPLOYERS_PAGE_SIZE)
		.offset((page - 1) * EMPLOYERS_PAGE_SIZE)
		.all();
	const ids = rows.map((r) => r.id);
	const active = ids.length
		? db
				.select({ employerId: placements.employerId, n: count() })
				.from(placements)
				.where(and(inArray(placements.employerId, ids), inArray(placements.status, ['agreed', 'started'])))
				.groupBy(placements.employerId)
				.all()
		: [];
	const activeBy = new Map(active.map((a) => [a.employerId, a.n]));
	return { rows: rows.map((r) => ({ ...r, activePlacements: activeBy.get(r.id) ?? 0 })), total, pages, page };
}

export function municipalitiesOf(teamIds: number[]): string[] {
	if (teamIds.length === 0) return [];
	return getDb()
		.selectDistinct({ municipality: employers.municipality })
		.from(employers)
		.where(and(inArray(employers.teamId, teamIds), sql`${employers.municipality} is not null`))
		.orderBy(asc(employers.municipality))
		.all()
		.map((r) => r.municipality!);
}

/** The row's team decides access: callers authorize with it before showing anything. */
export function employerTeam(id: number): { id: number; teamId: number } | undefined {
	if (!Number.isSafeInteger(id) || id <= 0) return undefined;
	return getDb().select({ id: employers.id, teamId: employers.teamId }).from(employers).where(eq(employers.id, id)).get();
}

// The employer page runs these on every view: built and compiled once.
const registerQueries = prepared((db) => ({
	employer: db
		.select({
			id: employers.id,
			teamId: employers.teamId,
			teamName: teams.name,
			name: employers.name,
			businessId: employers.businessId,
			industry: employers.industry,
			municipality: employers.municipality,
			address: employers.address,
			sites: employers.sites,
			stage: employers.stage,
			ownerCoachId: employers.ownerCoachId,
			ownerName: users.name,
			notes: employers.notes,
			version: employers.version
		})
		.from(employers)
		.innerJoin(teams, eq(teams.id, employers.teamId))
		.leftJoin(users, eq(users.id, employers.ownerCoachId))
		.where(eq(employers.id, sql.placeholder('id')))
		.prepare(),
	contactPersons: db.select().from(employerContactPersons).where(eq(employerContactPersons.employerId, sql.placeholder('employerId'))).orderBy(asc(employerContactPersons.name)).prepare(),
	placements: db
		.select({
			id: placements.id,
			clientId: placements.clientId,
			firstName: clients.firstName,
			lastName: clients.lastName,
			jobTitle: placements.jobTitle,
			status: placements.status,
			startDate: placements.startDate,
			endDate: placements.endDate,
			disclosure: placements.disclosure
		})
		.from(placements)
		.innerJoin(clients, eq(clients.id, placements.clientId))
		.where(eq(placements.employerId, sql.placeholder('employerId')))
		.orderBy(desc(placements.startDate), desc(placements.id))
		.prepare(),
	contactRequests: db
		.select({
			id: contactRequests.id,
			message: contactRequests.message,
			createdAt: contactRequests.createdAt,
			fromName: users.name,
			handledAt: contactRequests.handledAt,
			answer: contactRequests.answer
		})
		.from(contactRequests)
		.leftJoin(users, eq(users.id, contactRequests.fromUserId))
		.where(eq(contactRequests.employerId, sql.placeholder('employerId')))
		.orderBy(desc(contactRequests.createdAt))
		.limit(50)
		.prepare()
}));

export function getEmployer(id: number) {
	return registerQueries().employer.get({ id });
}

/** Y-tunnus is unique across the installation: another team's employer is still a duplicate. */
export function findByBusinessId(businessId: string, exceptId?: number) {
	const row = getDb().select({ id: employers.id, name: employers.name, teamId: employers.teamId }).from(employers).where(eq(employers.businessId, businessId)).get();
	return row && row.id !== exceptId ? row : undefined;
}

/** Same name in the same team (case-insensitive): probably the same organisation. */
export function findByName(teamId: number, name: string, exceptId?: number) {
	const row = getDb()
		.select({ id: employers.id })
		.from(employers)
		.where(and(eq(employers.teamId, teamId), sql`lower(${employers.name}) = lower(${name.trim()})`))
		.get();
	return row && row.id !== exceptId ? row : undefined;
}

export function createEmployer(teamId: number, input: EmployerInput): number {
	return getDb()
		.insert(employers)
		.values({
			teamId,
			name: input.name,
			businessId: input.businessId,
			industry: input.industry,
			municipality: input.municipality,
			address: input.address,
			sites: input.sites,
			stage: input.stage,
			ownerCoachId: input.ownerCoachId,
			notes: input.notes
		})
		.returning({ id: employers.id })
		.get().id;
}

/** Optimistic lock: false when someone saved in between (nothing written). */
export function updateEmployer(id: number, version: number, input: EmployerInput): boolean {
	const result = getDb()
		.update(employers)
		.set({
			name: input.name,
			businessId: input.businessId,
			industry: input.industry,
			municipality: input.municipality,
			address: input.address,
			sites: input.sites,
			stage: input.stage,
			ownerCoachId: input.ownerCoachId,
			notes: input.notes,
			updatedAt: new Date(),
			version: sql`${employers.version} + 1`
		})
		.where(and(eq(employers.id, id), eq(employers.version, version)))
		.run();
	return result.changes === 1;
}

export function contactPersonsOf(employerId: number) {
	return registerQueries().contactPersons.all({ employerId });
}

export function addContactPerson(employerId: number, person: { name: string; role: string | null; phone: string | null; email: string | null }): number {
	return getDb().insert(employerContactPersons).values({ employerId, ...person }).returning({ id: employerContactPersons.id }).get().id;
}

export function removeContactPerson(employerId: number, personId: number): boolean {
	return (
		getDb()
			.delete(employerContactPersons)
			.where(and(eq(employerContactPersons.id, personId), eq(employerContactPersons.employerId, employerId)))
			.run().changes === 1
	);
}

/** Placements at the employer (staff view: client name for the team that owns both). */
export function placementsAt(employerId: number) {
	return registerQueries().placements.all({ employerId });
}

// The pick list is on every client page a coach opens (a team's 150 employers, sorted): kept until
// the next change to employers (the shared counter) or in the teams.
const employerOptionsCache = new TeamRecordsCache(100);

const employerOptionsQuery = prepared((db) =>
	db
		.select({ id: employers.id, name: employers.name, teamId: employers.teamId })
		.from(employers)
		.where(inJsonPlaceholder(employers.teamId, 'teamIds'))
		.orderBy(asc(employers.name))
		.prepare()
);

export type EmployerOption = { id: number; name: string; teamId: number };

/** Employers to pick from in the teams' forms (shared between requests: do not modify). */
export function employerOptions(teamIds: number[]): readonly EmployerOption[] {
	if (teamIds.length === 0) return [];
	return employerOptionsCache.get(teamIds.join(','), teamIds, () => employerOptionsQuery().all({ teamIds: JSON.stringify(teamIds) }));
}

export function employerUsersOf(employerId: number) {
	return getDb()
		.select({ id: users.id, name: users.name, email: users.email, active: users.active })
		.from(users)
		.where(eq(users.employerId, employerId))
		.orderBy(asc(users.name))
		.all();
}

export function contactRequestsOf(employerId: number) {
	return registerQueries().contactRequests.all({ employerId });
}

/** Unanswered contact requests for the teams' employers (shown on the register). */
export function openContactRequests(teamIds: number[]) {
	if (teamIds.length === 0) return [];
	return getDb()
		.select({ id: contactRequests.id, employerId: employers.id, employerName: employers.name, message: contactRequests.message, createdAt: contactRequests.createdAt })
		.from(contactRequests)
		.innerJoin(employers, eq(employers.id, contactRequests.employerId))
		.where(and(isNull(contactRequests.handledAt), inArray(employers.teamId, teamIds)))
		.orderBy(asc(contactRequests.createdAt))
		.limit(50)
		.all();
}

export function answerContactRequest(employerId: number, requestId: number, answer: string, userId: number): boolean {
	return (
		getDb()
			.update(contactRequests)
			.set({ answer, handledAt: new Date(), handledBy: userId })
			.where(and(eq(contactRequests.id, requestId), eq(contactRequests.employerId, employerId), isNull(contactRequests.handledAt)))
			.run().changes === 1
	);
}
