import { eq } from 'drizzle-orm';
import { alias, type SelectedFields, type SQLiteSelectBase } from 'drizzle-orm/sqlite-core';
import type { RunResult } from 'better-sqlite3';
import type { Db } from '../db';
import { clients, employers, enrolments, placements, users } from '../db/schema';

/** The coach of a placement's enrolment (left-joined: an enrolment may have no coach). */
export const placementCoach = alias(users, 'placement_coach');

/** Which joined tables may be missing from a row (drizzle's nullability map): only the coach. */
type PlacementRowTables = { placements: 'not-null'; enrolments: 'not-null'; clients: 'not-null'; employers: 'not-null'; placement_coach: 'nullable' };

/** The joined query with the caller's columns selected, ready for `where`, `orderBy`, `all` or `prepare`. */
export type PlacementRowsQuery<Fields extends SelectedFields> = SQLiteSelectBase<'placements', 'sync', RunResult, Fields, 'partial', PlacementRowTables>;

/**
 * Placements with their enrolment, client, employer and the enrolment's coach: the one join behind
 * the lists of placements (placement page and access, follow-along, supervision, employer page,
 * client record, outcome records and exports). Select the columns you need and add `where` and
 * `orderBy`. Every placement has its enrolment, client and employer (not-null foreign keys), so the
 * inner joins drop no row; SQLite leaves out the coach join when no coach column is selected.
 */
export function selectPlacementRows<Fields extends SelectedFields>(db: Db, fields: Fields): PlacementRowsQuery<Fields> {
	// Built with the fields' general type: drizzle cannot type the joins of a generic selection, so
	// the caller's own column types are given back by PlacementRowsQuery.
	const query = db
		.select(fields as SelectedFields)
		.from(placements)
		.innerJoin(enrolments, eq(enrolments.id, placements.enrolmentId))
		.innerJoin(clients, eq(clients.id, placements.clientId))
		.innerJoin(employers, eq(employers.id, placements.employerId))
		.leftJoin(placementCoach, eq(placementCoach.id, enrolments.coachId));
	return query as unknown as PlacementRowsQuery<Fields>;
}
