/** A team-report figure and the arithmetic shared by its sections. */
import type { TeamFigure, TeamRecordKind } from './types';

export { mean, median, rate, roundDays as roundOne, roundFraction } from '../outcomes/stats';

export function teamFigure(kind: TeamRecordKind, value: number | null, ids: readonly number[], anonymousIds?: readonly number[]): TeamFigure {
	const out: TeamFigure = { value, kind, ids: sortedCopy(ids) };
	if (anonymousIds) out.anonymousIds = sortedCopy(anonymousIds);
	return out;
}

/** Ids in ascending order; rows mostly come sorted already (a county's contacts: ~600 000 ids). */
function sortedCopy(ids: readonly number[]): number[] {
	for (let i = 1; i < ids.length; i++) if (ids[i - 1] > ids[i]) return [...ids].sort((a, b) => a - b);
	return ids.slice();
}

/** A count figure over the given rows. */
export function countFigure<T extends { id: number }>(kind: TeamRecordKind, rows: readonly T[]): TeamFigure {
	return teamFigure(kind, rows.length, rows.map((r) => r.id));
}

/** Ids per code: every code of `codes` first (none yet), then others as `addToGroup` finds them. */
export const codeGroups = (codes: readonly string[]) => new Map<string, number[]>(codes.map((c) => [c, []]));

export function addToGroup(groups: Map<string, number[]>, code: string | null, id: number): void {
	if (code === null) return;
	const list = groups.get(code);
	if (list) list.push(id);
	else groups.set(code, [id]);
}

export const groupFigures = (kind: TeamRecordKind, groups: Map<string, number[]>): Record<string, TeamFigure> =>
	Object.fromEntries([...groups].map(([code, ids]) => [code, teamFigure(kind, ids.length, ids)]));

/** Rows counted per code: every code of `codes` (0 when none), then any other code found, in order of appearance. */
export function countByCode<T extends { id: number }>(kind: TeamRecordKind, rows: readonly T[], codeOf: (row: T) => string | null, codes: readonly string[]): Record<string, TeamFigure> {
	const groups = codeGroups(codes);
	for (const row of rows) addToGroup(groups, codeOf(row), row.id);
	return groupFigures(kind, groups);
}
