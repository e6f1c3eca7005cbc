import { and, asc, count, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '../db';
import { prepared } from '../db/prepared';
import { inJsonPlaceholder } from '../db/sql';
import { employers, placements, teams, users } from '../db/schema';
import type { EmployerInput } from './forms';
import { pageWindow } from '../pagination';

// The employer register: the teams' employers, searched and paged, and the pick list of the forms.

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
	const { page, pages, offset } = pageWindow(total, filter.page, EMPLOYERS_PAGE_SIZE);
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
		.offset(offset)
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

const employerOptionsQuery = prepared((db) =>
	db
		.select({ id: employers.id, name: employers.name, teamId: employers.teamId })
		.from(employers)
		.where(inJsonPlaceholder(employers.teamId, 'teamIds'))
		.orderBy(asc(employers.name))
		.prepare()
);

export type EmployerOption = { id: number; name: string; teamId: number };

/** Employers to pick from in the teams' forms. */
export function employerOptions(teamIds: number[]): readonly EmployerOption[] {
	if (teamIds.length === 0) return [];
	// One indexed, prepared query of a team's ~150 employers: not worth keeping between requests.
	return employerOptionsQuery().all({ teamIds: JSON.stringify(teamIds) });
}
