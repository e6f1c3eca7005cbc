import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '../db';
import { prepared } from '../db/prepared';
import { inJsonPlaceholder } from '../db/sql';
import {
	clients,
	enrolments,
	enrolmentAssignments,
	phaseChanges,
	clientContacts,
	outreachAttempts,
	consents,
	clientFeedback,
	vocationalProfiles,
	benefitsCounselling,
	disclosureDiscussions,
	jobSearchPlans,
	jobSearchActivities,
	kykyviisariResults,
	supportPlans,
	employerContacts,
	employerContactClients,
	employers,
	placements,
	users,
	teamMembers
} from '../db/schema';
import { TeamRecordsCache } from '../db/changes';
import { listNetworkNames } from './network';
import type { ClientAccess, WriteMode } from './access';
import { maskHenkilotunnus } from '$lib/domain/henkilotunnus';
import { consentState } from '$lib/domain/caseload-flags';
import { missingContent, type Phase } from '$lib/domain/client-phases';

export const CONTACTS_PAGE_SIZE = 20;

const id = (name: string) => sql.placeholder(name);

// The client record page runs these on every view: built and compiled once.
const queries = prepared((db) => ({
	identity: db.select().from(clients).where(eq(clients.id, id('clientId'))).prepare(),
	enrolments: db
		.select({
			id: enrolments.id,
			referralDate: enrolments.referralDate,
			referralSource: enrolments.referralSource,
			referrer: enrolments.referrer,
			situationAtReferral: enrolments.situationAtReferral,
			unemploymentMonths: enrolments.unemploymentMonths,
			outOfWorkAtReferral: enrolments.outOfWorkAtReferral,
			firstMeetingDate: enrolments.firstMeetingDate,
			entryDate: enrolments.entryDate,
			agreedGoals: enrolments.agreedGoals,
			meetingRhythm: enrolments.meetingRhythm,
			currentPhase: enrolments.currentPhase,
			phaseEnteredOn: enrolments.phaseEnteredOn,
			stepDownDate: enrolments.stepDownDate,
			closedDate: enrolments.closedDate,
			closingReason: enrolments.closingReason,
			closingNote: enrolments.closingNote,
			coachId: enrolments.coachId,
			coachName: users.name,
			responsibleUserId: enrolments.responsibleUserId,
			responsibleName: enrolments.responsibleName,
			version: enrolments.version
		})
		.from(enrolments)
		.leftJoin(users, eq(users.id, enrolments.coachId))
		.where(eq(enrolments.clientId, id('clientId')))
		.orderBy(desc(enrolments.id))
		.prepare(),
	userNames: db.select({ id: users.id, name: users.name }).from(users).where(inJsonPlaceholder(users.id, 'ids')).prepare(),
	assignments: db
		.select()
		.from(enrolmentAssignments)
		.where(inJsonPlaceholder(enrolmentAssignments.enrolmentId, 'enrolmentIds'))
		.orderBy(desc(enrolmentAssignments.startedOn), desc(enrolmentAssignments.id))
		.prepare(),
	phaseHistory: db
		.select()
		.from(phaseChanges)
		.where(inJsonPlaceholder(phaseChanges.enrolmentId, 'enrolmentIds'))
		.orderBy(desc(phaseChanges.enteredOn), desc(phaseChanges.id))
		.prepare(),
	contactCount: db.select({ n: count() }).from(clientContacts).where(eq(clientContacts.enrolmentId, id('enrolmentId'))).prepare(),
	contactPage: db
		.select({
			id: clientContacts.id,
			date: clientContacts.date,
			durationMinutes: clientContacts.durationMinutes,
			mode: clientContacts.mode,
			place: clientContacts.place,
			participants: clientContacts.participants,
			phase: clientContacts.phase,
			note: clientContacts.note,
			nextStep: clientContacts.nextStep,
			nextStepDue: clientContacts.nextStepDue,
			covering: clientContacts.covering,
			createdByName: users.name
		})
		.from(clientContacts)
		.leftJoin(users, eq(users.id, clientContacts.createdBy))
		.where(eq(clientContacts.enrolmentId, id('enrolmentId')))
		.orderBy(desc(clientContacts.date), desc(clientContacts.id))
		.limit(id('limit'))
		.offset(id('offset'))
		.prepare(),
	outreach: db
		.select({ id: outreachAttempts.id, date: outreachAttempts.date, channel: outreachAttempts.channel, result: outreachAttempts.result, createdByName: users.name })
		.from(outreachAttempts)
		.leftJoin(users, eq(users.id, outreachAttempts.createdBy))
		.where(eq(outreachAttempts.enrolmentId, id('enrolmentId')))
		.orderBy(desc(outreachAttempts.date), desc(outreachAttempts.id))
		.prepare(),
	consents: db
		.select({
			id: consents.id,
			form: consents.form,
			parties: consents.parties,
			categories: consents.categories,
			healthData: consents.healthData,
			purpose: consents.purpose,
			validFrom: consents.validFrom,
			validTo: consents.validTo,
			signedHow: consents.signedHow,
			withdrawnAt: consents.withdrawnAt,
			employerName: employers.name
		})
		.from(consents)
		.leftJoin(employers, eq(employers.id, consents.employerId))
		.where(eq(consents.clientId, id('clientId')))
		.orderBy(desc(consents.validFrom), desc(consents.id))
		.prepare(),
	feedback: db.select().from(clientFeedback).where(inJsonPlaceholder(clientFeedback.enrolmentId, 'enrolmentIds')).orderBy(desc(clientFeedback.date)).prepare(),
	placements: db
		.select({ id: placements.id, enrolmentId: placements.enrolmentId, employerName: employers.name, jobTitle: placements.jobTitle, status: placements.status, startDate: placements.startDate, endDate: placements.endDate, createdAt: placements.createdAt })
		.from(placements)
		.innerJoin(employers, eq(employers.id, placements.employerId))
		.where(eq(placements.clientId, id('clientId')))
		.orderBy(desc(placements.id))
		.prepare(),
	employerContacts: db
		.select({ id: employerContacts.id, date: employerContacts.date, employerName: employers.name, mode: employerContacts.mode, purpose: employerContacts.purpose, outcome: employerContacts.outcome, coachName: users.name })
		.from(employerContactClients)
		.innerJoin(employerContacts, eq(employerContacts.id, employerContactClients.employerContactId))
		.innerJoin(employers, eq(employers.id, employerContacts.employerId))
		.leftJoin(users, eq(users.id, employerContacts.coachId))
		.where(eq(employerContactClients.clientId, id('clientId')))
		.orderBy(desc(employerContacts.date))
		.limit(id('limit'))
		.prepare(),
	teamStaff: db
		.select({ id: users.id, name: users.name, role: teamMembers.role })
		.from(teamMembers)
		.innerJoin(users, eq(users.id, teamMembers.userId))
		.where(and(eq(teamMembers.teamId, id('teamId')), eq(users.active, true)))
		.orderBy(asc(users.name))
		.prepare(),
	// What the phase checklist needs, in one round trip.
	phaseFacts: db
		.select({
			hasProfile: sql<number>`EXISTS (SELECT 1 FROM vocational_profiles WHERE enrolment_id = ${id('enrolmentId')})`,
			hasBenefitsCounselling: sql<number>`EXISTS (SELECT 1 FROM benefits_counselling WHERE enrolment_id = ${id('enrolmentId')})`,
			hasDisclosureDiscussion: sql<number>`EXISTS (SELECT 1 FROM disclosure_discussions WHERE enrolment_id = ${id('enrolmentId')})`,
			hasJobSearchPlan: sql<number>`EXISTS (SELECT 1 FROM job_search_plans WHERE enrolment_id = ${id('enrolmentId')})`,
			hasEmployerContact: sql<number>`EXISTS (SELECT 1 FROM employer_contact_clients WHERE client_id = ${id('clientId')})`,
			hasPlacement: sql<number>`EXISTS (SELECT 1 FROM placements WHERE enrolment_id = ${id('enrolmentId')})`,
			hasStartedPlacement: sql<number>`EXISTS (SELECT 1 FROM placements WHERE enrolment_id = ${id('enrolmentId')} AND status IN ('started', 'ended'))`
		})
		.from(sql`(SELECT 1)`)
		.prepare()
}));

