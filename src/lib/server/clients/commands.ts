import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { getDb } from '../db';
import {
	clients,
	enrolments,
	enrolmentAssignments,
	clientContacts,
	outreachAttempts,
	missedMeetings,
	consents,
	clientFeedback,
	teamMembers,
	employers
} from '../db/schema';
import { recordPhaseChange } from './phases';
import { validateClosing, validateContact, validateEnrolmentDates, validateReopen } from '$lib/domain/closing';
import { validatePhaseChange, type Phase } from '$lib/domain/client-phases';
import { countOutreach } from './record/outreach';
import { isValidHenkilotunnus } from '$lib/domain/henkilotunnus';
import type {
	newClientSchema,
	identitySchema,
	enrolmentSchema,
	handoverSchema,
	phaseSchema,
	contactSchema,
	outreachSchema,
	missedMeetingSchema,
	closingSchema,
	reopenSchema,
	consentSchema,
	withdrawConsentSchema,
	feedbackSchema
} from './forms';

import { audited, done, hasErrors, refused, type CommandResult } from '../commands';
import type { Actor } from '../policy';

export type { CommandResult };

function enrolmentRow(enrolmentId: number) {
	return getDb().select().from(enrolments).where(eq(enrolments.id, enrolmentId)).get();
}

function isTeamStaff(teamId: number, userId: number): boolean {
	return getDb().select({ userId: teamMembers.userId }).from(teamMembers).where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId))).get() !== undefined;
}

/** A new client from a referral, with its creation logged in the same transaction. */
export function admitClient(actor: Actor, input: z.infer<typeof newClientSchema> & { coachId: number }, today: string): CommandResult<number> {
	return audited(
		() => createClientFromReferral(input, actor.id, today),
		(id) => ({ actor, action: 'create', entity: 'client', entityId: id, clientId: id, teamId: input.teamId })
	);
}

export function createClientFromReferral(input: z.infer<typeof newClientSchema> & { coachId: number }, actorId: number, today: string): CommandResult<number> {
	const errors = validateEnrolmentDates({ referralDate: input.referralDate, firstMeetingDate: null, entryDate: null, today });
	if (input.personalId && !isValidHenkilotunnus(input.personalId)) errors.personalId = 'clients_err_henkilotunnus';
	if (!isTeamStaff(input.teamId, input.coachId)) errors.coachId = 'err_choice';
	if (hasErrors(errors)) return refused(errors);
	return done(
		getDb().transaction((tx) => {
			const clientId = tx
				.insert(clients)
				.values({
					teamId: input.teamId,
					firstName: input.firstName,
					lastName: input.lastName,
					personalId: input.personalId,
					birthYear: input.birthYear,
					preferredLanguage: input.preferredLanguage,
					phone: input.phone,
					email: input.email,
					municipality: input.municipality
				})
				.returning({ id: clients.id })
				.get().id;
			const enrolmentId = tx
				.insert(enrolments)
				.values({
					clientId,
					teamId: input.teamId,
					coachId: input.coachId,
					responsibleUserId: input.coachId,
					referralDate: input.referralDate,
					referralSource: input.referralSource,
					referrer: input.referrer,
					situationAtReferral: input.situationAtReferral,
					unemploymentMonths: input.unemploymentMonths,
					outOfWorkAtReferral: input.outOfWorkAtReferral
				})
				.returning({ id: enrolments.id })
				.get().id;
			tx.insert(enrolmentAssignments).values({ enrolmentId, kind: 'coach', userId: input.coachId, startedOn: input.referralDate, changedBy: actorId }).run();
			tx.insert(enrolmentAssignments).values({ enrolmentId, kind: 'responsible', userId: input.coachId, startedOn: input.referralDate, changedBy: actorId }).run();
			recordPhaseChange({ enrolmentId, phase: 1, enteredOn: input.referralDate, changedBy: actorId }, tx);
			return clientId;
		})
	);
}

