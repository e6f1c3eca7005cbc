import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { clients, coachingActivities, consultations, enrolments, externalPlans, networkMeetingParticipants, networkMeetings, networkPeople } from '../db/schema';
import { addDays } from '$lib/domain/dates';
import type { DemoAccounts } from './accounts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Network meetings, consultations, an activity and a plan made elsewhere for the first demo client
 * (Virtanen, Vantaa team), and a few anonymous consultations per team (docs/domain/work-ability.md).
 */
export function seedDemoMeetings(tx: Tx, accounts: DemoAccounts, today: string): void {
	anonymousConsultations(tx, accounts, today);
	const client = tx.select({ id: clients.id }).from(clients).where(and(eq(clients.teamId, accounts.teamId), eq(clients.lastName, 'Virtanen'))).get();
	const enrolment = client && tx.select({ id: enrolments.id, referralDate: enrolments.referralDate }).from(enrolments).where(eq(enrolments.clientId, client.id)).orderBy(desc(enrolments.id)).get();
	if (!client || !enrolment) return;
	// Dated inside the enrolment: a few days after the referral, never in the future.
	const on = (days: number) => {
		const date = addDays(enrolment.referralDate, days);
		return date > today ? today : date;
	};
	const enrolmentId = enrolment.id;
	const coordinator = tx.select({ id: networkPeople.id, name: networkPeople.name }).from(networkPeople).where(and(eq(networkPeople.clientId, client.id), eq(networkPeople.role, 'work-ability-coordinator'))).get();
	const meeting = tx
		.insert(networkMeetings)
		.values({ enrolmentId, date: on(14), clientPresent: true, topic: 'Työkyvyn tuki ja työnhaun aloitus', nextSteps: 'Työkykykoordinaattori selvittää ammatillisen kuntoutuksen mahdollisuuden.', createdBy: accounts.coachId })
		.returning({ id: networkMeetings.id })
		.get();
	tx.insert(networkMeetingParticipants)
		.values([
			...(coordinator ? [{ meetingId: meeting.id, networkPersonId: coordinator.id, name: coordinator.name }] : []),
			{ meetingId: meeting.id, userId: accounts.coachId },
			{ meetingId: meeting.id, name: 'Työterveyslääkäri' }
		])
		.run();
	tx.insert(consultations).values({ teamId: accounts.teamId, enrolmentId, date: on(20), counterpart: 'Kela, kuntoutus', question: 'Voiko ammatillisen kuntoutuksen hakea työkokeilun ajaksi?', answer: 'Kyllä, B-lausunto tarvitaan.', createdBy: accounts.coachId }).run();
	tx.insert(coachingActivities).values({ enrolmentId, kind: 'course', startsOn: on(7), endsOn: on(9), organiser: 'Vantaan työllisyyspalvelut', note: 'Työnhaun pienryhmä', createdBy: accounts.coachId }).run();
	tx.insert(externalPlans).values({ enrolmentId, kind: 'activation-plan', date: on(1), owner: 'Vantaan työllisyyspalvelut', note: 'Voimassa puoli vuotta.', createdBy: accounts.coachId }).run();
}

function anonymousConsultations(tx: Tx, accounts: DemoAccounts, today: string): void {
	tx.insert(consultations)
		.values([
			{ teamId: accounts.teamId, date: addDays(today, -30), counterpart: 'Psykiatrian poliklinikka', question: 'Miten työkokeilu sovitetaan yhteen päiväsairaalajakson kanssa?', answer: 'Osa-aikaisena, kaksi päivää viikossa.', createdBy: accounts.coachId },
			{ teamId: accounts.teamId, date: addDays(today, -12), counterpart: 'TE-palvelut', question: 'Katkaiseeko lyhyt työsuhde työmarkkinatuen?', answer: 'Ei, soviteltu päiväraha.', createdBy: accounts.coach2Id },
			{ teamId: accounts.otherTeamId, date: addDays(today, -8), counterpart: 'Kela', question: 'Voiko kuntoutusrahaa saada opintojen ajalta?', answer: null, createdBy: accounts.coach3Id }
		])
		.run();
}