export function getIdentity(clientId: number) {
	const c = queries().identity.get({ clientId });
	if (!c) return null;
	return {
		id: c.id,
		teamId: c.teamId,
		firstName: c.firstName,
		lastName: c.lastName,
		personalIdMasked: maskHenkilotunnus(c.personalId),
		hasPersonalId: c.personalId !== null,
		birthYear: c.birthYear,
		preferredLanguage: c.preferredLanguage,
		phone: c.phone,
		email: c.email,
		municipality: c.municipality,
		version: c.version
	};
}

/** All enrolments of a client, newest first (the first is the current one). */
export function listEnrolments(clientId: number) {
	return queries().enrolments.all({ clientId });
}

export function userNames(ids: (number | null)[]): Map<number, string> {
	const wanted = [...new Set(ids.filter((i): i is number => i !== null))];
	if (wanted.length === 0) return new Map();
	return new Map(queries().userNames.all({ ids: JSON.stringify(wanted) }).map((u) => [u.id, u.name]));
}

export function listAssignments(enrolmentIds: number[]) {
	if (enrolmentIds.length === 0) return [];
	const rows = queries().assignments.all({ enrolmentIds: JSON.stringify(enrolmentIds) });
	const names = userNames(rows.flatMap((r) => [r.userId, r.changedBy]));
	return rows.map((r) => ({ id: r.id, enrolmentId: r.enrolmentId, kind: r.kind, person: r.userId ? (names.get(r.userId) ?? '') : (r.personName ?? ''), startedOn: r.startedOn, endedOn: r.endedOn, reason: r.reason, changedBy: r.changedBy ? (names.get(r.changedBy) ?? null) : null }));
}

