import type { Db } from '../db';
import {
	clients,
	enrolments,
	enrolmentAssignments,
	phaseChanges,
	clientContacts,
	outreachAttempts,
	consents,
	employers,
	employerContactPersons,
	employerContacts,
	employerContactClients,
	placements
} from '../db/schema';
import { addDays } from '$lib/domain/dates';
import type { DemoAccounts } from './accounts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Deterministic pseudo-random numbers, so every demo load is the same data set. */
function seeded(seed: number) {
	let s = seed;
	return () => {
		s = (s * 1103515245 + 12345) % 2147483648;
		return s / 2147483648;
	};
}

const FIRST_NAMES = ['Aino', 'Eero', 'Helmi', 'Juha', 'Kirsi', 'Lauri', 'Minna', 'Niko', 'Oona', 'Pekka', 'Riikka', 'Sami', 'Tuula', 'Ville', 'Anni', 'Jari', 'Marja', 'Toni', 'Hanna', 'Petri', 'Satu', 'Janne', 'Elina', 'Markus', 'Sari', 'Tero', 'Johanna', 'Antti', 'Laura', 'Timo'];
const LAST_NAMES = ['Virtanen', 'Korhonen', 'Nieminen', 'Mäkinen', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Kinnunen', 'Turunen', 'Salo', 'Rantanen', 'Lindholm', 'Karjalainen', 'Jokinen', 'Laaksonen', 'Ahonen', 'Nyström', 'Hiltunen', 'Vainio', 'Mattila', 'Kallio', 'Berg', 'Ojala'];
const SOURCES = ['adult-social-work', 'employment-services', 'kela', 'psychiatric-care', 'ngo', 'health-centre', 'self', 'other'];

export const DEMO_EMPLOYERS = [
	{ name: 'Kahvila Kulma Oy', businessId: '2345678-8', industry: 'Ravintola-ala', stage: 'active-partner' as const },
	{ name: 'Vantaan Varasto Oy', businessId: '1234567-1', industry: 'Logistiikka', stage: 'active-partner' as const },
	{ name: 'Puhdas Koti Ky', businessId: '0737546-2', industry: 'Siivous', stage: 'learning-needs' as const },
	{ name: 'Kirjakauppa Sivu Oy', businessId: '1572860-0', industry: 'Vähittäiskauppa', stage: 'introduced' as const },
	{ name: 'Tikkurilan Autohuolto Oy', businessId: '0112038-9', industry: 'Autokorjaamo', stage: 'new-lead' as const },
	{ name: 'Keravan Puutarha Oy', businessId: '1060155-5', industry: 'Puutarha', stage: 'active-partner' as const }
];

export type DemoCaseload = { employerId: number };

type Random = { rand: () => number; pick: <T>(list: readonly T[]) => T };

/** One demo client as the later steps need it. */
type SeededClient = { i: number; teamId: number; coachId: number; inOtherTeam: boolean; phase: number; entryDate: string; clientId: number; enrolmentId: number };

/**
 * ~30 clients across all five phases, with contacts, consents, employer contacts and placements.
 * Dates are relative to `today`, so caseload flags (no contact in 14 days, overdue steps…) always show.
 * The steps draw from one seeded sequence in a fixed order: every demo load is the same data set.
 */
export function seedDemoCaseload(tx: Tx, accounts: DemoAccounts, today: string): DemoCaseload {
	const rand = seeded(2026);
	const random: Random = { rand, pick: (list) => list[Math.floor(rand() * list.length)] };
	const employerIds = seedEmployers(tx, accounts, random);
	for (let i = 0; i < 30; i++) {
		const client = seedClient(tx, accounts, random, today, i);
		seedContacts(tx, random, today, client);
		seedConsent(tx, today, client);
		if (client.phase >= 3) seedEmployerContact(tx, random, client, employerIds);
		if (client.phase >= 4) seedPlacement(tx, random, today, client, employerIds);
	}
	return { employerId: employerIds[0] };
}

function seedEmployers(tx: Tx, accounts: DemoAccounts, { pick }: Random): number[] {
	return DEMO_EMPLOYERS.map((e, i) => {
		const teamId = i === 5 ? accounts.otherTeamId : accounts.teamId;
		const id = tx
			.insert(employers)
			.values({
				teamId,
				name: e.name,
				businessId: e.businessId,
				industry: e.industry,
				municipality: i === 5 ? 'Kerava' : 'Vantaa',
				address: `Esimerkkikatu ${i + 1}`,
				stage: e.stage,
				ownerCoachId: i === 5 ? accounts.coach3Id : i % 2 === 0 ? accounts.coachId : accounts.coach2Id,
				notes: 'Esittelykäynti tehty; kiinnostunut osa-aikaisista tekijöistä.'
			})
			.returning({ id: employers.id })
			.get().id;
		tx.insert(employerContactPersons)
			.values({ employerId: id, name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`, role: 'Esihenkilö', phone: `09 555 01${i}0`, email: `esihenkilo${i}@example.com` })
			.run();
		return id;
	});
}

/** The client, the enrolment with its coach, and the phases up to the current one. */
function seedClient(tx: Tx, accounts: DemoAccounts, { rand, pick }: Random, today: string, i: number): SeededClient {
	const vantaaCoaches = [accounts.coachId, accounts.coach2Id];
	const inOtherTeam = i >= 24;
	const teamId = inOtherTeam ? accounts.otherTeamId : accounts.teamId;
	const coachId = inOtherTeam ? accounts.coach3Id : i < 14 ? vantaaCoaches[0] : vantaaCoaches[1];
	// Phases 1–5 spread evenly; every seventh client is closed.
	const phase = (i % 5) + 1;
	const closed = i % 7 === 6;
	const entryDaysAgo = 20 + phase * 35 + Math.floor(rand() * 30);
	const entryDate = addDays(today, -entryDaysAgo);
	const referralDate = addDays(entryDate, -Math.floor(7 + rand() * 21));
	const clientId = tx
		.insert(clients)
		.values({
			teamId,
			firstName: FIRST_NAMES[i],
			lastName: LAST_NAMES[i],
			birthYear: 1965 + Math.floor(rand() * 38),
			preferredLanguage: i % 9 === 4 ? 'sv' : 'fi',
			phone: `050 ${String(1000000 + i * 7919).slice(0, 3)} ${String(1000 + i)}`,
			municipality: inOtherTeam ? 'Kerava' : 'Vantaa'
		})
		.returning({ id: clients.id })
		.get().id;
	const closedDate = closed ? addDays(today, -Math.floor(5 + rand() * 20)) : null;
	const enrolmentId = tx
		.insert(enrolments)
		.values({
			clientId,
			teamId,
			coachId,
			responsibleUserId: coachId,
			referralDate,
			referralSource: pick(SOURCES),
			referrer: 'Sosiaaliohjaaja',
			situationAtReferral: pick(['unemployed', 'rehabilitation-allowance', 'disability-pension', 'student', 'job-at-risk']),
			unemploymentMonths: Math.floor(rand() * 48),
			outOfWorkAtReferral: i % 6 !== 5,
			firstMeetingDate: addDays(entryDate, -3),
			entryDate,
			agreedGoals: 'Löytää osa-aikatyö, jossa saa tehdä käsillä.',
			meetingRhythm: 'Kerran viikossa',
			currentPhase: phase,
			phaseEnteredOn: addDays(entryDate, (phase - 1) * 30),
			closedDate,
			closingReason: closed ? (i === 6 ? 'employed' : i === 13 ? 'studies' : 'other-service') : null
		})
		.returning({ id: enrolments.id })
		.get().id;
	tx.insert(enrolmentAssignments).values({ enrolmentId, kind: 'coach', userId: coachId, startedOn: entryDate, changedBy: accounts.leadId }).run();
	for (let p = 1; p <= phase; p++) {
		tx.insert(phaseChanges).values({ enrolmentId, phase: p, enteredOn: addDays(entryDate, (p - 1) * 30), changedBy: coachId }).run();
	}
	return { i, teamId, coachId, inOtherTeam, phase, entryDate, clientId, enrolmentId };
}

function seedContacts(tx: Tx, { rand, pick }: Random, today: string, { i, coachId, phase, entryDate, enrolmentId }: SeededClient): void {
	// Contacts: every client has some; a few have had none for over two weeks (flag).
	const lastContactDaysAgo = i % 4 === 3 ? 18 + Math.floor(rand() * 10) : Math.floor(rand() * 10);
	const contactCount = 2 + Math.floor(rand() * 4);
	for (let c = contactCount - 1; c >= 0; c--) {
		const date = addDays(today, -(lastContactDaysAgo + c * 9));
		if (date < entryDate) continue;
		tx.insert(clientContacts)
			.values({
				enrolmentId,
				date,
				durationMinutes: 30 + Math.floor(rand() * 4) * 15,
				mode: c % 3 === 2 ? 'phone' : 'face-to-face',
				place: c % 3 === 2 ? 'remote' : pick(['office', 'public-place', 'workplace', 'home'] as const),
				phase,
				note: 'Käytiin läpi työnhaun tilanne ja seuraavat askeleet.',
				nextStep: c === 0 ? 'Soitto työnantajalle yhdessä' : null,
				nextStepDue: c === 0 ? addDays(today, i % 3 === 0 ? -3 : 5) : null,
				createdBy: coachId
			})
			.run();
	}
	if (i === 3) {
		for (let a = 0; a < 2; a++) {
			tx.insert(outreachAttempts).values({ enrolmentId, date: addDays(today, -20 + a * 5), channel: 'phone', result: 'Ei vastannut', createdBy: coachId }).run();
		}
	}
}

function seedConsent(tx: Tx, today: string, { i, coachId, entryDate, clientId }: SeededClient): void {
	// Consents: most valid, one expiring soon, one withdrawn.
	tx.insert(consents)
		.values({
			clientId,
			form: 'y100',
			parties: ['hyvinvointialue', 'kela', 'tyollisyyspalvelut'],
			categories: ['contact', 'work-history', 'benefits'],
			healthData: i % 2 === 0,
			purpose: 'Työhönvalmennus ja yhteistyö verkoston kanssa',
			validFrom: entryDate,
			validTo: i === 7 ? addDays(today, 20) : addDays(entryDate, 730),
			signedHow: 'signature',
			withdrawnAt: i === 12 ? addDays(today, -2) : null,
			createdBy: coachId
		})
		.run();
}

/** Job search and beyond: an employer contact naming the client. */
function seedEmployerContact(tx: Tx, { rand }: Random, { i, teamId, coachId, inOtherTeam, entryDate, clientId }: SeededClient, employerIds: number[]): void {
	const employerIndex = inOtherTeam ? 5 : i % 5;
	const contactId = tx
		.insert(employerContacts)
		.values({
			employerId: employerIds[employerIndex],
			teamId,
			coachId,
			date: addDays(entryDate, 10 + Math.floor(rand() * 30)),
			personMet: 'Esihenkilö',
			mode: 'face-to-face',
			generic: false,
			clientPresent: i % 2 === 0,
			purpose: 'present-candidate',
			outcome: 'Sovittiin haastattelu.',
			// Not shared: these clients have no written consent naming the employer.
			sharedWithEmployer: false,
			createdBy: coachId
		})
		.returning({ id: employerContacts.id })
		.get().id;
	tx.insert(employerContactClients).values({ employerContactId: contactId, clientId }).run();
}

function seedPlacement(tx: Tx, { rand, pick }: Random, today: string, { i, coachId, inOtherTeam, phase, clientId, enrolmentId }: SeededClient, employerIds: number[]): void {
	const started = phase === 5;
	const startDate = started ? addDays(today, -Math.floor(10 + rand() * 120)) : addDays(today, 10);
	tx.insert(placements)
		.values({
			enrolmentId,
			clientId,
			employerId: employerIds[inOtherTeam ? 5 : i % 2],
			jobTitle: pick(['Keittiöapulainen', 'Varastotyöntekijä', 'Siivooja', 'Myyjä', 'Autonpesijä']),
			jobType: pick(['ravintola', 'logistiikka', 'siivous', 'kauppa', 'huolto']),
			tasks: 'Avustavat tehtävät',
			tailoring: 'Lyhyemmät päivät alussa',
			hoursPerWeek: 15 + Math.floor(rand() * 4) * 5,
			wage: 12.5,
			wageUnit: 'hour',
			contract: 'fixed-term',
			competitive: true,
			wageSubsidy: i % 4 === 0,
			employerSupport: 'Esihenkilö perehdyttää; valmentaja käy viikoittain.',
			disclosure: i % 3 === 0 ? 'none' : 'general',
			status: started ? 'started' : 'agreed',
			startDate,
			createdBy: coachId
		})
		.run();
}
