import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
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
	type EmployerContactRow,
	type EnrolmentRow,
	type ImportError,
	type ImportFileName,
	type ParsedTable,
	type PlacementRow,
	type ValidationSteps,
	runSteps,
	validateEmployerContactsSteps,
	validateEnrolmentsSteps,
	validatePlacementsSteps
} from '$lib/domain/import';
import { parseImportFile, type ParseResult } from './parse';

export type ImportInput = {
	/** File bytes by name; `size` lets a caller refuse an oversize file without reading it. */
	files: Partial<Record<ImportFileName, { bytes: Uint8Array | null; size: number }>>;
	/** Files already parsed by the caller (the web form checks the size and row caps before it starts a job). */
	parsed?: Partial<Record<ImportFileName, ParseResult>>;
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

/** Where a running import is: rows validated (then rows written or counted) out of all data rows. */
export type ImportProgress = { phase: 'validate' | 'write'; done: number; total: number };

/** Rows written (or, in a dry run, counted) between two progress reports. */
const WRITE_CHUNK = 1000;

const enrolmentRef = (r: EnrolmentRow) => `${r.clientRef}|${r.referralDate}`;
const employerKey = (name: string, businessId: string | null) => (businessId ? `id:${businessId}` : `name:${name.trim().toLowerCase()}`);
const placementRef = (r: PlacementRow) => `${employerKey(r.employerName, r.businessId)}|${r.jobTitle.toLowerCase()}|${r.startDate ?? ''}`;
/** SQLite's lower(): ASCII letters only. */
const sqliteLower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * Validates the files and, unless it is a dry run, writes them in one transaction: all rows or none.
 * Re-importing the same rows finds them by their import reference and updates them instead of adding.
 * Runs to the end at once (the CLI); the web form uses runImportAsync.
 */
export function runImport(input: ImportInput): ImportResult {
	return runSteps(importSteps(input));
}

/**
 * The same import in steps, giving the event loop back between them (setImmediate): parsing is one
 * step per file (at most 10 MB), validation 2 000 rows a step, a dry run's counting 1 000 rows a step.
 * The writes of a real import stay one transaction (all or nothing, README "Import"): on the one
 * connection a transaction cannot be left open while other requests run.
 */
export async function runImportAsync(input: ImportInput, onProgress: (progress: ImportProgress) => void = () => {}): Promise<ImportResult> {
	const steps = importSteps(input);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
		onProgress(next.value);
		await yieldToEventLoop();
	}
}

