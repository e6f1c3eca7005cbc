import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users, teams } from './accounts';
import { ASSIGNMENT_KINDS, CLIENT_LANGUAGES, CONTACT_MODES, CONTACT_PLACES, MISSED_MEETING_KINDS } from '../../../domain/vocabularies';

const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date());

/** The person (asiakas). Minimal identity: store only what the work needs (docs/domain/clients.md#client). */
export const clients = sqliteTable(
	'clients',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** Team of the current enrolment: decides who may see the client. */
		teamId: integer('team_id')
			.notNull()
			.references(() => teams.id),
		firstName: text('first_name').notNull(),
		lastName: text('last_name').notNull(),
		/** Henkilötunnus, optional; validated, shown masked. */
		personalId: text('personal_id'),
		birthYear: integer('birth_year'),
		preferredLanguage: text('preferred_language', { enum: CLIENT_LANGUAGES })
			.notNull()
			.default('fi'),
		phone: text('phone'),
		email: text('email'),
		municipality: text('municipality'),
		/** Stable reference from an imported spreadsheet, for idempotent re-imports. */
		importRef: text('import_ref'),
		anonymisedAt: integer('anonymised_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
		/** Optimistic lock: a save carries the version it was read at. */
		version: integer('version').notNull().default(1)
	},
	(t) => [
		index('clients_team_idx').on(t.teamId),
		index('clients_name_idx').on(t.teamId, t.lastName, t.firstName),
		uniqueIndex('clients_import_ref_uq').on(t.teamId, t.importRef)
	]
);

/** One period of coaching (asiakkuus). A re-opened client gets a new enrolment; history stays. */
export const enrolments = sqliteTable(
	'enrolments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		clientId: integer('client_id')
			.notNull()
			.references(() => clients.id, { onDelete: 'cascade' }),
		teamId: integer('team_id')
			.notNull()
			.references(() => teams.id),
		coachId: integer('coach_id').references(() => users.id),
		/** Asiakasvastaava: a user or a named person outside Polku. */
		responsibleUserId: integer('responsible_user_id').references(() => users.id),
		responsibleName: text('responsible_name'),
		referralDate: text('referral_date').notNull(),
		referralSource: text('referral_source').notNull().default('other'),
		referrer: text('referrer'),
		situationAtReferral: text('situation_at_referral'),
		unemploymentMonths: integer('unemployment_months'),
		outOfWorkAtReferral: integer('out_of_work_at_referral', { mode: 'boolean' }).notNull().default(true),
		firstMeetingDate: text('first_meeting_date'),
		/** Agreement date = the one "program entry" date for every metric. */
		entryDate: text('entry_date'),
		agreedGoals: text('agreed_goals'),
		meetingRhythm: text('meeting_rhythm'),
		currentPhase: integer('current_phase').notNull().default(1),
		phaseEnteredOn: text('phase_entered_on'),
		stepDownDate: text('step_down_date'),
		closedDate: text('closed_date'),
		closingReason: text('closing_reason'),
		closingNote: text('closing_note'),
		importRef: text('import_ref'),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
		version: integer('version').notNull().default(1)
	},
	(t) => [
		index('enrolments_client_idx').on(t.clientId),
		index('enrolments_team_idx').on(t.teamId, t.closedDate),
		index('enrolments_coach_idx').on(t.coachId, t.closedDate),
		// A coach's caseload within a team (the caseload page filters team + coach + open).
		index('enrolments_team_coach_idx').on(t.teamId, t.coachId, t.closedDate),
		index('enrolments_entry_idx').on(t.teamId, t.entryDate),
		uniqueIndex('enrolments_import_ref_uq').on(t.teamId, t.importRef)
	]
);

/** Coach and asiakasvastaava history (handovers). */
export const enrolmentAssignments = sqliteTable(
	'enrolment_assignments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: integer('enrolment_id')
			.notNull()
			.references(() => enrolments.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: ASSIGNMENT_KINDS }).notNull(),
		userId: integer('user_id').references(() => users.id),
		personName: text('person_name'),
		startedOn: text('started_on').notNull(),
		endedOn: text('ended_on'),
		reason: text('reason'),
		changedBy: integer('changed_by').references(() => users.id),
		createdAt: createdAt()
	},
	(t) => [index('assignments_enrolment_idx').on(t.enrolmentId)]
);

