import { addDays, startOfIsoWeek } from './dates';

/** IPS fidelity: at least six face-to-face employer contacts per coach per week (docs/domain/employers.md#weekly-target). */
export const WEEKLY_FACE_TO_FACE_TARGET = 6;

export type EmployerContactMode = 'face-to-face' | 'phone' | 'email' | 'video' | 'message';

export type WeeklyCount = { weekStart: string; faceToFace: number; total: number; meetsTarget: boolean };

/** The Monday-starting weeks ending with the week of `today`, oldest first. */
export function recentWeeks(today: string, count: number): string[] {
	const current = startOfIsoWeek(today);
	return Array.from({ length: count }, (_, i) => addDays(current, -7 * (count - 1 - i)));
}

/** Counts per ISO week (Mon–Sun); only face-to-face counts toward the target. */
export function weeklyCounts(contacts: readonly { date: string; mode: EmployerContactMode }[], weekStarts: readonly string[]): WeeklyCount[] {
	const byWeek = new Map(weekStarts.map((w) => [w, { faceToFace: 0, total: 0 }]));
	for (const c of contacts) {
		const bucket = byWeek.get(startOfIsoWeek(c.date));
		if (!bucket) continue;
		bucket.total++;
		if (c.mode === 'face-to-face') bucket.faceToFace++;
	}
	return weekStarts.map((weekStart) => {
		const b = byWeek.get(weekStart)!;
		return { weekStart, ...b, meetsTarget: b.faceToFace >= WEEKLY_FACE_TO_FACE_TARGET };
	});
}

/** Per coach, per week. Coaches with no contacts still get zero rows. */
export function weeklyCountsByCoach(
	contacts: readonly { coachId: number | null; date: string; mode: EmployerContactMode }[],
	coachIds: readonly number[],
	weekStarts: readonly string[]
): Map<number, WeeklyCount[]> {
	const result = new Map<number, WeeklyCount[]>();
	for (const coachId of coachIds) {
		result.set(
			coachId,
			weeklyCounts(
				contacts.filter((c) => c.coachId === coachId),
				weekStarts
			)
		);
	}
	return result;
}
