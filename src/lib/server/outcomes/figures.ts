import { kykyviisariChange } from './kykyviisari';
import type { TeamMeanChange } from '$lib/domain/kykyviisari';
import { and, asc, eq } from 'drizzle-orm';
import { teamMembers, teams, users } from '../db/schema';
import { authorize, can, decideOutcomeScope, type Actor } from '../policy';
import { computeOutcomes, FIGURE_UNITS, inputsByCoach, mergeOutcomeInputs, quarterSummary, REPORT_KEYS, type FigureUnit, type OutcomeInput, type OutcomeReport, type QuarterSummary } from '$lib/domain/outcomes';
import { periodParams, quarterLabel, quartersEndingWith, type Period } from '$lib/domain/period';
import { TeamRecordsCache, teamVersions, type TeamVersions } from '../db/changes';
import { loadOutcomeInput, type OutcomeScope } from './load';
import { inJsonPlaceholder } from '../db/sql';
import { prepared } from '../db/prepared';

export type ResolvedScope = OutcomeScope & {
	/** What the URL said, to rebuild links: 'all' = every team the actor leads. */
	team: 'all' | number;
	teams: { id: number; name: string }[];
	/** Coaches the actor may pick (leads only). */
	coaches: { id: number; name: string; teamId: number }[];
	/** A lead's view of whole teams (exports, per-coach table). */
	isLeadView: boolean;
};

/**
 * Whose numbers the actor asked for (?team=all|<id>&coach=<id>): the policy decides (404 for
 * anything not allowed); this adds the names for the pickers.
 */
export function resolveScope(actor: Actor | null | undefined, params: URLSearchParams): ResolvedScope {
	const { teamIds, coachId, team, isLeadView, ledTeamIds } = decideOutcomeScope(actor, params.get('team'), params.get('coach'));
	return { teamIds, coachId, team, isLeadView, ...scopeLists(isLeadView ? ledTeamIds : teamIds, isLeadView ? teamIds : []) };
}

// Team and coach names for the pickers, on every outcome page: two prepared queries (a county lead's
// 40 teams and 400 coaches in about a millisecond), not kept between requests (docs/performance.md#caches).
const pickerQueries = prepared((db) => ({
	teams: db.select({ id: teams.id, name: teams.name }).from(teams).where(inJsonPlaceholder(teams.id, 'teamIds')).orderBy(asc(teams.name)).prepare(),
	coaches: db
		.select({ id: users.id, name: users.name, teamId: teamMembers.teamId })
		.from(teamMembers)
		.innerJoin(users, eq(users.id, teamMembers.userId))
		.where(and(inJsonPlaceholder(teamMembers.teamId, 'teamIds'), eq(teamMembers.role, 'coach')))
		.orderBy(asc(users.name))
		.prepare()
}));

function scopeLists(teamIds: number[], coachTeamIds: number[]): Pick<ResolvedScope, 'teams' | 'coaches'> {
	return {
		teams: pickerQueries().teams.all({ teamIds: JSON.stringify(teamIds) }),
		coaches: coachTeamIds.length ? pickerQueries().coaches.all({ teamIds: JSON.stringify(coachTeamIds) }) : []
	};
}

/** May the actor export the raw tables and the report of this scope? (Leads only.) */
export function canExport(actor: Actor, scope: OutcomeScope): boolean {
	return scope.teamIds.every((teamId) => can(actor, 'export', { kind: 'outcomes', teamId, coachId: scope.coachId }));
}

export function authorizeExport(actor: Actor, scope: OutcomeScope, raw: boolean): void {
	for (const teamId of scope.teamIds) {
		authorize(actor, 'export', { kind: 'outcomes', teamId, coachId: scope.coachId });
		if (raw) authorize(actor, 'export', { kind: 'team', teamId });
	}
}

// Figures asked for twice in one request (dashboard + per-coach table, report + export) are computed once.
const requestCache = new WeakMap<object, Map<string, unknown>>();

