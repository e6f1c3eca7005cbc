import { and, lte, sql } from 'drizzle-orm';
import { getDb } from '../db';
import { kykyviisariResults } from '../db/schema';
import { groupBy, type Period } from '$lib/domain/period';
import { teamMeanChanges, type KykyviisariResult, type TeamMeanChange } from '$lib/domain/kykyviisari';
import { scopedEnrolmentIds, type OutcomeScope } from './load';

const k = kykyviisariResults;
/** A result as the domain reads it (KykyviisariResult), per enrolment: the outcome page and the team report select these. */
export const KYKYVIISARI_RESULT_COLUMNS = {
	enrolmentId: k.enrolmentId,
	date: k.date,
	linkSentOn: k.linkSentOn,
	overall: k.overall,
	wellbeing: k.wellbeing,
	participation: k.participation,
	mind: k.mind,
	everydayLife: k.everydayLife,
	skills: k.skills,
	body: k.body,
	workAndFuture: k.workAndFuture
};

/**
 * The scope's mean Kykyviisari change per area for a period (docs/domain/work-ability.md#team-change):
 * one query for the results up to the period's end of the enrolments open in it.
 */
export function kykyviisariChange(scope: OutcomeScope, period: Period): TeamMeanChange[] {
	if (scope.teamIds.length === 0) return teamMeanChanges([], period);
	const rows = getDb()
		.select(KYKYVIISARI_RESULT_COLUMNS)
		.from(k)
		.where(and(sql`${k.enrolmentId} in (${scopedEnrolmentIds(scope, period)})`, lte(k.date, period.to)))
		.all();
	const byEnrolment = groupBy(rows, (r) => r.enrolmentId);
	return teamMeanChanges([...byEnrolment.values()] as KykyviisariResult[][], period);
}
