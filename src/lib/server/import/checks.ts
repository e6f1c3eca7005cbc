import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { clients, employers, teamMembers, teams, users } from '../db/schema';
import type { CommitInput, ImportResult, Plan, ValidRows } from './types';

/**
 * The checks of valid rows against what is stored: the team exists (or is to be created), every
 * coach is an account of the team (or is to be created), every client a contact or placement names
 * is in enrolments.csv or was imported into the team before, and no business ID belongs to another
 * team's employer. Errors go into `result`; the plan is what the writes need.
 */
export function checkAgainstDatabase(db: Db, input: CommitInput, rows: ValidRows, result: ImportResult): Plan {
	const team = db.select({ id: teams.id }).from(teams).where(eq(teams.name, input.teamName.trim())).get();
	if (!team && !input.createTeam) result.errors.push({ file: null, row: null, column: null, code: 'unknown-team', value: input.teamName });
	const teamId = team?.id ?? null;
	const { accounts, toCreate } = checkCoaches(db, input, rows, teamId, result);
	checkClientRefs(db, rows, teamId, result);
	checkBusinessIds(db, rows, teamId, result);
	result.errors.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.row ?? 0) - (b.row ?? 0));
	return { ...rows, teamId, accounts, toCreate };
}

/** Coaches by e-mail: must exist and belong to the team (or be created with --create-coaches). */
function checkCoaches(db: Db, input: CommitInput, rows: ValidRows, teamId: number | null, result: ImportResult) {
	const coachRows = [
		...rows.enrolmentRows.map((r) => ({ file: 'enrolments.csv' as const, row: r.row, email: r.coachEmail })),
		...rows.contactRows.map((r) => ({ file: 'employer_contacts.csv' as const, row: r.row, email: r.coachEmail }))
	];
	const emails = [...new Set(coachRows.map((c) => c.email))];
	const accounts = new Map(
		(emails.length ? db.select({ id: users.id, email: users.email }).from(users).where(inArray(sql`lower(${users.email})`, emails)).all() : []).map((u) => [u.email.toLowerCase(), u.id])
	);
	const members = new Set(
		teamId !== null ? db.select({ userId: teamMembers.userId }).from(teamMembers).where(eq(teamMembers.teamId, teamId)).all().map((m) => m.userId) : []
	);
	const toCreate = new Set<string>();
	for (const c of coachRows) {
		const userId = accounts.get(c.email);
		if (userId === undefined) {
			if (input.createCoaches) toCreate.add(c.email);
			else result.errors.push({ file: c.file, row: c.row, column: 'coach_email', code: 'unknown-coach', value: c.email });
		} else if (!members.has(userId) && !(input.createCoaches && teamId === null)) {
			result.errors.push({ file: c.file, row: c.row, column: 'coach_email', code: 'coach-not-in-team', value: c.email });
		}
	}
	return { accounts, toCreate };
}

/** Clients named by contacts, placements and feedback: in enrolments.csv or imported earlier into this team. */
function checkClientRefs(db: Db, rows: ValidRows, teamId: number | null, result: ImportResult): void {
	const refsInFile = new Set(rows.enrolmentRows.map((r) => r.clientRef));
	const otherRefs = [...new Set([...rows.contactRows, ...rows.placementRows, ...rows.feedbackRows].map((r) => r.clientRef).filter((r): r is string => r !== null && !refsInFile.has(r)))];
	const existingRefs = new Set(
		teamId !== null && otherRefs.length
			? db.select({ ref: clients.importRef }).from(clients).where(and(eq(clients.teamId, teamId), inArray(clients.importRef, otherRefs))).all().map((c) => c.ref!)
			: []
	);
	for (const [file, fileRows] of [['employer_contacts.csv', rows.contactRows], ['placements.csv', rows.placementRows], ['feedback.csv', rows.feedbackRows]] as const) {
		for (const r of fileRows) {
			if (r.clientRef !== null && !refsInFile.has(r.clientRef) && !existingRefs.has(r.clientRef)) {
				result.errors.push({ file, row: r.row, column: 'client_ref', code: 'unknown-client', value: r.clientRef });
			}
		}
	}
}

/** A business ID is unique in Polku: it must not point at another team's employer. */
function checkBusinessIds(db: Db, rows: ValidRows, teamId: number | null, result: ImportResult): void {
	const businessIds = [...new Set([...rows.contactRows, ...rows.placementRows].map((r) => r.businessId).filter((b): b is string => b !== null))];
	const byBusinessId = new Map(
		(businessIds.length ? db.select({ id: employers.id, teamId: employers.teamId, businessId: employers.businessId }).from(employers).where(inArray(employers.businessId, businessIds)).all() : []).map((e) => [
			e.businessId!,
			e
		])
	);
	for (const [file, fileRows] of [['employer_contacts.csv', rows.contactRows], ['placements.csv', rows.placementRows]] as const) {
		for (const r of fileRows) {
			const found = r.businessId ? byBusinessId.get(r.businessId) : undefined;
			if (found && found.teamId !== teamId) result.errors.push({ file, row: r.row, column: 'business_id', code: 'business-id-other-team', value: r.businessId! });
		}
	}
}