export function updateIdentity(clientId: number, input: z.infer<typeof identitySchema>): CommandResult {
	if (input.personalId && !isValidHenkilotunnus(input.personalId)) return refused({ personalId: 'clients_err_henkilotunnus' });
	// An empty henkilötunnus field keeps the stored one: the form never shows it unmasked.
	const result = getDb()
		.update(clients)
		.set({
			firstName: input.firstName,
			lastName: input.lastName,
			...(input.personalId ? { personalId: input.personalId } : {}),
			birthYear: input.birthYear,
			preferredLanguage: input.preferredLanguage,
			phone: input.phone,
			email: input.email,
			municipality: input.municipality,
			updatedAt: new Date(),
			version: sql`${clients.version} + 1`
		})
		.where(and(eq(clients.id, clientId), eq(clients.version, input.version)))
		.run();
	return result.changes === 1 ? done(undefined) : refused({ version: 'err_stale' });
}

export function updateEnrolment(enrolmentId: number, input: z.infer<typeof enrolmentSchema>, today: string): CommandResult {
	const current = enrolmentRow(enrolmentId);
	if (!current || current.closedDate) return refused({ version: 'clients_err_closed' });
	const errors = validateEnrolmentDates({ referralDate: input.referralDate, firstMeetingDate: input.firstMeetingDate, entryDate: input.entryDate, today });
	if (input.stepDownDate) {
		if (input.stepDownDate > today) errors.stepDownDate = 'err_date_future';
		else if (input.stepDownDate < (input.entryDate ?? input.referralDate)) errors.stepDownDate = 'err_date_order';
	}
	if (hasErrors(errors)) return refused(errors);
	const result = getDb()
		.update(enrolments)
		.set({
			referralDate: input.referralDate,
			referralSource: input.referralSource,
			referrer: input.referrer,
			situationAtReferral: input.situationAtReferral,
			unemploymentMonths: input.unemploymentMonths,
			outOfWorkAtReferral: input.outOfWorkAtReferral,
			firstMeetingDate: input.firstMeetingDate,
			entryDate: input.entryDate,
			agreedGoals: input.agreedGoals,
			meetingRhythm: input.meetingRhythm,
			stepDownDate: input.stepDownDate,
			updatedAt: new Date(),
			version: sql`${enrolments.version} + 1`
		})
		.where(and(eq(enrolments.id, enrolmentId), eq(enrolments.version, input.version), isNull(enrolments.closedDate)))
		.run();
	return result.changes === 1 ? done(undefined) : refused({ version: 'err_stale' });
}

/** Coach or asiakasvastaava handover: the old assignment ends the day the new one starts. */
export function handover(enrolmentId: number, input: z.infer<typeof handoverSchema>, actorId: number, today: string): CommandResult {
	const current = enrolmentRow(enrolmentId);
	if (!current || current.closedDate) return refused({ kind: 'clients_err_closed' });
	if (input.startedOn > today) return refused({ startedOn: 'err_date_future' });
	if (input.kind === 'coach' && !input.userId) return refused({ userId: 'err_required' });
	if (input.userId && !isTeamStaff(current.teamId, input.userId)) return refused({ userId: 'err_choice' });
	if (!input.userId && !input.personName) return refused({ personName: 'err_required' });
	const previous = getDb()
		.select()
		.from(enrolmentAssignments)
		.where(and(eq(enrolmentAssignments.enrolmentId, enrolmentId), eq(enrolmentAssignments.kind, input.kind), isNull(enrolmentAssignments.endedOn)))
		.orderBy(desc(enrolmentAssignments.id))
		.get();
	if (previous && input.startedOn < previous.startedOn) return refused({ startedOn: 'err_date_order' });
	getDb().transaction((tx) => {
		if (previous) tx.update(enrolmentAssignments).set({ endedOn: input.startedOn }).where(eq(enrolmentAssignments.id, previous.id)).run();
		tx.insert(enrolmentAssignments)
			.values({ enrolmentId, kind: input.kind, userId: input.userId, personName: input.userId ? null : input.personName, startedOn: input.startedOn, reason: input.reason, changedBy: actorId })
			.run();
		const change =
			input.kind === 'coach' ? { coachId: input.userId } : { responsibleUserId: input.userId, responsibleName: input.userId ? null : input.personName };
		tx.update(enrolments).set({ ...change, updatedAt: new Date(), version: sql`${enrolments.version} + 1` }).where(eq(enrolments.id, enrolmentId)).run();
		if (input.kind === 'coach') tx.update(clients).set({ updatedAt: new Date() }).where(eq(clients.id, current.clientId)).run();
	});
	return done(undefined);
}

