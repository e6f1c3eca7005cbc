import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { clients, employerContactClients, employerContacts, employers, enrolmentAssignments, enrolments, placements, teamMembers, teams, users } from '../db/schema';
import { recordPhaseChange, type DbOrTx } from '../clients/phases';
import type { EmployerContactRow, EnrolmentRow, PlacementRow } from '$lib/domain/import';
import { employerKey, enrolmentRef, placementRef, type FileCounts, type CommitInput, type ImportResult, type Plan } from './types';
import { writeFeedback } from './write-feedback';

/** Rows written (or, in a dry run, counted) between two progress reports. */
const WRITE_CHUNK = 1000;
/** Selects with at most this many values in one IN list (SQLite limits the parameters of a statement). */
const IN_LIST = 500;

/** SQLite's lower(): ASCII letters only. */
const sqliteLower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

export type EnrolmentState = { id: number; entryDate: string | null; referralDate: string; closedDate: string | null; currentPhase: number };

/** One import's writing state: the team, the coaches, and what the team already has by import reference. */
export type Writer = {
	tx: DbOrTx;
	/** A dry run takes every decision the same way but writes nothing (stand-in ids for new rows). */
	dry: boolean;
	input: CommitInput;
	result: ImportResult;
	plan: Plan;
	actorId: number | null;
	teamId: number;
	/** False for a team created by this import: it has nothing stored to look up. */
	stored: boolean;
	coachIds: Map<string, number>;
	clientIdByRef: Map<string, number>;
	enrolmentsOf: Map<number, EnrolmentState[]>;
	newId: () => number;
	/** Counts one handled row; true every WRITE_CHUNK rows (time to report progress). */
	tick: () => boolean;
	handled: () => number;
};

/**
 * The writes, deciding new vs existing from the team's import references read once at the start.
 * A dry run (`dry`) takes every decision the same way and counts, with stand-in ids for new rows, but
 * writes nothing. Yields the number of rows handled every WRITE_CHUNK rows.
 */
export function* writeImport(tx: DbOrTx, dry: boolean, input: CommitInput, result: ImportResult, plan: Plan): Generator<number, void, void> {
	const w = startWriting(tx, dry, input, result, plan);
	yield* writeEnrolments(w);
	const employerIdOf = employerFinder(w);
	yield* writeContacts(w, employerIdOf);
	yield* writePlacements(w, employerIdOf);
	yield* writeFeedback(w);
}

/** The team and the coach accounts (created when the plan says so), and the team's stored clients. */
function startWriting(tx: DbOrTx, dry: boolean, input: CommitInput, result: ImportResult, plan: Plan): Writer {
	let standIn = 0;
	const newId = () => --standIn;
	let handled = 0;
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
	const stored = !result.teamCreated;
	const clientIdByRef = new Map<string, number>(
		stored ? tx.select({ ref: clients.importRef, id: clients.id }).from(clients).where(and(eq(clients.teamId, teamId), isNotNull(clients.importRef))).all().map((c) => [c.ref!, c.id]) : []
	);
	return {
		tx,
		dry,
		input,
		result,
		plan,
		actorId: input.actor?.id ?? null,
		teamId,
		stored,
		coachIds,
		clientIdByRef,
		enrolmentsOf: new Map(),
		newId,
		tick: () => ++handled % WRITE_CHUNK === 0,
		handled: () => handled
	};
}

/** The team's clients, as a subquery. */
function teamClientIds(w: Writer) {
	return w.tx.select({ id: clients.id }).from(clients).where(eq(clients.teamId, w.teamId));
}

