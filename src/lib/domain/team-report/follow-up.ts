/** After exit: the three-month follow-up of enrolments closed in the period (docs/domain/team-report.md#after-exit). */
import { exitFollowUpDueDate, exitSituationWorking } from '../exit-follow-up';
import { inPeriod, type Period } from '../period';
import { EXIT_SITUATIONS } from '../vocabularies';
import { countByCode, teamFigure } from './figure';
import { type FollowUpFigures, type TeamReportEnrolment, type TeamReportFollowUp } from './types';


/**
 * due: enrolments closed in the period whose follow-up date has come (≤ today); recorded: those of
 * them with a follow-up; working: recorded with a working situation (competitive or other).
 */
export function followUpFigures(enrolments: readonly TeamReportEnrolment[], followUps: readonly TeamReportFollowUp[], period: Period, today: string): FollowUpFigures {
	const due = enrolments.filter((e) => inPeriod(e.closedDate, period) && exitFollowUpDueDate(e.closedDate!) <= today);
	const dueIds = new Set(due.map((e) => e.id));
	const recorded = followUps.filter((f) => dueIds.has(f.enrolmentId));
	const working = recorded.filter((f) => exitSituationWorking(f.situation));
	return {
		due: teamFigure('enrolment', due.length, due.map((e) => e.id)),
		recorded: teamFigure('follow-up', recorded.length, recorded.map((f) => f.id)),
		working: teamFigure('follow-up', working.length, working.map((f) => f.id)),
		situations: countByCode('follow-up', recorded, (f) => f.situation, EXIT_SITUATIONS)
	};
}
