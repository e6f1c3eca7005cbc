import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { teams, users } from './accounts';
import { enrolments } from './clients';
import { networkPeople } from './clients';
import { services } from './services';
import { ACTIVITY_KINDS, EXTERNAL_PLAN_KINDS, MEDICAL_STATEMENT_TYPES, REFERRAL_KINDS } from '../../../domain/vocabularies';

// What a coach records between the phases (docs/domain/work-ability.md): the intake checklist,
// referrals and statements, network meetings and consultations, activities and external plans.

const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date());
const updatedAt = () => integer('updated_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date());
const enrolmentRef = () =>
	integer('enrolment_id')
		.notNull()
		.references(() => enrolments.id, { onDelete: 'cascade' });
const createdBy = () => integer('created_by').references(() => users.id);
/** Optimistic lock: an edit carries the version it was read at. */
const version = () => integer('version').notNull().default(1);

/** The support-need checklist at intake (tuen tarpeen tunnistaminen): one per enrolment, edited in place. */
export const supportNeeds = sqliteTable(
	'support_needs',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: enrolmentRef(),
		healthCheckDone: integer('health_check_done', { mode: 'boolean' }),
		healthCheckOn: text('health_check_on'),
		onSickLeave: integer('on_sick_leave', { mode: 'boolean' }),
		rehabilitationInUse: integer('rehabilitation_in_use', { mode: 'boolean' }),
		otherServices: text('other_services'),
		typClient: integer('typ_client', { mode: 'boolean' }),
		coordinatorNeeded: integer('coordinator_needed', { mode: 'boolean' }),
		note: text('note'),
		createdBy: createdBy(),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
		version: version()
	},
	(t) => [uniqueIndex('support_needs_enrolment_idx').on(t.enrolmentId)]
);

/**
 * A referral (lähete) or a medical statement (lausunto): requested, then done or cancelled. Waiting
 * time is requested → done. `serviceId` names a catalogue service when the kind is `service`.
 */
export const referrals = sqliteTable(
	'referrals',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: enrolmentRef(),
		kind: text('kind', { enum: REFERRAL_KINDS }).notNull(),
		serviceId: integer('service_id').references(() => services.id),
		/** Only for kind `medical-statement`: B, C, E or other. */
		statementType: text('statement_type', { enum: MEDICAL_STATEMENT_TYPES }),
		requestedOn: text('requested_on').notNull(),
		doneOn: text('done_on'),
		cancelledOn: text('cancelled_on'),
		note: text('note'),
		createdBy: createdBy(),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
		version: version()
	},
	(t) => [index('referrals_enrolment_idx').on(t.enrolmentId, t.requestedOn)]
);

/** A network meeting (verkostopalaveri) about one client. */
export const networkMeetings = sqliteTable(
	'network_meetings',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: enrolmentRef(),
		date: text('date').notNull(),
		clientPresent: integer('client_present', { mode: 'boolean' }).notNull().default(true),
		topic: text('topic').notNull(),
		nextSteps: text('next_steps'),
		createdBy: createdBy(),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
		version: version()
	},
	(t) => [index('network_meetings_enrolment_idx').on(t.enrolmentId, t.date)]
);

/** Who took part: one of the client's network people, a staff user, or a name typed in. */
export const networkMeetingParticipants = sqliteTable(
	'network_meeting_participants',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		meetingId: integer('meeting_id')
			.notNull()
			.references(() => networkMeetings.id, { onDelete: 'cascade' }),
		networkPersonId: integer('network_person_id').references(() => networkPeople.id, { onDelete: 'set null' }),
		userId: integer('user_id').references(() => users.id),
		name: text('name')
	},
	(t) => [index('network_meeting_participants_meeting_idx').on(t.meetingId)]
);

/**
 * A consultation (konsultaatio): a question asked of, or by, someone outside the coaching work. With
 * no enrolment it is anonymous — only the question and the answer, counted for the team.
 */
export const consultations = sqliteTable(
	'consultations',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		teamId: integer('team_id')
			.notNull()
			.references(() => teams.id),
		enrolmentId: integer('enrolment_id').references(() => enrolments.id, { onDelete: 'cascade' }),
		date: text('date').notNull(),
		/** Who was consulted or who asked (a role or organisation, not a client). */
		counterpart: text('counterpart'),
		question: text('question').notNull(),
		answer: text('answer'),
		createdBy: createdBy(),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
		version: version()
	},
	(t) => [index('consultations_team_idx').on(t.teamId, t.date), index('consultations_enrolment_idx').on(t.enrolmentId)]
);

/** A dated episode during coaching: työkokeilu, kuntouttava työtoiminta, studies, a course, rehabilitation, sick leave. */
export const coachingActivities = sqliteTable(
	'coaching_activities',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: enrolmentRef(),
		kind: text('kind', { enum: ACTIVITY_KINDS }).notNull(),
		startsOn: text('starts_on').notNull(),
		endsOn: text('ends_on'),
		organiser: text('organiser'),
		note: text('note'),
		createdBy: createdBy(),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
		version: version()
	},
	(t) => [index('coaching_activities_enrolment_idx').on(t.enrolmentId, t.startsOn)]
);

/** A plan made elsewhere (e.g. aktiivisuussuunnitelma), recorded instead of repeated. */
export const externalPlans = sqliteTable(
	'external_plans',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: enrolmentRef(),
		kind: text('kind', { enum: EXTERNAL_PLAN_KINDS }).notNull(),
		date: text('date').notNull(),
		owner: text('owner').notNull(),
		note: text('note'),
		createdBy: createdBy(),
		createdAt: createdAt(),
		updatedAt: updatedAt(),
		version: version()
	},
	(t) => [index('external_plans_enrolment_idx').on(t.enrolmentId, t.date)]
);
