import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '../db';
import { clients, consents, employers, enrolments, placements } from '../db/schema';
import { placementCoach, selectPlacementRows } from './rows';
import { recordPhaseChange } from '../clients/phases';
import type { PlacementInput } from '../employers/forms';
import type { EndReason } from '$lib/domain/vocabularies';

/** The client's latest enrolment: a placement belongs to it (and is refused when it is closed). */
export function currentEnrolmentOf(clientId: number) {
	if (!Number.isSafeInteger(clientId) || clientId <= 0) return undefined;
	return getDb()
		.select({
			enrolmentId: enrolments.id,
			clientId: clients.id,
			teamId: clients.teamId,
			coachId: enrolments.coachId,
			closedDate: enrolments.closedDate,
			currentPhase: enrolments.currentPhase,
			firstName: clients.firstName,
			lastName: clients.lastName
		})
		.from(clients)
		.innerJoin(enrolments, eq(enrolments.clientId, clients.id))
		.where(eq(clients.id, clientId))
		.orderBy(desc(enrolments.id))
		.limit(1)
		.get();
}

/** What authorization needs: the client's team and the enrolment's coach. */
export function placementAccess(id: number) {
	if (!Number.isSafeInteger(id) || id <= 0) return undefined;
	return selectPlacementRows(getDb(), {
		id: placements.id,
		clientId: placements.clientId,
		enrolmentId: placements.enrolmentId,
		employerId: placements.employerId,
		teamId: clients.teamId,
		coachId: enrolments.coachId,
		closedDate: enrolments.closedDate
	})
		.where(eq(placements.id, id))
		.get();
}

export function getPlacement(id: number) {
	const row = selectPlacementRows(getDb(), {
		placement: placements,
		firstName: clients.firstName,
		lastName: clients.lastName,
		employerName: employers.name,
		currentPhase: enrolments.currentPhase,
		coachName: placementCoach.name
	})
		.where(eq(placements.id, id))
		.get();
	return row ? { ...row.placement, firstName: row.firstName, lastName: row.lastName, employerName: row.employerName, currentPhase: row.currentPhase, coachName: row.coachName } : undefined;
}

function fields(input: Omit<PlacementInput, 'employerId'>) {
	return {
		jobTitle: input.jobTitle,
		jobType: input.jobType,
		tasks: input.tasks,
		tailoring: input.tailoring,
		accommodations: input.accommodations,
		hoursPerWeek: input.hoursPerWeek,
		wage: input.wage,
		wageUnit: input.wage === null ? null : (input.wageUnit ?? 'hour'),
		contract: input.contract,
		competitive: input.competitive,
		wageSubsidy: input.wageSubsidy,
		employerSupport: input.employerSupport,
		supportOutsideWork: input.supportOutsideWork,
		disclosure: input.disclosure,
		disclosureWording: input.disclosure === 'specific' ? input.disclosureWording : null,
		disclosureReviewDate: input.disclosureReviewDate,
		startDate: input.startDate
	};
}

export function createPlacement(enrolment: { enrolmentId: number; clientId: number }, input: PlacementInput, userId: number): number {
	return getDb()
		.insert(placements)
		.values({ enrolmentId: enrolment.enrolmentId, clientId: enrolment.clientId, employerId: input.employerId, status: 'agreed', createdBy: userId, ...fields(input) })
		.returning({ id: placements.id })
		.get().id;
}

const bump = () => ({ updatedAt: new Date(), version: sql`${placements.version} + 1` });

/** false = the version changed meanwhile (err_stale), nothing written. */
export function updatePlacement(id: number, version: number, input: Omit<PlacementInput, 'employerId'>): boolean {
	const { startDate, ...rest } = fields(input);
	const db = getDb();
	const current = db.select({ status: placements.status }).from(placements).where(eq(placements.id, id)).get();
	// The start date of a started job is changed through its own form (it moved the phase).
	const set = current?.status === 'agreed' ? { ...rest, startDate } : rest;
	return db.update(placements).set({ ...set, ...bump() }).where(and(eq(placements.id, id), eq(placements.version, version))).run().changes === 1;
}

