import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '../db';
import { fidelityActions, teams } from '../db/schema';
import { ledTeams, type Actor } from '../policy';

export type ActionStatus = 'planned' | 'ongoing' | 'done' | 'dropped';
export const OPEN_STATUSES: ActionStatus[] = ['planned', 'ongoing'];

export type FidelityAction = {
	id: number;
	teamId: number;
	teamName: string;
	reviewId: number | null;
	itemId: number | null;
	action: string;
	owner: string | null;
	dueDate: string | null;
	status: ActionStatus;
};

const columns = {
	id: fidelityActions.id,
	teamId: fidelityActions.teamId,
	teamName: teams.name,
	reviewId: fidelityActions.reviewId,
	itemId: fidelityActions.itemId,
	action: fidelityActions.action,
	owner: fidelityActions.owner,
	dueDate: fidelityActions.dueDate,
	status: fidelityActions.status
};

export function actionsOfReview(reviewId: number): FidelityAction[] {
	return getDb()
		.select(columns)
		.from(fidelityActions)
		.innerJoin(teams, eq(teams.id, fidelityActions.teamId))
		.where(eq(fidelityActions.reviewId, reviewId))
		.orderBy(asc(fidelityActions.itemId), asc(fidelityActions.id))
		.all();
}

/** Open actions of teams (from any review), earliest due first: shown at the next review. */
export function openActions(teamIds: number[], exceptReviewId?: number): FidelityAction[] {
	if (teamIds.length === 0) return [];
	return getDb()
		.select(columns)
		.from(fidelityActions)
		.innerJoin(teams, eq(teams.id, fidelityActions.teamId))
		.where(and(inArray(fidelityActions.teamId, teamIds), inArray(fidelityActions.status, OPEN_STATUSES)))
		.orderBy(asc(fidelityActions.dueDate), asc(fidelityActions.id))
		.all()
		.filter((a) => a.reviewId !== exceptReviewId);
}

/** For the lead's start page: open action-plan items of every team the actor leads. */
export function openFidelityActionsForLead(actor: Actor): FidelityAction[] {
	return openActions(ledTeams(actor));
}

export function getAction(id: number): FidelityAction | undefined {
	return getDb().select(columns).from(fidelityActions).innerJoin(teams, eq(teams.id, fidelityActions.teamId)).where(eq(fidelityActions.id, id)).get();
}

export type NewAction = { teamId: number; reviewId: number; itemId: number | null; action: string; owner: string | null; dueDate: string | null };

export function addAction(actor: Actor, input: NewAction): number {
	return getDb()
		.insert(fidelityActions)
		.values({ ...input, status: 'planned', createdBy: actor.id })
		.returning({ id: fidelityActions.id })
		.get().id;
}

export function setActionStatus(id: number, status: ActionStatus): void {
	getDb().update(fidelityActions).set({ status }).where(eq(fidelityActions.id, id)).run();
}
