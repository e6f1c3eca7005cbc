import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '../db';
import { prepared } from '../db/prepared';
import { clients, employers, placements, teams, users } from '../db/schema';
import { selectPlacementRows } from '../placements/rows';
import type { EmployerInput } from './forms';

// One employer: its row, the duplicate checks, its writes, its jobs and its portal users.

/** The row's team decides access: callers authorize with it before showing anything. */
export function employerTeam(id: number): { id: number; teamId: number } | undefined {
	if (!Number.isSafeInteger(id) || id <= 0) return undefined;
	return getDb().select({ id: employers.id, teamId: employers.teamId }).from(employers).where(eq(employers.id, id)).get();
}

// The employer page runs these on every view: built and compiled once.
const employerQueries = prepared((db) => ({
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
	placements: selectPlacementRows(db, {
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
		.where(eq(placements.employerId, sql.placeholder('employerId')))
		.orderBy(desc(placements.startDate), desc(placements.id))
		.prepare()
}));

export function getEmployer(id: number) {
	return employerQueries().employer.get({ id });
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

/** The columns a coach edits, from the form. */
function editableFields(input: EmployerInput) {
	return {
		name: input.name,
		businessId: input.businessId,
		industry: input.industry,
		municipality: input.municipality,
		address: input.address,
		sites: input.sites,
		stage: input.stage,
		ownerCoachId: input.ownerCoachId,
		notes: input.notes
	};
}

export function createEmployer(teamId: number, input: EmployerInput): number {
	return getDb()
		.insert(employers)
		.values({ teamId, ...editableFields(input) })
		.returning({ id: employers.id })
		.get().id;
}

/** Optimistic lock: false when someone saved in between (nothing written). */
export function updateEmployer(id: number, version: number, input: EmployerInput): boolean {
	const result = getDb()
		.update(employers)
		.set({ ...editableFields(input), updatedAt: new Date(), version: sql`${employers.version} + 1` })
		.where(and(eq(employers.id, id), eq(employers.version, version)))
		.run();
	return result.changes === 1;
}

/** Placements at the employer (staff view: client name for the team that owns both). */
export function placementsAt(employerId: number) {
	return employerQueries().placements.all({ employerId });
}

/** The employer's own users (portal accounts). */
export function employerUsersOf(employerId: number) {
	return getDb()
		.select({ id: users.id, name: users.name, email: users.email, active: users.active })
		.from(users)
		.where(eq(users.employerId, employerId))
		.orderBy(asc(users.name))
		.all();
}