/** Clients and their enrolments. */
function* writeEnrolments(w: Writer): Generator<number, void, void> {
	const { tx, dry, plan } = w;
	const enrolmentIdByRef = new Map<string, number>(
		w.stored ? tx.select({ ref: enrolments.importRef, id: enrolments.id }).from(enrolments).where(and(eq(enrolments.teamId, w.teamId), isNotNull(enrolments.importRef))).all().map((e) => [e.ref!, e.id]) : []
	);
	if (w.stored && (plan.placementRows.length || plan.feedbackRows.length)) {
		const rows = tx
			.select({ id: enrolments.id, clientId: enrolments.clientId, entryDate: enrolments.entryDate, referralDate: enrolments.referralDate, closedDate: enrolments.closedDate, currentPhase: enrolments.currentPhase })
			.from(enrolments)
			.where(inArray(enrolments.clientId, teamClientIds(w)))
			.all();
		for (const { clientId, ...e } of rows) w.enrolmentsOf.set(clientId, [...(w.enrolmentsOf.get(clientId) ?? []), e]);
	}
	const updatedClients = new Set<string>();
	const counts: FileCounts = { rows: plan.enrolmentRows.length, created: 0, updated: 0 };
	for (const r of plan.enrolmentRows) {
		const clientId = writeClient(w, r, updatedClients);
		const existing = enrolmentIdByRef.get(enrolmentRef(r));
		const clientEnrolments = w.enrolmentsOf.get(clientId) ?? [];
		w.enrolmentsOf.set(clientId, clientEnrolments);
		if (existing !== undefined) {
			if (!dry) tx.update(enrolments).set({ ...enrolmentValues(w, r, clientId), updatedAt: new Date(), version: sql`${enrolments.version} + 1` }).where(eq(enrolments.id, existing)).run();
			const known = clientEnrolments.find((e) => e.id === existing);
			if (known) Object.assign(known, { entryDate: r.entryDate, referralDate: r.referralDate, closedDate: r.closedDate });
			counts.updated++;
		} else {
			const id = insertEnrolment(w, r, clientId);
			enrolmentIdByRef.set(enrolmentRef(r), id);
			clientEnrolments.push({ id, entryDate: r.entryDate, referralDate: r.referralDate, closedDate: r.closedDate, currentPhase: 1 });
			counts.created++;
		}
		if (w.tick()) yield w.handled();
	}
	if (plan.enrolmentRows.length) w.result.counts['enrolments.csv'] = counts;
}

/** The row's client: found by its reference (its name updated once per import) or added. */
function writeClient(w: Writer, r: EnrolmentRow, updatedClients: Set<string>): number {
	let clientId = w.clientIdByRef.get(r.clientRef);
	if (clientId === undefined) {
		clientId = w.dry ? w.newId() : w.tx.insert(clients).values({ teamId: w.teamId, firstName: r.firstName, lastName: r.lastName, birthYear: r.birthYear, importRef: r.clientRef }).returning({ id: clients.id }).get().id;
		w.clientIdByRef.set(r.clientRef, clientId);
		updatedClients.add(r.clientRef);
	} else if (!updatedClients.has(r.clientRef)) {
		// A blank birth_year keeps the stored one.
		const birthYear = r.birthYear !== null ? { birthYear: r.birthYear } : {};
		if (!w.dry) w.tx.update(clients).set({ firstName: r.firstName, lastName: r.lastName, ...birthYear, updatedAt: new Date(), version: sql`${clients.version} + 1` }).where(eq(clients.id, clientId)).run();
		updatedClients.add(r.clientRef);
	}
	return clientId;
}

function enrolmentValues(w: Writer, r: EnrolmentRow, clientId: number) {
	return {
		clientId,
		teamId: w.teamId,
		coachId: w.coachIds.get(r.coachEmail)!,
		referralDate: r.referralDate,
		entryDate: r.entryDate,
		outOfWorkAtReferral: r.outOfWorkAtReferral,
		closedDate: r.closedDate,
		closingReason: r.closingReason,
		// A blank unemployment_months keeps the stored one.
		...(r.unemploymentMonths !== null ? { unemploymentMonths: r.unemploymentMonths } : {})
	};
}

