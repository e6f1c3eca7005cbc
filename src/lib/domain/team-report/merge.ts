/** Several teams' team-report rows as one input (each team's rows loaded and kept apart, docs/domain/team-report.md). */
import type { TeamReportInput } from './types';

type Keyed<T> = { rows: readonly T[]; keys: Float64Array };

/** Two keyed lists as one, in key order: reads only the key arrays, never the rows (a county's rows are scattered in memory). */
function mergeTwo<T>(a: Keyed<T>, b: Keyed<T>): Keyed<T> {
	const n = a.rows.length + b.rows.length;
	const rows: T[] = new Array(n);
	const keys = new Float64Array(n);
	let i = 0;
	let j = 0;
	for (let k = 0; k < n; k++) {
		if (j >= b.rows.length || (i < a.rows.length && a.keys[i] <= b.keys[j])) {
			rows[k] = a.rows[i];
			keys[k] = a.keys[i++];
		} else {
			rows[k] = b.rows[j];
			keys[k] = b.keys[j++];
		}
	}
	return { rows, keys };
}

/** Lists each in order of `key` as one list in that order, merged pairwise (a county's 40 teams: six rounds). */
export function mergeSorted<T>(lists: readonly (readonly T[])[], key: (row: T) => number): T[] {
	let round: Keyed<T>[] = lists.map((rows) => ({ rows, keys: Float64Array.from(rows, key) }));
	if (round.length === 0) return [];
	while (round.length > 1) {
		const next: Keyed<T>[] = [];
		for (let i = 0; i < round.length; i += 2) next.push(i + 1 < round.length ? mergeTwo(round[i], round[i + 1]) : round[i]);
		round = next;
	}
	return [...round[0].rows];
}

const id = (row: { id: number }) => row.id;

/**
 * One input from the inputs of several teams (each loaded for one team, the same coach and period),
 * equal to the input loaded for all of them at once: every row belongs to exactly one team (an
 * enrolment's rows to its team, anonymous rows and feedback by their team), so the lists are joined,
 * in id order as the loader gives them (each team's lists must be in id order). The support-plan share is the scope's own (`supportPlan`).
 */
export function mergeTeamReportInputs(inputs: readonly TeamReportInput[], supportPlan: TeamReportInput['supportPlanWithin90']): TeamReportInput {
	if (inputs.length === 1) return { ...inputs[0], supportPlanWithin90: supportPlan };
	const join = <T extends { id: number }>(pick: (input: TeamReportInput) => T[]) => mergeSorted(inputs.map(pick), id);
	return {
		enrolments: join((i) => i.enrolments),
		contacts: join((i) => i.contacts),
		missed: join((i) => i.missed),
		networkMeetings: join((i) => i.networkMeetings),
		consultations: join((i) => i.consultations),
		referrals: join((i) => i.referrals),
		feedback: join((i) => i.feedback),
		anonymousFeedback: join((i) => i.anonymousFeedback),
		followUps: join((i) => i.followUps),
		kykyviisari: mergeSorted(inputs.map((i) => i.kykyviisari), (k) => k.enrolmentId),
		supportPlanWithin90: supportPlan
	};
}
