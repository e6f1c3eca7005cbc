import type { Actor } from '../policy';
import { isoDateInFinland } from '$lib/domain/dates';
import { parsePeriodParams, type PeriodChoice } from '$lib/domain/outcomes-period';
import { FIGURE_UNITS, REPORT_KEYS, type FigureUnit, type OutcomeReport } from '$lib/domain/outcomes';
import { canExport, resolveScope, type ResolvedScope } from './service';

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

export type FigureSummary = { key: string; value: number | null; unit: FigureUnit; counted: number; leftOut: number };

/** The figures without their id lists: what a page needs to show and link them. */
export function summariseReport(report: OutcomeReport): { figures: Record<string, FigureSummary>; closingReasons: { reason: string; count: number }[] } {
	const figures: Record<string, FigureSummary> = {};
	for (const key of REPORT_KEYS) {
		const f = report[key];
		figures[key] = { key, value: f.value, unit: FIGURE_UNITS[key], counted: f.ids.length, leftOut: f.excluded.length };
	}
	return { figures, closingReasons: report.closingReasons.map((c) => ({ reason: c.reason, count: c.figure.value ?? 0 })) };
}
