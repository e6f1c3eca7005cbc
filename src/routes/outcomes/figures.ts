import * as m from '$lib/paraglide/messages';
import { formatNumber, formatPercent } from '$lib/format';

type MessageFn = (params?: Record<string, unknown>) => string;
const catalogue = m as unknown as Record<string, MessageFn | undefined>;

/** A catalogue message by computed key (figure, reason and code labels); the key itself if missing. */
export function label(key: string, params: Record<string, unknown> = {}): string {
	return catalogue[key]?.(params) ?? key;
}

export const figureLabel = (key: string) => label(`outcomes_fig_${key}`);
export const figureDefinition = (key: string) => label(`outcomes_def_${key}`);
export const closingReasonLabel = (reason: string) => label(`outcomes_closing_${reason.replaceAll('-', '_')}`);
export const exclusionLabel = (reason: string) => label(`outcomes_reason_${reason.replaceAll('-', '_')}`);

/** A figure's value in the UI language; "no value" (not 0) for an empty denominator. */
export function formatFigure(value: number | null | undefined, unit: string): string {
	if (value === null || value === undefined) return m.outcomes_no_value();
	switch (unit) {
		case 'fraction':
			return formatPercent(value, 1);
		case 'days':
			return m.outcomes_unit_days({ value: formatNumber(value, 1) });
		case 'weeks':
			return m.outcomes_unit_weeks({ value: formatNumber(value, 1) });
		case 'hours':
			return m.outcomes_unit_hours({ value: formatNumber(value, 1) });
		case 'grade':
			return formatNumber(value, 2);
		case 'ratio':
			return formatNumber(value, 1);
		default:
			return formatNumber(value, 0);
	}
}

/** Percent for chart axes (fractions 0–1 → 0–100). */
export const toPercent = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/** The records behind a figure (its drill-down list), in the view's scope; the view's period unless another is given. */
export const recordsHref = (view: { periodQuery: string; scopeQuery: string }, figure: string, periodQuery = view.periodQuery) =>
	`/outcomes/records?figure=${encodeURIComponent(figure)}&${periodQuery}&${view.scopeQuery}`;

/** The columns of a figures table (dashboard headline figures, printable report). */
export const figureColumns = () => [m.outcomes_figure(), { label: m.outcomes_value(), numeric: true }, { label: m.outcomes_records(), numeric: true }, { label: m.outcomes_left_out(), numeric: true }];
