import type { PageServerLoad } from './$types';
import { reportFigures } from '$lib/server/outcomes/figures';
import { requireOutcomesContext } from '$lib/server/outcomes/request';
import { periodParams } from '$lib/domain/period';
import { REPORT_KEYS } from '$lib/domain/outcomes';

export const load: PageServerLoad = ({ locals, url }) => {
	const ctx = requireOutcomesContext(locals.actor, url);
	const coach = ctx.scope.coachId !== null ? ctx.scope.coaches.find((c) => c.id === ctx.scope.coachId)?.name ?? null : null;
	return {
		choice: ctx.choice,
		keys: [...REPORT_KEYS],
		...reportFigures(ctx.scope, ctx.choice.period, ctx.today),
		teamNames: ctx.scope.teams.filter((t) => ctx.scope.teamIds.includes(t.id)).map((t) => t.name),
		coachName: coach,
		ownNumbers: !ctx.scope.isLeadView,
		today: ctx.today,
		canExport: ctx.canExport,
		query: `${periodParams(ctx.choice.period)}&${ctx.scopeQuery}`
	};
};