export const phaseChanges = sqliteTable(
	'phase_changes',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: integer('enrolment_id')
			.notNull()
			.references(() => enrolments.id, { onDelete: 'cascade' }),
		phase: integer('phase').notNull(),
		enteredOn: text('entered_on').notNull(),
		/** Required when moving back to an earlier phase. */
		reason: text('reason'),
		changedBy: integer('changed_by').references(() => users.id),
		createdAt: createdAt()
	},
	(t) => [index('phase_changes_enrolment_idx').on(t.enrolmentId)]
);

/** Meetings and other contacts with the client (tapaaminen / yhteydenotto). */
export const clientContacts = sqliteTable(
	'client_contacts',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: integer('enrolment_id')
			.notNull()
			.references(() => enrolments.id, { onDelete: 'cascade' }),
		/** Set when the contact is in-work support for a placement (ticks the follow-along schedule). */
		placementId: integer('placement_id'),
		date: text('date').notNull(),
		durationMinutes: integer('duration_minutes').notNull(),
		mode: text('mode', { enum: CONTACT_MODES }).notNull(),
		place: text('place', { enum: CONTACT_PLACES }).notNull(),
		participants: text('participants'),
		phase: integer('phase'),
		note: text('note'),
		nextStep: text('next_step'),
		nextStepDue: text('next_step_due'),
		/** Written by a teammate for another coach's client (IPS units cover each other). */
		covering: integer('covering', { mode: 'boolean' }).notNull().default(false),
		createdBy: integer('created_by').references(() => users.id),
		createdAt: createdAt()
	},
	(t) => [
		// Covering the mode and place too: the team report counts contacts by them without reading the table.
		index('client_contacts_enrolment_idx').on(t.enrolmentId, t.date, t.mode, t.place),
		// Partial: most contacts have no placement, and the NULLs would make the planner think the index unselective.
		index('client_contacts_placement_idx').on(t.placementId).where(sql`${t.placementId} IS NOT NULL`),
		// Fidelity evidence (follow-along, community minutes) reads a team's face-to-face contacts in a
		// period: covering, so a million-row table is not read row by row.
		index('client_contacts_face_to_face_idx')
			.on(t.enrolmentId, t.date, t.place, t.durationMinutes)
			.where(sql`mode = 'face-to-face'`)
	]
);

/** Assertive outreach: required (≥ 3) before closing as "could not be reached". */
export const outreachAttempts = sqliteTable(
	'outreach_attempts',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: integer('enrolment_id')
			.notNull()
			.references(() => enrolments.id, { onDelete: 'cascade' }),
		date: text('date').notNull(),
		channel: text('channel').notNull(),
		result: text('result'),
		createdBy: integer('created_by').references(() => users.id),
		createdAt: createdAt()
	},
	(t) => [index('outreach_enrolment_idx').on(t.enrolmentId)]
);

/**
 * A booked meeting that did not happen (cancelled by the client or the coach, or a no-show). Kept
 * apart from client_contacts so it never counts as a contact anywhere (docs/domain/clients.md#missed-meetings).
 */
export const missedMeetings = sqliteTable(
	'missed_meetings',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		enrolmentId: integer('enrolment_id')
			.notNull()
			.references(() => enrolments.id, { onDelete: 'cascade' }),
		date: text('date').notNull(),
		kind: text('kind', { enum: MISSED_MEETING_KINDS }).notNull(),
		note: text('note'),
		createdBy: integer('created_by').references(() => users.id),
		createdAt: createdAt()
	},
	(t) => [index('missed_meetings_enrolment_idx').on(t.enrolmentId, t.date)]
);

/** Named network people (asiakasvastaava outside Polku, työkykykoordinaattori, omavalmentaja, care contact). */
export const networkPeople = sqliteTable(
	'network_people',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		clientId: integer('client_id')
			.notNull()
			.references(() => clients.id, { onDelete: 'cascade' }),
		role: text('role').notNull(),
		name: text('name').notNull(),
		organisation: text('organisation'),
		phone: text('phone'),
		email: text('email'),
		createdAt: createdAt(),
		/** Null until first edited (the column was added to a table with rows). */
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
		/** Optimistic lock: an edit carries the version it was read at. */
		version: integer('version').notNull().default(1)
	},
	(t) => [index('network_people_client_idx').on(t.clientId)]
);

export type Client = typeof clients.$inferSelect;
export type Enrolment = typeof enrolments.$inferSelect;
export type ClientContact = typeof clientContacts.$inferSelect;
