/** The team report's input rows and result shapes (docs/domain/team-report.md). */
import type { KykyviisariResult, Measure } from '../kykyviisari';
import type { Period } from '../period';

export type TeamReportEnrolment = {
	id: number;
	clientId: number;
	teamId: number;
	coachId: number | null;
	/** The agreement date: "entry" of every outcome figure (docs/domain/outcomes.md). */
	entryDate: string | null;
	closedDate: string | null;
	birthYear: number | null;
	unemploymentMonths: number | null;
	referralSource: string;
	situationAtReferral: string | null;
};

export type TeamReportContact = { id: number; enrolmentId: number; date: string; mode: string; place: string };
export type TeamReportMissed = { id: number; enrolmentId: number; date: string; kind: string };
export type TeamReportDated = { id: number; enrolmentId: number; date: string };
/** A consultation; `enrolmentId` null = anonymous (counted for the team only). */
export type TeamReportConsultation = { id: number; teamId: number; enrolmentId: number | null; date: string };
export type TeamReportReferral = { id: number; enrolmentId: number; kind: string; requestedOn: string; doneOn: string | null; cancelledOn: string | null };
/** A feedback answer; `enrolmentId` null = given anonymously (then `id` is the anonymous answer's id). */
export type TeamReportFeedback = { id: number; enrolmentId: number | null; teamId: number; date: string; satisfaction: number; recommend: number | null; /** The enrolment's coach (per-coach figures). */ coachId?: number | null };
export type TeamReportFollowUp = { id: number; enrolmentId: number; contactedOn: string; situation: string };
export type TeamReportKykyviisari = { enrolmentId: number; results: KykyviisariResult[] };

export type TeamReportInput = {
	/** The scope's enrolments open on any day of the period, or closed in it (outcome selection). */
	enrolments: TeamReportEnrolment[];
	/** Rows dated in the period, of the scope's enrolments. */
	contacts: TeamReportContact[];
	missed: TeamReportMissed[];
	networkMeetings: TeamReportDated[];
	consultations: TeamReportConsultation[];
	/** Referrals requested or done in the period. */
	referrals: TeamReportReferral[];
	feedback: TeamReportFeedback[];
	anonymousFeedback: TeamReportFeedback[];
	/** Follow-ups of the scope's enrolments (any date). */
	followUps: TeamReportFollowUp[];
	/** Kykyviisari results up to the period's end, per enrolment of the scope. */
	kykyviisari: TeamReportKykyviisari[];
	/** From the outcome report (`shareSupportPlanWithin90`): value and the enrolments it counted. */
	supportPlanWithin90: { value: number | null; ids: number[] };
};

/** What a figure's records are: each kind has its own records list. */
export type TeamRecordKind = 'enrolment' | 'contact' | 'missed' | 'network-meeting' | 'consultation' | 'referral' | 'feedback' | 'follow-up';

/**
 * One number with the ids of the records it counted. Feedback figures also count anonymous answers
 * (`anonymousIds`, ids of another table): they are listed without a client.
 */
export type TeamFigure = { value: number | null; kind: TeamRecordKind; ids: number[]; anonymousIds?: number[] };

export const UNEMPLOYMENT_BANDS = ['0-3m', '3-12m', '1-3y', 'over-3y', 'unknown'] as const;
export type UnemploymentBand = (typeof UNEMPLOYMENT_BANDS)[number];

export type IntakeFigures = {
	entries: TeamFigure;
	ageMean: TeamFigure;
	ageMin: TeamFigure;
	ageMax: TeamFigure;
	unemploymentBands: Record<UnemploymentBand, TeamFigure>;
	referralSources: Record<string, TeamFigure>;
	situations: Record<string, TeamFigure>;
};

export type ServiceFigures = {
	contacts: TeamFigure;
	contactsByMode: Record<string, TeamFigure>;
	contactsByPlace: Record<string, TeamFigure>;
	contactsPerClientMean: TeamFigure;
	contactsPerClientMedian: TeamFigure;
	cancelledBookings: TeamFigure;
	noShows: TeamFigure;
	networkMeetings: TeamFigure;
	consultations: TeamFigure;
	anonymousConsultations: TeamFigure;
	referrals: Record<string, TeamFigure>;
	referralWaitMedianDays: TeamFigure;
	referralWaitMedianByKind: Record<string, TeamFigure>;
	shareSupportPlanWithin90: TeamFigure;
};

export type ChangeFigures = {
	kykyviisariShare: TeamFigure;
	/** Mean change per measure (overall and the seven areas), among clients with two or more results. */
	kykyviisariMeanChange: { measure: Measure; figure: TeamFigure }[];
};

export type FeedbackFigures = {
	satisfactionMean: TeamFigure;
	satisfactionAnswers: TeamFigure;
	/** Share of satisfaction answers at or above the target 8. */
	satisfactionAtTarget: TeamFigure;
	nps: TeamFigure;
	npsAnswers: TeamFigure;
	promoters: TeamFigure;
	passives: TeamFigure;
	detractors: TeamFigure;
};

export type FollowUpFigures = {
	due: TeamFigure;
	recorded: TeamFigure;
	working: TeamFigure;
	/** Recorded follow-ups by situation (working-competitive, working-other, studying, …). */
	situations: Record<string, TeamFigure>;
};

export type TeamReport = {
	period: Period;
	intake: IntakeFigures;
	service: ServiceFigures;
	change: ChangeFigures;
	feedback: FeedbackFigures;
	followUp: FollowUpFigures;
};

/** Satisfaction target of the teams (school grade 4–10). */
export const SATISFACTION_TARGET = 8;
