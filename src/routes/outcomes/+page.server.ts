import type { PageServerLoad } from './$types';
import { dashboardFigures, kykyviisariFigures } from '$lib/server/outcomes/figures';
import { requireOutcomesContext } from '$lib/server/outcomes/request';
import { periodParams } from '$lib/domain/period';

/** Coaches per page of the per-coach table (a county lead has hundreds). */
const COACH_PAGE_SIZE = 50;

export const load: PageServerLoad = ({ locals, url }) => {
	const ctx = requireOutcomesContext(locals.actor, url);
	const { figures, closingReasons, quarters, byCoach } = dashboardFigures(ctx.scope, ctx.choice.period, ctx.today);
	const coachNames = new Map(ctx.scope.coaches.map((c) => [c.id, c.name]));
	const coachPages = Math.max(1, Math.ceil(byCoach.length / COACH_PAGE_SIZE));
	const coachPage = Math.min(coachPages, Math.max(1, Math.trunc(Number(url.searchParams.get('page'))) || 1));
	return {
		choice: ctx.choice,
		periodQuery: periodParams(ctx.choice.period),
		scopeQuery: ctx.scopeQuery,
		canExport: ctx.canExport,
		scope: {
			team: ctx.scope.team,
			coachId: ctx.scope.coachId,
			isLeadView: ctx.scope.isLeadView,
			teams: ctx.scope.teams,
			coaches: [...coachNames].map(([id, name]) => ({ id, name }))
		},
		figures,
		closingReasons,
		quarters,
		byCoach: byCoach.slice((coachPage - 1) * COACH_PAGE_SIZE, coachPage * COACH_PAGE_SIZE).map((c) => ({ ...c, name: coachNames.get(c.coachId) ?? String(c.coachId) })),
		coachPage,
		coachPages,
		kykyviisari: kykyviisariFigures(ctx.scope, ctx.choice.period)
	};
};
