/** Intake profile: who came in the period (docs/domain/team-report.md#intake-profile). */
import { inPeriod, type Period } from '../period';
import { REFERRAL_SOURCES, SITUATIONS_AT_REFERRAL } from '../vocabularies';
import { countByCode, mean, roundOne, teamFigure } from './figure';
import { UNEMPLOYMENT_BANDS, type IntakeFigures, type TeamReportEnrolment, type UnemploymentBand } from './types';

/** Enrolments whose entry (agreement) date lies in the period. */
export function entrants(enrolments: readonly TeamReportEnrolment[], period: Period): TeamReportEnrolment[] {
	return enrolments.filter((e) => inPeriod(e.entryDate, period));
}

/** Age at entry = entry year − birth year; null without a birth year or entry. */
export function ageAtEntry(e: Pick<TeamReportEnrolment, 'entryDate' | 'birthYear'>): number | null {
	if (e.birthYear === null || e.entryDate === null) return null;
	return Number(e.entryDate.slice(0, 4)) - e.birthYear;
}

/**
 * Time out of work at referral, in months, as a band. Each band's upper bound is included and its
 * lower bound excluded, except the first: 0–3 months holds 0 and 3, 3–12 holds 4..12, 1–3 years
 * 13..36, over 3 years 37 and up. No value (or a negative one) = unknown.
 */
export function unemploymentBand(months: number | null): UnemploymentBand {
	if (months === null || months < 0) return 'unknown';
	if (months <= 3) return '0-3m';
	if (months <= 12) return '3-12m';
	if (months <= 36) return '1-3y';
	return 'over-3y';
}

export function intakeFigures(enrolments: readonly TeamReportEnrolment[], period: Period): IntakeFigures {
	const entries = entrants(enrolments, period);
	const aged = entries.filter((e) => ageAtEntry(e) !== null);
	const ages = aged.map((e) => ageAtEntry(e)!);
	const min = ages.reduce((a, b) => Math.min(a, b), Infinity);
	const max = ages.reduce((a, b) => Math.max(a, b), -Infinity);
	const meanAge = mean(ages);
	const bands = Object.fromEntries(
		UNEMPLOYMENT_BANDS.map((band) => {
			const ids = entries.filter((e) => unemploymentBand(e.unemploymentMonths) === band).map((e) => e.id);
			return [band, teamFigure('enrolment', ids.length, ids)];
		})
	) as IntakeFigures['unemploymentBands'];
	return {
		entries: teamFigure('enrolment', entries.length, entries.map((e) => e.id)),
		ageMean: teamFigure('enrolment', meanAge === null ? null : roundOne(meanAge), aged.map((e) => e.id)),
		ageMin: teamFigure('enrolment', ages.length ? min : null, aged.filter((e) => ageAtEntry(e) === min).map((e) => e.id)),
		ageMax: teamFigure('enrolment', ages.length ? max : null, aged.filter((e) => ageAtEntry(e) === max).map((e) => e.id)),
		unemploymentBands: bands,
		referralSources: countByCode('enrolment', entries, (e) => e.referralSource, REFERRAL_SOURCES),
		situations: countByCode('enrolment', entries, (e) => e.situationAtReferral ?? 'unknown', [...SITUATIONS_AT_REFERRAL, 'unknown'])
	};
}
