import type { PageServerLoad } from './$types';
import { requireReviewRead } from '$lib/server/fidelity/access';
import { consensusScores, finalReviewHistory, itemRows, reviewers, staffingRows } from '$lib/server/fidelity/reviews';
import { actionsOfReview } from '$lib/server/fidelity/actions';
import { scaleById } from '$lib/server/fidelity/scale';
import { reviewEvidence } from '$lib/server/fidelity/evidence';
import { nextReviewDue, scoreReview } from '$lib/domain/fidelity';
import { audit } from '$lib/server/audit';

export const load: PageServerLoad = ({ locals, params }) => {
	const review = requireReviewRead(locals.actor, params.id);
	audit({ actor: locals.actor, action: 'read', entity: 'fidelity-review', entityId: review.id, teamId: review.teamId, view: 'report' });
	const scale = scaleById(review.scaleId)!;
	const rows = itemRows(review.id);
	const scores = consensusScores([review.id]).get(review.id) ?? {};
	const result = scoreReview(scores);
	const evidence = reviewEvidence(review, scale.items);
	const previous = finalReviewHistory(review.teamId)
		.filter((h) => h.id !== review.id && h.reviewDate <= review.reviewDate)
		.at(-1);
	return {
		review,
		result,
		nextDue: result.total !== null ? nextReviewDue(review.reviewDate, result.total) : null,
		reviewers: reviewers(review.id),
		staffing: staffingRows(review.id),
		actions: actionsOfReview(review.id),
		previous: previous ? { reviewDate: previous.reviewDate, scores: previous.scores } : null,
		items: scale.items.map((item) => {
			const row = rows.find((r) => r.itemId === item.id);
			const ev = evidence.get(item.id);
			return {
				id: item.id,
				section: item.section,
				title: item.title,
				score: row?.score ?? null,
				evidence: row?.evidence ?? null,
				recommendation: row?.recommendation ?? null,
				dataSources: row?.dataSources ?? [],
				figure: ev ? { status: ev.status, figure: ev.figure, unit: ev.unit, suggested: ev.suggested, counted: ev.counted } : null
			};
		})
	};
};
