import { and, desc, eq, gte, lte, or, isNotNull, sql } from 'drizzle-orm';
import { getDb } from '../db';
import { anonymousFeedback, clientFeedback, enrolments } from '../db/schema';
import { audit } from '../audit';
import { teamReportFigures, type TeamReportUnit } from '$lib/domain/team-report';
import type { Period } from '$lib/domain/period';
import type { OutcomeScope } from '../outcomes/load';
import { cachedForScope, cachedTeamFigures, requireTeamReportContext } from './figures';

export type FigureCell = { value: number | null; unit: TeamReportUnit; counted: number };
export type FreeTextAnswer = { date: string; satisfaction: number; recommend: number | null; comment: string | null; improvement: string | null };

/** Coaches per page of the per-coach table (as the outcome dashboard's). */
export const COACH_PAGE_SIZE = 50;

/** Free-text answers shown at most (newest first). */
const FREE_TEXT_LIMIT = 200;

/** The period's free-text answers of the scope's teams, named and anonymous alike, without anything naming a client. */
export function feedbackTexts(scope: OutcomeScope, period: Period): FreeTextAnswer[] {
	const db = getDb();
	const teamIds = JSON.stringify([...new Set(scope.teamIds)]);
	const pick = <T extends typeof clientFeedback | typeof anonymousFeedback>(t: T) => ({ date: t.date, satisfaction: t.satisfaction, recommend: t.recommend, comment: t.comment, improvement: t.improvement });
	const named = db
		.select(pick(clientFeedback))
		.from(clientFeedback)
		.innerJoin(enrolments, eq(enrolments.id, clientFeedback.enrolmentId))
		.where(and(sql`${enrolments.teamId} in (select value from json_each(${teamIds}))`, scope.coachId !== null ? eq(enrolments.coachId, scope.coachId) : undefined, gte(clientFeedback.date, period.from), lte(clientFeedback.date, period.to), or(isNotNull(clientFeedback.comment), isNotNull(clientFeedback.improvement))))
		.orderBy(desc(clientFeedback.date))
		.limit(FREE_TEXT_LIMIT)
		.all();
	const anonymous =
		scope.coachId === null
			? db
					.select(pick(anonymousFeedback))
					.from(anonymousFeedback)
					.where(and(sql`${anonymousFeedback.teamId} in (select value from json_each(${teamIds}))`, gte(anonymousFeedback.date, period.from), lte(anonymousFeedback.date, period.to), or(isNotNull(anonymousFeedback.comment), isNotNull(anonymousFeedback.improvement))))
					.orderBy(desc(anonymousFeedback.date))
					.limit(FREE_TEXT_LIMIT)
					.all()
			: [];
	return [...named, ...anonymous].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, FREE_TEXT_LIMIT);
}

/**
 * The team report page: the policy's scope first (404 for other teams and employers), then the
 * figures without their id lists; a period that cannot be read gives a problem and no figures. The
 * free-text answers (leads only) are a read of what clients wrote, so that read is audit-logged.
 */
export function loadTeamReportPage(locals: App.Locals, url: URL) {
	const ctx = requireTeamReportContext(locals.actor, url);
	const { scope } = ctx;
	const coachName = scope.coachId !== null ? (scope.coaches.find((c) => c.id === scope.coachId)?.name ?? null) : null;
	const base = {
		choice: ctx.choice,
		problem: ctx.problem,
		query: ctx.query,
		scopeQuery: ctx.scopeQuery,
		canExport: ctx.canExport,
		today: ctx.today,
		scope: { team: scope.team, coachId: scope.coachId, isLeadView: scope.isLeadView, teams: scope.teams, coaches: scope.coaches.map((c) => ({ id: c.id, name: c.name })) },
		teamNames: scope.teams.filter((t) => scope.teamIds.includes(t.id)).map((t) => t.name),
		coachName,
		ownNumbers: !scope.isLeadView,
		showsFreeText: ctx.showsFreeText
	};
	if (ctx.problem) return { ...base, figures: null, byCoach: [], coachPage: 1, coachPages: 1, freeText: [] as FreeTextAnswer[] };
	const { report, byCoach } = cachedTeamFigures(scope, ctx.choice.period, ctx.today);
	// Each coach the lead may pick, with their numbers (a coach without rows shows no values).
	const valuesOf = new Map(byCoach.map((row) => [row.coachId, row.values]));
	// A county lead has hundreds of coaches: the table is paged as the outcome dashboard's (?page=).
	const coaches = scope.isLeadView && scope.coachId === null ? [...new Map(scope.coaches.map((c) => [c.id, c.name]))] : [];
	const coachPages = Math.max(1, Math.ceil(coaches.length / COACH_PAGE_SIZE));
	const coachPage = Math.min(coachPages, Math.max(1, Math.trunc(Number(url.searchParams.get('page'))) || 1));
	const coachRows = coaches.slice((coachPage - 1) * COACH_PAGE_SIZE, coachPage * COACH_PAGE_SIZE).map(([id, name]) => ({ id, name, values: valuesOf.get(id) ?? null }));
	const figures: Record<string, FigureCell> = {};
	for (const { key, unit, figure } of teamReportFigures(report)) figures[key] = { value: figure.value, unit, counted: figure.ids.length + (figure.anonymousIds?.length ?? 0) };
	const freeText = ctx.showsFreeText ? cachedForScope('texts', scope, ctx.choice.period, () => feedbackTexts(scope, ctx.choice.period)) : [];
	if (freeText.length > 0) {
		audit({
			actor: locals.actor,
			action: 'read',
			entity: 'team-report-feedback',
			teamId: scope.teamIds.length === 1 ? scope.teamIds[0] : null,
			view: url.pathname,
			details: JSON.stringify({ period: ctx.choice.period, teams: scope.teamIds, coach: scope.coachId, answers: freeText.length })
		});
	}
	return { ...base, figures, byCoach: coachRows, coachPage, coachPages, freeText };
}
