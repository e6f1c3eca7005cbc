import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '../db';
import {
	fidelityReviews,
	fidelityReviewers,
	fidelityItemScores,
	fidelityReviewerScores,
	fidelityStaffing,
	teamMembers,
	teams,
	users
} from '../db/schema';
import { can, memberTeams, seesWholeTeam, type Actor } from '../policy';
import { activeScale } from './scale';
import { ITEM_IDS, scoreReview } from '$lib/domain/fidelity';
import type { EVIDENCE_SOURCES, REVIEW_STATUSES, REVIEW_TYPES } from '$lib/domain/vocabularies';

export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type ReviewType = (typeof REVIEW_TYPES)[number];
export type DataSource = (typeof EVIDENCE_SOURCES)[number];

export type ReviewHeader = typeof fidelityReviews.$inferSelect & { teamName: string };

export function getReview(id: number): ReviewHeader | undefined {
	return getDb()
		.select({ review: fidelityReviews, teamName: teams.name })
		.from(fidelityReviews)
		.innerJoin(teams, eq(teams.id, fidelityReviews.teamId))
		.where(eq(fidelityReviews.id, id))
		.all()
		.map((r) => ({ ...r.review, teamName: r.teamName }))[0];
}

/** Teams where the actor may see reviews at all (lead or coach role). */
export function reviewTeams(actor: Actor): { id: number; name: string; isLead: boolean }[] {
	const ids = memberTeams(actor);
	if (ids.length === 0) return [];
	return getDb()
		.select({ id: teams.id, name: teams.name })
		.from(teams)
		.where(inArray(teams.id, ids))
		.orderBy(asc(teams.name))
		.all()
		.map((t) => ({ ...t, isLead: seesWholeTeam(actor, t.id) }));
}

/** Scores of many reviews in one query: reviewId → itemId → consensus score. */
export function consensusScores(reviewIds: number[]): Map<number, Record<number, number | null>> {
	const map = new Map<number, Record<number, number | null>>();
	if (reviewIds.length === 0) return map;
	const rows = getDb()
		.select({ reviewId: fidelityItemScores.reviewId, itemId: fidelityItemScores.itemId, score: fidelityItemScores.score })
		.from(fidelityItemScores)
		.where(inArray(fidelityItemScores.reviewId, reviewIds))
		.all();
	for (const id of reviewIds) map.set(id, {});
	for (const r of rows) map.get(r.reviewId)![r.itemId] = r.score;
	return map;
}

export type ReviewSummary = {
	id: number;
	teamId: number;
	teamName: string;
	reviewDate: string;
	periodFrom: string;
	periodTo: string;
	type: ReviewType;
	status: ReviewStatus;
	supersedesId: number | null;
	scored: number;
	total: number | null;
	band: ReturnType<typeof scoreReview>['band'];
	sections: ReturnType<typeof scoreReview>['sections'];
};

/** Reviews of the given teams the actor may read (coaches: final only), newest first. */
export function listReviews(actor: Actor, teamIds: number[]): ReviewSummary[] {
	if (teamIds.length === 0) return [];
	const rows = getDb()
		.select({ review: fidelityReviews, teamName: teams.name })
		.from(fidelityReviews)
		.innerJoin(teams, eq(teams.id, fidelityReviews.teamId))
		.where(inArray(fidelityReviews.teamId, teamIds))
		.orderBy(desc(fidelityReviews.reviewDate), desc(fidelityReviews.id))
		.all()
		.filter((r) => can(actor, 'read', { kind: 'review', teamId: r.review.teamId, status: r.review.status }));
	const scores = consensusScores(rows.map((r) => r.review.id));
	return rows.map(({ review, teamName }) => {
		const s = scores.get(review.id) ?? {};
		const result = scoreReview(s);
		return {
			id: review.id,
			teamId: review.teamId,
			teamName,
			reviewDate: review.reviewDate,
			periodFrom: review.periodFrom,
			periodTo: review.periodTo,
			type: review.type,
			status: review.status,
			supersedesId: review.supersedesId,
			scored: Object.values(s).filter((v) => v != null).length,
			total: result.total,
			band: result.band,
			sections: result.sections
		};
	});
}

/** Final reviews of a team in date order, for the charts (a corrected review replaces the one it supersedes). */
export function finalReviewHistory(teamId: number): { id: number; reviewDate: string; type: ReviewType; scores: Record<number, number | null> }[] {
	const rows = getDb()
		.select({ id: fidelityReviews.id, reviewDate: fidelityReviews.reviewDate, type: fidelityReviews.type, supersedesId: fidelityReviews.supersedesId })
		.from(fidelityReviews)
		.where(and(eq(fidelityReviews.teamId, teamId), eq(fidelityReviews.status, 'final')))
		.orderBy(asc(fidelityReviews.reviewDate), asc(fidelityReviews.id))
		.all();
	const superseded = new Set(rows.map((r) => r.supersedesId).filter((x): x is number => x !== null));
	const current = rows.filter((r) => !superseded.has(r.id));
	const scores = consensusScores(current.map((r) => r.id));
	return current.map((r) => ({ id: r.id, reviewDate: r.reviewDate, type: r.type, scores: scores.get(r.id) ?? {} }));
}

