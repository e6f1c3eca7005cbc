/** Client feedback: satisfaction against the target and NPS (docs/domain/team-report.md#client-feedback). */
import { inPeriod, type Period } from '../period';
import { mean, rate, roundOne, teamFigure } from './figure';
import { SATISFACTION_TARGET, type FeedbackFigures, type TeamFigure, type TeamReportFeedback } from './types';

export type NpsClass = 'promoter' | 'passive' | 'detractor';

/** Likelihood to recommend 9–10 = promoter, 7–8 = passive, 0–6 = detractor. */
export function npsClass(recommend: number): NpsClass {
	if (recommend >= 9) return 'promoter';
	if (recommend >= 7) return 'passive';
	return 'detractor';
}

/** NPS = % promoters − % detractors of the answers, −100..100 with 1 decimal; null without answers. */
export function netPromoterScore(recommends: readonly number[]): number | null {
	if (recommends.length === 0) return null;
	const promoters = recommends.filter((r) => npsClass(r) === 'promoter').length;
	const detractors = recommends.filter((r) => npsClass(r) === 'detractor').length;
	return roundOne(((promoters - detractors) / recommends.length) * 100);
}

/** Client answers (named) and anonymous answers given in the period both count; each keeps its own ids. */
export function feedbackFigures(named: readonly TeamReportFeedback[], anonymous: readonly TeamReportFeedback[], period: Period): FeedbackFigures {
	const inP = (rows: readonly TeamReportFeedback[]) => rows.filter((f) => inPeriod(f.date, period));
	const a = inP(named);
	const b = inP(anonymous);
	const fig = (value: number | null, keep: (f: TeamReportFeedback) => boolean): TeamFigure =>
		teamFigure('feedback', value, a.filter(keep).map((f) => f.id), b.filter(keep).map((f) => f.id));
	const all = [...a, ...b];
	const recommends = all.filter((f) => f.recommend !== null).map((f) => f.recommend!);
	const satisfaction = mean(all.map((f) => f.satisfaction));
	const hasRecommend = (f: TeamReportFeedback) => f.recommend !== null;
	const ofClass = (c: NpsClass) => (f: TeamReportFeedback) => f.recommend !== null && npsClass(f.recommend) === c;
	const count = (keep: (f: TeamReportFeedback) => boolean) => all.filter(keep).length;
	return {
		satisfactionMean: fig(satisfaction === null ? null : roundOne(satisfaction), () => true),
		satisfactionAnswers: fig(all.length, () => true),
		satisfactionAtTarget: fig(rate(count((f) => f.satisfaction >= SATISFACTION_TARGET), all.length), (f) => f.satisfaction >= SATISFACTION_TARGET),
		nps: fig(netPromoterScore(recommends), hasRecommend),
		npsAnswers: fig(recommends.length, hasRecommend),
		promoters: fig(count(ofClass('promoter')), ofClass('promoter')),
		passives: fig(count(ofClass('passive')), ofClass('passive')),
		detractors: fig(count(ofClass('detractor')), ofClass('detractor'))
	};
}
