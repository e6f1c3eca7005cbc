import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { clients, enrolments, clientContacts, vocationalProfiles, benefitsCounselling, disclosureDiscussions, jobSearchPlans, kykyviisariResults, supportPlans, clientFeedback, outreachAttempts } from '../db/schema';
import { addDays } from '$lib/domain/dates';
import type { DemoAccounts } from './accounts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Valid demo henkilötunnus codes (check characters computed), shown masked in the UI. */
const DEMO_PERSONAL_IDS = ['131052-308T', '010594Y9021', '290200A1239'];

/**
 * Phase content for the demo caseload: profiles (some with a second version), benefits counselling,
 * disclosure discussions, job-search plans, Kykyviisari results, support plans, feedback, one
 * covering contact and one client ready to be closed as "could not be reached".
 */
export function seedDemoRecords(tx: Tx, accounts: DemoAccounts, today: string): void {
	const rows = tx
		.select({ enrolmentId: enrolments.id, clientId: enrolments.clientId, coachId: enrolments.coachId, phase: enrolments.currentPhase, entryDate: enrolments.entryDate, closedDate: enrolments.closedDate })
		.from(enrolments)
		.orderBy(asc(enrolments.id))
		.all();
	rows.forEach((e, i) => {
		const entry = e.entryDate ?? today;
		const by = e.coachId;
		if (i < DEMO_PERSONAL_IDS.length) tx.update(clients).set({ personalId: DEMO_PERSONAL_IDS[i] }).where(eq(clients.id, e.clientId)).run();
		if (e.phase >= 2) {
			const profile = {
				workHistory: 'Varastotyötä 2010–2016, siivousta keikkatyönä.',
				education: 'Peruskoulu, logistiikan perustutkinto kesken.',
				skills: 'Täsmällinen, hyvä muisti, trukkikortti.',
				interests: 'Käsillä tekeminen, rauhallinen työympäristö.',
				helpsAndHinders: 'Auttaa: selkeät ohjeet. Haittaa: aamuvuorot alussa.',
				supportNetwork: 'Sisko, psykiatrinen sairaanhoitaja.',
				jobGoals: 'Osa-aikatyö varastossa tai keittiössä.'
			};
			tx.insert(vocationalProfiles).values({ enrolmentId: e.enrolmentId, version: 1, ...profile, changeNote: 'Ensimmäinen profiili', createdBy: by, createdAt: new Date(`${addDays(entry, 10)}T09:00:00Z`) }).run();
			if (i % 3 === 0) {
				tx.insert(vocationalProfiles)
					.values({ enrolmentId: e.enrolmentId, version: 2, ...profile, jobGoals: 'Osa-aikatyö keittiössä, 20 h/vko.', changeNote: 'Tavoite tarkentui työkokeilun jälkeen', createdBy: by, createdAt: new Date(`${addDays(entry, 40)}T09:00:00Z`) })
					.run();
			}
			tx.insert(benefitsCounselling).values({ enrolmentId: e.enrolmentId, date: addDays(entry, 14), status: i % 4 === 0 ? 'offered' : 'done', counsellor: 'Etuusneuvoja Hanna', topics: 'Kuntoutustuki ja ansiotulot, soviteltu päiväraha', createdBy: by }).run();
			if (i % 2 === 0) tx.insert(disclosureDiscussions).values({ enrolmentId: e.enrolmentId, date: addDays(entry, 20), decision: i % 4 === 0 ? 'general' : 'none', notes: 'Asiakas päättää itse, mitä kerrotaan.', createdBy: by }).run();
			tx.insert(kykyviisariResults).values({ enrolmentId: e.enrolmentId, linkSentOn: addDays(entry, 3), date: addDays(entry, 7), overall: 4 + (i % 3), wellbeing: 5, participation: 5, mind: 4, everydayLife: 5, skills: 6, body: 7, workAndFuture: 4 + (i % 2), createdBy: by }).run();
			if (e.phase >= 3) tx.insert(kykyviisariResults).values({ enrolmentId: e.enrolmentId, linkSentOn: addDays(entry, 63), date: addDays(entry, 70), overall: 6 + (i % 3), wellbeing: 6, participation: 6, mind: 6, everydayLife: 6, skills: 7, body: 7, workAndFuture: 6 + (i % 2), createdBy: by }).run();
			tx.insert(supportPlans)
				.values({
					enrolmentId: e.enrolmentId,
					version: 1,
					planDate: addDays(entry, 21),
					situation: 'Työtön, kuntoutustuella. Haluaa osa-aikatyötä.',
					workAndEducation: 'Varastotyö, siivous; logistiikan opinnot kesken.',
					workAbilityFactors: 'Masennus hoidossa, väsymys aamuisin.',
					servicesInUse: 'Psykiatrian poliklinikka, aikuissosiaalityö',
					networkContacts: 'Sairaanhoitaja Leena (psykiatria), sosiaaliohjaaja Pekka',
					goals: [
						{
							title: 'Osa-aikatyö avoimilta työmarkkinoilta',
							subGoals: [
								{ title: 'Työnhakuasiakirjat', actions: [{ text: 'CV ja hakemuspohja', responsible: 'Työhönvalmentaja', due: addDays(entry, 35), status: 'done' }] },
								{ title: 'Työnantajakontaktit', actions: [{ text: 'Kolme työnantajaa tavataan yhdessä', responsible: 'Asiakas ja valmentaja', due: addDays(entry, 60), status: e.phase >= 4 ? 'done' : 'ongoing' }] }
							]
						},
						{ title: 'Jaksaminen arjessa', subGoals: [{ title: 'Unirytmi', actions: [{ text: 'Unirytmin seuranta hoitajan kanssa', responsible: 'Psykiatrian poliklinikka', due: null, status: 'ongoing' }] }] }
					],
					reviewDate: addDays(entry, 111),
					changeNote: null,
					createdBy: by
				})
				.run();
		}
		if (e.phase >= 3) {
			tx.insert(jobSearchPlans).values({ enrolmentId: e.enrolmentId, version: 1, targetJobs: 'Varasto, keittiö, siivous', employersToApproach: 'Vantaan Varasto Oy, Kahvila Kulma Oy', notes: 'Osa-aikaisuus tärkeää', createdBy: by }).run();
		}
		if (e.closedDate) tx.insert(clientFeedback).values({ enrolmentId: e.enrolmentId, date: e.closedDate, satisfaction: 8 + (i % 3), recommend: 7 + (i % 4), comment: 'Valmentaja kulki rinnalla.', createdBy: by }).run();
	});
	// A teammate covered one of the coach's clients during her leave.
	const covered = rows.find((r) => r.coachId === accounts.coachId && !r.closedDate);
	if (covered) {
		tx.insert(clientContacts)
			.values({ enrolmentId: covered.enrolmentId, date: addDays(today, -4), durationMinutes: 20, mode: 'phone', place: 'remote', note: 'Sijaisena: kuulumiset ja ensi viikon tapaaminen sovittu.', covering: true, createdBy: accounts.coach2Id })
			.run();
	}
	// The fourth client has two outreach attempts from the caseload seed; a third makes "not reached" possible.
	const unreachable = rows[3];
	if (unreachable && !unreachable.closedDate) {
		tx.insert(outreachAttempts).values({ enrolmentId: unreachable.enrolmentId, date: addDays(today, -1), channel: 'letter', result: 'Kirje lähetetty', createdBy: unreachable.coachId }).run();
	}
}
