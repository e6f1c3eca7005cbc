import type { Actions, PageServerLoad } from './$types';
import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/server/policy';
import { parseForm, invalid, fieldError, translate, formValues } from '$lib/server/forms';
import { itemSchema } from '$lib/server/fidelity/forms';
import { requireReviewRead, requireReviewEdit } from '$lib/server/fidelity/access';
import { itemRow, reviewerScores, reviewers, saveItem } from '$lib/server/fidelity/reviews';
import { scaleById } from '$lib/server/fidelity/scale';
import { reviewEvidence } from '$lib/server/fidelity/evidence';
import { scoreFromChecklist } from '$lib/domain/fidelity';
import { audit } from '$lib/server/audit';

function scaleItem(scaleId: number, itemIdParam: string) {
	const itemId = Number(itemIdParam);
	const scale = scaleById(scaleId);
	const item = scale?.items.find((i) => i.id === itemId);
	if (!scale || !item) error(404, 'Not found');
	return { scale, item };
}

export const load: PageServerLoad = ({ locals, params }) => {
	const review = requireReviewRead(locals.actor, params.id);
	const { scale, item } = scaleItem(review.scaleId, params.itemId);
	audit({ actor: locals.actor, action: 'read', entity: 'fidelity-review', entityId: review.id, teamId: review.teamId, view: `item ${item.id}` });
	const row = itemRow(review.id, item.id)!;
	const evidence = reviewEvidence(review, scale.items).get(item.id) ?? null;
	return {
		review: { id: review.id, teamName: review.teamName, reviewDate: review.reviewDate, periodFrom: review.periodFrom, periodTo: review.periodTo, status: review.status },
		item,
		row,
		evidence,
		checklistSuggested: item.checklistScores && row.checklist ? scoreFromChecklist(row.checklist, item.checklistScores) : null,
		reviewers: reviewers(review.id),
		ownScores: reviewerScores(review.id, item.id),
		canEdit: can(locals.actor, 'update', { kind: 'review', teamId: review.teamId, status: review.status }),
		previousId: item.id > 1 ? item.id - 1 : null,
		nextId: item.id < 25 ? item.id + 1 : null
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const { review, refusal } = requireReviewEdit(locals.actor, params.id);
		if (refusal) return refusal;
		const { item } = scaleItem(review.scaleId, params.itemId);
		const formData = await request.formData();
		const parsed = parseForm(itemSchema, formData, ['dataSources', 'checklist']);
		if (!parsed.ok) return invalid(parsed.failure);
		const own = new Map<number, number | null>();
		const errors: Record<string, string> = {};
		for (const person of reviewers(review.id)) {
			const raw = String(formData.get(`reviewer_${person.id}`) ?? '').trim();
			const n = Number(raw);
			if (raw === '') own.set(person.id, null);
			else if (!Number.isInteger(n) || n < 1 || n > 5) errors[`reviewer_${person.id}`] = translate('err_range', { min: 1, max: 5 });
			else own.set(person.id, n);
		}
		if (Object.keys(errors).length) return fail(400, { errors, values: formValues(formData) });
		const elements = item.checklist?.length ?? 0;
		const ticks = elements ? Array.from({ length: elements }, (_, i) => parsed.data.checklist.includes(i)) : null;
		const saved = saveItem(locals.actor!, review.id, item.id, parsed.data.version, {
			score: parsed.data.score,
			evidence: parsed.data.evidence,
			recommendation: parsed.data.recommendation,
			dataSources: parsed.data.dataSources,
			checklist: ticks,
			reviewerScores: own
		});
		// Someone saved this item after it was read: refuse, keep what was typed, overwrite nothing.
		if (!saved) return fieldError(formData, 'score', 'err_stale', {}, 409);
		audit({ actor: locals.actor, action: 'update', entity: 'fidelity-review', entityId: review.id, teamId: review.teamId, details: `item ${item.id}` });
		const next = formData.get('next') === '1' && item.id < 25 ? `/fidelity/reviews/${review.id}/items/${item.id + 1}` : `/fidelity/reviews/${review.id}#item-${item.id}`;
		redirect(303, next);
	}
};
