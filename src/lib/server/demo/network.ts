import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import { clientContacts, clients, consents, employerContactClients, employerContacts, employers, enrolments, placements } from '../db/schema';
import { addDays, startOfIsoWeek } from '$lib/domain/dates';
import type { DemoAccounts } from './accounts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The caseload seed's Y-tunnus for Kahvila Kulma Oy has a wrong check digit (2345678 → 0). */
export const KAHVILA_KULMA_BUSINESS_ID = '2345678-0';

/**
 * Employer network on top of the caseload seed: job-development contacts this week and last week,
 * shared contacts for the portal, placements in every state, in-work support contacts, and the
 * Kahvila Kulma Oy portal with exactly one disclosed + consented placement and one not disclosed.
 */
export function seedDemoNetwork(tx: Tx, accounts: DemoAccounts, kahvilaId: number, today: string): void {
	tx.update(employers).set({ businessId: KAHVILA_KULMA_BUSINESS_ID }).where(eq(employers.id, kahvilaId)).run();
	const teamEmployers = tx.select({ id: employers.id, name: employers.name }).from(employers).where(eq(employers.teamId, accounts.teamId)).orderBy(asc(employers.id)).all();
	const otherEmployerIds = teamEmployers.filter((e) => e.id !== kahvilaId).map((e) => e.id);
	const disclosed = seedKahvilaPlacements(tx, accounts, kahvilaId, otherEmployerIds, today);
	seedEndedPlacements(tx, accounts, otherEmployerIds, today);
	seedJobDevelopment(tx, accounts, kahvilaId, otherEmployerIds, disclosed, today);
}

/** Kahvila Kulma's jobs as the portal shows them; returns the disclosed one. */
function seedKahvilaPlacements(tx: Tx, accounts: DemoAccounts, kahvilaId: number, otherEmployerIds: number[], today: string) {
	// Kahvila Kulma: one started job disclosed with consent, one agreed job not disclosed; the rest move.
	const atKahvila = tx
		.select({ id: placements.id, clientId: placements.clientId, status: placements.status, startDate: placements.startDate, disclosure: placements.disclosure })
		.from(placements)
		.where(eq(placements.employerId, kahvilaId))
		.orderBy(asc(placements.id))
		.all();
	const disclosed = atKahvila.find((p) => p.status === 'started');
	const hidden = atKahvila.find((p) => p !== disclosed);
	for (const p of atKahvila) {
		if (p === disclosed) {
			tx.update(placements).set({ disclosure: 'general', disclosureReviewDate: addDays(today, 90) }).where(eq(placements.id, p.id)).run();
			tx.insert(consents)
				.values({
					clientId: p.clientId,
					form: 'own',
					parties: ['employer'],
					employerId: kahvilaId,
					categories: ['contact', 'placement'],
					healthData: false,
					purpose: 'Työnantaja näkee työsuhteen ja valmentajan yhteystiedot',
					validFrom: addDays(p.startDate ?? today, -14),
					validTo: addDays(today, 365),
					signedHow: 'signature',
					createdBy: accounts.coachId
				})
				.run();
			// In-work support so far: the visit before the start and the one right after it.
			if (p.startDate) {
				const enrolmentId = tx.select({ e: placements.enrolmentId }).from(placements).where(eq(placements.id, p.id)).get()!.e;
				for (const offset of [-3, 2]) {
					tx.insert(clientContacts)
						.values({ enrolmentId, placementId: p.id, date: addDays(p.startDate, offset), durationMinutes: 45, mode: 'face-to-face', place: 'workplace', phase: 5, note: 'Työpaikkakäynti.', createdBy: accounts.coachId })
						.run();
				}
			}
		} else if (p === hidden) {
			tx.update(placements).set({ disclosure: 'none' }).where(eq(placements.id, p.id)).run();
		} else {
			tx.update(placements).set({ employerId: otherEmployerIds[0] }).where(eq(placements.id, p.id)).run();
		}
	}
	return disclosed;
}