/** A new enrolment with its coach assignment and phase 1 from its start. */
function insertEnrolment(w: Writer, r: EnrolmentRow, clientId: number): number {
	if (w.dry) return w.newId();
	const values = enrolmentValues(w, r, clientId);
	const id = w.tx.insert(enrolments).values({ ...values, importRef: enrolmentRef(r) }).returning({ id: enrolments.id }).get().id;
	w.tx.insert(enrolmentAssignments).values({ enrolmentId: id, kind: 'coach', userId: values.coachId, startedOn: r.entryDate ?? r.referralDate, changedBy: w.actorId }).run();
	recordPhaseChange({ enrolmentId: id, phase: 1, enteredOn: r.entryDate ?? r.referralDate, changedBy: w.actorId }, w.tx);
	return id;
}

/** Employers: by business ID, then by name (SQLite's lower(), as stored), within the team; created when missing. */
function employerFinder(w: Writer): (name: string, businessId: string | null) => number {
	const { tx, plan } = w;
	const businessIds = [...new Set([...plan.contactRows, ...plan.placementRows].map((r) => r.businessId).filter((b): b is string => b !== null))];
	const employerByBusinessId = new Map<string, number>();
	for (let i = 0; i < businessIds.length; i += IN_LIST) {
		for (const e of tx.select({ id: employers.id, businessId: employers.businessId }).from(employers).where(inArray(employers.businessId, businessIds.slice(i, i + IN_LIST))).all()) {
			employerByBusinessId.set(e.businessId!, e.id);
		}
	}
	const employerByName = new Map<string, number>();
	if (w.stored && (plan.contactRows.length || plan.placementRows.length)) {
		for (const e of tx.select({ id: employers.id, name: sql<string>`lower(${employers.name})` }).from(employers).where(eq(employers.teamId, w.teamId)).orderBy(employers.id).all()) {
			if (!employerByName.has(e.name)) employerByName.set(e.name, e.id);
		}
	}
	const employerIds = new Map<string, number>();
	return (name, businessId) => {
		const key = employerKey(name, businessId);
		const known = employerIds.get(key);
		if (known !== undefined) return known;
		let id = (businessId ? employerByBusinessId.get(businessId) : undefined) ?? employerByName.get(name.trim().toLowerCase());
		if (id === undefined) {
			id = w.dry ? w.newId() : tx.insert(employers).values({ teamId: w.teamId, name: name.trim(), businessId }).returning({ id: employers.id }).get().id;
			w.result.employersCreated++;
			if (businessId) employerByBusinessId.set(businessId, id);
			const lowered = sqliteLower(name.trim());
			if (!employerByName.has(lowered)) employerByName.set(lowered, id);
		}
		employerIds.set(key, id);
		return id;
	};
}

/** Employer contacts: identical rows are told apart by their occurrence number. */
function* writeContacts(w: Writer, employerIdOf: (name: string, businessId: string | null) => number): Generator<number, void, void> {
	const { tx, dry, plan } = w;
	const contactIdByRef = new Map<string, number>(
		w.stored && plan.contactRows.length
			? tx
					.select({ ref: employerContacts.importRef, id: employerContacts.id })
					.from(employerContacts)
					.where(and(eq(employerContacts.teamId, w.teamId), isNotNull(employerContacts.importRef)))
					.all()
					.map((c) => [c.ref!, c.id])
			: []
	);
	const counts: FileCounts = { rows: plan.contactRows.length, created: 0, updated: 0 };
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
			counts.updated++;
		} else {
			contactId = insertContact(w, r, { ...values, employerId: employerIdOf(r.employerName, r.businessId), importRef });
			contactIdByRef.set(importRef, contactId);
			counts.created++;
		}
		if (r.clientRef !== null && !dry) tx.insert(employerContactClients).values({ employerContactId: contactId, clientId: w.clientIdByRef.get(r.clientRef)! }).onConflictDoNothing().run();
		if (w.tick()) yield w.handled();
	}
	if (plan.contactRows.length) w.result.counts['employer_contacts.csv'] = counts;
}