/** Starting the job moves the enrolment to phase 5 (in-work support) in the same transaction. */
export function startPlacement(id: number, version: number, startDate: string, userId: number): boolean {
	return getDb().transaction((tx) => {
		const row = tx.select({ enrolmentId: placements.enrolmentId }).from(placements).where(and(eq(placements.id, id), eq(placements.version, version), eq(placements.status, 'agreed'))).get();
		if (!row) return false;
		tx.update(placements).set({ status: 'started', startDate, ...bump() }).where(eq(placements.id, id)).run();
		recordPhaseChange({ enrolmentId: row.enrolmentId, phase: 5, enteredOn: startDate, changedBy: userId }, tx);
		return true;
	});
}

export function endPlacement(id: number, version: number, endDate: string, endReason: EndReason): boolean {
	return (
		getDb()
			.update(placements)
			.set({ status: 'ended', endDate, endReason, ...bump() })
			.where(and(eq(placements.id, id), eq(placements.version, version), eq(placements.status, 'started')))
			.run().changes === 1
	);
}

export function markDidNotStart(id: number, version: number): boolean {
	return (
		getDb()
			.update(placements)
			.set({ status: 'did-not-start', ...bump() })
			.where(and(eq(placements.id, id), eq(placements.version, version), eq(placements.status, 'agreed')))
			.run().changes === 1
	);
}

export function recordStepDown(id: number, version: number, stepDownDate: string): boolean {
	return (
		getDb()
			.update(placements)
			.set({ stepDownDate, ...bump() })
			.where(and(eq(placements.id, id), eq(placements.version, version)))
			.run().changes === 1
	);
}

/** After a job ends: back to job search (phase 3), with the reason in the phase history. */
export function restartJobSearch(enrolmentId: number, today: string, reason: string, userId: number): void {
	recordPhaseChange({ enrolmentId, phase: 3, enteredOn: today, reason, changedBy: userId });
}

/** The client's consents naming this employer (portal visibility), newest first. */
export function consentsForEmployer(clientId: number, employerId: number) {
	return getDb()
		.select({
			id: consents.id,
			form: consents.form,
			employerId: consents.employerId,
			validFrom: consents.validFrom,
			validTo: consents.validTo,
			withdrawnAt: consents.withdrawnAt,
			purpose: consents.purpose
		})
		.from(consents)
		.where(and(eq(consents.clientId, clientId), eq(consents.employerId, employerId)))
		.orderBy(desc(consents.validFrom), asc(consents.id))
		.all();
}

/** Withdrawal takes effect at once (docs/domain/consent.md#withdrawal): the portal rule reads withdrawnAt ≤ today. */
export function withdrawConsent(consentId: number, clientId: number, employerId: number, today: string): boolean {
	return (
		getDb()
			.update(consents)
			.set({ withdrawnAt: today })
			.where(and(eq(consents.id, consentId), eq(consents.clientId, clientId), eq(consents.employerId, employerId), sql`${consents.withdrawnAt} is null`))
			.run().changes === 1
	);
}

/** A written consent naming this employer (what the portal needs); other consents are the client record's. */
export function addEmployerConsent(
	clientId: number,
	employerId: number,
	input: { form: 'y100' | 'own'; validFrom: string; validTo: string | null; signedHow: 'signature' | 'e-signature' | 'strong-identification' },
	userId: number
): number {
	return getDb()
		.insert(consents)
		.values({
			clientId,
			employerId,
			form: input.form,
			parties: ['employer'],
			categories: ['placement'],
			healthData: false,
			purpose: 'employer-portal',
			validFrom: input.validFrom,
			validTo: input.validTo,
			signedHow: input.signedHow,
			createdBy: userId
		})
		.returning({ id: consents.id })
		.get().id;
}
