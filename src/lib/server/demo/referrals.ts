import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import { enrolments, referrals, services, supportNeeds } from '../db/schema';
import { addDays } from '$lib/domain/dates';
import type { DemoAccounts } from './accounts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Intake checklists and referrals for a few open Vantaa enrolments: done ones with waiting times, an
 * open one, a cancelled one and a statement, so the record and the team report have something to show.
 */
export function seedDemoReferrals(tx: Tx, accounts: DemoAccounts, today: string): void {
	const open = tx
		.select({ id: enrolments.id, coachId: enrolments.coachId, referralDate: enrolments.referralDate })
		.from(enrolments)
		.where(and(eq(enrolments.teamId, accounts.teamId), isNull(enrolments.closedDate)))
		.orderBy(asc(enrolments.id))
		.all()
		.slice(1, 5);
	const mentalHealth = tx.select({ id: services.id }).from(services).where(and(eq(services.teamId, accounts.teamId), eq(services.name, 'Mielenterveysneuvonta'))).get();
	open.forEach((e, i) => {
		const by = e.coachId;
		// Never before the client came, never in the future.
		const on = (daysAgo: number) => {
			const day = addDays(today, -daysAgo);
			return day < e.referralDate ? e.referralDate : day;
		};
		tx.insert(supportNeeds)
			.values({ enrolmentId: e.id, healthCheckDone: i % 2 === 1, healthCheckOn: i % 2 === 1 ? addDays(today, -500) : null, onSickLeave: i === 2, rehabilitationInUse: i === 0, otherServices: i === 0 ? 'Psykiatrian poliklinikka' : null, typClient: i === 3, coordinatorNeeded: i < 2, createdBy: by })
			.run();
		tx.insert(referrals).values({ enrolmentId: e.id, kind: 'health-check', requestedOn: on(40), doneOn: on(40 - (12 + i * 5)), createdBy: by }).run();
		if (i === 0) tx.insert(referrals).values({ enrolmentId: e.id, kind: 'work-ability-coordinator', requestedOn: on(20), createdBy: by }).run();
		if (i === 1) tx.insert(referrals).values({ enrolmentId: e.id, kind: 'doctor', requestedOn: on(30), cancelledOn: on(25), note: 'Asiakas hakeutui itse työterveyteen.', createdBy: by }).run();
		if (i === 2) tx.insert(referrals).values({ enrolmentId: e.id, kind: 'medical-statement', statementType: 'b', requestedOn: on(35), doneOn: on(14), createdBy: by }).run();
		if (i === 3 && mentalHealth) tx.insert(referrals).values({ enrolmentId: e.id, kind: 'service', serviceId: mentalHealth.id, requestedOn: on(10), createdBy: by }).run();
	});
}
