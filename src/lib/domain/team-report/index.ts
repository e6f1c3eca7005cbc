/**
 * The team report (docs/domain/team-report.md): intake profile, service volume, change, client
 * feedback and the follow-up after exit, for a period. Plain data in, plain data out; today is passed in.
 */
export * from './types';
export { ageAtEntry, entrants, unemploymentBand } from './intake';
export { netPromoterScore, npsClass, type NpsClass } from './feedback';
export { inputsByCoach } from './by-coach';
export { mergeTeamReportInputs } from './merge';
export { computeTeamReport, teamFigureByKey, teamReportFigures, teamReportJson, type KeyedFigure, type TeamReportJson, type TeamReportUnit } from './report';