export function listPhaseHistory(enrolmentIds: number[]) {
	if (enrolmentIds.length === 0) return [];
	const rows = queries().phaseHistory.all({ enrolmentIds: JSON.stringify(enrolmentIds) });
	const names = userNames(rows.map((r) => r.changedBy));
	return rows.map((r) => ({ id: r.id, enrolmentId: r.enrolmentId, phase: r.phase, enteredOn: r.enteredOn, reason: r.reason, changedBy: r.changedBy ? (names.get(r.changedBy) ?? null) : null }));
}

/** Contacts of one enrolment, newest first, one page. */
export function listContacts(enrolmentId: number, page: number) {
	const total = queries().contactCount.get({ enrolmentId })?.n ?? 0;
	const pages = Math.max(1, Math.ceil(total / CONTACTS_PAGE_SIZE));
	const current = Math.min(Math.max(1, page), pages);
	const rows = queries().contactPage.all({ enrolmentId, limit: CONTACTS_PAGE_SIZE, offset: (current - 1) * CONTACTS_PAGE_SIZE });
	return { rows, total, page: current, pages };
}

export function listOutreach(enrolmentId: number) {
	return queries().outreach.all({ enrolmentId });
}

export function countOutreach(enrolmentId: number): number {
	return getDb().select({ n: count() }).from(outreachAttempts).where(eq(outreachAttempts.enrolmentId, enrolmentId)).get()?.n ?? 0;
}

export function listConsents(clientId: number, today: string) {
	const rows = queries().consents.all({ clientId });
	return {
		state: consentState(rows, today),
		rows: rows.map((c) => ({
			id: c.id,
			form: c.form,
			parties: c.parties,
			categories: c.categories,
			healthData: c.healthData,
			purpose: c.purpose,
			validFrom: c.validFrom,
			validTo: c.validTo,
			signedHow: c.signedHow,
			withdrawnAt: c.withdrawnAt,
			employerName: c.employerName,
			state: consentState([c], today)
		}))
	};
}

export function listFeedback(enrolmentIds: number[]) {
	if (enrolmentIds.length === 0) return [];
	return queries().feedback.all({ enrolmentIds: JSON.stringify(enrolmentIds) });
}

export function profileVersions(enrolmentId: number) {
	const rows = getDb().select().from(vocationalProfiles).where(eq(vocationalProfiles.enrolmentId, enrolmentId)).orderBy(desc(vocationalProfiles.version)).all();
	const names = userNames(rows.map((r) => r.createdBy));
	return rows.map((r) => ({ ...r, createdByName: r.createdBy ? (names.get(r.createdBy) ?? null) : null }));
}

export function listBenefits(enrolmentId: number) {
	return getDb().select().from(benefitsCounselling).where(eq(benefitsCounselling.enrolmentId, enrolmentId)).orderBy(desc(benefitsCounselling.date)).all();
}

export function listDisclosure(enrolmentId: number) {
	return getDb().select().from(disclosureDiscussions).where(eq(disclosureDiscussions.enrolmentId, enrolmentId)).orderBy(desc(disclosureDiscussions.date)).all();
}

export function jobSearchPlanVersions(enrolmentId: number) {
	return getDb().select().from(jobSearchPlans).where(eq(jobSearchPlans.enrolmentId, enrolmentId)).orderBy(desc(jobSearchPlans.version)).all();
}

