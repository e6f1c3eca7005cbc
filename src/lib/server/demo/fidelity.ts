import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { fidelityScales, fidelityReviews, fidelityReviewers, fidelityItemScores, fidelityStaffing, fidelityActions } from '../db/schema';
import { addMonths } from '$lib/domain/dates';
import type { DemoAccounts } from './accounts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Consensus scores of three reviews a year and a half apart: 68 → 86 → 101 (fair → fair → good). */
export const DEMO_REVIEW_SCORES = [
	[3, 3, 3, 3, 3, 3, 3, 2, 4, 2, 2, 2, 2, 3, 3, 3, 2, 2, 3, 3, 4, 2, 3, 2, 3],
	[4, 4, 4, 3, 3, 3, 4, 4, 4, 4, 3, 3, 3, 3, 4, 4, 3, 3, 4, 3, 4, 3, 3, 3, 3],
	[4, 4, 5, 4, 4, 3, 4, 4, 5, 4, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 4, 4, 4, 4]
];

const NOTES: Record<number, [string, string]> = {
	8: ['Tiiminvetäjä ei ehdi kenttäohjaukseen.', 'Kenttäohjausta kerran kuukaudessa kullekin valmentajalle.'],
	12: ['Etuusneuvonta vain pyydettäessä.', 'Sovitaan Kelan yhteyshenkilön kanssa säännöllinen neuvontaaika.'],
	17: ['Työnantajakontakteja keskimäärin 2 viikossa.', 'Jokainen valmentaja varaa kaksi aamupäivää viikossa työnantajakäynneille.'],
	24: ['Tapaamiset enimmäkseen toimistolla.', 'Siirretään tapaamisia työpaikoille ja kahviloihin.']
};

/** Three final reviews for the first demo team (Vantaan IPS-tiimi) with an action plan. */
export function seedDemoFidelity(tx: Tx, accounts: DemoAccounts, today: string): void {
	const scale = tx.select({ id: fidelityScales.id }).from(fidelityScales).where(eq(fidelityScales.version, '1')).get();
	if (!scale) return;
	const reviewIds = DEMO_REVIEW_SCORES.map((scores, n) => {
		const reviewDate = addMonths(today, -13 + n * 6);
		const id = tx
			.insert(fidelityReviews)
			.values({
				teamId: accounts.teamId,
				scaleId: scale.id,
				reviewDate,
				periodFrom: addMonths(reviewDate, -6),
				periodTo: addMonths(reviewDate, -1),
				type: n === 1 ? 'peer' : 'self-assessment',
				status: 'final',
				outsideReviewers: n === 1 ? 'Leena Laatu (LATU-valmentaja)' : null,
				createdBy: accounts.leadId
			})
			.returning({ id: fidelityReviews.id })
			.get().id;
		tx.insert(fidelityItemScores)
			.values(
				scores.map((score, i) => ({
					reviewId: id,
					itemId: i + 1,
					score,
					evidence: NOTES[i + 1] && score < 4 ? NOTES[i + 1][0] : null,
					recommendation: NOTES[i + 1] && score < 4 ? NOTES[i + 1][1] : null,
					dataSources: ['MIS', 'INT'],
					updatedBy: accounts.leadId,
					updatedAt: new Date()
				}))
			)
			.run();
		tx.insert(fidelityReviewers)
			.values([accounts.leadId, accounts.coachId].map((userId) => ({ reviewId: id, userId })))
			.run();
		tx.insert(fidelityStaffing)
			.values([
				{ reviewId: id, userId: accounts.coachId, fte: 1, employmentShare: 0.85 + n * 0.05 },
				{ reviewId: id, userId: accounts.coach2Id, fte: 0.8, employmentShare: 0.8 + n * 0.06 }
			])
			.run();
		return { id, reviewDate };
	});
	const plan: { review: number; itemId: number; action: string; owner: string; months: number; status: 'planned' | 'ongoing' | 'done' }[] = [
		{ review: 0, itemId: 17, action: 'Kaksi työnantajakäyntiaamua viikossa jokaiselle valmentajalle', owner: 'Tiiminvetäjä', months: 3, status: 'done' },
		{ review: 0, itemId: 12, action: 'Etuusneuvonnan aika Kelan yhteyshenkilön kanssa kuukausittain', owner: 'Tiiminvetäjä', months: 4, status: 'done' },
		{ review: 1, itemId: 24, action: 'Puolet tapaamisista työpaikoilla tai muualla yhteisössä', owner: 'Valmentajat', months: 3, status: 'done' },
		{ review: 1, itemId: 11, action: 'Ohjausryhmä kokoontuu kahdesti vuodessa', owner: 'Palvelupäällikkö', months: 6, status: 'ongoing' },
		{ review: 2, itemId: 6, action: 'Kuukausittainen tapaaminen ammatillisen kuntoutuksen kanssa', owner: 'Tiiminvetäjä', months: 2, status: 'planned' },
		{ review: 2, itemId: 11, action: 'Laatuarvioinnin tulokset johtoryhmälle', owner: 'Tiiminvetäjä', months: 1, status: 'ongoing' }
	];
	for (const p of plan) {
		const review = reviewIds[p.review];
		tx.insert(fidelityActions)
			.values({ teamId: accounts.teamId, reviewId: review.id, itemId: p.itemId, action: p.action, owner: p.owner, dueDate: addMonths(review.reviewDate, p.months), status: p.status, createdBy: accounts.leadId })
			.run();
	}
}
