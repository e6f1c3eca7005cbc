/** The whole team report, its JSON (the CLI's contract) and its figures by key (records, exports). */
import { KYKYVIISARI_AREAS } from '../vocabularies';
import type { Period } from '../period';
import { changeFigures } from './change';
import { feedbackFigures } from './feedback';
import { followUpFigures } from './follow-up';
import { intakeFigures } from './intake';
import { serviceFigures } from './service';
import { UNEMPLOYMENT_BANDS, type TeamFigure, type TeamReport, type TeamReportInput, type UnemploymentBand } from './types';

/** `today` decides which follow-ups are due. */
export function computeTeamReport(input: TeamReportInput, period: Period, today: string): TeamReport {
	return {
		period,
		intake: intakeFigures(input.enrolments, period),
		service: serviceFigures(input, period),
		change: changeFigures(input, period),
		feedback: feedbackFigures(input.feedback, input.anonymousFeedback, period),
		followUp: followUpFigures(input.enrolments, input.followUps, period, today)
	};
}

/** Exactly the keys of issue #22, in its order (docs/domain/team-report.md#exports-and-cli). */
export type TeamReportJson = {
	entries: number;
	ageMean: number | null;
	ageMin: number | null;
	ageMax: number | null;
	unemploymentBands: Record<UnemploymentBand, number>;
	referralSources: Record<string, number>;
	contacts: number;
	contactsPerClientMean: number | null;
	cancelledBookings: number;
	noShows: number;
	networkMeetings: number;
	consultations: number;
	anonymousConsultations: number;
	referrals: Record<string, number>;
	referralWaitMedianDays: number | null;
	shareSupportPlanWithin90: number | null;
	kykyviisariShare: number | null;
	kykyviisariMeanChange: Record<string, number | null>;
	satisfactionMean: number | null;
	satisfactionAnswers: number;
	nps: number | null;
	npsAnswers: number;
	followUp3m: { due: number; recorded: number; working: number };
};

const num = (f: TeamFigure) => f.value ?? 0;
const values = (figures: Record<string, TeamFigure>) => Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, num(f)]));

export function teamReportJson(r: TeamReport): TeamReportJson {
	const change = new Map(r.change.kykyviisariMeanChange.map((c) => [c.measure, c.figure.value]));
	return {
		entries: num(r.intake.entries),
		ageMean: r.intake.ageMean.value,
		ageMin: r.intake.ageMin.value,
		ageMax: r.intake.ageMax.value,
		unemploymentBands: Object.fromEntries(UNEMPLOYMENT_BANDS.map((b) => [b, num(r.intake.unemploymentBands[b])])) as Record<UnemploymentBand, number>,
		referralSources: values(r.intake.referralSources),
		contacts: num(r.service.contacts),
		contactsPerClientMean: r.service.contactsPerClientMean.value,
		cancelledBookings: num(r.service.cancelledBookings),
		noShows: num(r.service.noShows),
		networkMeetings: num(r.service.networkMeetings),
		consultations: num(r.service.consultations),
		anonymousConsultations: num(r.service.anonymousConsultations),
		referrals: values(r.service.referrals),
		referralWaitMedianDays: r.service.referralWaitMedianDays.value,
		shareSupportPlanWithin90: r.service.shareSupportPlanWithin90.value,
		kykyviisariShare: r.change.kykyviisariShare.value,
		// The seven areas (the overall result is shown on the page beside them).
		kykyviisariMeanChange: Object.fromEntries(KYKYVIISARI_AREAS.map((area) => [area, change.get(area) ?? null])),
		satisfactionMean: r.feedback.satisfactionMean.value,
		satisfactionAnswers: num(r.feedback.satisfactionAnswers),
		nps: r.feedback.nps.value,
		npsAnswers: num(r.feedback.npsAnswers),
		followUp3m: { due: num(r.followUp.due), recorded: num(r.followUp.recorded), working: num(r.followUp.working) }
	};
}

export type TeamReportUnit = 'count' | 'fraction' | 'mean' | 'days' | 'score' | 'change';

/** One figure of the report with its key (`section.name` or `section.group:code`) and unit. */
export type KeyedFigure = { key: string; unit: TeamReportUnit; figure: TeamFigure };

/**
 * Every figure of the report in report order, keyed for links and exports: `intake.entries`,
 * `intake.referralSources:kela`, `change.kykyviisariMeanChange:body`, …
 */
export function teamReportFigures(r: TeamReport): KeyedFigure[] {
	const out: KeyedFigure[] = [];
	const one = (key: string, unit: TeamReportUnit, figure: TeamFigure) => out.push({ key, unit, figure });
	const group = (key: string, unit: TeamReportUnit, figures: Record<string, TeamFigure>) => {
		for (const [code, figure] of Object.entries(figures)) one(`${key}:${code}`, unit, figure);
	};
	const { intake: i, service: s, change: c, feedback: f, followUp: u } = r;
	one('intake.entries', 'count', i.entries);
	one('intake.ageMean', 'mean', i.ageMean);
	one('intake.ageMin', 'count', i.ageMin);
	one('intake.ageMax', 'count', i.ageMax);
	group('intake.unemploymentBands', 'count', i.unemploymentBands);
	group('intake.referralSources', 'count', i.referralSources);
	group('intake.situations', 'count', i.situations);
	one('service.contacts', 'count', s.contacts);
	group('service.contactsByMode', 'count', s.contactsByMode);
	group('service.contactsByPlace', 'count', s.contactsByPlace);
	one('service.contactsPerClientMean', 'mean', s.contactsPerClientMean);
	one('service.contactsPerClientMedian', 'mean', s.contactsPerClientMedian);
	for (const k of ['cancelledBookings', 'noShows', 'networkMeetings', 'consultations', 'anonymousConsultations'] as const) one(`service.${k}`, 'count', s[k]);
	group('service.referrals', 'count', s.referrals);
	one('service.referralWaitMedianDays', 'days', s.referralWaitMedianDays);
	group('service.referralWaitMedianByKind', 'days', s.referralWaitMedianByKind);
	one('service.shareSupportPlanWithin90', 'fraction', s.shareSupportPlanWithin90);
	one('change.kykyviisariShare', 'fraction', c.kykyviisariShare);
	for (const m of c.kykyviisariMeanChange) one(`change.kykyviisariMeanChange:${m.measure}`, 'change', m.figure);
	one('feedback.satisfactionMean', 'mean', f.satisfactionMean);
	one('feedback.satisfactionAnswers', 'count', f.satisfactionAnswers);
	one('feedback.satisfactionAtTarget', 'fraction', f.satisfactionAtTarget);
	one('feedback.nps', 'score', f.nps);
	for (const k of ['npsAnswers', 'promoters', 'passives', 'detractors'] as const) one(`feedback.${k}`, 'count', f[k]);
	for (const k of ['due', 'recorded', 'working'] as const) one(`followUp.${k}`, 'count', u[k]);
	group('followUp.situations', 'count', u.situations);
	return out;
}

/** The figure a key names, or undefined (an unknown key from a URL). */
export function teamFigureByKey(r: TeamReport, key: string): KeyedFigure | undefined {
	return teamReportFigures(r).find((f) => f.key === key);
}