function insertContact(w: Writer, r: EmployerContactRow, values: { clientPresent: boolean; generic: boolean; employerId: number; importRef: string }): number {
	if (w.dry) return w.newId();
	return w.tx
		.insert(employerContacts)
		.values({ ...values, teamId: w.teamId, coachId: w.coachIds.get(r.coachEmail)!, date: r.date, mode: r.mode, purpose: r.purpose, createdBy: w.actorId })
		.returning({ id: employerContacts.id })
		.get().id;
}

/** Placements hang on the client's enrolment that was open at the start date (else the latest one). */
function* writePlacements(w: Writer, employerIdOf: (name: string, businessId: string | null) => number): Generator<number, void, void> {
	const { tx, dry, plan } = w;
	const placementRefs = new Set<string>(
		w.stored && plan.placementRows.length
			? tx
					.select({ enrolmentId: placements.enrolmentId, ref: placements.importRef })
					.from(placements)
					.where(and(inArray(placements.clientId, teamClientIds(w)), isNotNull(placements.importRef)))
					.all()
					.map((p) => `${p.enrolmentId}|${p.ref}`)
			: []
	);
	const counts: FileCounts = { rows: plan.placementRows.length, created: 0, updated: 0 };
	for (const r of plan.placementRows) {
		if (w.tick()) yield w.handled();
		const clientId = w.clientIdByRef.get(r.clientRef)!;
		const enrolment = enrolmentAt(w.enrolmentsOf.get(clientId) ?? [], r.startDate);
		if (!enrolment) continue; // validated above: every client_ref has an enrolment
		const values = placementValues(r);
		const ref = `${enrolment.id}|${placementRef(r)}`;
		if (placementRefs.has(ref)) {
			if (!dry) {
				tx.update(placements)
					.set({ ...values, updatedAt: new Date(), version: sql`${placements.version} + 1` })
					.where(and(eq(placements.enrolmentId, enrolment.id), eq(placements.importRef, placementRef(r))))
					.run();
			}
			counts.updated++;
		} else {
			const employerId = employerIdOf(r.employerName, r.businessId);
			if (!dry) {
				tx.insert(placements)
					.values({ ...values, enrolmentId: enrolment.id, clientId, employerId, jobTitle: r.jobTitle, importRef: placementRef(r), createdBy: w.actorId })
					.run();
			}
			placementRefs.add(ref);
			counts.created++;
			// An ongoing job on an open enrolment means in-work support (phase 5).
			if (r.status === 'started' && enrolment.closedDate === null && enrolment.currentPhase < 5) {
				if (!dry) recordPhaseChange({ enrolmentId: enrolment.id, phase: 5, enteredOn: r.startDate!, changedBy: w.actorId }, tx);
				enrolment.currentPhase = 5;
			}
		}
	}
	if (plan.placementRows.length) w.result.counts['placements.csv'] = counts;
}

/** The enrolment open on the day, else the latest one referred by then, else the latest one. */
export function enrolmentAt(enrolmentsOfClient: EnrolmentState[], day: string | null): EnrolmentState | undefined {
	const sorted = [...enrolmentsOfClient].sort((a, b) => (a.referralDate < b.referralDate ? -1 : 1));
	if (!day) return sorted[sorted.length - 1];
	return sorted.find((e) => (e.entryDate ?? e.referralDate) <= day && (e.closedDate === null || e.closedDate >= day)) ?? sorted.filter((e) => e.referralDate <= day).pop() ?? sorted[sorted.length - 1];
}

function placementValues(r: PlacementRow) {
	return {
		jobType: r.jobType,
		hoursPerWeek: r.hoursPerWeek,
		competitive: r.competitive,
		wageSubsidy: r.wageSubsidy,
		status: r.status,
		startDate: r.startDate,
		endDate: r.endDate,
		endReason: r.endReason
	};
}
