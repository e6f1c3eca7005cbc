import { computeTeamReport, inputsByCoach, mergeTeamReportInputs, teamReportFigures, type TeamReport, type TeamReportInput } from '$lib/domain/team-report';
import { supportPlanShare, type OutcomeEnrolment } from '$lib/domain/outcomes';
import type { Period } from '$lib/domain/period';
import { TeamRecordsCache, teamVersions, type TeamVersions } from '../db/changes';
import { loadOutcomeInput, type OutcomeScope } from '../outcomes/load';
import { loadTeamReportInput } from './load';

/**
 * One team's rows for a period (and coach): the report's own, and the outcome rows of its enrolments
 * for the support-plan share. `byCoach` is the rows split by coach, made when first asked for.
 */
type TeamRows = { input: TeamReportInput; planEnrolments: OutcomeEnrolment[]; byCoach?: Map<number, TeamReportInput> };

const NO_SHARE: TeamReportInput['supportPlanWithin90'] = { value: null, ids: [] };

// Each team's rows, kept until the next change in that team (the outcome dashboard's pattern): after a
// save in one team a county report reloads that team's rows only (all 40 teams' rows took ~1.5 s).
// A county's year is ~600 000 contacts in all, so only a few periods' worth are kept.
const teamRows = new TeamRecordsCache(120);

function rowsOfTeam(teamId: number, coachId: number | null, period: Period, versions: TeamVersions): TeamRows {
	return teamRows.get(`${teamId}|${coachId ?? ''}|${period.from}|${period.to}`, [teamId], () => loadTeamRows({ teamIds: [teamId], coachId }, period), versions);
}

function loadTeamRows(scope: OutcomeScope, period: Period): TeamRows {
	// Only the enrolments of the outcome rows are kept: the share reads nothing else.
	return { input: loadTeamReportInput(scope, period, NO_SHARE), planEnrolments: loadOutcomeInput(scope, period).enrolments };
}

const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;

/** The scope's rows: each team's (cached) rows joined, with the outcome report's support-plan share of the scope. */
export function scopeRows(scope: OutcomeScope, period: Period, today: string, versions: TeamVersions = teamVersions()): { input: TeamReportInput; teams: TeamRows[] } {
	const teams = [...new Set(scope.teamIds)].map((teamId) => rowsOfTeam(teamId, scope.coachId, period, versions));
	const planEnrolments = teams.length === 1 ? teams[0].planEnrolments : teams.flatMap((t) => t.planEnrolments).sort(byId);
	const share = supportPlanShare(planEnrolments, period, today);
	return { input: mergeTeamReportInputs(teams.map((t) => t.input), { value: share.value, ids: share.ids }), teams };
}

/** The numbers of the per-coach table (a lead's view of whole teams). */
export const COACH_KEYS = ['intake.entries', 'service.contacts', 'service.contactsPerClientMean', 'service.noShows', 'service.cancelledBookings', 'feedback.satisfactionMean', 'feedback.nps', 'followUp.due', 'followUp.recorded'] as const;
export type CoachRow = { coachId: number; values: Record<(typeof COACH_KEYS)[number], number | null> };

/** The same rules on one coach's rows, reduced to the table's numbers at once (no id lists kept). */
function coachRow(coachId: number, input: TeamReportInput, period: Period, today: string): CoachRow {
	const figures = new Map(teamReportFigures(computeTeamReport(input, period, today)).map((f) => [f.key, f.figure.value]));
	return { coachId, values: Object.fromEntries(COACH_KEYS.map((key) => [key, figures.get(key) ?? null])) as CoachRow['values'] };
}

// Each coach's numbers, kept until a change in a team the coach has rows in: after a save a county
// report recomputes that team's coaches only. Keyed by the teams of the coach's rows, so a coach's
// first row in another team gives a new key, and a team's and the county's views share an entry.
const coachRows = new TeamRecordsCache(2000);

/** Each coach with rows in the scope's teams, from each team's rows split by coach (whole teams only). */
export function coachFigures(teams: TeamRows[], teamIds: readonly number[], period: Period, today: string, versions: TeamVersions): CoachRow[] {
	const parts = new Map<number, { teamIds: number[]; inputs: TeamReportInput[] }>();
	teams.forEach((rows, i) => {
		rows.byCoach ??= inputsByCoach(rows.input);
		for (const [coachId, input] of rows.byCoach) {
			const part = parts.get(coachId) ?? { teamIds: [], inputs: [] };
			part.teamIds.push(teamIds[i]);
			part.inputs.push(input);
			parts.set(coachId, part);
		}
	});
	return [...parts].map(([coachId, part]) =>
		coachRows.get(`${coachId}|${part.teamIds.join(',')}|${period.from}|${period.to}|${today}`, part.teamIds, () => coachRow(coachId, mergeTeamReportInputs(part.inputs, NO_SHARE), period, today), versions)
	);
}

/** The report of a scope and, for whole teams, each coach's numbers, from each team's cached rows. */
export function computeFromTeams(scope: OutcomeScope, period: Period, today: string): { report: TeamReport; byCoach: CoachRow[] } {
	const versions = teamVersions();
	const { input, teams } = scopeRows(scope, period, today, versions);
	const report = computeTeamReport(input, period, today);
	if (scope.coachId !== null) return { report, byCoach: [] };
	return { report, byCoach: coachFigures(teams, [...new Set(scope.teamIds)], period, today, versions) };
}
