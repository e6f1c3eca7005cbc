import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { closeDb, getDb } from '$lib/server/db';
import { fidelityItemScores, fidelityReviews, fidelityScales, teams } from '$lib/server/db/schema';
import { activeScale, scaleById } from '$lib/server/fidelity/scale';
import { IPS25_V1, type ScaleItem, type Text } from '$lib/domain/fidelity-scale';

/** Version 1 as the release before the Swedish texts seeded it: titles fi/sv/en, every other text fi/en. */
function withoutSwedish(items: ScaleItem[]): ScaleItem[] {
	const drop = (t: Text) => ({ fi: t.fi, en: t.en }) as Text;
	return structuredClone(items).map((item) => ({
		...item,
		anchor5: drop(item.anchor5),
		anchor1: drop(item.anchor1),
		intermediate: item.intermediate && drop(item.intermediate),
		checklist: item.checklist?.map(drop)
	}));
}

const storedItems = () => getDb().select({ items: fidelityScales.items }).from(fidelityScales).where(eq(fidelityScales.code, 'ips-25')).get()!.items as ScaleItem[];

/** Writes `items` over the stored version 1, as an older release left it. */
function seedStored(items: ScaleItem[]): number {
	const row = getDb().select({ id: fidelityScales.id }).from(fidelityScales).where(eq(fidelityScales.code, 'ips-25')).get()!;
	getDb().update(fidelityScales).set({ items }).where(eq(fidelityScales.id, row.id)).run();
	return row.id;
}

/** A server start on the existing database file: a new connection, migrated and ensured. */
function restart(): void {
	closeDb();
	getDb();
}

describe('an existing database seeded before the Swedish texts', () => {
	it('gets the Swedish texts at start-up; reviews, scores and checklists stay as they were', () => {
		const scaleId = seedStored(withoutSwedish(IPS25_V1.items));
		expect(storedItems()[0].anchor5.sv).toBeUndefined();

		const teamId = getDb().insert(teams).values({ name: 'Testitiimi' }).returning({ id: teams.id }).get().id;
		const reviewId = getDb()
			.insert(fidelityReviews)
			.values({ teamId, scaleId, reviewDate: '2026-05-01', periodFrom: '2025-11-01', periodTo: '2026-04-30', type: 'self-assessment', status: 'final' })
			.returning({ id: fidelityReviews.id })
			.get().id;
		for (const item of IPS25_V1.items) {
			getDb()
				.insert(fidelityItemScores)
				.values({ reviewId, itemId: item.id, score: 1 + (item.id % 5), evidence: `Näyttö ${item.id}`, checklist: item.checklist?.map((_, i) => i % 2 === 0) ?? null })
				.run();
		}
		const reviewBefore = getDb().select().from(fidelityReviews).where(eq(fidelityReviews.id, reviewId)).get();
		const scoresBefore = getDb().select().from(fidelityItemScores).where(eq(fidelityItemScores.reviewId, reviewId)).all();

		restart();

		const items = storedItems();
		expect(items).toEqual(IPS25_V1.items);
		expect(items[0].anchor5.sv).toBe('Varje arbetstränare på heltid har högst 20 klienter.');
		expect(items[24].checklist![1].sv).toBe('Försöken att nå klienten dokumenteras');
		// The same row, still the one the review points at; cut points as before.
		expect(getDb().select({ id: fidelityScales.id }).from(fidelityScales).all()).toEqual([{ id: scaleId }]);
		expect(items.map((i) => i.figure?.cuts)).toEqual(IPS25_V1.items.map((i) => i.figure?.cuts));
		expect(scaleById(scaleId)!.items[11].anchor1.sv).toBe('Sällan tillgänglig.');
		expect(activeScale().id).toBe(scaleId);

		expect(getDb().select().from(fidelityReviews).where(eq(fidelityReviews.id, reviewId)).get()).toEqual(reviewBefore);
		expect(getDb().select().from(fidelityItemScores).where(eq(fidelityItemScores.reviewId, reviewId)).all()).toEqual(scoresBefore);
	});

	it('leaves a stored version 1 alone when it differs in more than texts (cut points corrected in the database)', () => {
		const corrected = withoutSwedish(IPS25_V1.items);
		corrected[14].figure!.cuts![0].max = 45;
		corrected[14].intermediate = { fi: '4 = 46–60 (korjattu).', sv: '', en: '4 = 46–60 (corrected).' };
		seedStored(corrected);

		restart();

		expect(storedItems()).toEqual(corrected);
		expect(activeScale().items[14].figure!.cuts![0].max).toBe(45);
	});

	it('writes nothing when the stored texts are already current', () => {
		const id = seedStored(IPS25_V1.items);
		const before = getDb().select().from(fidelityScales).where(eq(fidelityScales.id, id)).get();
		restart();
		expect(getDb().select().from(fidelityScales).where(eq(fidelityScales.id, id)).get()).toEqual(before);
	});
});
