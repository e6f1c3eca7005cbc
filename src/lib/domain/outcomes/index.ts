/**
 * Outcome figures (docs/domain/outcomes.md). Plain data in, plain data out: no framework, no
 * database, no clock (today is passed in). Every figure names the records it counted and the
 * records it left out, and why, so each number can be traced back. Periods live in `../period`.
 */
export * from './types';
export { mean, median, rate, roundDays, roundFraction } from './stats';
export { servedEnrolments } from './selection';
export { inputForCoach, inputsByCoach, mergeOutcomeInputs } from './inputs';
export { quarterSummary, type QuarterSummary } from './headline';
export { computeOutcomes, supportPlanShare } from './report';
export * from './keys';