function seedEndedPlacements(tx: Tx, accounts: DemoAccounts, otherEmployerIds: number[], today: string): void {
	// Placements in the remaining states for clients now back in job search (phase 3).
	const jobSeekers = tx
		.select({ enrolmentId: enrolments.id, clientId: enrolments.clientId, coachId: enrolments.coachId })
		.from(enrolments)
		.innerJoin(clients, eq(clients.id, enrolments.clientId))
		.where(and(eq(enrolments.teamId, accounts.teamId), eq(enrolments.currentPhase, 3), isNull(enrolments.closedDate)))
		.orderBy(asc(enrolments.id))
		.all();
	const endings = [
		{ status: 'ended' as const, endReason: 'fixed-term-ended' as const, jobTitle: 'Kesätyöntekijä', startDaysAgo: 150, endDaysAgo: 60 },
		{ status: 'did-not-start' as const, endReason: null, jobTitle: 'Tuotantotyöntekijä', startDaysAgo: 40, endDaysAgo: null },
		{ status: 'ended' as const, endReason: 'dismissed' as const, jobTitle: 'Varastoapulainen', startDaysAgo: 70, endDaysAgo: 12 }
	];
	endings.forEach((e, i) => {
		const seeker = jobSeekers[i];
		if (!seeker) return;
		tx.insert(placements)
			.values({
				enrolmentId: seeker.enrolmentId,
				clientId: seeker.clientId,
				employerId: otherEmployerIds[i % otherEmployerIds.length],
				jobTitle: e.jobTitle,
				jobType: 'avustava työ',
				hoursPerWeek: 20,
				wage: 2100,
				wageUnit: 'month',
				contract: 'fixed-term',
				competitive: true,
				wageSubsidy: false,
				disclosure: 'general',
				status: e.status,
				startDate: addDays(today, -e.startDaysAgo),
				endDate: e.endDaysAgo === null ? null : addDays(today, -e.endDaysAgo),
				endReason: e.endReason,
				createdBy: seeker.coachId
			})
			.run();
	});
}

type DemoEmployerContact = {
	coachId: number;
	employerId: number;
	date: string;
	mode: 'face-to-face' | 'phone' | 'email';
	purpose: typeof employerContacts.$inferInsert.purpose;
	shared: boolean;
	outcome: string;
	nextStep?: string;
	nextStepDue?: string;
	clientId?: number;
	placementId?: number;
	};

/** One employer contact of the team (never dated after today), naming the client if given. */
function addEmployerContact(tx: Tx, teamId: number, today: string, v: DemoEmployerContact): void {
	const id = tx
		.insert(employerContacts)
		.values({
			employerId: v.employerId,
			teamId,
			coachId: v.coachId,
			date: v.date > today ? today : v.date,
			personMet: 'Esihenkilö',
			mode: v.mode,
			generic: v.clientId === undefined,
			clientPresent: false,
			purpose: v.purpose,
			outcome: v.outcome,
			nextStep: v.nextStep ?? null,
			nextStepDue: v.nextStepDue ?? null,
			sharedWithEmployer: v.shared,
			placementId: v.placementId ?? null,
			createdBy: v.coachId
		})
		.returning({ id: employerContacts.id })
		.get().id;
	if (v.clientId !== undefined) tx.insert(employerContactClients).values({ employerContactId: id, clientId: v.clientId }).run();
}

function seedJobDevelopment(tx: Tx, accounts: DemoAccounts, kahvilaId: number, otherEmployerIds: number[], disclosed: { id: number; clientId: number } | undefined, today: string): void {
	// Job development: this week and last week for both Vantaa coaches; coach2 met the target last week.
	const week = startOfIsoWeek(today);
	const lastWeek = addDays(week, -7);
	const contact = (v: DemoEmployerContact) => addEmployerContact(tx, accounts.teamId, today, v);
	const purposes = ['introduction', 'learn-business', 'follow-up'] as const;
	for (let d = 0; d < 6; d++) {
		contact({ coachId: accounts.coach2Id, employerId: otherEmployerIds[d % otherEmployerIds.length], date: addDays(lastWeek, d % 5), mode: 'face-to-face', purpose: purposes[d % 3], shared: false, outcome: 'Kartoitettiin työtehtäviä.' });
	}
	for (let d = 0; d < 4; d++) {
		contact({ coachId: accounts.coachId, employerId: otherEmployerIds[d % otherEmployerIds.length], date: addDays(lastWeek, d), mode: d === 3 ? 'phone' : 'face-to-face', purpose: purposes[d % 3], shared: false, outcome: 'Esittelin työhönvalmennusta.' });
	}
	contact({ coachId: accounts.coachId, employerId: otherEmployerIds[1], date: week, mode: 'face-to-face', purpose: 'learn-business', shared: false, outcome: 'Tutustuttiin varaston vuoroihin.', nextStep: 'Lähetä työnkuvaus', nextStepDue: addDays(today, 5) });
	// Kahvila Kulma: two shared contacts (visible in its portal) and one internal one (never shown).
	contact({ coachId: accounts.coachId, employerId: kahvilaId, date: addDays(today, -20), mode: 'face-to-face', purpose: 'learn-business', shared: true, outcome: 'Sovittiin aamuvuorojen tehtävistä.', nextStep: 'Uusi tapaaminen kuukauden päästä', nextStepDue: addDays(today, 10) });
	contact({ coachId: accounts.coachId, employerId: kahvilaId, date: addDays(today, -6), mode: 'phone', purpose: 'follow-up', shared: true, outcome: 'Perehdytys sujunut hyvin.' });
	contact({ coachId: accounts.coachId, employerId: kahvilaId, date: addDays(today, -4), mode: 'face-to-face', purpose: 'in-work-support', shared: false, outcome: 'Sisäinen muistiinpano: keskusteltu jaksamisesta.', placementId: disclosed?.id, clientId: disclosed?.clientId });
}
