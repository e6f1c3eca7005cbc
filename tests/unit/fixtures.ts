import { getSqlite } from '$lib/server/db';

/**
 * Row builders for unit tests that write straight into the test database (tests/unit/setup.ts gives
 * each test file its own). Each inserts one row with what the schema requires plus the fields given,
 * and returns the new row's id. Timestamps are "now". Raw SQL on purpose: a test of triggers or of
 * the figures must not depend on the commands it checks.
 */

type Cell = string | number | boolean | null | undefined;

/** INSERT of the given columns (SQL names); undefined ones are left to their defaults. */
export function insertRow(table: string, columns: Record<string, Cell>): number {
	const given = Object.entries(columns).filter(([, value]) => value !== undefined);
	const names = given.map(([name]) => name).join(', ');
	const values = given.map(([, value]) => (typeof value === 'boolean' ? Number(value) : value));
	return Number(getSqlite().prepare(`INSERT INTO ${table} (${names}) VALUES (${values.map(() => '?').join(', ')})`).run(...values).lastInsertRowid);
}

export function addTeam(name: string): number {
	return insertRow('teams', { name, created_at: Date.now() });
}

/** A user with no password and no team (teams are joined with createTeam/createUser in most tests). */
export function addUser(email: string, name: string): number {
	return insertRow('users', { email, name, created_at: Date.now() });
}

export function addEmployer(teamId: number, name = 'Kauppa Oy', businessId?: string): number {
	return insertRow('employers', { team_id: teamId, name, business_id: businessId, created_at: Date.now(), updated_at: Date.now() });
}

export function addClient(teamId: number, firstName = 'Aino', lastName = 'Testi'): number {
	return insertRow('clients', { team_id: teamId, first_name: firstName, last_name: lastName, created_at: Date.now(), updated_at: Date.now() });
}

export type EnrolmentFields = {
	coachId?: number | null;
	referralDate?: string;
	firstMeetingDate?: string | null;
	entryDate?: string | null;
	closedDate?: string | null;
	outOfWorkAtReferral?: boolean;
};

/** An enrolment referred on 2026-01-01 unless told otherwise. */
export function addEnrolment(clientId: number, teamId: number, fields: EnrolmentFields = {}): number {
	return insertRow('enrolments', {
		client_id: clientId,
		team_id: teamId,
		coach_id: fields.coachId,
		referral_date: fields.referralDate ?? '2026-01-01',
		out_of_work_at_referral: fields.outOfWorkAtReferral,
		first_meeting_date: fields.firstMeetingDate,
		entry_date: fields.entryDate,
		closed_date: fields.closedDate,
		created_at: Date.now(),
		updated_at: Date.now()
	});
}

/** A 30-minute face-to-face contact at the office. */
export function addClientContact(enrolmentId: number, date: string): number {
	return insertRow('client_contacts', { enrolment_id: enrolmentId, date, duration_minutes: 30, mode: 'face-to-face', place: 'office', created_at: Date.now() });
}

export type PlacementFields = { jobTitle?: string; status?: 'agreed' | 'started' | 'ended' | 'did-not-start'; startDate?: string | null };

/** A job (status 'agreed' unless told otherwise, the schema's default). */
export function addPlacement(enrolmentId: number, clientId: number, employerId: number, fields: PlacementFields = {}): number {
	return insertRow('placements', {
		enrolment_id: enrolmentId,
		client_id: clientId,
		employer_id: employerId,
		job_title: fields.jobTitle ?? 'Myyjä',
		status: fields.status,
		start_date: fields.startDate,
		created_at: Date.now(),
		updated_at: Date.now()
	});
}
