/** Change: Kykyviisari coverage and mean change per area (docs/domain/team-report.md#change). */
import { teamMeanChanges } from '../kykyviisari';
import { servedEnrolments, type OutcomeEnrolment } from '../outcomes';
import type { Period } from '../period';
import { rate, teamFigure } from './figure';
import type { ChangeFigures, TeamReportInput } from './types';

/**
 * kykyviisariShare: clients of served enrolments with at least one result (up to the period's end)
 * on any of those enrolments ÷ those clients. The mean change is the Kykyviisari module's own
 * `teamMeanChanges` (docs/domain/work-ability.md#team-change); each measure lists the enrolments it counted.
 */
export function changeFigures(input: TeamReportInput, period: Period): ChangeFigures {
	const served = servedEnrolments(input.enrolments as unknown as OutcomeEnrolment[], period).served;
	const resultsOf = new Map(input.kykyviisari.map((k) => [k.enrolmentId, k.results.filter((r) => r.date <= period.to)]));
	const clients = new Set(served.map((e) => e.clientId));
	const withResult = served.filter((e) => (resultsOf.get(e.id)?.length ?? 0) > 0);
	const clientsWithResult = new Set(withResult.map((e) => e.clientId));

	const means = teamMeanChanges([...resultsOf.values()], period);
	const counted = new Map(means.map((m) => [m.measure, [] as number[]]));
	for (const [enrolmentId, results] of resultsOf) {
		if (results.length < 2) continue;
		for (const m of teamMeanChanges([results], period)) if (m.clients > 0) counted.get(m.measure)!.push(enrolmentId);
	}
	return {
		kykyviisariShare: teamFigure('enrolment', rate(clientsWithResult.size, clients.size), withResult.map((e) => e.id)),
		kykyviisariMeanChange: means.map((m) => ({ measure: m.measure, figure: teamFigure('enrolment', m.meanChange, counted.get(m.measure)!) }))
	};
}
