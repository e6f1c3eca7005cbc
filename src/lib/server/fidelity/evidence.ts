import { and, eq, gte, lte, or, isNull, sql } from 'drizzle-orm';
import { getDb } from '../db';
import { inJsonList } from '../db/sql';
import { TeamRecordsCache } from '../db/changes';
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
import { evidenceForScale, type Evidence, type EvidenceInput } from '$lib/domain/fidelity-evidence';
import type { Period } from '$lib/domain/period';
import type { ScaleItem } from '$lib/domain/fidelity-scale';
import { staffingRows } from './reviews';


type Db = ReturnType<typeof getDb>;

function teamStaff(db: Db, teamId: number) {
	return db
		.select({ userId: teamMembers.userId, name: users.name, role: teamMembers.role, fte: teamMembers.fte })
		.from(teamMembers)
		.innerJoin(users, eq(users.id, teamMembers.userId))
		.where(eq(teamMembers.teamId, teamId))
		.all();
}

/** The team's enrolments open on any day of the period. */
function periodEnrolments(db: Db, teamId: number, period: Period) {
	return db
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
}

/** Phase moves, face-to-face contacts and outreach of the enrolments; follow-along windows start a week before a job start. */
function clientActivity(db: Db, ids: number[], period: Period) {
	const windowFrom = addDays(period.from, -7);
	const windowTo = addDays(period.to, 31);
	const phaseChangeRows = db
		.select({ enrolmentId: phaseChanges.enrolmentId, enteredOn: phaseChanges.enteredOn, changedBy: phaseChanges.changedBy })
		.from(phaseChanges)
		.where(and(inJsonList(phaseChanges.enrolmentId, ids), gte(phaseChanges.enteredOn, period.from), lte(phaseChanges.enteredOn, period.to)))
		.all();
	// The contact rules (follow-along, community minutes) read face-to-face contacts only. The mode is
	// literal SQL so that the partial covering index client_contacts_face_to_face_idx serves the query.
	const contactRows = db
		.select({ enrolmentId: clientContacts.enrolmentId, date: clientContacts.date, mode: clientContacts.mode, place: clientContacts.place, durationMinutes: clientContacts.durationMinutes })
		.from(clientContacts)
		.where(and(inJsonList(clientContacts.enrolmentId, ids), sql`${clientContacts.mode} = 'face-to-face'`, gte(clientContacts.date, windowFrom), lte(clientContacts.date, windowTo)))
		.all();
	const outreachRows = db.select({ enrolmentId: outreachAttempts.enrolmentId, date: outreachAttempts.date }).from(outreachAttempts).where(inJsonList(outreachAttempts.enrolmentId, ids)).all();
	return { phaseChangeRows, contactRows, outreachRows };
}

function enrolmentPlacements(db: Db, ids: number[]) {
	return db
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
		.where(inJsonList(placements.enrolmentId, ids))
		.all();
}

/** Phase 2–3 content of the enrolments, by date; profile updates may come 30 days after an event. */
function phaseContent(db: Db, ids: number[]) {
	const counsellingRows = db.select({ enrolmentId: benefitsCounselling.enrolmentId, date: benefitsCounselling.date }).from(benefitsCounselling).where(inJsonList(benefitsCounselling.enrolmentId, ids)).all();
	const disclosureRows = db.select({ enrolmentId: disclosureDiscussions.enrolmentId, date: disclosureDiscussions.date }).from(disclosureDiscussions).where(inJsonList(disclosureDiscussions.enrolmentId, ids)).all();
	const profileRows = db.select({ enrolmentId: vocationalProfiles.enrolmentId, createdAt: vocationalProfiles.createdAt }).from(vocationalProfiles).where(inJsonList(vocationalProfiles.enrolmentId, ids)).all();
	const planRows = db.select({ enrolmentId: jobSearchPlans.enrolmentId, createdAt: jobSearchPlans.createdAt }).from(jobSearchPlans).where(inJsonList(jobSearchPlans.enrolmentId, ids)).all();
	return {
		benefitsCounselling: counsellingRows,
		disclosureDiscussions: disclosureRows,
		profileUpdates: profileRows.map((p) => ({ enrolmentId: p.enrolmentId, date: isoDateInFinland(p.createdAt) })),
		jobSearchPlans: planRows.map((p) => ({ enrolmentId: p.enrolmentId, date: isoDateInFinland(p.createdAt) }))
	};
}

