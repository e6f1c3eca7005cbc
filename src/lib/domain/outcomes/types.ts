/** The outcome report's input rows and result shapes (docs/domain/outcomes.md). */
import type { Period } from '../period';

export type OutcomeEnrolment = {
	id: number;
	clientId: number;
	teamId: number;
	coachId: number | null;
	entryDate: string | null;
	closedDate: string | null;
	closingReason: string | null;
	outOfWorkAtReferral: boolean;
	/** Earliest of the first meeting date and the earliest recorded client contact. */
	firstContactDate: string | null;
	/** Date of the first version of the work-ability support plan. */
	firstSupportPlanDate: string | null;
};

export type OutcomePlacement = {
	id: number;
	clientId: number;
	enrolmentId: number;
	status: 'agreed' | 'started' | 'ended' | 'did-not-start';
	startDate: string | null;
	endDate: string | null;
	competitive: boolean;
	wageSubsidy: boolean;
	hoursPerWeek: number | null;
	endReason: string | null;
};

/** Face-to-face or other employer contacts that name clients (generic contacts never count here). */
export type OutcomeEmployerContact = { id: number; date: string; mode: string; clientIds: number[] };

export type OutcomeFeedback = { id: number; enrolmentId: number; date: string; satisfaction: number; recommend: number | null };

export type OutcomeCoach = { userId: number; teamId: number; fte: number };

export type OutcomeInput = {
	enrolments: OutcomeEnrolment[];
	/**
	 * Every started (or ended) placement of the clients of `enrolments`, whole history: "first job" needs
	 * it. Agreed and did-not-start placements may be included; no figure counts them.
	 */
	placements: OutcomePlacement[];
	employerContacts: OutcomeEmployerContact[];
	feedback: OutcomeFeedback[];
	coaches: OutcomeCoach[];
};

export type RecordKind = 'enrolment' | 'client' | 'placement' | 'feedback';

export type ExclusionReason =
	| 'no-entry-date'
	| 'no-start-date'
	| 'end-before-start'
	| 'no-face-to-face-employer-contact'
	| 'no-job-after-entry'
	| 'no-first-contact'
	| 'no-support-plan'
	/** No support plan yet, but 90 days have not passed since first contact (the 90-day share). */
	| 'support-plan-pending'
	| 'no-end-reason'
	| 'no-hours'
	| 'no-closing-reason'
	| 'no-fte';

export type Exclusion = { kind: RecordKind; id: number; reason: ExclusionReason };

/** One number with the ids of the records it counted (of `kind`) and the records left out. */
export type Figure = { value: number | null; kind: RecordKind; ids: number[]; excluded: Exclusion[] };

export type CoachCaseload = { coachId: number; active: number; fte: number; perFte: number | null; enrolmentIds: number[] };

export type OutcomeReport = {
	period: Period;
	served: Figure;
	worked: Figure;
	workedInclSubsidy: Figure;
	servedOutOfWork: Figure;
	workedOutOfWork: Figure;
	workedOutOfWorkInclSubsidy: Figure;
	employmentRate: Figure;
	employmentRateInclSubsidy: Figure;
	employmentRateOutOfWork: Figure;
	employmentRateOutOfWorkInclSubsidy: Figure;
	jobStarts: Figure;
	clientsWithFirstJobStart: Figure;
	meanDaysToFirstEmployerContact: Figure;
	medianDaysToFirstEmployerContact: Figure;
	meanDaysToFirstJob: Figure;
	medianDaysToFirstJob: Figure;
	meanDaysToSupportPlan: Figure;
	shareSupportPlanWithin90: Figure;
	meanTenureWeeks: Figure;
	longestTenureWeeks: Figure;
	shareWorkingAt90Days: Figure;
	meanHoursPerWeek: Figure;
	endingsSatisfactory: Figure;
	endingsUnsatisfactory: Figure;
	activeEnrolments: Figure;
	caseloadPerCoach: Figure;
	caseloadByCoach: CoachCaseload[];
	closingReasons: { reason: string; figure: Figure }[];
	meanSatisfaction: Figure;
	meanRecommend: Figure;
};

export type FigureKey = { [K in keyof OutcomeReport]: OutcomeReport[K] extends Figure ? K : never }[keyof OutcomeReport];

/** IPS Employment Center quarterly benchmarks (minimum, average, excellent). */
export const EMPLOYMENT_RATE_BENCHMARKS = [0.31, 0.41, 0.5] as const;
/** IPS item 15: first face-to-face employer contact within 30 days of entry. */
export const EMPLOYER_CONTACT_TARGET_DAYS = 30;
/** Seed target: support plan within 3 months of first contact. */
export const SUPPORT_PLAN_TARGET_DAYS = 90;