function cached<T>(holder: object, key: string, compute: () => T): T {
	let map = requestCache.get(holder);
	if (!map) requestCache.set(holder, (map = new Map()));
	if (!map.has(key)) map.set(key, compute());
	return map.get(key) as T;
}

const scopeKey = (scope: OutcomeScope) => `${scope.teamIds.join(',')}|${scope.coachId ?? ''}`;

/** Input rows for a scope and the union of the periods asked for; cached per request. */
export function outcomeInput(holder: object, scope: OutcomeScope, period: Period): OutcomeInput {
	return cached(holder, `input|${scopeKey(scope)}|${period.from}|${period.to}`, () => loadOutcomeInput(scope, period));
}

/** The report for a period, computed from `input` (which must cover the period). */
export function outcomeReport(holder: object, scope: OutcomeScope, input: OutcomeInput, period: Period, today: string): OutcomeReport {
	return cached(holder, `report|${scopeKey(scope)}|${period.from}|${period.to}|${today}`, () => computeOutcomes(input, period, today));
}

/** The report for exactly one period (report page, exports, records, CLI). */
export function periodReport(holder: object, scope: OutcomeScope, period: Period, today: string): OutcomeReport {
	return outcomeReport(holder, scope, outcomeInput(holder, scope, period), period, today);
}

export type FigureSummary = { key: string; value: number | null; unit: FigureUnit; counted: number; leftOut: number };
export type ReportSummary = { figures: Record<string, FigureSummary>; closingReasons: { reason: string; count: number }[] };

/** The figures without their id lists: what a page needs to show and link them. */
export function summariseReport(report: OutcomeReport): ReportSummary {
	const figures: Record<string, FigureSummary> = {};
	for (const key of REPORT_KEYS) {
		const f = report[key];
		figures[key] = { key, value: f.value, unit: FIGURE_UNITS[key], counted: f.ids.length, leftOut: f.excluded.length };
	}
	return { figures, closingReasons: report.closingReasons.map((c) => ({ reason: c.reason, count: c.figure.value ?? 0 })) };
}

export type QuarterFigures = QuarterSummary & { label: string; query: string };

export type CoachFigures = {
	coachId: number;
	served: number | null;
	worked: number | null;
	employmentRate: number | null;
	jobStarts: number | null;
	meanDaysToFirstEmployerContact: number | null;
	active: number;
	fte: number;
	perFte: number | null;
};

/** The dashboard's numbers only (no id lists, no names, no words): small enough to keep. */
export type DashboardFigures = ReportSummary & { quarters: QuarterFigures[]; byCoach: CoachFigures[] };

function quarterFigures(period: Period, summary: QuarterSummary): QuarterFigures {
	return { label: quarterLabel(period), query: periodParams(period), ...summary };
}

function coachFigures(coachId: number, report: OutcomeReport): CoachFigures {
	const caseload = report.caseloadByCoach.find((c) => c.coachId === coachId);
	return {
		coachId,
		served: report.served.value,
		worked: report.worked.value,
		employmentRate: report.employmentRate.value,
		jobStarts: report.jobStarts.value,
		meanDaysToFirstEmployerContact: report.meanDaysToFirstEmployerContact.value,
		active: caseload?.active ?? 0,
		fte: caseload?.fte ?? 0,
		perFte: caseload?.perFte ?? null
	};
}

// Each team's input rows, kept until the next change in that team: after a save in one team, a county
// dashboard reloads that team's rows only (loading all 40 teams took ~300 ms). Rows of the 4 quarters
// of a county are ~20 MB, so only a few periods' worth are kept.
const teamInputs = new TeamRecordsCache('outcome-team-inputs', 120);

/** A scope's input rows for a period, from each team's (cached) rows. */
function scopeInput(scope: OutcomeScope, period: Period, versions: TeamVersions): OutcomeInput {
	const ofTeam = (teamId: number) =>
		teamInputs.get(`${teamId}|${scope.coachId ?? ''}|${period.from}|${period.to}`, [teamId], () => loadOutcomeInput({ teamIds: [teamId], coachId: scope.coachId }, period), versions);
	return mergeOutcomeInputs([...new Set(scope.teamIds)].map(ofTeam));
}

