import { redirect } from '@sveltejs/kit';
import { can, type Actor } from '../policy';
import { audit } from '../audit';
import { isoDateInFinland } from '$lib/domain/dates';
import { nextReviewDue, scoreFromChecklist, scoreRange, scoreReview } from '$lib/domain/fidelity';
import { neighbourItems } from '$lib/domain/fidelity-scale';
import {
	consensusScores,
	corrections,
	finalReviewHistory,
	itemRow,
	itemRows,
	listReviews,
	reviewerScores,
	reviewers,
	reviewTeams,
	staffingRows,
	teamPeople,
	type ReviewHeader
} from './reviews';
import { actionsOfReview, openActions } from './actions';
import { activeScale, scaleById } from './scale';
import { reviewEvidence } from './evidence';
import { requireScaleItem } from './access';
import type { ReviewWriteContext } from './commands';

/**
 * What the fidelity pages show, each read logged here (docs/fidelity.md#reviews). The routes ask the
 * policy first (access.ts or policy.ts) and pass the authorized review or team in.
 */

type Team = { id: number; name: string };

/** The reviews list: every review the actor reads, and the open actions of the teams they lead. */
export function reviewListPage(actor: Actor) {
	const teams = reviewTeams(actor);
	const reviews = listReviews(actor, teams.map((team) => team.id));
	if (reviews.length) audit({ actor, action: 'read', entity: 'fidelity-review', view: 'list', details: reviews.map((review) => review.id).join(',') });
	const leadTeams = teams.filter((team) => team.isLead);
	return { teams, reviews, canCreate: leadTeams.length > 0, actions: openActions(leadTeams.map((team) => team.id)) };
}

/** The new-review form: the teams the actor may start a review for, with their people as possible reviewers. */
export function newReviewPage(teams: Team[]) {
	return {
		teams: teams.map((team) => ({ id: team.id, name: team.name, people: teamPeople(team.id).map((person) => ({ id: person.id, name: person.name })) })),
		today: isoDateInFinland()
	};
}

/** A review's scores, totals and figures from records, per item of its own scale version. */
function scoredItems(review: ReviewHeader) {
	const scale = scaleById(review.scaleId)!;
	const rows = itemRows(review.id);
	const result = scoreReview(consensusScores([review.id]).get(review.id) ?? {});
	const evidence = reviewEvidence(review, scale.items);
	const items = scale.items.map((item) => ({ item, row: rows.find((row) => row.itemId === item.id), evidence: evidence.get(item.id) }));
	return { items, result, nextDue: result.total !== null ? nextReviewDue(review.reviewDate, result.total) : null };
}

/** The review page: items with scores and suggestions, staffing, action plan, corrections. */
export function reviewPage(actor: Actor, review: ReviewHeader) {
	audit({ actor, action: 'read', entity: 'fidelity-review', entityId: review.id, teamId: review.teamId, view: 'review' });
	const { items, result, nextDue } = scoredItems(review);
	const resource = { kind: 'review' as const, teamId: review.teamId, status: review.status };
	return {
		review,
		items: items.map(({ item, row, evidence: ev }) => ({
			id: item.id,
			section: item.section,
			title: item.title,
			evidenceKinds: item.evidence,
			score: row?.score ?? null,
			hasNotes: !!(row?.evidence || row?.recommendation),
			dataSources: row?.dataSources ?? [],
			checklistSuggested: item.checklist && item.checklistScores && row?.checklist ? scoreFromChecklist(row.checklist, item.checklistScores) : null,
			evidence: ev ? { status: ev.status, figure: ev.figure, unit: ev.unit, suggested: ev.suggested, counted: ev.counted, rule: ev.rule } : null
		})),
		result,
		nextDue,
		reviewers: reviewers(review.id),
		staffing: staffingRows(review.id),
		coaches: teamPeople(review.teamId).filter((person) => person.role === 'coach'),
		actions: actionsOfReview(review.id),
		earlierActions: openActions([review.teamId], review.id),
		corrections: corrections(review.id),
		canEdit: can(actor, 'update', resource),
		canManage: can(actor, 'manage', resource)
	};
}

/** The printable report, with the team's previous final review beside it. */
export function reportPage(actor: Actor, review: ReviewHeader) {
	audit({ actor, action: 'read', entity: 'fidelity-review', entityId: review.id, teamId: review.teamId, view: 'report' });
	const { items, result, nextDue } = scoredItems(review);
	const previous = finalReviewHistory(review.teamId)
		.filter((earlier) => earlier.id !== review.id && earlier.reviewDate <= review.reviewDate)
		.at(-1);
	return {
		review,
		result,
		nextDue,
		reviewers: reviewers(review.id),
		staffing: staffingRows(review.id),
		actions: actionsOfReview(review.id),
		previous: previous ? { reviewDate: previous.reviewDate, scores: previous.scores } : null,
		items: items.map(({ item, row, evidence: ev }) => ({
			id: item.id,
			section: item.section,
			title: item.title,
			score: row?.score ?? null,
			evidence: row?.evidence ?? null,
			recommendation: row?.recommendation ?? null,
			dataSources: row?.dataSources ?? [],
			figure: ev ? { status: ev.status, figure: ev.figure, unit: ev.unit, suggested: ev.suggested, counted: ev.counted } : null
		}))
	};
}

/** One item of a review: its anchors, the figure from records, the saved row and the reviewers' own scores. */
export function itemPage(actor: Actor, review: ReviewHeader, itemIdParam: string) {
	const { items, item } = requireScaleItem(review, itemIdParam);
	audit({ actor, action: 'read', entity: 'fidelity-review', entityId: review.id, teamId: review.teamId, view: `item ${item.id}` });
	const row = itemRow(review.id, item.id)!;
	return {
		review: { id: review.id, teamName: review.teamName, reviewDate: review.reviewDate, periodFrom: review.periodFrom, periodTo: review.periodTo, status: review.status },
		item,
		row,
		evidence: reviewEvidence(review, items).get(item.id) ?? null,
		checklistSuggested: item.checklistScores && row.checklist ? scoreFromChecklist(row.checklist, item.checklistScores) : null,
		reviewers: reviewers(review.id),
		ownScores: reviewerScores(review.id, item.id),
		canEdit: can(actor, 'update', { kind: 'review', teamId: review.teamId, status: review.status }),
		...neighbourItems(items, item.id)
	};
}

/** After an item is saved: the next item ("save and next", unless it was the last), else the item's row on the review. */
export function afterItemSaved(itemId: number, next: boolean, { review }: ReviewWriteContext): never {
	const { nextId } = neighbourItems(scaleById(review.scaleId)!.items, itemId);
	redirect(303, next && nextId !== null ? `/fidelity/reviews/${review.id}/items/${nextId}` : `/fidelity/reviews/${review.id}#item-${itemId}`);
}

/** Charts of a team's final reviews (a correction replaces the review it corrects). */
export function chartsPage(actor: Actor, team: Team, teams: Team[]) {
	const history = finalReviewHistory(team.id).map((review) => ({ ...review, result: scoreReview(review.scores) }));
	if (history.length) audit({ actor, action: 'read', entity: 'fidelity-review', teamId: team.id, view: 'charts', details: history.map((review) => review.id).join(',') });
	return {
		teams: teams.map(({ id, name }) => ({ id, name })),
		team: { id: team.id, name: team.name },
		history,
		items: activeScale().items.map((item) => ({ id: item.id, title: item.title })),
		range: scoreRange()
	};
}
