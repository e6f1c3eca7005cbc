import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, real, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users, teams } from './accounts';
import { clients, enrolments } from './clients';
import { CONTACT_MODES, CONTRACT_TYPES, EMPLOYER_CONTACT_PURPOSES, EMPLOYER_STAGES, END_REASONS, PLACEMENT_DISCLOSURES, PLACEMENT_STATUSES, WAGE_UNITS } from '../../../domain/vocabularies';

const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date());

/** Employer organisation in the team's network (docs/domain/employers.md#employers). */
export const employers = sqliteTable(
	'employers',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** Team that owns the relationship. */
		teamId: integer('team_id')
			.notNull()
			.references((): any => teams.id),
		name: text('name').notNull(),
		/** Y-tunnus, check digit validated; unique when given. */
		businessId: text('business_id'),
		industry: text('industry'),
		municipality: text('municipality'),
		address: text('address'),
		sites: text('sites'),
		stage: text('stage', { enum: EMPLOYER_STAGES })
			.notNull()
			.default('new-lead'),
		ownerCoachId: integer('owner_coach_id').references((): any => users.id),
		notes: text('notes'),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
		version: integer('version').notNull().default(1)
	},
	(t) => [
		uniqueIndex('employers_business_id_uq').on(t.businessId),
		index('employers_team_idx').on(t.teamId, t.name),
		index('employers_owner_idx').on(t.ownerCoachId),
		index('employers_team_stage_idx').on(t.teamId, t.stage)
	]
);

export const employerContactPersons = sqliteTable(
	'employer_contact_persons',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		employerId: integer('employer_id')
			.notNull()
			.references(() => employers.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		role: text('role'),
		phone: text('phone'),
		email: text('email')
	},
	(t) => [index('employer_persons_employer_idx').on(t.employerId)]
);

/** Job-development contact (työnantajakontakti). Only face-to-face counts for the IPS weekly target of 6. */
export const employerContacts = sqliteTable(
	'employer_contacts',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		employerId: integer('employer_id')
			.notNull()
			.references(() => employers.id, { onDelete: 'cascade' }),
		teamId: integer('team_id')
			.notNull()
			.references((): any => teams.id),
		coachId: integer('coach_id').references((): any => users.id),
		date: text('date').notNull(),
		personMet: text('person_met'),
		mode: text('mode', { enum: CONTACT_MODES }).notNull(),
		/** false = on behalf of named clients (employerContactClients). */
		generic: integer('generic', { mode: 'boolean' }).notNull().default(true),
		clientPresent: integer('client_present', { mode: 'boolean' }).notNull().default(false),
		purpose: text('purpose', { enum: EMPLOYER_CONTACT_PURPOSES }).notNull(),
		outcome: text('outcome'),
		nextStep: text('next_step'),
		nextStepDue: text('next_step_due'),
		sharedWithEmployer: integer('shared_with_employer', { mode: 'boolean' }).notNull().default(false),
		/** Set for in-work support about one placement: ticks its follow-along schedule. */
		placementId: integer('placement_id'),
		importRef: text('import_ref'),
		createdBy: integer('created_by').references((): any => users.id),
		createdAt: createdAt()
	},
	(t) => [
		index('employer_contacts_employer_idx').on(t.employerId, t.date),
		index('employer_contacts_coach_idx').on(t.coachId, t.date),
		index('employer_contacts_team_idx').on(t.teamId, t.date),
		// Partial: most contacts have no placement (see client_contacts_placement_idx).
		index('employer_contacts_placement_idx').on(t.placementId).where(sql`${t.placementId} IS NOT NULL`),
		// The employer page's open next steps: a seek to the few contacts with a due date, not a walk over all of them.
		index('employer_contacts_next_step_idx').on(t.employerId, t.nextStepDue).where(sql`${t.nextStepDue} IS NOT NULL`),
		index('employer_contacts_shared_idx').on(t.employerId, t.sharedWithEmployer, t.date),
		uniqueIndex('employer_contacts_import_ref_uq').on(t.teamId, t.importRef)
	]
);