// Each coach's figures in the lead's table, kept until a change in a team the coach has rows in:
// after a save, a county dashboard recomputes that team's coaches only (all 400 took ~100 ms).
const coachFiguresCache = new TeamRecordsCache('outcome-coach-figures', 2000);

/**
 * The dashboard: the period, the four quarters ending with it, and each coach (lead view), from one
 * load of rows. Each report is reduced to its numbers as soon as it is computed, so at most one
 * report's id lists are alive at a time (a county's reports hold tens of thousands of ids each).
 */
export function computeDashboard(scope: ResolvedScope, period: Period, today: string): DashboardFigures {
	const versions = teamVersions();
	const quarters = quartersEndingWith(period.to, 4);
	const union = { from: quarters[0].from < period.from ? quarters[0].from : period.from, to: period.to };
	const input = scopeInput(scope, union, versions);
	const main = computeOutcomes(input, period, today);
	const summary = summariseReport(main);
	// The quarter rows need a few headline numbers: the full report only for the period itself.
	const quarterRows = quarters.map((q) => quarterFigures(q, quarterSummary(input, q)));
	const byCoach: CoachFigures[] = [];
	if (scope.isLeadView && scope.coachId === null) {
		// One pass splits the rows by coach; the same rules then run on each coach's rows.
		const perCoach = inputsByCoach(input);
		const empty: OutcomeInput = { enrolments: [], placements: [], employerContacts: [], feedback: [], coaches: [] };
		for (const coachId of new Set(scope.coaches.map((c) => c.id))) {
			const coachInput = perCoach.get(coachId) ?? empty;
			// The teams the coach's rows come from, as they are now: a first row in another team changes
			// the set, and so the version, as a change within one of them does.
			const teams = [...coachInput.enrolments.map((e) => e.teamId), ...coachInput.coaches.map((c) => c.teamId)];
			const key = `${scopeKey(scope)}|${coachId}|${period.from}|${period.to}|${today}`;
			byCoach.push(coachFiguresCache.get(key, teams, () => coachFigures(coachId, computeOutcomes(coachInput, period, today)), versions));
		}
	}
	return { ...summary, quarters: quarterRows, byCoach };
}

// Computed figures kept until the next change in one of the scope's teams (TeamRecordsCache): a county
// lead's dashboard costs a few hundred ms to compute and is asked for again and again between changes.
const figuresCache = new TeamRecordsCache('outcome-figures', 200);

/** Everything that shapes a scope's figures: teams, coach, and whether the per-coach table is shown. */
const figuresScopeKey = (scope: ResolvedScope) => `${scopeKey(scope)}|${scope.isLeadView ? 'lead' : 'own'}`;

/** The dashboard's figures, computed once per version of the scope's teams (see `computeDashboard`). */
export function dashboardFigures(scope: ResolvedScope, period: Period, today: string): DashboardFigures {
	return figuresCache.get(`dashboard|${figuresScopeKey(scope)}|${period.from}|${period.to}|${today}`, scope.teamIds, () => computeDashboard(scope, period, today));
}

/** The report page's figures for one period, computed once per version of the scope's teams. */
export function reportFigures(scope: ResolvedScope, period: Period, today: string): ReportSummary {
	return figuresCache.get(`report|${figuresScopeKey(scope)}|${period.from}|${period.to}|${today}`, scope.teamIds, () => summariseReport(periodReport({}, scope, period, today)));
}

/** The Kykyviisari mean change per area for the scope and period, kept like the dashboard's figures. */
export function kykyviisariFigures(scope: ResolvedScope, period: Period): TeamMeanChange[] {
	return figuresCache.get(`kykyviisari|${figuresScopeKey(scope)}|${period.from}|${period.to}`, scope.teamIds, () => kykyviisariChange(scope, period));
}