function* importSteps(input: ImportInput): Generator<ImportProgress, ImportResult, void> {
	const result: ImportResult = { ok: false, dryRun: input.dryRun, errors: [], counts: {}, teamId: null, teamCreated: false, coachesCreated: [], employersCreated: 0 };
	const given = IMPORT_FILES.filter((f) => input.files[f] || input.parsed?.[f]);
	if (given.length === 0) {
		result.errors.push({ file: null, row: null, column: null, code: 'no-files' });
		return result;
	}
	const tables: Partial<Record<ImportFileName, ParsedTable | null>> = {};
	for (const file of given) {
		const parsed = input.parsed?.[file] ?? parseImportFile(file, input.files[file]!.bytes, input.files[file]!.size);
		result.errors.push(...parsed.errors);
		tables[file] = parsed.table;
	}
	const total = given.reduce((sum, f) => sum + (tables[f]?.rows.length ?? 0), 0);
	let offset = 0;
	function* validate<T>(table: ParsedTable | null | undefined, steps: (t: ParsedTable, today: string) => ValidationSteps<T>): Generator<ImportProgress, T[], void> {
		if (!table) return [];
		const run = steps(table, input.today);
		for (;;) {
			const next = run.next();
			if (next.done) {
				offset += table.rows.length;
				return collect(result, next.value);
			}
			yield { phase: 'validate', done: offset + next.value, total };
		}
	}
	const enrolmentRows = yield* validate(tables['enrolments.csv'], validateEnrolmentsSteps);
	const contactRows = yield* validate(tables['employer_contacts.csv'], validateEmployerContactsSteps);
	const placementRows = yield* validate(tables['placements.csv'], validatePlacementsSteps);
	yield { phase: 'validate', done: total, total };

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

	const plan: Plan = { teamId, accounts, toCreate, enrolmentRows, contactRows, placementRows };
	const written = enrolmentRows.length + contactRows.length + placementRows.length;
	if (input.dryRun) {
		// A dry run writes nothing: it counts what the import would do on what is stored now.
		for (const done of write(db, true, input, result, plan)) yield { phase: 'write', done, total: written };
	} else {
		db.transaction((tx) => runSteps(write(tx, false, input, result, plan)));
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

function yieldToEventLoop(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
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

type EnrolmentState = { id: number; entryDate: string | null; referralDate: string; closedDate: string | null; currentPhase: number };

/** Selects with at most this many values in one IN list (SQLite limits the parameters of a statement). */
const IN_LIST = 500;

/**
 * The writes, deciding new vs existing from the team's import references read once at the start.
 * A dry run (`dry`) takes every decision the same way and counts, with stand-in ids for new rows, but
 * writes nothing. Yields the number of rows handled every WRITE_CHUNK rows.
 */
function* write(tx: DbOrTx, dry: boolean, input: ImportInput, result: ImportResult, plan: Plan): Generator<number, void, void> {
	const actorId = input.actor?.id ?? null;
	let standIn = 0;
	const newId = () => --standIn;
	let handled = 0;
	const tick = () => ++handled % WRITE_CHUNK === 0;
	let teamId = plan.teamId;
	if (teamId === null) {
		teamId = dry ? newId() : tx.insert(teams).values({ name: input.teamName.trim(), municipality: null }).returning({ id: teams.id }).get().id;
		result.teamCreated = true;
	}
	result.teamId = dry && result.teamCreated ? null : teamId;
	const coachIds = new Map(plan.accounts);
	for (const email of plan.toCreate) {
		// No password and inactive: the account cannot sign in until an admin activates it.
		const id = dry ? newId() : tx.insert(users).values({ email, name: email.split('@')[0], passwordHash: null, active: false }).returning({ id: users.id }).get().id;
		coachIds.set(email, id);
		result.coachesCreated.push(email);
	}
	if (!dry) {
		for (const id of coachIds.values()) {
			tx.insert(teamMembers).values({ teamId, userId: id, role: 'coach', fte: 1 }).onConflictDoNothing().run();
		}
	}

	// What the team already has, by import reference (a new team has nothing).
	const stored = !result.teamCreated;
	const clientIdByRef = new Map<string, number>(
		stored ? tx.select({ ref: clients.importRef, id: clients.id }).from(clients).where(and(eq(clients.teamId, teamId), isNotNull(clients.importRef))).all().map((c) => [c.ref!, c.id]) : []
	);
	const enrolmentIdByRef = new Map<string, number>(
		stored ? tx.select({ ref: enrolments.importRef, id: enrolments.id }).from(enrolments).where(and(eq(enrolments.teamId, teamId), isNotNull(enrolments.importRef))).all().map((e) => [e.ref!, e.id]) : []
	);

	// Clients and enrolments.
	const updatedClients = new Set<string>();
	const enrolmentsOf = new Map<number, EnrolmentState[]>();
	const teamClientIds = tx.select({ id: clients.id }).from(clients).where(eq(clients.teamId, teamId));
	if (stored && plan.placementRows.length) {
		const rows = tx
			.select({ id: enrolments.id, clientId: enrolments.clientId, entryDate: enrolments.entryDate, referralDate: enrolments.referralDate, closedDate: enrolments.closedDate, currentPhase: enrolments.currentPhase })
			.from(enrolments)
			.where(inArray(enrolments.clientId, teamClientIds))
			.all();
		for (const { clientId, ...e } of rows) enrolmentsOf.set(clientId, [...(enrolmentsOf.get(clientId) ?? []), e]);
	}
	const counts: FileCounts = { rows: plan.enrolmentRows.length, created: 0, updated: 0 };
	for (const r of plan.enrolmentRows) {
		let clientId = clientIdByRef.get(r.clientRef);
		if (clientId === undefined) {
			clientId = dry ? newId() : tx.insert(clients).values({ teamId, firstName: r.firstName, lastName: r.lastName, importRef: r.clientRef }).returning({ id: clients.id }).get().id;
			clientIdByRef.set(r.clientRef, clientId);
			updatedClients.add(r.clientRef);
		} else if (!updatedClients.has(r.clientRef)) {
			if (!dry) tx.update(clients).set({ firstName: r.firstName, lastName: r.lastName, updatedAt: new Date(), version: sql`${clients.version} + 1` }).where(eq(clients.id, clientId)).run();
			updatedClients.add(r.clientRef);
		}
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
		const existing = enrolmentIdByRef.get(enrolmentRef(r));
		const clientEnrolments = enrolmentsOf.get(clientId) ?? [];
		enrolmentsOf.set(clientId, clientEnrolments);
		if (existing !== undefined) {
			if (!dry) tx.update(enrolments).set({ ...values, updatedAt: new Date(), version: sql`${enrolments.version} + 1` }).where(eq(enrolments.id, existing)).run();
			const known = clientEnrolments.find((e) => e.id === existing);
			if (known) Object.assign(known, { entryDate: r.entryDate, referralDate: r.referralDate, closedDate: r.closedDate });
			counts.updated++;
		} else {
			const id = dry ? newId() : tx.insert(enrolments).values({ ...values, importRef: enrolmentRef(r) }).returning({ id: enrolments.id }).get().id;
			if (!dry) {
				tx.insert(enrolmentAssignments).values({ enrolmentId: id, kind: 'coach', userId: coachId, startedOn: r.entryDate ?? r.referralDate, changedBy: actorId }).run();
				recordPhaseChange({ enrolmentId: id, phase: 1, enteredOn: r.entryDate ?? r.referralDate, changedBy: actorId }, tx);
			}
			enrolmentIdByRef.set(enrolmentRef(r), id);
			clientEnrolments.push({ id, entryDate: r.entryDate, referralDate: r.referralDate, closedDate: r.closedDate, currentPhase: 1 });
			counts.created++;
		}
		if (tick()) yield handled;
	}
	if (plan.enrolmentRows.length) result.counts['enrolments.csv'] = counts;

	// Employers: by business ID, then by name (SQLite's lower(), as stored), within the team; created when missing.
	const businessIds = [...new Set([...plan.contactRows, ...plan.placementRows].map((r) => r.businessId).filter((b): b is string => b !== null))];
	const employerByBusinessId = new Map<string, number>();
	for (let i = 0; i < businessIds.length; i += IN_LIST) {
		for (const e of tx.select({ id: employers.id, businessId: employers.businessId }).from(employers).where(inArray(employers.businessId, businessIds.slice(i, i + IN_LIST))).all()) {
			employerByBusinessId.set(e.businessId!, e.id);
		}
	}
	const employerByName = new Map<string, number>();
	if (stored && (plan.contactRows.length || plan.placementRows.length)) {
		for (const e of tx.select({ id: employers.id, name: sql<string>`lower(${employers.name})` }).from(employers).where(eq(employers.teamId, teamId)).orderBy(employers.id).all()) {
			if (!employerByName.has(e.name)) employerByName.set(e.name, e.id);
		}
	}
	const employerIds = new Map<string, number>();
	const employerIdOf = (name: string, businessId: string | null): number => {
		const key = employerKey(name, businessId);
		const known = employerIds.get(key);
		if (known !== undefined) return known;
		const found = (businessId ? employerByBusinessId.get(businessId) : undefined) ?? employerByName.get(name.trim().toLowerCase());
		let id = found;
		if (id === undefined) {
			id = dry ? newId() : tx.insert(employers).values({ teamId, name: name.trim(), businessId }).returning({ id: employers.id }).get().id;
			result.employersCreated++;
			if (businessId) employerByBusinessId.set(businessId, id);
			const stored = sqliteLower(name.trim());
			if (!employerByName.has(stored)) employerByName.set(stored, id);
		}
		employerIds.set(key, id);
		return id;
	};

	// Employer contacts: identical rows are told apart by their occurrence number.
	const contactIdByRef = new Map<string, number>(
		stored && plan.contactRows.length
			? tx
					.select({ ref: employerContacts.importRef, id: employerContacts.id })
					.from(employerContacts)
					.where(and(eq(employerContacts.teamId, teamId), isNotNull(employerContacts.importRef)))
					.all()
					.map((c) => [c.ref!, c.id])
			: []
	);
	const contactCounts: FileCounts = { rows: plan.contactRows.length, created: 0, updated: 0 };
	const occurrences = new Map<string, number>();
	for (const r of plan.contactRows) {
		const base = [r.date, r.coachEmail, employerKey(r.employerName, r.businessId), r.mode, r.purpose, r.clientRef ?? ''].join('|');
		const n = (occurrences.get(base) ?? 0) + 1;
		occurrences.set(base, n);
		const importRef = `${base}#${n}`;
		const existing = contactIdByRef.get(importRef);
		const values = { clientPresent: r.clientPresent, generic: r.clientRef === null };
		let contactId: number;
		if (existing !== undefined) {
			if (!dry) tx.update(employerContacts).set(values).where(eq(employerContacts.id, existing)).run();
			contactId = existing;
			contactCounts.updated++;
		} else {
			const employerId = employerIdOf(r.employerName, r.businessId);
			contactId = dry
				? newId()
				: tx
						.insert(employerContacts)
						.values({ ...values, teamId, employerId, coachId: coachIds.get(r.coachEmail)!, date: r.date, mode: r.mode, purpose: r.purpose, importRef, createdBy: actorId })
						.returning({ id: employerContacts.id })
						.get().id;
			contactIdByRef.set(importRef, contactId);
			contactCounts.created++;
		}
		if (r.clientRef !== null && !dry) tx.insert(employerContactClients).values({ employerContactId: contactId, clientId: clientIdByRef.get(r.clientRef)! }).onConflictDoNothing().run();
		if (tick()) yield handled;
	}
	if (plan.contactRows.length) result.counts['employer_contacts.csv'] = contactCounts;

	// Placements hang on the client's enrolment that was open at the start date (else the latest one).
	const placementRefs = new Set<string>(
		stored && plan.placementRows.length
			? tx
					.select({ enrolmentId: placements.enrolmentId, ref: placements.importRef })
					.from(placements)
					.where(and(inArray(placements.clientId, teamClientIds), isNotNull(placements.importRef)))
					.all()
					.map((p) => `${p.enrolmentId}|${p.ref}`)
			: []
	);
	const placementCounts: FileCounts = { rows: plan.placementRows.length, created: 0, updated: 0 };
	for (const r of plan.placementRows) {
		if (tick()) yield handled;
		const clientId = clientIdByRef.get(r.clientRef)!;
		const clientEnrolments = [...(enrolmentsOf.get(clientId) ?? [])].sort((a, b) => (a.referralDate < b.referralDate ? -1 : 1));
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
		const ref = `${enrolment.id}|${placementRef(r)}`;
		if (placementRefs.has(ref)) {
			if (!dry) {
				tx.update(placements)
					.set({ ...values, updatedAt: new Date(), version: sql`${placements.version} + 1` })
					.where(and(eq(placements.enrolmentId, enrolment.id), eq(placements.importRef, placementRef(r))))
					.run();
			}
			placementCounts.updated++;
		} else {
			const employerId = employerIdOf(r.employerName, r.businessId);
			if (!dry) {
				tx.insert(placements)
					.values({ ...values, enrolmentId: enrolment.id, clientId, employerId, jobTitle: r.jobTitle, importRef: placementRef(r), createdBy: actorId })
					.run();
			}
			placementRefs.add(ref);
			placementCounts.created++;
			// An ongoing job on an open enrolment means in-work support (phase 5).
			if (r.status === 'started' && enrolment.closedDate === null && enrolment.currentPhase < 5) {
				if (!dry) recordPhaseChange({ enrolmentId: enrolment.id, phase: 5, enteredOn: r.startDate!, changedBy: actorId }, tx);
				enrolment.currentPhase = 5;
			}
		}
	}
	if (plan.placementRows.length) result.counts['placements.csv'] = placementCounts;
}
