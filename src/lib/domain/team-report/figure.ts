/** A team-report figure and the arithmetic shared by its sections. */
import type { TeamFigure, TeamRecordKind } from './types';

export { mean, median, rate, roundDays as roundOne, roundFraction } from '../outcomes/stats';

export function teamFigure(kind: TeamRecordKind, value: number | null, ids: readonly number[], anonymousIds?: readonly number[]): TeamFigure {
	const out: TeamFigure = { value, kind, ids: [...ids].sort((a, b) => a - b) };
	if (anonymousIds) out.anonymousIds = [...anonymousIds].sort((a, b) => a - b);
	return out;
}

/** A count figure over the given rows. */
export function countFigure<T extends { id: number }>(kind: TeamRecordKind, rows: readonly T[]): TeamFigure {
	return teamFigure(kind, rows.length, rows.map((r) => r.id));
}

/** Rows counted per code: every code of `codes` (0 when none), then any other code found, in order of appearance. */
export function countByCode<T extends { id: number }>(kind: TeamRecordKind, rows: readonly T[], codeOf: (row: T) => string | null, codes: readonly string[]): Record<string, TeamFigure> {
	const groups = new Map<string, number[]>(codes.map((c) => [c, []]));
	for (const row of rows) {
		const code = codeOf(row);
		if (code === null) continue;
		const list = groups.get(code);
		if (list) list.push(row.id);
		else groups.set(code, [row.id]);
	}
	return Object.fromEntries([...groups].map(([code, ids]) => [code, teamFigure(kind, ids.length, ids)]));
}