export function changePhase(enrolmentId: number, input: z.infer<typeof phaseSchema>, actorId: number, today: string): CommandResult {
	const current = enrolmentRow(enrolmentId);
	if (!current) return refused({ phase: 'clients_err_closed' });
	const errors = validatePhaseChange({
		from: current.currentPhase as Phase,
		to: input.phase,
		enteredOn: input.enteredOn,
		reason: input.reason,
		currentEnteredOn: current.phaseEnteredOn,
		today,
		closed: current.closedDate !== null
	});
	if (hasErrors(errors)) return refused(errors);
	return getDb().transaction((tx) => {
		// The version is checked inside the write transaction: of two saves made on the same version only one wins.
		const now = tx.select({ version: enrolments.version }).from(enrolments).where(eq(enrolments.id, enrolmentId)).get();
		if (now?.version !== input.version) return refused({ phase: 'err_stale' });
		recordPhaseChange({ enrolmentId, phase: input.phase as Phase, enteredOn: input.enteredOn, reason: input.reason, changedBy: actorId }, tx);
		return done(undefined);
	});
}

export function addContact(enrolmentId: number, input: z.infer<typeof contactSchema>, covering: boolean, actorId: number, today: string): CommandResult {
	const current = enrolmentRow(enrolmentId);
	if (!current || current.closedDate) return refused({ date: 'clients_err_closed' });
	const errors = validateContact({ date: input.date, durationMinutes: input.durationMinutes, nextStepDue: input.nextStepDue, referralDate: current.referralDate, today });
	if (hasErrors(errors)) return refused(errors);
	getDb()
		.insert(clientContacts)
		.values({ enrolmentId, ...input, phase: current.currentPhase, covering, createdBy: actorId })
		.run();
	return done(undefined);
}

export function addOutreach(enrolmentId: number, input: z.infer<typeof outreachSchema>, actorId: number, today: string): CommandResult {
	const current = enrolmentRow(enrolmentId);
	if (!current || current.closedDate) return refused({ date: 'clients_err_closed' });
	if (input.date > today) return refused({ date: 'err_date_future' });
	if (input.date < current.referralDate) return refused({ date: 'clients_err_before_referral' });
	getDb().insert(outreachAttempts).values({ enrolmentId, ...input, createdBy: actorId }).run();
	return done(undefined);
}

/** A booked meeting that did not happen: same date rules as a contact; never counted as one (docs/domain/clients.md#missed-meetings). */
export function addMissedMeeting(enrolmentId: number, input: z.infer<typeof missedMeetingSchema>, actorId: number, today: string): CommandResult {
	const current = enrolmentRow(enrolmentId);
	if (!current || current.closedDate) return refused({ date: 'clients_err_closed' });
	if (input.date > today) return refused({ date: 'err_date_future' });
	if (input.date < current.referralDate) return refused({ date: 'clients_err_before_referral' });
	getDb().insert(missedMeetings).values({ enrolmentId, ...input, createdBy: actorId }).run();
	return done(undefined);
}

export function closeEnrolment(enrolmentId: number, input: z.infer<typeof closingSchema>, today: string): CommandResult {
	const current = enrolmentRow(enrolmentId);
	if (!current) return refused({ reason: 'clients_err_closed' });
	const errors = validateClosing({
		reason: input.reason,
		closedDate: input.closedDate,
		note: input.note,
		referralDate: current.referralDate,
		entryDate: current.entryDate,
		outreachAttempts: countOutreach(enrolmentId),
		alreadyClosed: current.closedDate !== null,
		today
	});
	if (hasErrors(errors)) return refused(errors);
	const result = getDb()
		.update(enrolments)
		.set({ closedDate: input.closedDate, closingReason: input.reason, closingNote: input.note, updatedAt: new Date(), version: sql`${enrolments.version} + 1` })
		.where(and(eq(enrolments.id, enrolmentId), eq(enrolments.version, input.version), isNull(enrolments.closedDate)))
		.run();
	return result.changes === 1 ? done(undefined) : refused({ reason: 'err_stale' });
}

