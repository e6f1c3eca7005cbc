import { and, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '../db';
import {
	clients,
	employerContactClients,
	employerContacts,
	employers,
	enrolmentAssignments,
	enrolments,
	placements,
	teamMembers,
	teams,
	users
} from '../db/schema';
import { audit } from '../audit';
import type { Actor } from '../policy';
import { recordPhaseChange, type DbOrTx } from '../clients/phases';
import {
	IMPORT_FILES,
	validateEmployerContacts,
	validateEnrolments,
	validatePlacements,
	type EmployerContactRow,
	type EnrolmentRow,
	type ImportError,
	type ImportFileName,
	type PlacementRow
} from '$lib/domain/import';
import { parseImportFile } from './parse';

export type ImportInput = {
	/** File bytes by name; `size` lets a caller refuse an oversize file without reading it. */
	files: Partial<Record<ImportFileName, { bytes: Uint8Array | null; size: number }>>;
	teamName: string;
	createTeam?: boolean;
	createCoaches?: boolean;
	dryRun: boolean;
	actor: Actor | null;
	today: string;
};

export type FileCounts = { rows: number; created: number; updated: number };
export type ImportResult = {
	ok: boolean;
	dryRun: boolean;
	errors: ImportError[];
	counts: Partial<Record<ImportFileName, FileCounts>>;
	teamId: number | null;
	teamCreated: boolean;
	coachesCreated: string[];
	employersCreated: number;
};

class Rollback extends Error {}

const enrolmentRef = (r: EnrolmentRow) => `${r.clientRef}|${r.referralDate}`;
const employerKey = (name: string, businessId: string | null) => (businessId ? `id:${businessId}` : `name:${name.trim().toLowerCase()}`);
const placementRef = (r: PlacementRow) => `${employerKey(r.employerName, r.businessId)}|${r.jobTitle.toLowerCase()}|${r.startDate ?? ''}`;

/**
 * Validates the files and, unless it is a dry run, writes them in one transaction: all rows or none.
 * Re-importing the same rows finds them by their import reference and updates them instead of adding.
 */
export function runImport(input: ImportInput): ImportResult {
	const result: ImportResult = { ok: false, dryRun: input.dryRun, errors: [], counts: {}, teamId: null, teamCreated: false, coachesCreated: [], employersCreated: 0 };
	const given = IMPORT_FILES.filter((f) => input.files[f]);
	if (given.length === 0) {
		result.errors.push({ file: null, row: null, column: null, code: 'no-files' });
		return result;
	}
	const tables = Object.fromEntries(
		given.map((file) => {
			const parsed = parseImportFile(file, input.files[file]!.bytes, input.files[file]!.size);
			result.errors.push(...parsed.errors);
			return [file, parsed.table];
		})
	);
	const enrolmentRows = tables['enrolments.csv'] ? collect(result, validateEnrolments(tables['enrolments.csv'], input.today)) : [];
	const contactRows = tables['employer_contacts.csv'] ? collect(result, validateEmployerContacts(tables['employer_contacts.csv'], input.today)) : [];
	const placementRows = tables['placements.csv'] ? collect(result, validatePlacements(tables['placements.csv'], input.today)) : [];

	const db = getDb();
	const team = db.select({ id: teams.id }).from(teams).where(eq(teams.name, input.teamName.trim())).get();
	if (!team && !input.createTeam) result.errors.push({ file: null, row: null, column: null, code: 'unknown-team', value: input.teamName });
	const teamId = team?.id ?? null;

	// Coaches by e-mail: must exist and belong to the team (or be created with --create-coaches).
	const coachRows = [
		...enrolmentRows.map((r) => ({ file: 'enrolments.csv' as const, row: r.row, email: r.coachEmail })),
		...contactRows.map((r) => ({ file: 'employer_contacts.csv' as const, row: r.row, email: r.coachEmail }))
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

	// Clients named by contacts and placements: in enrolments.csv or imported earlier into this team.
	const refsInFile = new Set(enrolmentRows.map((r) => r.clientRef));
	const otherRefs = [...new Set([...contactRows, ...placementRows].map((r) => r.clientRef).filter((r): r is string => r !== null && !refsInFile.has(r)))];
	const existingRefs = new Set(
		teamId !== null && otherRefs.length
			? db.select({ ref: clients.importRef }).from(clients).where(and(eq(clients.teamId, teamId), inArray(clients.importRef, otherRefs))).all().map((c) => c.ref!)
			: []
	);
	for (const [file, rows] of [['employer_contacts.csv', contactRows], ['placements.csv', placementRows]] as const) {
		for (const r of rows) {
			if (r.clientRef !== null && !refsInFile.has(r.clientRef) && !existingRefs.has(r.clientRef)) {
				result.errors.push({ file, row: r.row, column: 'client_ref', code: 'unknown-client', value: r.clientRef });
			}
		}
	}

	// A business ID is unique in Polku: it must not point at another team's employer.
	const businessIds = [...new Set([...contactRows, ...placementRows].map((r) => r.businessId).filter((b): b is string => b !== null))];
	const byBusinessId = new Map(
		(businessIds.length ? db.select({ id: employers.id, teamId: employers.teamId, businessId: employers.businessId }).from(employers).where(inArray(employers.businessId, businessIds)).all() : []).map((e) => [
			e.businessId!,
			e
		])
	);
	for (const [file, rows] of [['employer_contacts.csv', contactRows], ['placements.csv', placementRows]] as const) {
		for (const r of rows) {
			const found = r.businessId ? byBusinessId.get(r.businessId) : undefined;
			if (found && found.teamId !== teamId) result.errors.push({ file, row: r.row, column: 'business_id', code: 'business-id-other-team', value: r.businessId! });
		}
	}

	result.errors.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.row ?? 0) - (b.row ?? 0));
	if (result.errors.length) return result;

	try {
		db.transaction((tx) => {
			write(tx, input, result, { teamId, accounts, toCreate, enrolmentRows, contactRows, placementRows });
			if (input.dryRun) throw new Rollback();
		});
	} catch (err) {
		if (!(err instanceof Rollback)) throw err;
	}
	result.ok = true;
	if (!input.dryRun) {
		audit({
			actor: input.actor,
			action: 'create',
			entity: 'import',
			teamId: result.teamId,
			view: 'outcomes/import',
			details: JSON.stringify({ counts: result.counts, coachesCreated: result.coachesCreated.length, teamCreated: result.teamCreated })
		});
	}
	return result;
}

