import { KYKYVIISARI_AREAS } from './vocabularies';
import { daysBetween } from './dates';
import { inPeriod, type Period } from './period';

/**
 * Kykyviisari results and what Polku derives from them (docs/domain/work-ability.md#kykyviisari).
 * Pure: results come in as entered numbers; the questionnaire is never stored.
 */

export type KykyviisariArea = (typeof KYKYVIISARI_AREAS)[number];

/** The property (and form field) that holds each area's result. */
export const AREA_FIELDS = {
	wellbeing: 'wellbeing',
	participation: 'participation',
	mind: 'mind',
	'everyday-life': 'everydayLife',
	skills: 'skills',
	body: 'body',
	'work-and-future': 'workAndFuture'
} as const satisfies Record<KykyviisariArea, string>;
export type AreaField = (typeof AREA_FIELDS)[KykyviisariArea];

export type KykyviisariResult = { date: string; linkSentOn: string | null; overall: number } & Record<AreaField, number | null>;

/** Every result (overall and per area) is on TTL's 0–10 scale. */
export const RESULT_MIN = 0;
export const RESULT_MAX = 10;
/** An area result below this makes the plan page suggest that area's services (Polku's choice, not TTL's). */
export const LOW_AREA_RESULT = 6;
/** Days from the start of coaching before a client without a result is flagged, unless the team sets its own. */
export const DEFAULT_KYKYVIISARI_GRACE_DAYS = 30;

export type Measure = KykyviisariArea | 'overall';
export const MEASURES: readonly Measure[] = ['overall', ...KYKYVIISARI_AREAS];

function valueOf(result: KykyviisariResult, measure: Measure): number | null {
	return measure === 'overall' ? result.overall : result[AREA_FIELDS[measure]];
}

const byDate = (a: KykyviisariResult, b: KykyviisariResult) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export type MeasureChange = { first: number; latest: number; change: number; firstDate: string; latestDate: string };

/** One client's change in a measure: its first result against its latest; null with fewer than two results for it. */
export function measureChange(results: readonly KykyviisariResult[], measure: Measure): MeasureChange | null {
	const withValue = results.filter((r) => valueOf(r, measure) !== null).sort(byDate);
	if (withValue.length < 2) return null;
	const first = withValue[0];
	const latest = withValue[withValue.length - 1];
	const a = valueOf(first, measure) as number;
	const b = valueOf(latest, measure) as number;
	return { first: a, latest: b, change: oneDecimal(b - a), firstDate: first.date, latestDate: latest.date };
}

/** The client's change in every measure, overall first, then the areas in TTL's order. */
export function clientChanges(results: readonly KykyviisariResult[]): { measure: Measure; change: MeasureChange | null }[] {
	return MEASURES.map((measure) => ({ measure, change: measureChange(results, measure) }));
}

export type TeamMeanChange = { measure: Measure; clients: number; meanChange: number | null };

/**
 * The team's mean change per measure for a period: for every client whose latest result for the
 * measure up to the period's end is dated inside the period and who has an earlier one, latest minus
 * first; the mean over those clients. A client counts once per measure.
 */
export function teamMeanChanges(clients: readonly (readonly KykyviisariResult[])[], period: Period): TeamMeanChange[] {
	return MEASURES.map((measure) => {
		const changes: number[] = [];
		for (const results of clients) {
			const change = measureChange(results.filter((r) => r.date <= period.to), measure);
			if (change && inPeriod(change.latestDate, period)) changes.push(change.change);
		}
		const meanChange = changes.length > 0 ? oneDecimal(changes.reduce((sum, c) => sum + c, 0) / changes.length) : null;
		return { measure, clients: changes.length, meanChange };
	});
}

/** The latest result's low areas, lowest first: the plan page suggests their services. */
export function lowAreas(results: readonly KykyviisariResult[]): KykyviisariArea[] {
	const latest = [...results].sort(byDate).at(-1);
	if (!latest) return [];
	return KYKYVIISARI_AREAS.filter((area) => {
		const value = latest[AREA_FIELDS[area]];
		return value !== null && value < LOW_AREA_RESULT;
	}).sort((a, b) => (latest[AREA_FIELDS[a]] as number) - (latest[AREA_FIELDS[b]] as number));
}

/** Every client fills in Kykyviisari: missing once the grace period from the start of coaching has passed. */
export function kykyviisariMissing(input: { startDate: string; hasResult: boolean; today: string; graceDays: number }): boolean {
	return !input.hasResult && daysBetween(input.startDate, input.today) > input.graceDays;
}

/** Date rules of one result; field → message key. Ranges are checked by the form schema. */
export function resultDateErrors(input: { date: string; linkSentOn: string | null }, today: string): Record<string, string> {
	const errors: Record<string, string> = {};
	if (input.date > today) errors.date = 'err_date_future';
	if (input.linkSentOn !== null) {
		if (input.linkSentOn > today) errors.linkSentOn = 'err_date_future';
		else if (input.linkSentOn > input.date) errors.linkSentOn = 'clients_err_kyky_link_after_done';
	}
	return errors;
}
