import { computeTeamReport, inputsByCoach, mergeTeamReportInputs, teamReportFigures, type TeamReport, type TeamReportInput } from '$lib/domain/team-report';
import { supportPlanShare, type OutcomeEnrolment } from '$lib/domain/outcomes';
import type { Period } from '$lib/domain/period';
import { TeamRecordsCache, teamVersions, type TeamVersions } from '../db/changes';
import { loadOutcomeInput, type OutcomeScope } from '../outcomes/load';
import { loadTeamReportInput } from './load';
import { compactContacts, expandContacts, type CompactContacts } from './compact';

/**
 * One team's rows for a period (and coach): the report's own with the contacts kept compact
 * (`contacts`; `input.contacts` is empty), the outcome rows of its enrolments for the support-plan
 * share, and the coaches the rows split into (`inputsByCoach`).
 */
type TeamRows = { input: TeamReportInput; contacts: CompactContacts; planEnrolments: OutcomeEnrolment[]; coachIds: number[] };

const NO_SHARE: TeamReportInput['supportPlanWithin90'] = { value: null, ids: [] };

// Each team's rows, kept until the next change in that team (the outcome dashboard's pattern): after a
// save in one team a county report reloads that team's rows only (all 40 teams' rows took ~1.5 s).
const teamRows = new TeamRecordsCache('team-report-rows', 120);

function rowsOfTeam(teamId: number, coachId: number | null, period: Period, versions: TeamVersions): TeamRows {
	return teamRows.get(`${teamId}|${coachId ?? ''}|${period.from}|${period.to}`, [teamId], () => loadTeamRows({ teamIds: [teamId], coachId }, period), versions);
}

function loadTeamRows(scope: OutcomeScope, period: Period): TeamRows {
	const input = loadTeamReportInput(scope, period, NO_SHARE);
	// Only the enrolments of the outcome rows are kept: the share reads nothing else.
	return { input: { ...input, contacts: [] }, contacts: compactContacts(input.contacts), planEnrolments: loadOutcomeInput(scope, period).enrolments, coachIds: [...inputsByCoach(input).keys()] };
}

/** A team's rows as the domain reads them (contacts made anew, in id order). */
const fullInput = (rows: TeamRows): TeamReportInput => ({ ...rows.input, contacts: expandContacts(rows.contacts) });

const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;

/** The scope's rows: each team's (cached) rows joined, with the outcome report's support-plan share of the scope. */
export function scopeRows(scope: OutcomeScope, period: Period, today: string, versions: TeamVersions = teamVersions()): { input: TeamReportInput; teams: TeamRows[] } {
	const teams = [...new Set(scope.teamIds)].map((teamId) => rowsOfTeam(teamId, scope.coachId, period, versions));
	const planEnrolments = teams.length === 1 ? teams[0].planEnrolments : teams.flatMap((t) => t.planEnrolments).sort(byId);
	const share = supportPlanShare(planEnrolments, period, today);
	return { input: mergeTeamReportInputs(teams.map(fullInput), { value: share.value, ids: share.ids }), teams };
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
const coachRows = new TeamRecordsCache('team-report-coaches', 2000);

/**
 * Each coach with rows in the scope's teams. A coach's numbers are computed again only after a change
 * in one of the teams of their rows; then each of those teams' rows is split by coach (once per call).
 */
export function coachFigures(teams: TeamRows[], teamIds: readonly number[], period: Period, today: string, versions: TeamVersions): CoachRow[] {
	const teamsOf = new Map<number, number[]>();
	teams.forEach((rows, i) => {
		for (const coachId of rows.coachIds) teamsOf.set(coachId, [...(teamsOf.get(coachId) ?? []), i]);
	});
	const splits = new Map<number, Map<number, TeamReportInput>>();
	const split = (i: number) => splits.get(i) ?? splits.set(i, inputsByCoach(fullInput(teams[i]))).get(i)!;
	return [...teamsOf].map(([coachId, indexes]) => {
		const ofCoach = indexes.map((i) => teamIds[i]);
		const compute = () => coachRow(coachId, mergeTeamReportInputs(indexes.map((i) => split(i).get(coachId)!), NO_SHARE), period, today);
		return coachRows.get(`${coachId}|${ofCoach.join(',')}|${period.from}|${period.to}|${today}`, ofCoach, compute, versions);
	});
}

/** The report of a scope and, for whole teams, each coach's numbers, from each team's cached rows. */
export function computeFromTeams(scope: OutcomeScope, period: Period, today: string): { report: TeamReport; byCoach: CoachRow[] } {
	const versions = teamVersions();
	const { input, teams } = scopeRows(scope, period, today, versions);
	const report = computeTeamReport(input, period, today);
	if (scope.coachId !== null) return { report, byCoach: [] };
	return { report, byCoach: coachFigures(teams, [...new Set(scope.teamIds)], period, today, versions) };
}