/** Clients named in an employer contact (for "first face-to-face employer contact", IPS item 15). */
export const employerContactClients = sqliteTable(
	'employer_contact_clients',
	{
		employerContactId: integer('employer_contact_id')
			.notNull()
			.references(() => employerContacts.id, { onDelete: 'cascade' }),
		clientId: integer('client_id')
			.notNull()
			.references((): any => clients.id, { onDelete: 'cascade' })
	},
	(t) => [
		uniqueIndex('ecc_pk').on(t.employerContactId, t.clientId),
		index('ecc_client_idx').on(t.clientId)
	]
);

/** Employer user's short message to the team; the coach sees and answers. */
export const contactRequests = sqliteTable(
	'contact_requests',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		employerId: integer('employer_id')
			.notNull()
			.references(() => employers.id, { onDelete: 'cascade' }),
		fromUserId: integer('from_user_id').references((): any => users.id),
		message: text('message').notNull(),
		createdAt: createdAt(),
		handledAt: integer('handled_at', { mode: 'timestamp_ms' }),
		handledBy: integer('handled_by').references((): any => users.id),
		answer: text('answer')
	},
	(t) => [index('contact_requests_employer_idx').on(t.employerId, t.createdAt), index('contact_requests_open_idx').on(t.handledAt, t.employerId)]
);

/** A job (työsuhde). Work trials, rehabilitative work and studies are activities, not placements. */
export const placements = sqliteTable(
	'placements',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: integer('enrolment_id')
			.notNull()
			.references((): any => enrolments.id, { onDelete: 'cascade' }),
		clientId: integer('client_id')
			.notNull()
			.references((): any => clients.id, { onDelete: 'cascade' }),
		employerId: integer('employer_id')
			.notNull()
			.references(() => employers.id),
		jobTitle: text('job_title').notNull(),
		jobType: text('job_type'),
		tasks: text('tasks'),
		tailoring: text('tailoring'),
		accommodations: text('accommodations'),
		hoursPerWeek: real('hours_per_week'),
		wage: real('wage'),
		wageUnit: text('wage_unit', { enum: WAGE_UNITS }),
		contract: text('contract', { enum: CONTRACT_TYPES }),
		competitive: integer('competitive', { mode: 'boolean' }).notNull().default(true),
		wageSubsidy: integer('wage_subsidy', { mode: 'boolean' }).notNull().default(false),
		employerSupport: text('employer_support'),
		/** Phase 5 is support in and outside work: housing, finances, health, family (may be sensitive; never in the portal). */
		supportOutsideWork: text('support_outside_work'),
		disclosure: text('disclosure', { enum: PLACEMENT_DISCLOSURES }).notNull().default('none'),
		disclosureWording: text('disclosure_wording'),
		disclosureReviewDate: text('disclosure_review_date'),
		status: text('status', { enum: PLACEMENT_STATUSES }).notNull().default('agreed'),
		startDate: text('start_date'),
		endDate: text('end_date'),
		endReason: text('end_reason', { enum: END_REASONS }),
		/** Date the client stepped down from in-work support to other support. */
		stepDownDate: text('step_down_date'),
		importRef: text('import_ref'),
		createdBy: integer('created_by').references((): any => users.id),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
		version: integer('version').notNull().default(1)
	},
	(t) => [
		index('placements_enrolment_idx').on(t.enrolmentId),
		index('placements_client_idx').on(t.clientId),
		index('placements_employer_idx').on(t.employerId, t.status),
		index('placements_start_idx').on(t.startDate),
		uniqueIndex('placements_import_ref_uq').on(t.enrolmentId, t.importRef)
	]
);

export type Employer = typeof employers.$inferSelect;
export type EmployerContact = typeof employerContacts.$inferSelect;
export type Placement = typeof placements.$inferSelect;
