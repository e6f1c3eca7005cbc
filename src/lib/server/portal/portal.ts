import { and, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '../db';
import { clients, consents, contactRequests, employerContactClients, employerContacts, employers, enrolments, placements, users } from '../db/schema';
import { PORTAL_STATUSES, clientsBlockingShare, consentForDisclosure, portalFirstName, visibleInPortal, type ConsentForPortal } from '$lib/domain/disclosure';

/**
 * The employer portal's whole data surface. Every function selects only the columns the portal
 * may show (docs/domain/consent.md#employer-portal): first name, job title, start date, the coach's contact details, shared
 * contacts and the employer's own requests. Nothing else leaves this module.
 */

export type PortalPlacement = {
	id: number;
	firstName: string;
	jobTitle: string;
	startDate: string | null;
	coach: { name: string; phone: string | null; email: string } | null;
};

/** These clients' consents that name the employer, per client; whether one is in force is the domain rule's call. */
function consentsNamingEmployer(employerId: number, clientIds: readonly number[]): Map<number, ConsentForPortal[]> {
	const byClient = new Map<number, ConsentForPortal[]>();
	if (clientIds.length === 0) return byClient;
	const rows = getDb()
		.select({ id: consents.id, clientId: consents.clientId, employerId: consents.employerId, form: consents.form, validFrom: consents.validFrom, validTo: consents.validTo, withdrawnAt: consents.withdrawnAt })
		.from(consents)
		.where(and(eq(consents.employerId, employerId), inArray(consents.clientId, [...new Set(clientIds)])))
		.all();
	for (const c of rows) byClient.set(c.clientId, [...(byClient.get(c.clientId) ?? []), c]);
	return byClient;
}

/**
 * The named clients that keep a contact from being shared with this employer today (no written
 * consent naming it in force). Empty = shareable; a contact naming nobody is always shareable.
 */
export function clientsBlockingSharedContact(employerId: number, namedClientIds: readonly number[], today: string): number[] {
	return clientsBlockingShare(namedClientIds, consentsNamingEmployer(employerId, namedClientIds), employerId, today);
}

export function portalEmployerName(employerId: number): string | undefined {
	return getDb().select({ name: employers.name }).from(employers).where(eq(employers.id, employerId)).get()?.name;
}

/** A shown placement with what its disclosure log row needs (never sent to the browser): client, team, consent. */
export type PortalPlacementRow = { placement: PortalPlacement; clientId: number; teamId: number; consentId: number | null };

export function portalPlacements(employerId: number, today: string): PortalPlacement[] {
	return portalPlacementRows(employerId, today).map((r) => r.placement);
}

export function portalPlacementRows(employerId: number, today: string): PortalPlacementRow[] {
	const db = getDb();
	const candidates = db
		.select({
			id: placements.id,
			clientId: placements.clientId,
			employerId: placements.employerId,
			disclosure: placements.disclosure,
			status: placements.status,
			firstName: clients.firstName,
			teamId: clients.teamId,
			jobTitle: placements.jobTitle,
			startDate: placements.startDate,
			coachName: users.name,
			coachPhone: users.phone,
			coachEmail: users.email
		})
		.from(placements)
		.innerJoin(clients, eq(clients.id, placements.clientId))
		.innerJoin(enrolments, eq(enrolments.id, placements.enrolmentId))
		.leftJoin(users, eq(users.id, enrolments.coachId))
		.where(and(eq(placements.employerId, employerId), inArray(placements.status, [...PORTAL_STATUSES]), inArray(placements.disclosure, ['general', 'specific'])))
		.orderBy(desc(placements.startDate), desc(placements.id))
		.all();
	if (candidates.length === 0) return [];
	const byClient = consentsNamingEmployer(employerId, candidates.map((c) => c.clientId));
	return candidates
		.filter((p) => visibleInPortal(p, byClient.get(p.clientId) ?? [], employerId, today))
		.map((p) => ({
			placement: {
				id: p.id,
				firstName: portalFirstName(p.firstName),
				jobTitle: p.jobTitle,
				startDate: p.startDate,
				coach: p.coachName && p.coachEmail ? { name: p.coachName, phone: p.coachPhone, email: p.coachEmail } : null
			},
			clientId: p.clientId,
			teamId: p.teamId,
			consentId: consentForDisclosure(byClient.get(p.clientId) ?? [], employerId, today)?.id ?? null
		}));
}

/** One placement, only when the portal rule lets the employer see it (else undefined → 404). */
export function portalPlacement(employerId: number, placementId: number, today: string): PortalPlacement | undefined {
	return portalPlacementRow(employerId, placementId, today)?.placement;
}

export function portalPlacementRow(employerId: number, placementId: number, today: string): PortalPlacementRow | undefined {
	return portalPlacementRows(employerId, today).find((r) => r.placement.id === placementId);
}

export type PortalContact = { id: number; date: string; mode: string; purpose: string; personMet: string | null; outcome: string | null; nextStep: string | null; nextStepDue: string | null };

/**
 * Contacts the coach marked shared; named clients are never included. A contact that names clients
 * (directly or through its placement) shows only while each of them consents to this employer, so
 * a withdrawn or expired consent hides it at once, as it hides the placement.
 */
export function portalSharedContacts(employerId: number, today: string): PortalContact[] {
	return portalSharedContactRows(employerId, today).map((r) => r.contact);
}

/** A shown contact with the clients it names and the consent each rests on (for the disclosure log; never sent to the browser). */
export type PortalContactRow = { contact: PortalContact; teamId: number; named: { clientId: number; consentId: number | null }[] };

export function portalSharedContactRows(employerId: number, today: string): PortalContactRow[] {
	const db = getDb();
	const shared = and(eq(employerContacts.employerId, employerId), eq(employerContacts.sharedWithEmployer, true));
	const rows = db
		.select({
			id: employerContacts.id,
			date: employerContacts.date,
			mode: employerContacts.mode,
			purpose: employerContacts.purpose,
			personMet: employerContacts.personMet,
			outcome: employerContacts.outcome,
			nextStep: employerContacts.nextStep,
			nextStepDue: employerContacts.nextStepDue,
			teamId: employerContacts.teamId,
			placementClientId: placements.clientId
		})
		.from(employerContacts)
		.leftJoin(placements, eq(placements.id, employerContacts.placementId))
		.where(shared)
		.orderBy(desc(employerContacts.date), desc(employerContacts.id))
		.all();
	if (rows.length === 0) return [];
	const named = new Map<number, number[]>();
	for (const r of rows) if (r.placementClientId !== null) named.set(r.id, [r.placementClientId]);
	const links = db
		.select({ contactId: employerContactClients.employerContactId, clientId: employerContactClients.clientId })
		.from(employerContactClients)
		.innerJoin(employerContacts, eq(employerContacts.id, employerContactClients.employerContactId))
		.where(shared)
		.all();
	for (const l of links) named.set(l.contactId, [...(named.get(l.contactId) ?? []), l.clientId]);
	const byClient = consentsNamingEmployer(employerId, [...named.values()].flat());
	return rows
		.filter((r) => clientsBlockingShare(named.get(r.id) ?? [], byClient, employerId, today).length === 0)
		.slice(0, 50)
		.map((r) => ({
			contact: { id: r.id, date: r.date, mode: r.mode, purpose: r.purpose, personMet: r.personMet, outcome: r.outcome, nextStep: r.nextStep, nextStepDue: r.nextStepDue },
			teamId: r.teamId,
			named: [...new Set(named.get(r.id) ?? [])].map((clientId) => ({ clientId, consentId: consentForDisclosure(byClient.get(clientId) ?? [], employerId, today)?.id ?? null }))
		}));
}

export function portalContactRequests(employerId: number) {
	return getDb()
		.select({ id: contactRequests.id, message: contactRequests.message, createdAt: contactRequests.createdAt, answer: contactRequests.answer, handledAt: contactRequests.handledAt })
		.from(contactRequests)
		.where(eq(contactRequests.employerId, employerId))
		.orderBy(desc(contactRequests.createdAt), desc(contactRequests.id))
		.limit(20)
		.all();
}

export function sendContactRequest(employerId: number, fromUserId: number, message: string): number {
	return getDb().insert(contactRequests).values({ employerId, fromUserId, message }).returning({ id: contactRequests.id }).get().id;
}
