/** Several teams' team-report rows as one input (each team's rows loaded and kept apart, docs/domain/team-report.md). */
import type { TeamReportInput } from './types';

/** Two lists in order of `key` as one, in that order (a linear merge: no comparator calls). */
function mergeTwo<T>(a: readonly T[], b: readonly T[], key: (row: T) => number): T[] {
	const out: T[] = new Array(a.length + b.length);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < a.length && j < b.length) out[k++] = key(a[i]) <= key(b[j]) ? a[i++] : b[j++];
	while (i < a.length) out[k++] = a[i++];
	while (j < b.length) out[k++] = b[j++];
	return out;
}

/** Lists each in order of `key` as one list in that order, merged pairwise (a county's 40 teams: six rounds). */
export function mergeSorted<T>(lists: readonly (readonly T[])[], key: (row: T) => number): T[] {
	if (lists.length === 0) return [];
	let round = lists;
	while (round.length > 1) {
		const next: (readonly T[])[] = [];
		for (let i = 0; i < round.length; i += 2) next.push(i + 1 < round.length ? mergeTwo(round[i], round[i + 1], key) : round[i]);
		round = next;
	}
	return [...round[0]];
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
