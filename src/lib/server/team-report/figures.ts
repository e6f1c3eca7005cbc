import { error } from '@sveltejs/kit';
import { isoDateInFinland, parseDate } from '$lib/domain/dates';
import { parsePeriodParams, periodContaining, periodParams, type PeriodChoice, type Period } from '$lib/domain/period';
import { computeTeamReport, type TeamReport } from '$lib/domain/team-report';
import { TeamRecordsCache } from '../db/changes';
import { canReadFeedbackText, type Actor } from '../policy';
import { canExport, periodReport, resolveScope, type ResolvedScope } from '../outcomes/figures';
import type { OutcomeScope } from '../outcomes/load';
import { loadTeamReportInput } from './load';
import { computeFromTeams, type CoachRow } from './inputs';

export { COACH_KEYS, type CoachRow } from './inputs';

/**
 * The team report of a scope and period in one load of the whole scope's rows and the outcome report's
 * support-plan share (the CLI's, and the reference the per-team path is tested against).
 */
export function computeTeamReportFor(scope: OutcomeScope, period: Period, today: string): TeamReport {
	const plan = periodReport({}, scope, period, today).shareSupportPlanWithin90;
	return computeTeamReport(loadTeamReportInput(scope, period, { value: plan.value, ids: plan.ids }), period, today);
}

// Kept until the next change in one of the scope's teams (the figures are asked for again by the
// records page, the exports and every reload of a printed report). Computing it reloads only the rows
// of the teams that changed (`computeFromTeams`).
const reportCache = new TeamRecordsCache('team-report', 100);

const cacheKey = (scope: OutcomeScope, period: Period) => `${scope.teamIds.join(',')}|${scope.coachId ?? ''}|${period.from}|${period.to}`;

/** The report and, for whole teams, each coach's numbers; computed once per version of the scope's teams. */
export function cachedTeamFigures(scope: OutcomeScope, period: Period, today: string): { report: TeamReport; byCoach: CoachRow[] } {
	return reportCache.get(`report|${cacheKey(scope, period)}|${today}`, scope.teamIds, () => computeFromTeams(scope, period, today));
}

export const cachedTeamReport = (scope: OutcomeScope, period: Period, today: string): TeamReport => cachedTeamFigures(scope, period, today).report;

/** Anything else computed from a scope's rows for a period, kept like the report (e.g. the free-text answers). */
export function cachedForScope<T>(what: string, scope: OutcomeScope, period: Period, compute: () => T): T {
	return reportCache.get(`${what}|${cacheKey(scope, period)}`, scope.teamIds, compute);
}

/** Why a period cannot be reported: its end is before its start, or it is otherwise unreadable. */
export type PeriodProblem = 'end-before-start' | 'invalid' | null;

export type TeamReportContext = {
	today: string;
	scope: ResolvedScope;
	choice: PeriodChoice;
	problem: PeriodProblem;
	/** Period and scope URL parameters, for links to records, exports and the outcome report. */
	query: string;
	scopeQuery: string;
	canExport: boolean;
	/** The feedback's free-text answers: the lead of every team in scope only. */
	showsFreeText: boolean;
};

/** Year by default; an unreadable period is reported as a problem (no figures) instead of replaced. */
export function parseReportPeriod(params: URLSearchParams, today: string): { choice: PeriodChoice; problem: PeriodProblem } {
	if (!params.get('period')) return { choice: { kind: 'year', period: periodContaining('year', today), at: today, invalid: false }, problem: null };
	const choice = parsePeriodParams(params, today);
	if (!choice.invalid) return { choice, problem: null };
	const from = parseDate(params.get('from') ?? '');
	const to = parseDate(params.get('to') ?? '');
	const backwards = params.get('period') === 'custom' && from !== null && to !== null && to < from;
	// Keep what was typed in the picker, so it can be corrected.
	const shown = backwards ? { ...choice, kind: 'custom' as const, period: { from, to } } : choice;
	return { choice: shown, problem: backwards ? 'end-before-start' : 'invalid' };
}

/** Who may see which figures (the outcome scope: 404 for other teams and employers), and for which period. */
export function requireTeamReportContext(actor: Actor | null | undefined, url: URL): TeamReportContext {
	const scope = resolveScope(actor, url.searchParams);
	const today = isoDateInFinland();
	const { choice, problem } = parseReportPeriod(url.searchParams, today);
	const scopeQuery = `team=${scope.team}${url.searchParams.get('coach') ? `&coach=${scope.coachId}` : ''}`;
	return {
		today,
		scope,
		choice,
		problem,
		query: `${periodParams(choice.period)}&${scopeQuery}`,
		scopeQuery,
		canExport: canExport(actor!, scope),
		showsFreeText: canReadFeedbackText(actor!, scope.teamIds)
	};
}

/** The figures of a context whose period is readable (404 otherwise: records and exports need one). */
export function contextReport(ctx: TeamReportContext): TeamReport {
	if (ctx.problem) error(404, 'Not found');
	return cachedTeamReport(ctx.scope, ctx.choice.period, ctx.today);
}