/** Re-opening = a new enrolment for the same client; the closed one stays as history. */
export function reopen(clientId: number, input: z.infer<typeof reopenSchema>, actorId: number, today: string): CommandResult<number> {
	const latest = getDb().select().from(enrolments).where(eq(enrolments.clientId, clientId)).orderBy(desc(enrolments.id)).get();
	if (!latest) return refused({ referralDate: 'clients_err_not_closed' });
	const errors = validateReopen({ previousClosedDate: latest.closedDate, referralDate: input.referralDate, today });
	if (hasErrors(errors)) return refused(errors);
	const coachId = latest.coachId ?? actorId;
	return done(
		getDb().transaction((tx) => {
			const enrolmentId = tx
				.insert(enrolments)
				.values({ clientId, teamId: latest.teamId, coachId, responsibleUserId: coachId, referralDate: input.referralDate, referralSource: input.referralSource, referrer: input.referrer, outOfWorkAtReferral: latest.outOfWorkAtReferral })
				.returning({ id: enrolments.id })
				.get().id;
			tx.insert(enrolmentAssignments).values({ enrolmentId, kind: 'coach', userId: coachId, startedOn: input.referralDate, changedBy: actorId }).run();
			recordPhaseChange({ enrolmentId, phase: 1, enteredOn: input.referralDate, changedBy: actorId }, tx);
			return enrolmentId;
		})
	);
}

/** Records a consent; its id on success. */
export function addConsent(clientId: number, input: z.infer<typeof consentSchema>, actorId: number): CommandResult<number> {
	if (input.validTo && input.validTo < input.validFrom) return refused({ validTo: 'err_date_order' });
	const db = getDb();
	// A named employer must be one of the client's team's employers (the id comes from the form).
	if (input.employerId !== null) {
		const client = db.select({ teamId: clients.teamId }).from(clients).where(eq(clients.id, clientId)).get();
		const employer = db.select({ teamId: employers.teamId }).from(employers).where(eq(employers.id, input.employerId)).get();
		if (!client || !employer || employer.teamId !== client.teamId) return refused({ employerId: 'err_choice' });
	}
	// Naming an employer makes the employer a party of the consent.
	const parties = input.employerId !== null && !input.parties.includes('employer') ? [...input.parties, 'employer' as const] : input.parties;
	const { id } = db
		.insert(consents)
		.values({ clientId, employerId: input.employerId, form: input.form, parties, categories: input.categories, healthData: input.healthData, purpose: input.purpose, validFrom: input.validFrom, validTo: input.validTo, signedHow: input.signedHow, createdBy: actorId })
		.returning({ id: consents.id })
		.get();
	return done(id);
}

export function withdrawConsent(clientId: number, input: z.infer<typeof withdrawConsentSchema>, today: string): CommandResult {
	const consent = getDb().select().from(consents).where(and(eq(consents.id, input.consentId), eq(consents.clientId, clientId))).get();
	if (!consent) return refused({ withdrawnAt: 'err_choice' });
	if (consent.withdrawnAt) return refused({ withdrawnAt: 'clients_err_already_withdrawn' });
	if (input.withdrawnAt > today) return refused({ withdrawnAt: 'err_date_future' });
	if (input.withdrawnAt < consent.validFrom) return refused({ withdrawnAt: 'err_date_order' });
	getDb().update(consents).set({ withdrawnAt: input.withdrawnAt }).where(eq(consents.id, consent.id)).run();
	return done(undefined);
}

export function addFeedback(enrolmentId: number, input: z.infer<typeof feedbackSchema>, actorId: number, today: string): CommandResult {
	const current = enrolmentRow(enrolmentId);
	if (!current) return refused({ date: 'err_required' });
	if (input.date > today) return refused({ date: 'err_date_future' });
	if (input.date < current.referralDate) return refused({ date: 'clients_err_before_referral' });
	getDb().insert(clientFeedback).values({ enrolmentId, ...input, createdBy: actorId }).run();
	return done(undefined);
}
