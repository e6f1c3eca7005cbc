import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';
import { clients, enrolments } from './clients';
import { employers } from './employers';
import type { PlanGoal } from '../../../domain/support-plan';
import { BENEFITS_COUNSELLING_STATUSES, CONSENT_FORMS, CONSENT_SIGNED_HOW, DISCLOSURE_DECISIONS, JOB_SEARCH_ACTIVITY_KINDS } from '../../../domain/vocabularies';

const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date());
const enrolmentRef = () =>
	integer('enrolment_id')
		.notNull()
		.references(() => enrolments.id, { onDelete: 'cascade' });
const createdBy = () => integer('created_by').references(() => users.id);

/** Vocational profile, versioned: every save is a new row (docs/domain/phases.md#phase-2-vocational-profile). */
export const vocationalProfiles = sqliteTable(
	'vocational_profiles',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: enrolmentRef(),
		version: integer('version').notNull(),
		workHistory: text('work_history'),
		education: text('education'),
		skills: text('skills'),
		interests: text('interests'),
		/** What helps and hinders at work: may hold health notes (sensitive). */
		helpsAndHinders: text('helps_and_hinders'),
		supportNetwork: text('support_network'),
		jobGoals: text('job_goals'),
		changeNote: text('change_note'),
		createdBy: createdBy(),
		createdAt: createdAt()
	},
	(t) => [index('profiles_enrolment_idx').on(t.enrolmentId, t.version)]
);

/** Benefits (work-incentive) counselling, IPS item 12. */
export const benefitsCounselling = sqliteTable(
	'benefits_counselling',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: enrolmentRef(),
		date: text('date').notNull(),
		status: text('status', { enum: BENEFITS_COUNSELLING_STATUSES }).notNull(),
		counsellor: text('counsellor'),
		topics: text('topics'),
		createdBy: createdBy(),
		createdAt: createdAt()
	},
	(t) => [index('benefits_enrolment_idx').on(t.enrolmentId)]
);

/** Disclosure discussion (IPS item 13); the per-employer decision lives on the placement. */
export const disclosureDiscussions = sqliteTable(
	'disclosure_discussions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: enrolmentRef(),
		date: text('date').notNull(),
		decision: text('decision', { enum: DISCLOSURE_DECISIONS }).notNull(),
		notes: text('notes'),
		createdBy: createdBy(),
		createdAt: createdAt()
	},
	(t) => [index('disclosure_enrolment_idx').on(t.enrolmentId)]
);

/** Job-search plan, versioned (IPS item 16: kept current). */
export const jobSearchPlans = sqliteTable(
	'job_search_plans',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: enrolmentRef(),
		version: integer('version').notNull(),
		targetJobs: text('target_jobs'),
		employersToApproach: text('employers_to_approach'),
		notes: text('notes'),
		createdBy: createdBy(),
		createdAt: createdAt()
	},
	(t) => [index('job_search_plans_enrolment_idx').on(t.enrolmentId, t.version)]
);

/** Applications and interviews during job search. */
export const jobSearchActivities = sqliteTable(
	'job_search_activities',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: enrolmentRef(),
		date: text('date').notNull(),
		kind: text('kind', { enum: JOB_SEARCH_ACTIVITY_KINDS }).notNull(),
		employerName: text('employer_name'),
		jobTitle: text('job_title'),
		result: text('result'),
		createdBy: createdBy(),
		createdAt: createdAt()
	},
	(t) => [index('job_search_activities_enrolment_idx').on(t.enrolmentId)]
);

/**
 * Kykyviisari (TTL) results as entered numbers, one column per area; the questionnaire itself is not
 * copied (docs/domain/work-ability.md#kykyviisari). `date` is the day the client completed it. Five
 * columns predate the seven-area model and keep their names; each holds the area it is mapped to.
 * INTEGER affinity keeps a decimal result (6.5) as entered.
 */
export const kykyviisariResults = sqliteTable(
	'kykyviisari_results',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: enrolmentRef(),
		date: text('date').notNull(),
		linkSentOn: text('link_sent_on'),
		overall: integer('overall').notNull(),
		wellbeing: integer('wellbeing'),
		participation: integer('social_participation'),
		mind: integer('mental_wellbeing'),
		everydayLife: integer('everyday_life'),
		skills: integer('competence'),
		body: integer('physical_functioning'),
		workAndFuture: integer('work_and_future'),
		createdBy: createdBy(),
		createdAt: createdAt()
	},
	(t) => [index('kykyviisari_enrolment_idx').on(t.enrolmentId, t.date)]
);

/**
 * Work-ability support plan (saate + suunnitelma), versioned. The goal tree
 * (goals → sub-goals → actions) is stored as JSON per version: it is always read and written whole.
 */
export const supportPlans = sqliteTable(
	'support_plans',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: enrolmentRef(),
		version: integer('version').notNull(),
		planDate: text('plan_date').notNull(),
		situation: text('situation'),
		workAndEducation: text('work_and_education'),
		/** Factors affecting work ability: sensitive. */
		workAbilityFactors: text('work_ability_factors'),
		servicesInUse: text('services_in_use'),
		networkContacts: text('network_contacts'),
		goals: text('goals', { mode: 'json' }).notNull().$type<PlanGoal[]>(),
		reviewDate: text('review_date'),
		changeNote: text('change_note'),
		createdBy: createdBy(),
		createdAt: createdAt()
	},
	(t) => [index('support_plans_enrolment_idx').on(t.enrolmentId, t.version)]
);

export type { PlanAction, PlanSubGoal, PlanGoal } from '../../../domain/support-plan';

/** Consent (Kela Y100-style, docs/domain/consent.md#consents). Belongs to the client, across enrolments. */
export const consents = sqliteTable(
	'consents',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		clientId: integer('client_id')
			.notNull()
			.references(() => clients.id, { onDelete: 'cascade' }),
		form: text('form', { enum: CONSENT_FORMS }).notNull(),
		/** Parties the data may be shared with, e.g. ["hyvinvointialue","kela"]. */
		parties: text('parties', { mode: 'json' }).notNull().$type<string[]>(),
		/** A named employer this consent covers (employer portal visibility). */
		employerId: integer('employer_id').references(() => employers.id),
		categories: text('categories', { mode: 'json' }).notNull().$type<string[]>(),
		healthData: integer('health_data', { mode: 'boolean' }).notNull().default(false),
		purpose: text('purpose'),
		validFrom: text('valid_from').notNull(),
		validTo: text('valid_to'),
		signedHow: text('signed_how', { enum: CONSENT_SIGNED_HOW }),
		withdrawnAt: text('withdrawn_at'),
		createdBy: createdBy(),
		createdAt: createdAt()
	},
	(t) => [index('consents_client_idx').on(t.clientId), index('consents_employer_idx').on(t.employerId)]
);

export const clientFeedback = sqliteTable(
	'client_feedback',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: enrolmentRef(),
		date: text('date').notNull(),
		/** School grade 4–10. */
		satisfaction: integer('satisfaction').notNull(),
		/** Likelihood to recommend 0–10. */
		recommend: integer('recommend'),
		comment: text('comment'),
		/** The second free-text question: what could be better. */
		improvement: text('improvement'),
		/** Entered by the coach, answered by the client through a feedback link, or imported. */
		source: text('source', { enum: ['coach', 'link', 'import'] })
			.notNull()
			.default('coach'),
		createdBy: createdBy(),
		createdAt: createdAt()
	},
	(t) => [index('feedback_enrolment_idx').on(t.enrolmentId)]
);