export type NewReview = {
	teamId: number;
	reviewDate: string;
	periodFrom: string;
	periodTo: string;
	type: ReviewType;
	reviewerIds: number[];
	outsideReviewers: string | null;
};

/** Creates a draft with an empty row per item (the rows carry the per-item lock version). */
export function createReview(actor: Actor, input: NewReview): number {
	const scale = activeScale();
	return getDb().transaction((tx) => {
		const id = tx
			.insert(fidelityReviews)
			.values({
				teamId: input.teamId,
				scaleId: scale.id,
				reviewDate: input.reviewDate,
				periodFrom: input.periodFrom,
				periodTo: input.periodTo,
				type: input.type,
				outsideReviewers: input.outsideReviewers,
				createdBy: actor.id
			})
			.returning({ id: fidelityReviews.id })
			.get().id;
		tx.insert(fidelityItemScores)
			.values(ITEM_IDS.map((itemId) => ({ reviewId: id, itemId })))
			.run();
		if (input.reviewerIds.length) tx.insert(fidelityReviewers).values(input.reviewerIds.map((userId) => ({ reviewId: id, userId }))).run();
		return id;
	});
}

/** Team members who may be named reviewers (users of that team). */
export function teamPeople(teamId: number): { id: number; name: string; role: 'lead' | 'coach'; fte: number }[] {
	return getDb()
		.select({ id: users.id, name: users.name, role: teamMembers.role, fte: teamMembers.fte })
		.from(teamMembers)
		.innerJoin(users, eq(users.id, teamMembers.userId))
		.where(and(eq(teamMembers.teamId, teamId), eq(users.active, true)))
		.orderBy(asc(users.name))
		.all();
}

/** The coaches of a team (the staffing form has a row per coach). */
export function coachIds(teamId: number): number[] {
	return teamPeople(teamId)
		.filter((person) => person.role === 'coach')
		.map((person) => person.id);
}

/** The named reviewers of a review (each may give an item their own score). */
export function reviewerIds(reviewId: number): number[] {
	return reviewers(reviewId).map((person) => person.id);
}

export function reviewers(reviewId: number): { id: number; name: string }[] {
	return getDb()
		.select({ id: users.id, name: users.name })
		.from(fidelityReviewers)
		.innerJoin(users, eq(users.id, fidelityReviewers.userId))
		.where(eq(fidelityReviewers.reviewId, reviewId))
		.orderBy(asc(users.name))
		.all();
}

export type ItemRow = typeof fidelityItemScores.$inferSelect;

export function itemRows(reviewId: number): ItemRow[] {
	return getDb().select().from(fidelityItemScores).where(eq(fidelityItemScores.reviewId, reviewId)).orderBy(asc(fidelityItemScores.itemId)).all();
}

export function itemRow(reviewId: number, itemId: number): ItemRow | undefined {
	return getDb()
		.select()
		.from(fidelityItemScores)
		.where(and(eq(fidelityItemScores.reviewId, reviewId), eq(fidelityItemScores.itemId, itemId)))
		.get();
}

export function reviewerScores(reviewId: number, itemId?: number): { itemId: number; userId: number; score: number }[] {
	return getDb()
		.select({ itemId: fidelityReviewerScores.itemId, userId: fidelityReviewerScores.userId, score: fidelityReviewerScores.score })
		.from(fidelityReviewerScores)
		.where(and(eq(fidelityReviewerScores.reviewId, reviewId), itemId ? eq(fidelityReviewerScores.itemId, itemId) : undefined))
		.all();
}

export type ItemInput = {
	score: number | null;
	evidence: string | null;
	dataSources: DataSource[];
	recommendation: string | null;
	checklist: boolean[] | null;
	/** Reviewers' own scores (userId → score or null to clear). */
	reviewerScores: Map<number, number | null>;
};

/**
 * Saves one item if nobody saved it since `version` was read. Returns false when stale: the
 * caller shows err_stale and keeps the typed values; nothing is overwritten.
 */
