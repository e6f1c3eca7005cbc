import { and, eq, gte, inArray, lte, or, isNull } from 'drizzle-orm';
import { getDb } from '../db';
import {
	enrolments,
	phaseChanges,
	clientContacts,
	outreachAttempts,
	employerContacts,
	employerContactClients,
	employers,
	placements,
	benefitsCounselling,
	disclosureDiscussions,
	vocationalProfiles,
	jobSearchPlans,
	teamMembers,
	users
} from '../db/schema';
import { addDays, isoDateInFinland } from '$lib/domain/dates';
import type { EvidenceInput, Period } from '$lib/domain/fidelity-evidence';
import { staffingRows } from './reviews';

const CHUNK = 500;

/** Runs an `inArray` query in chunks (SQLite's variable limit) and concatenates the rows. */
function chunked<T>(ids: number[], query: (chunk: number[]) => T[]): T[] {
	const out: T[] = [];
	for (let i = 0; i < ids.length; i += CHUNK) out.push(...query(ids.slice(i, i + CHUNK)));
	return out;
}

/**
 * Loads the team's records the figure rules need for a period, in a fixed number of batched
 * queries (no per-client queries). Only the columns the rules read are selected.
 */
export function loadEvidenceInput(teamId: number, period: Period, reviewId: number | null): EvidenceInput {
	const db = getDb();
	// Follow-along windows start a week before a job start; profile updates may come 30 days after an event.
	const windowFrom = addDays(period.from, -7);
	const windowTo = addDays(period.to, 31);

	const members = db
		.select({ userId: teamMembers.userId, name: users.name, role: teamMembers.role, fte: teamMembers.fte })
		.from(teamMembers)
		.innerJoin(users, eq(users.id, teamMembers.userId))
		.where(eq(teamMembers.teamId, teamId))
		.all();
	const coaches = members.filter((m) => m.role === 'coach').map((m) => ({ userId: m.userId, name: m.name, fte: m.fte }));

	const enrolmentRows = db
		.select({
			id: enrolments.id,
			clientId: enrolments.clientId,
			coachId: enrolments.coachId,
			entryDate: enrolments.entryDate,
			closedDate: enrolments.closedDate,
			closingReason: enrolments.closingReason,
			currentPhase: enrolments.currentPhase,
			referralSource: enrolments.referralSource,
			referrer: enrolments.referrer
		})
		.from(enrolments)
		.where(and(eq(enrolments.teamId, teamId), lte(enrolments.entryDate, period.to), or(isNull(enrolments.closedDate), gte(enrolments.closedDate, period.from))))
		.all();
	const ids = enrolmentRows.map((e) => e.id);

	const byDate = <T>(q: (chunk: number[]) => T[]) => chunked(ids, q);
	const phaseRows = byDate((c) =>
		db
			.select({ enrolmentId: phaseChanges.enrolmentId, enteredOn: phaseChanges.enteredOn, changedBy: phaseChanges.changedBy })
			.from(phaseChanges)
			.where(and(inArray(phaseChanges.enrolmentId, c), gte(phaseChanges.enteredOn, period.from), lte(phaseChanges.enteredOn, period.to)))
			.all()
	);
	const contactRows = byDate((c) =>
		db
			.select({ enrolmentId: clientContacts.enrolmentId, date: clientContacts.date, mode: clientContacts.mode, place: clientContacts.place, durationMinutes: clientContacts.durationMinutes })
			.from(clientContacts)
			.where(and(inArray(clientContacts.enrolmentId, c), gte(clientContacts.date, windowFrom), lte(clientContacts.date, windowTo)))
			.all()
	);
	const outreachRows = byDate((c) => db.select({ enrolmentId: outreachAttempts.enrolmentId, date: outreachAttempts.date }).from(outreachAttempts).where(inArray(outreachAttempts.enrolmentId, c)).all());
	const placementRows = byDate((c) =>
		db
			.select({
				id: placements.id,
				enrolmentId: placements.enrolmentId,
				clientId: placements.clientId,
				employerId: placements.employerId,
				employerName: employers.name,
				jobTitle: placements.jobTitle,
				jobType: placements.jobType,
				competitive: placements.competitive,
				wageSubsidy: placements.wageSubsidy,
				status: placements.status,
				startDate: placements.startDate,
				endDate: placements.endDate
			})
			.from(placements)
			.innerJoin(employers, eq(employers.id, placements.employerId))
			.where(inArray(placements.enrolmentId, c))
			.all()
	);
	const counsellingRows = byDate((c) => db.select({ enrolmentId: benefitsCounselling.enrolmentId, date: benefitsCounselling.date }).from(benefitsCounselling).where(inArray(benefitsCounselling.enrolmentId, c)).all());
	const disclosureRows = byDate((c) => db.select({ enrolmentId: disclosureDiscussions.enrolmentId, date: disclosureDiscussions.date }).from(disclosureDiscussions).where(inArray(disclosureDiscussions.enrolmentId, c)).all());
	const profileRows = byDate((c) => db.select({ enrolmentId: vocationalProfiles.enrolmentId, createdAt: vocationalProfiles.createdAt }).from(vocationalProfiles).where(inArray(vocationalProfiles.enrolmentId, c)).all());
	const planRows = byDate((c) => db.select({ enrolmentId: jobSearchPlans.enrolmentId, createdAt: jobSearchPlans.createdAt }).from(jobSearchPlans).where(inArray(jobSearchPlans.enrolmentId, c)).all());

	const employerContactRows = db
		.select({ id: employerContacts.id, employerId: employerContacts.employerId, employerName: employers.name, coachId: employerContacts.coachId, date: employerContacts.date, mode: employerContacts.mode })
		.from(employerContacts)
		.innerJoin(employers, eq(employers.id, employerContacts.employerId))
		.where(and(eq(employerContacts.teamId, teamId), gte(employerContacts.date, period.from), lte(employerContacts.date, windowTo)))
		.all();
	const namedClients = chunked(
		employerContactRows.map((c) => c.id),
		(c) => db.select({ contactId: employerContactClients.employerContactId, clientId: employerContactClients.clientId }).from(employerContactClients).where(inArray(employerContactClients.employerContactId, c)).all()
	);
	const clientsByContact = new Map<number, number[]>();
	for (const n of namedClients) clientsByContact.set(n.contactId, [...(clientsByContact.get(n.contactId) ?? []), n.clientId]);

	return {
		period,
		coaches,
		leadCount: members.filter((m) => m.role === 'lead').length,
		staffing: reviewId ? staffingRows(reviewId) : [],
		enrolments: enrolmentRows,
		phaseChanges: phaseRows,
		clientContacts: contactRows,
		outreach: outreachRows,
		employerContacts: employerContactRows.map((c) => ({ ...c, clientIds: clientsByContact.get(c.id) ?? [] })),
		placements: placementRows,
		benefitsCounselling: counsellingRows,
		disclosureDiscussions: disclosureRows,
		profileUpdates: profileRows.map((p) => ({ enrolmentId: p.enrolmentId, date: isoDateInFinland(p.createdAt) })),
		jobSearchPlans: planRows.map((p) => ({ enrolmentId: p.enrolmentId, date: isoDateInFinland(p.createdAt) }))
	};
}
