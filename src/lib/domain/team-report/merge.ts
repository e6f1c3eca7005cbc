/** Several teams' team-report rows as one input (each team's rows loaded and kept apart, docs/domain/team-report.md). */
import type { TeamReportInput } from './types';

/**
 * Lists each in order of `key` as one list in that order: a bottom-up merge of the lists as runs, on
 * typed arrays of positions and keys (a county's 40 teams: six rounds), the rows touched once to read
 * their key and once to place them. Merging the row arrays themselves was several times slower.
 */
export function mergeSorted<T>(lists: readonly (readonly T[])[], key: (row: T) => number): T[] {
	const rows: T[] = [];
	let runs = [0];
	for (const list of lists) {
		for (let i = 0; i < list.length; i++) rows.push(list[i]);
		runs.push(rows.length);
	}
	let at = new Int32Array(rows.length);
	let keys = new Float64Array(rows.length);
	for (let i = 0; i < rows.length; i++) {
		at[i] = i;
		keys[i] = key(rows[i]);
	}
	let atNext = new Int32Array(rows.length);
	let keysNext = new Float64Array(rows.length);
	while (runs.length > 2) {
		const next = [0];
		for (let r = 0; r + 1 < runs.length; r += 2) {
			const mid = runs[r + 1];
			const end = r + 2 < runs.length ? runs[r + 2] : mid;
			let i = runs[r];
			let j = mid;
			let k = i;
			while (i < mid || j < end) {
				const fromLeft = j >= end || (i < mid && keys[i] <= keys[j]);
				const from = fromLeft ? i++ : j++;
				atNext[k] = at[from];
				keysNext[k++] = keys[from];
			}
			next.push(end);
		}
		[at, atNext, keys, keysNext, runs] = [atNext, at, keysNext, keys, next];
	}
	const out: T[] = [];
	for (let i = 0; i < at.length; i++) out.push(rows[at[i]]);
	return out;
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
