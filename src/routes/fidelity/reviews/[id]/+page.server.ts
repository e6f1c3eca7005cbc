import type { Actions, PageServerLoad } from './$types';
import { error, fail, redirect } from '@sveltejs/kit';
import { authorize, can } from '$lib/server/policy';
import { parseForm, invalid, fieldError, translate, formValues } from '$lib/server/forms';
import { actionSchema, actionStatusSchema, correctionSchema, statusSchema } from '$lib/server/fidelity/forms';
import { requireReviewRead, requireReviewEdit } from '$lib/server/fidelity/access';
import {
	changeStatus,
	consensusScores,
	correctReview,
	corrections,
	itemRows,
	reviewers,
	saveStaffing,
	staffingRows,
	teamPeople
} from '$lib/server/fidelity/reviews';
import { actionsOfReview, addAction, getAction, openActions, setActionStatus } from '$lib/server/fidelity/actions';
import { scaleById } from '$lib/server/fidelity/scale';
import { reviewEvidence } from '$lib/server/fidelity/evidence';
import { nextReviewDue, scoreFromChecklist, scoreReview } from '$lib/domain/fidelity';
import { audit } from '$lib/server/audit';

export const load: PageServerLoad = ({ locals, params }) => {
	const review = requireReviewRead(locals.actor, params.id);
	const actor = locals.actor!;
	audit({ actor, action: 'read', entity: 'fidelity-review', entityId: review.id, teamId: review.teamId, view: 'review' });
	const scale = scaleById(review.scaleId)!;
	const rows = itemRows(review.id);
	const scores = consensusScores([review.id]).get(review.id) ?? {};
	const result = scoreReview(scores);
	const evidence = reviewEvidence(review, scale.items);
	const resource = { kind: 'review' as const, teamId: review.teamId, status: review.status };
	const items = scale.items.map((item) => {
		const row = rows.find((r) => r.itemId === item.id);
		const ev = evidence.get(item.id);
		return {
			id: item.id,
			section: item.section,
			title: item.title,
			evidenceKinds: item.evidence,
			score: row?.score ?? null,
			hasNotes: !!(row?.evidence || row?.recommendation),
			dataSources: row?.dataSources ?? [],
			checklistSuggested: item.checklist && item.checklistScores && row?.checklist ? scoreFromChecklist(row.checklist, item.checklistScores) : null,
			evidence: ev ? { status: ev.status, figure: ev.figure, unit: ev.unit, suggested: ev.suggested, counted: ev.counted, rule: ev.rule } : null
		};
	});
	return {
		review,
		items,
		result,
		nextDue: result.total !== null ? nextReviewDue(review.reviewDate, result.total) : null,
		reviewers: reviewers(review.id),
		staffing: staffingRows(review.id),
		coaches: teamPeople(review.teamId).filter((p) => p.role === 'coach'),
		actions: actionsOfReview(review.id),
		earlierActions: openActions([review.teamId], review.id),
		corrections: corrections(review.id),
		canEdit: can(actor, 'update', resource),
		canManage: can(actor, 'manage', resource)
	};
};

export const actions: Actions = {
	status: async ({ request, locals, params }) => {
		const { review, refusal } = requireReviewEdit(locals.actor, params.id);
		if (refusal) return refusal;
		const formData = await request.formData();
		const parsed = parseForm(statusSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		const result = changeStatus(review.id, parsed.data.to);
		if (!result.ok) {
			return fail(400, { errors: {}, values: formValues(formData), message: translate(result.reason === 'incomplete' ? 'fidelity_err_incomplete' : 'fidelity_err_final') });
		}
		audit({ actor: locals.actor, action: 'update', entity: 'fidelity-review', entityId: review.id, teamId: review.teamId, details: `status=${parsed.data.to}` });
		return { statusChanged: parsed.data.to };
	},

	staffing: async ({ request, locals, params }) => {
		const { review, refusal } = requireReviewEdit(locals.actor, params.id);
		if (refusal) return refusal;
		const formData = await request.formData();
		const errors: Record<string, string> = {};
		const rows: { userId: number; fte: number; share: number }[] = [];
		for (const coach of teamPeople(review.teamId).filter((p) => p.role === 'coach')) {
			const fteRaw = String(formData.get(`fte_${coach.id}`) ?? '').trim().replace(',', '.');
			const shareRaw = String(formData.get(`share_${coach.id}`) ?? '').trim().replace(',', '.');
			if (fteRaw === '' && shareRaw === '') continue;
			const fte = Number(fteRaw);
			const share = Number(shareRaw);
			if (fteRaw === '' || !Number.isFinite(fte) || fte <= 0 || fte > 1.5) errors[`fte_${coach.id}`] = translate('err_range', { min: 0.1, max: 1.5 });
			if (shareRaw === '' || !Number.isFinite(share) || share < 0 || share > 100) errors[`share_${coach.id}`] = translate('err_range', { min: 0, max: 100 });
			rows.push({ userId: coach.id, fte, share: share / 100 });
		}
		if (Object.keys(errors).length) return fail(400, { errors, values: formValues(formData) });
		saveStaffing(review.id, rows);
		audit({ actor: locals.actor, action: 'update', entity: 'fidelity-review', entityId: review.id, teamId: review.teamId, details: 'staffing' });
		return { staffingSaved: true };
	},

	addAction: async ({ request, locals, params }) => {
		const review = requireReviewRead(locals.actor, params.id, 'manage');
		const formData = await request.formData();
		const parsed = parseForm(actionSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		const id = addAction(locals.actor!, { teamId: review.teamId, reviewId: review.id, ...parsed.data });
		audit({ actor: locals.actor, action: 'create', entity: 'fidelity-action', entityId: id, teamId: review.teamId });
		return { actionAdded: true };
	},

	actionStatus: async ({ request, locals, params }) => {
		const review = requireReviewRead(locals.actor, params.id, 'manage');
		const formData = await request.formData();
		const parsed = parseForm(actionStatusSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		// The action's team is checked from the database, never from the form.
		const action = getAction(parsed.data.actionId);
		if (!action) error(404, 'Not found');
		authorize(locals.actor, 'manage', { kind: 'review', teamId: action.teamId, status: review.status });
		setActionStatus(action.id, parsed.data.status);
		audit({ actor: locals.actor, action: 'update', entity: 'fidelity-action', entityId: action.id, teamId: action.teamId, details: `status=${parsed.data.status}` });
		return { actionUpdated: true };
	},

	correct: async ({ request, locals, params }) => {
		const review = requireReviewRead(locals.actor, params.id, 'manage');
		const formData = await request.formData();
		if (review.status !== 'final') return fieldError(formData, 'reason', 'fidelity_err_not_final');
		const parsed = parseForm(correctionSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		const id = correctReview(locals.actor!, review.id, parsed.data.reason);
		audit({ actor: locals.actor, action: 'create', entity: 'fidelity-review', entityId: id, teamId: review.teamId, details: `correction of ${review.id}` });
		redirect(303, `/fidelity/reviews/${id}`);
	}
};