export function listKykyviisari(enrolmentId: number) {
	return getDb().select().from(kykyviisariResults).where(eq(kykyviisariResults.enrolmentId, enrolmentId)).orderBy(asc(kykyviisariResults.date), asc(kykyviisariResults.id)).all();
}

export function supportPlanVersions(enrolmentId: number) {
	const rows = getDb().select().from(supportPlans).where(eq(supportPlans.enrolmentId, enrolmentId)).orderBy(desc(supportPlans.version)).all();
	const names = userNames(rows.map((r) => r.createdBy));
	return rows.map((r) => ({ ...r, createdByName: r.createdBy ? (names.get(r.createdBy) ?? null) : null }));
}

/** Placements of the client (read-only here; the placements feature owns them). */
export function listClientPlacements(clientId: number) {
	return queries().placements.all({ clientId });
}

/** Employer contacts naming the client (read-only here; the employer feature owns them). */
export function listClientEmployerContacts(clientId: number, limit?: number) {
	return queries().employerContacts.all({ clientId, limit: limit ?? -1 });
}

/** Team members who can be assigned as coach or asiakasvastaava. */
export function teamStaff(teamId: number) {
	return queries().teamStaff.all({ teamId });
}

/** What the phases up to the current one still lack (shown, never blocking). */
export function phaseGaps(enrolment: { id: number; currentPhase: number; entryDate: string | null }, clientId: number, consentInForce: boolean) {
	const facts = queries().phaseFacts.get({ enrolmentId: enrolment.id, clientId });
	return missingContent(enrolment.currentPhase as Phase, {
		entryDate: enrolment.entryDate,
		consentInForce,
		hasProfile: Boolean(facts?.hasProfile),
		hasBenefitsCounselling: Boolean(facts?.hasBenefitsCounselling),
		hasDisclosureDiscussion: Boolean(facts?.hasDisclosureDiscussion),
		hasJobSearchPlan: Boolean(facts?.hasJobSearchPlan),
		hasEmployerContact: Boolean(facts?.hasEmployerContact),
		hasPlacement: Boolean(facts?.hasPlacement),
		hasStartedPlacement: Boolean(facts?.hasStartedPlacement)
	});
}

export function listJobSearchActivities(enrolmentId: number) {
	return getDb().select().from(jobSearchActivities).where(eq(jobSearchActivities.enrolmentId, enrolmentId)).orderBy(desc(jobSearchActivities.date), desc(jobSearchActivities.id)).limit(100).all();
}

export type ClientRecord = NonNullable<ReturnType<typeof computeClientRecord>>;

// A coach goes back to a client's record between other pages: it is kept until the next change in
// the client's home team (every row about the client raises it, wherever it was saved). Shared
// between requests: do not modify.
const records = new TeamRecordsCache(300);

/** Everything the client record page shows (one page of contacts); null = no such client. */
export function clientRecord(access: ClientAccess & { writeMode: WriteMode }, contactsPage: number, today: string): ClientRecord | null {
	return records.get(`${access.clientId}|${access.writeMode}|${contactsPage}|${today}`, [access.teamId], () => computeClientRecord(access, contactsPage, today));
}

function computeClientRecord(access: ClientAccess & { writeMode: WriteMode }, contactsPage: number, today: string) {
	const identity = getIdentity(access.clientId);
	if (!identity) return null;
	const enrolments = listEnrolments(access.clientId);
	const current = enrolments[0] ?? null;
	const enrolmentIds = enrolments.map((e) => e.id);
	const consents = listConsents(access.clientId, today);
	return {
		identity,
		current,
		earlier: enrolments.slice(1),
		assignments: listAssignments(enrolmentIds),
		phaseHistory: listPhaseHistory(enrolmentIds),
		contacts: current ? listContacts(current.id, contactsPage) : null,
		outreach: current ? listOutreach(current.id) : [],
		consents,
		feedback: listFeedback(enrolmentIds),
		placements: listClientPlacements(access.clientId),
		network: listNetworkNames(access.clientId),
		employerContacts: listClientEmployerContacts(access.clientId, 20),
		missing: current && !current.closedDate ? phaseGaps(current, access.clientId, consents.state === 'valid' || consents.state === 'expiring') : [],
		staff: access.writeMode === 'own' ? teamStaff(access.teamId) : []
	};
}