/** The team's employer contacts in the period (and a month after), each with the clients it names. */
function teamEmployerContacts(db: Db, teamId: number, period: Period) {
	const employerContactRows = db
		.select({ id: employerContacts.id, employerId: employerContacts.employerId, employerName: employers.name, coachId: employerContacts.coachId, date: employerContacts.date, mode: employerContacts.mode })
		.from(employerContacts)
		.innerJoin(employers, eq(employers.id, employerContacts.employerId))
		.where(and(eq(employerContacts.teamId, teamId), gte(employerContacts.date, period.from), lte(employerContacts.date, addDays(period.to, 31))))
		.all();
	const namedClients = db
		.select({ contactId: employerContactClients.employerContactId, clientId: employerContactClients.clientId })
		.from(employerContactClients)
		.where(
			inJsonList(
				employerContactClients.employerContactId,
				employerContactRows.map((c) => c.id)
			)
		)
		.all();
	const clientsByContact = new Map<number, number[]>();
	for (const n of namedClients) {
		const list = clientsByContact.get(n.contactId);
		if (list) list.push(n.clientId);
		else clientsByContact.set(n.contactId, [n.clientId]);
	}
	return employerContactRows.map((c) => ({ ...c, clientIds: clientsByContact.get(c.id) ?? [] }));
}

/**
 * Loads the team's records the figure rules need for a period, in a fixed number of queries (no
 * per-client queries). Only the columns and rows the rules read are selected.
 */
export function loadEvidenceInput(teamId: number, period: Period, reviewId: number | null): EvidenceInput {
	const db = getDb();
	const members = teamStaff(db, teamId);
	const enrolmentRows = periodEnrolments(db, teamId, period);
	const ids = enrolmentRows.map((e) => e.id);
	const activity = clientActivity(db, ids, period);
	const placementRows = enrolmentPlacements(db, ids);
	const content = phaseContent(db, ids);
	return {
		period,
		coaches: members.filter((m) => m.role === 'coach').map((m) => ({ userId: m.userId, name: m.name, fte: m.fte })),
		leadCount: members.filter((m) => m.role === 'lead').length,
		staffing: reviewId ? staffingRows(reviewId) : [],
		enrolments: enrolmentRows,
		phaseChanges: activity.phaseChangeRows,
		clientContacts: activity.contactRows,
		outreach: activity.outreachRows,
		employerContacts: teamEmployerContacts(db, teamId, period),
		placements: placementRows,
		...content
	};
}

/** Computed evidence per review, until the next change in its team (a few hundred kB at most each). */
const evidenceCache = new TeamRecordsCache('fidelity-evidence', 50);

export type ReviewScope = { id: number; teamId: number; scaleId: number; periodFrom: string; periodTo: string };

/**
 * The evidence from records for every figure item of a review's scale (itemId → evidence). Cached:
 * a view computes it once, and any change in the review's team (a contact, a placement, the review's
 * staffing…) makes the next request compute it again. The key holds everything that shapes it.
 */
export function reviewEvidence(review: ReviewScope, items: ScaleItem[], today: string = isoDateInFinland()): Map<number, Evidence> {
	const key = `${review.id}|${review.teamId}|${review.scaleId}|${review.periodFrom}|${review.periodTo}|${today}`;
	return evidenceCache.get(key, [review.teamId], () => evidenceForScale(items, loadEvidenceInput(review.teamId, { from: review.periodFrom, to: review.periodTo }, review.id)));
}
