/** The report's figure keys: which the CLI and JSON export print, their order and their units. */
import type { FigureKey, OutcomeReport } from './types';

/** The figures the CLI and the JSON export print, with the keys of issue #7. */
export const HEADLINE_KEYS = [
	'served',
	'worked',
	'workedInclSubsidy',
	'employmentRate',
	'employmentRateInclSubsidy',
	'employmentRateOutOfWork',
	'employmentRateOutOfWorkInclSubsidy',
	'jobStarts',
	'clientsWithFirstJobStart',
	'meanDaysToFirstEmployerContact',
	'medianDaysToFirstEmployerContact',
	'meanDaysToFirstJob',
	'medianDaysToFirstJob'
] as const satisfies readonly FigureKey[];

/** All single-number figures in report order (headline first). */
export const REPORT_KEYS = [
	...HEADLINE_KEYS,
	'servedOutOfWork',
	'workedOutOfWork',
	'workedOutOfWorkInclSubsidy',
	'meanDaysToSupportPlan',
	'shareSupportPlanWithin90',
	'meanTenureWeeks',
	'longestTenureWeeks',
	'shareWorkingAt90Days',
	'meanHoursPerWeek',
	'endingsSatisfactory',
	'endingsUnsatisfactory',
	'activeEnrolments',
	'caseloadPerCoach',
	'meanSatisfaction',
	'meanRecommend'
] as const satisfies readonly FigureKey[];

export type FigureUnit = 'count' | 'fraction' | 'days' | 'weeks' | 'hours' | 'ratio' | 'grade';

export const FIGURE_UNITS: Record<FigureKey, FigureUnit> = {
	served: 'count',
	worked: 'count',
	workedInclSubsidy: 'count',
	servedOutOfWork: 'count',
	workedOutOfWork: 'count',
	workedOutOfWorkInclSubsidy: 'count',
	employmentRate: 'fraction',
	employmentRateInclSubsidy: 'fraction',
	employmentRateOutOfWork: 'fraction',
	employmentRateOutOfWorkInclSubsidy: 'fraction',
	jobStarts: 'count',
	clientsWithFirstJobStart: 'count',
	meanDaysToFirstEmployerContact: 'days',
	medianDaysToFirstEmployerContact: 'days',
	meanDaysToFirstJob: 'days',
	medianDaysToFirstJob: 'days',
	meanDaysToSupportPlan: 'days',
	shareSupportPlanWithin90: 'fraction',
	meanTenureWeeks: 'weeks',
	longestTenureWeeks: 'weeks',
	shareWorkingAt90Days: 'fraction',
	meanHoursPerWeek: 'hours',
	endingsSatisfactory: 'count',
	endingsUnsatisfactory: 'count',
	activeEnrolments: 'count',
	caseloadPerCoach: 'ratio',
	meanSatisfaction: 'grade',
	meanRecommend: 'grade'
};

export function isFigureKey(value: string): value is FigureKey {
	// Own keys only: `in` would also accept "toString" and the other Object.prototype names from a URL.
	return Object.hasOwn(FIGURE_UNITS, value);
}

/** The headline figures as the CLI's JSON object. */
export function headlineJson(report: OutcomeReport): Record<(typeof HEADLINE_KEYS)[number], number | null> {
	return Object.fromEntries(HEADLINE_KEYS.map((k) => [k, report[k].value])) as Record<(typeof HEADLINE_KEYS)[number], number | null>;
}
