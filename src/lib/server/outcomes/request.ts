import type { Actor } from '../policy';
import { isoDateInFinland } from '$lib/domain/dates';
import { parsePeriodParams, type PeriodChoice } from '$lib/domain/period';
import { canExport, resolveScope, type ResolvedScope } from './figures';

export type OutcomesContext = {
	today: string;
	scope: ResolvedScope;
	choice: PeriodChoice;
	/** team/coach URL parameters to carry over into links. */
	scopeQuery: string;
	canExport: boolean;
};

/** What every outcomes page starts with: who may see what (404 otherwise), and for which period. */
export function requireOutcomesContext(actor: Actor | null | undefined, url: URL): OutcomesContext {
	const scope = resolveScope(actor, url.searchParams);
	const today = isoDateInFinland();
	const coachParam = url.searchParams.get('coach');
	return {
		today,
		scope,
		choice: parsePeriodParams(url.searchParams, today),
		scopeQuery: `team=${scope.team}${coachParam ? `&coach=${scope.coachId}` : ''}`,
		canExport: canExport(actor!, scope)
	};
}

export { summariseReport, type FigureSummary } from './figures';