function collect<T>(result: ImportResult, validated: { rows: T[]; errors: ImportError[] }): T[] {
	result.errors.push(...validated.errors);
	return validated.rows;
}

type Plan = {
	teamId: number | null;
	accounts: Map<string, number>;
	toCreate: Set<string>;
	enrolmentRows: EnrolmentRow[];
	contactRows: EmployerContactRow[];
	placementRows: PlacementRow[];
};

/** The writes; a dry run performs them too (to count new vs existing rows exactly) and rolls back. */
function write(tx: DbOrTx, input: ImportInput, result: ImportResult, plan: Plan): void {
	const actorId = input.actor?.id ?? null;
	let teamId = plan.teamId;
	if (teamId === null) {
		teamId = tx.insert(teams).values({ name: input.teamName.trim(), municipality: null }).returning({ id: teams.id }).get().id;
		result.teamCreated = true;
	}
	result.teamId = teamId;
	const coachIds = new Map(plan.accounts);
	for (const email of plan.toCreate) {
		// No password and inactive: the account cannot sign in until an admin activates it.
		const id = tx.insert(users).values({ email, name: email.split('@')[0], passwordHash: null, active: false }).returning({ id: users.id }).get().id;
		coachIds.set(email, id);
		result.coachesCreated.push(email);
	}
	for (const id of coachIds.values()) {
		tx.insert(teamMembers).values({ teamId, userId: id, role: 'coach', fte: 1 }).onConflictDoNothing().run();
	}

	// Clients and enrolments.
	const clientIdByRef = new Map<string, number>();
	const counts: FileCounts = { rows: plan.enrolmentRows.length, created: 0, updated: 0 };
	for (const r of plan.enrolmentRows) {
		let clientId = clientIdByRef.get(r.clientRef) ?? tx.select({ id: clients.id }).from(clients).where(and(eq(clients.teamId, teamId), eq(clients.importRef, r.clientRef))).get()?.id;
		if (clientId === undefined) {
			clientId = tx.insert(clients).values({ teamId, firstName: r.firstName, lastName: r.lastName, importRef: r.clientRef }).returning({ id: clients.id }).get().id;
		} else if (!clientIdByRef.has(r.clientRef)) {
			tx.update(clients).set({ firstName: r.firstName, lastName: r.lastName, updatedAt: new Date(), version: sql`${clients.version} + 1` }).where(eq(clients.id, clientId)).run();
		}
		clientIdByRef.set(r.clientRef, clientId);
		const coachId = coachIds.get(r.coachEmail)!;
		const values = {
			clientId,
			teamId,
			coachId,
			referralDate: r.referralDate,
			entryDate: r.entryDate,
			outOfWorkAtReferral: r.outOfWorkAtReferral,
			closedDate: r.closedDate,
			closingReason: r.closingReason
		};
		const existing = tx.select({ id: enrolments.id }).from(enrolments).where(and(eq(enrolments.teamId, teamId), eq(enrolments.importRef, enrolmentRef(r)))).get();
		if (existing) {
			tx.update(enrolments).set({ ...values, updatedAt: new Date(), version: sql`${enrolments.version} + 1` }).where(eq(enrolments.id, existing.id)).run();
			counts.updated++;
		} else {
			const id = tx.insert(enrolments).values({ ...values, importRef: enrolmentRef(r) }).returning({ id: enrolments.id }).get().id;
			tx.insert(enrolmentAssignments).values({ enrolmentId: id, kind: 'coach', userId: coachId, startedOn: r.entryDate ?? r.referralDate, changedBy: actorId }).run();
			recordPhaseChange({ enrolmentId: id, phase: 1, enteredOn: r.entryDate ?? r.referralDate, changedBy: actorId }, tx);
			counts.created++;
		}
	}
	if (plan.enrolmentRows.length) result.counts['enrolments.csv'] = counts;

	const clientIdOf = (ref: string): number => {
		let id = clientIdByRef.get(ref);
		if (id === undefined) {
			id = tx.select({ id: clients.id }).from(clients).where(and(eq(clients.teamId, teamId), eq(clients.importRef, ref))).get()!.id;
			clientIdByRef.set(ref, id);
		}
		return id;
	};

	// Employers: by business ID, then by name, within the team; created when missing.
	const employerIds = new Map<string, number>();
	const employerIdOf = (name: string, businessId: string | null): number => {
		const key = employerKey(name, businessId);
		const known = employerIds.get(key);
		if (known !== undefined) return known;
		const found =
			(businessId ? tx.select({ id: employers.id }).from(employers).where(eq(employers.businessId, businessId)).get() : undefined) ??
			tx
				.select({ id: employers.id })
				.from(employers)
				.where(and(eq(employers.teamId, teamId), sql`lower(${employers.name}) = ${name.trim().toLowerCase()}`))
				.get();
		const id = found?.id ?? tx.insert(employers).values({ teamId, name: name.trim(), businessId }).returning({ id: employers.id }).get().id;
		if (!found) result.employersCreated++;
		employerIds.set(key, id);
		return id;
	};

	// Employer contacts: identical rows are told apart by their occurrence number.
	const contactCounts: FileCounts = { rows: plan.contactRows.length, created: 0, updated: 0 };
	const occurrences = new Map<string, number>();
	for (const r of plan.contactRows) {
		const base = [r.date, r.coachEmail, employerKey(r.employerName, r.businessId), r.mode, r.purpose, r.clientRef ?? ''].join('|');
		const n = (occurrences.get(base) ?? 0) + 1;
		occurrences.set(base, n);
		const importRef = `${base}#${n}`;
		const existing = tx.select({ id: employerContacts.id }).from(employerContacts).where(and(eq(employerContacts.teamId, teamId), eq(employerContacts.importRef, importRef))).get();
		const values = { clientPresent: r.clientPresent, generic: r.clientRef === null };
		let contactId: number;
		if (existing) {
			tx.update(employerContacts).set(values).where(eq(employerContacts.id, existing.id)).run();
			contactId = existing.id;
			contactCounts.updated++;
		} else {
			contactId = tx
				.insert(employerContacts)
				.values({ ...values, teamId, employerId: employerIdOf(r.employerName, r.businessId), coachId: coachIds.get(r.coachEmail)!, date: r.date, mode: r.mode, purpose: r.purpose, importRef, createdBy: actorId })
				.returning({ id: employerContacts.id })
				.get().id;
			contactCounts.created++;
		}
		if (r.clientRef !== null) tx.insert(employerContactClients).values({ employerContactId: contactId, clientId: clientIdOf(r.clientRef) }).onConflictDoNothing().run();
	}
	if (plan.contactRows.length) result.counts['employer_contacts.csv'] = contactCounts;

	// Placements hang on the client's enrolment that was open at the start date (else the latest one).
	const placementCounts: FileCounts = { rows: plan.placementRows.length, created: 0, updated: 0 };
	for (const r of plan.placementRows) {
		const clientId = clientIdOf(r.clientRef);
		const clientEnrolments = tx
			.select({ id: enrolments.id, entryDate: enrolments.entryDate, referralDate: enrolments.referralDate, closedDate: enrolments.closedDate, currentPhase: enrolments.currentPhase })
			.from(enrolments)
			.where(eq(enrolments.clientId, clientId))
			.all()
			.sort((a, b) => (a.referralDate < b.referralDate ? -1 : 1));
		const day = r.startDate;
		const enrolment =
			(day && clientEnrolments.find((e) => (e.entryDate ?? e.referralDate) <= day && (e.closedDate === null || e.closedDate >= day))) ??
			(day ? clientEnrolments.filter((e) => e.referralDate <= day).pop() : undefined) ??
			clientEnrolments[clientEnrolments.length - 1];
		if (!enrolment) continue; // validated above: every client_ref has an enrolment
		const values = {
			jobType: r.jobType,
			hoursPerWeek: r.hoursPerWeek,
			competitive: r.competitive,
			wageSubsidy: r.wageSubsidy,
			status: r.status,
			startDate: r.startDate,
			endDate: r.endDate,
			endReason: r.endReason
		};
		const existing = tx.select({ id: placements.id }).from(placements).where(and(eq(placements.enrolmentId, enrolment.id), eq(placements.importRef, placementRef(r)))).get();
		if (existing) {
			tx.update(placements).set({ ...values, updatedAt: new Date(), version: sql`${placements.version} + 1` }).where(eq(placements.id, existing.id)).run();
			placementCounts.updated++;
		} else {
			tx.insert(placements)
				.values({ ...values, enrolmentId: enrolment.id, clientId, employerId: employerIdOf(r.employerName, r.businessId), jobTitle: r.jobTitle, importRef: placementRef(r), createdBy: actorId })
				.run();
			placementCounts.created++;
			// An ongoing job on an open enrolment means in-work support (phase 5).
			if (r.status === 'started' && enrolment.closedDate === null && enrolment.currentPhase < 5) {
				recordPhaseChange({ enrolmentId: enrolment.id, phase: 5, enteredOn: r.startDate!, changedBy: actorId }, tx);
				enrolment.currentPhase = 5;
			}
		}
	}
	if (plan.placementRows.length) result.counts['placements.csv'] = placementCounts;
}
