/** Each coach's share of a team report's rows: the same rules on the rows of the coach's enrolments. */
import type { TeamReportInput } from './types';

type Keyed = 'contacts' | 'missed' | 'networkMeetings' | 'consultations' | 'referrals' | 'followUps' | 'kykyviisari';
const KEYED: readonly Keyed[] = ['contacts', 'missed', 'networkMeetings', 'consultations', 'referrals', 'followUps', 'kykyviisari'];

/**
 * Splits the input by the enrolments' coach in one pass. A coach's rows are those of the enrolments
 * assigned to them (named feedback by its row's coach, as it may be on an enrolment closed before the
 * period); anonymous feedback and anonymous consultations stay out (never per coach), and the
 * support-plan share (an outcome figure of the whole scope) is left empty.
 */
export function inputsByCoach(input: TeamReportInput): Map<number, TeamReportInput> {
	const out = new Map<number, TeamReportInput>();
	const of = (coachId: number): TeamReportInput => {
		let coachInput = out.get(coachId);
		if (!coachInput) {
			coachInput = { enrolments: [], contacts: [], missed: [], networkMeetings: [], consultations: [], referrals: [], feedback: [], anonymousFeedback: [], followUps: [], kykyviisari: [], supportPlanWithin90: { value: null, ids: [] } };
			out.set(coachId, coachInput);
		}
		return coachInput;
	};
	const coachOf = new Map<number, number>();
	for (const e of input.enrolments) {
		if (e.coachId === null) continue;
		coachOf.set(e.id, e.coachId);
		of(e.coachId).enrolments.push(e);
	}
	for (const key of KEYED) {
		for (const row of input[key] as { enrolmentId: number | null }[]) {
			const coachId = row.enrolmentId === null ? undefined : coachOf.get(row.enrolmentId);
			if (coachId !== undefined) (of(coachId)[key] as unknown[]).push(row);
		}
	}
	for (const f of input.feedback) {
		const coachId = f.coachId ?? (f.enrolmentId === null ? undefined : coachOf.get(f.enrolmentId));
		if (coachId !== undefined && coachId !== null) of(coachId).feedback.push(f);
	}
	return out;
}