export function saveItem(actor: Actor, reviewId: number, itemId: number, version: number, input: ItemInput): boolean {
	return getDb().transaction((tx) => {
		const changed = tx
			.update(fidelityItemScores)
			.set({
				score: input.score,
				evidence: input.evidence,
				dataSources: input.dataSources,
				recommendation: input.recommendation,
				checklist: input.checklist,
				updatedBy: actor.id,
				updatedAt: new Date(),
				version: sql`${fidelityItemScores.version} + 1`
			})
			.where(and(eq(fidelityItemScores.reviewId, reviewId), eq(fidelityItemScores.itemId, itemId), eq(fidelityItemScores.version, version)))
			.run().changes;
		if (changed === 0) return false;
		for (const [userId, score] of input.reviewerScores) {
			tx.delete(fidelityReviewerScores)
				.where(and(eq(fidelityReviewerScores.reviewId, reviewId), eq(fidelityReviewerScores.itemId, itemId), eq(fidelityReviewerScores.userId, userId)))
				.run();
			if (score !== null) tx.insert(fidelityReviewerScores).values({ reviewId, itemId, userId, score }).run();
		}
		tx.update(fidelityReviews).set({ updatedAt: new Date() }).where(eq(fidelityReviews.id, reviewId)).run();
		return true;
	});
}

export type StatusChange = { ok: true } | { ok: false; reason: 'incomplete' | 'final' };

/** draft ↔ consensus → final. Finalising needs a consensus score on every item; a final review never changes. */
export function changeStatus(reviewId: number, to: ReviewStatus): StatusChange {
	const review = getReview(reviewId);
	if (!review || review.status === 'final') return { ok: false, reason: 'final' };
	if (to === 'final') {
		const scores = consensusScores([reviewId]).get(reviewId) ?? {};
		if (!scoreReview(scores).complete) return { ok: false, reason: 'incomplete' };
	}
	getDb().update(fidelityReviews).set({ status: to, updatedAt: new Date() }).where(eq(fidelityReviews.id, reviewId)).run();
	return { ok: true };
}

/** A correction of a final review: a new draft version copying everything, with the reason. */
export function correctReview(actor: Actor, reviewId: number, reason: string): number {
	const review = getReview(reviewId)!;
	return getDb().transaction((tx) => {
		const id = tx
			.insert(fidelityReviews)
			.values({
				teamId: review.teamId,
				scaleId: review.scaleId,
				reviewDate: review.reviewDate,
				periodFrom: review.periodFrom,
				periodTo: review.periodTo,
				type: review.type,
				outsideReviewers: review.outsideReviewers,
				supersedesId: review.id,
				correctionReason: reason,
				createdBy: actor.id
			})
			.returning({ id: fidelityReviews.id })
			.get().id;
		const items = tx.select().from(fidelityItemScores).where(eq(fidelityItemScores.reviewId, reviewId)).all();
		tx.insert(fidelityItemScores)
			.values(items.map((i) => ({ ...i, reviewId: id, version: 1 })))
			.run();
		const people = tx.select().from(fidelityReviewers).where(eq(fidelityReviewers.reviewId, reviewId)).all();
		if (people.length) tx.insert(fidelityReviewers).values(people.map((p) => ({ ...p, reviewId: id }))).run();
		const own = tx.select().from(fidelityReviewerScores).where(eq(fidelityReviewerScores.reviewId, reviewId)).all();
		if (own.length) tx.insert(fidelityReviewerScores).values(own.map((s) => ({ ...s, reviewId: id }))).run();
		const staffing = tx.select().from(fidelityStaffing).where(eq(fidelityStaffing.reviewId, reviewId)).all();
		if (staffing.length) tx.insert(fidelityStaffing).values(staffing.map((s) => ({ ...s, reviewId: id }))).run();
		return id;
	});
}

/** Versions that correct this review (newest first). */
export function corrections(reviewId: number): { id: number; status: ReviewStatus; correctionReason: string | null }[] {
	return getDb()
		.select({ id: fidelityReviews.id, status: fidelityReviews.status, correctionReason: fidelityReviews.correctionReason })
		.from(fidelityReviews)
		.where(eq(fidelityReviews.supersedesId, reviewId))
		.orderBy(desc(fidelityReviews.id))
		.all();
}

export function staffingRows(reviewId: number): { userId: number; name: string; fte: number; share: number }[] {
	return getDb()
		.select({ userId: fidelityStaffing.userId, name: users.name, fte: fidelityStaffing.fte, share: fidelityStaffing.employmentShare })
		.from(fidelityStaffing)
		.innerJoin(users, eq(users.id, fidelityStaffing.userId))
		.where(eq(fidelityStaffing.reviewId, reviewId))
		.orderBy(asc(users.name))
		.all();
}

/** Item 2 facts: each coach's FTE and declared share of time on employment services (0–1). */
export function saveStaffing(reviewId: number, rows: { userId: number; fte: number; share: number }[]): void {
	getDb().transaction((tx) => {
		tx.delete(fidelityStaffing).where(eq(fidelityStaffing.reviewId, reviewId)).run();
		if (rows.length) tx.insert(fidelityStaffing).values(rows.map((r) => ({ reviewId, userId: r.userId, fte: r.fte, employmentShare: r.share }))).run();
	});
}
