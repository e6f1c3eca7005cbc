import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { loadDemo } from '$lib/server/demo';
import { getDb } from '$lib/server/db';
import { auditLog, fidelityReviews, teams, users } from '$lib/server/db/schema';
import { loadActor } from '$lib/server/auth/session';
import type { Actor } from '$lib/server/policy';
import * as commands from '$lib/server/fidelity/commands';
import { actionSchema, itemFormSchema, reviewSchema, staffingSchema, statusSchema, type ItemFormInput, type ReviewInput } from '$lib/server/fidelity/forms';
import { reviewFormAction } from '$lib/server/fidelity/form-action';
import { coachIds, finalReviewHistory, getReview, itemRow, reviewerScores, staffingRows, teamPeople } from '$lib/server/fidelity/reviews';
import { getAction } from '$lib/server/fidelity/actions';
import { activeScale } from '$lib/server/fidelity/scale';
import { afterItemSaved } from '$lib/server/fidelity/views';
import { ITEM_IDS, scoreRange, sectionItems } from '$lib/domain/fidelity';

// The fidelity review's commands: each refuses what it must (role, team, bad values, stale version,
// a final review) writing and logging nothing, and each write comes with exactly one audit row in
// the same transaction.
const TODAY = '2026-11-23';
let lead: Actor;
let coach: Actor;
let otherLead: Actor;
let teamId: number;

const actorOf = (email: string) => loadActor(getDb().select().from(users).where(eq(users.email, email)).get()!);
const draftInput = (extra: Partial<ReviewInput> = {}): ReviewInput => ({
	teamId,
	reviewDate: TODAY,
	periodFrom: '2026-05-01',
	periodTo: '2026-10-31',
	type: 'self-assessment',
	reviewerIds: [],
	outsideReviewers: null,
	...extra
});
const item = (id: number) => activeScale().items.find((candidate) => candidate.id === id)!;
const context = (actor: Actor, reviewId: number, itemId: number | null = null) => ({ actor, review: getReview(reviewId)!, item: itemId === null ? null : item(itemId) });
const itemInput = (version: number, extra: Partial<ItemFormInput> = {}): ItemFormInput => ({
	version,
	score: 4,
	evidence: null,
	recommendation: null,
	dataSources: [],
	checklist: [],
	reviewerScores: [],
	next: false,
	...extra
});

/** Audit rows of fidelity writes (not reads) after `mark`. */
function writesSince(mark: number) {
	return getDb()
		.select()
		.from(auditLog)
		.where(and(gt(auditLog.id, mark), inArray(auditLog.entity, ['fidelity-review', 'fidelity-action']), ne(auditLog.action, 'read')))
		.all();
}
const lastAuditId = () => getDb().select({ id: auditLog.id }).from(auditLog).all().at(-1)?.id ?? 0;

function newDraft(extra: Partial<ReviewInput> = {}): number {
	const result = commands.startReview(lead, draftInput(extra));
	if (!result.ok) throw new Error(JSON.stringify(result));
	return result.value;
}

function scoreAll(reviewId: number, except: number[] = []) {
	for (const itemId of ITEM_IDS) {
		if (except.includes(itemId)) continue;
		const result = commands.scoreItem(context(lead, reviewId, itemId), itemInput(itemRow(reviewId, itemId)!.version));
		if (!result.ok) throw new Error(JSON.stringify(result));
	}
}

beforeAll(async () => {
	await loadDemo({ today: TODAY });
	teamId = getDb().select().from(teams).where(eq(teams.name, 'Vantaan IPS-tiimi')).get()!.id;
	lead = actorOf('lead@example.fi');
	coach = actorOf('coach@example.fi');
	otherLead = actorOf('lead2@example.fi');
});

describe('the scale data decides the item count', () => {
	it('item ids, sections and the score range come from the scale', () => {
		expect(ITEM_IDS).toEqual(activeScale().items.map((scaleItem) => scaleItem.id));
		expect(ITEM_IDS).toHaveLength(25);
		expect([sectionItems('staffing'), sectionItems('organisation').length, sectionItems('services').length]).toEqual([[1, 2, 3], 8, 14]);
		expect(scoreRange()).toEqual({ minTotal: 25, maxTotal: 125, maxSection: 70 });
	});
});

describe('form schemas', () => {
	it('an item: consensus and own scores 1–5 or empty; anything else is refused at its field', () => {
		const schema = itemFormSchema([7, 8]);
		const base = { version: '3', score: '4', dataSources: ['MIS'], checklist: ['0', '2'] };
		const ok = schema.safeParse({ ...base, reviewer_7: '5', reviewer_8: '' });
		expect(ok.success && ok.data).toMatchObject({ version: 3, score: 4, checklist: [0, 2], reviewerScores: [{ userId: 7, score: 5 }, { userId: 8, score: null }], next: false });
		const bad = schema.safeParse({ ...base, score: '7', reviewer_7: '6', reviewer_8: 'x' });
		expect(bad.success).toBe(false);
		const fields = bad.success ? [] : bad.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
		expect(fields).toEqual([
			['score', 'err_range'],
			['reviewer_7', 'err_range'],
			['reviewer_8', 'err_range']
		]);
	});

	it('staffing: a row per coach with FTE 0.1–1.5 and share 0–100 %; both empty leaves the coach out', () => {
		const schema = staffingSchema([1, 2, 3]);
		expect(schema.parse({ fte_1: '0,8', share_1: '90', fte_2: '', share_2: '', fte_9: '1', share_9: '100' })).toEqual([{ userId: 1, fte: 0.8, share: 0.9 }]);
		const bad = schema.safeParse({ fte_1: '2', share_1: '50', fte_2: '1', share_2: '', fte_3: 'x', share_3: '101' });
		expect(bad.success ? [] : bad.error.issues.map((issue) => issue.path.join('.'))).toEqual(['fte_1', 'share_2', 'fte_3', 'share_3']);
	});

	it('an action names an item of the scale or none', () => {
		const base = { action: 'Tee jotain' };
		expect(actionSchema.safeParse({ ...base, itemId: String(ITEM_IDS.at(-1)) }).success).toBe(true);
		expect(actionSchema.safeParse({ ...base, itemId: '' }).success).toBe(true);
		expect(actionSchema.safeParse({ ...base, itemId: String(ITEM_IDS.length + 1) }).success).toBe(false);
		expect(actionSchema.safeParse({ ...base, itemId: '2.5' }).success).toBe(false);
	});

	it('a new review needs its dates and type', () => {
		expect(reviewSchema.safeParse({ teamId: '1', reviewDate: TODAY, periodFrom: '2026-05-01', periodTo: 'x', type: 'guided', reviewerIds: [] }).success).toBe(false);
	});
});

describe('startReview', () => {
	it('refuses a coach, another team’s lead, a bad period and a reviewer from outside the team; logs nothing', () => {
		const mark = lastAuditId();
		const outsider = teamPeople(getDb().select().from(teams).where(ne(teams.id, teamId)).get()!.id)[0].id;
		expect(commands.startReview(coach, draftInput())).toEqual({ ok: false, errors: { teamId: 'fidelity_err_forbidden' } });
		expect(commands.startReview(otherLead, draftInput())).toEqual({ ok: false, errors: { teamId: 'fidelity_err_forbidden' } });
		expect(commands.startReview(lead, draftInput({ periodFrom: '2026-10-01', periodTo: '2026-09-01' }))).toEqual({ ok: false, errors: { periodTo: 'err_date_order' } });
		expect(commands.startReview(lead, draftInput({ periodTo: '2026-11-30' }))).toEqual({ ok: false, errors: { periodTo: 'fidelity_err_period_after_review' } });
		expect(commands.startReview(lead, draftInput({ reviewerIds: [outsider] }))).toEqual({ ok: false, errors: { reviewerIds: 'err_choice' } });
		expect(writesSince(mark)).toEqual([]);
	});

	it('creates a draft with a row per item of the scale and one audit row', () => {
		const mark = lastAuditId();
		const id = newDraft({ reviewerIds: [coach.id, coach.id] });
		expect(getReview(id)).toMatchObject({ status: 'draft', teamId });
		expect(ITEM_IDS.every((itemId) => itemRow(id, itemId)?.score === null)).toBe(true);
		expect(writesSince(mark).map((row) => [row.action, row.entity, row.entityId, row.teamId, row.userId])).toEqual([['create', 'fidelity-review', id, teamId, lead.id]]);
	});
});

describe('scoreItem', () => {
	it('refuses a coach and another team’s lead, an invalid score and someone who is not a named reviewer; writes and logs nothing', () => {
		const id = newDraft({ reviewerIds: [coach.id] });
		const version = itemRow(id, 5)!.version;
		const mark = lastAuditId();
		expect(commands.scoreItem(context(coach, id, 5), itemInput(version))).toEqual({ ok: false, errors: { _form: 'fidelity_err_forbidden' } });
		expect(commands.scoreItem(context(otherLead, id, 5), itemInput(version))).toEqual({ ok: false, errors: { _form: 'fidelity_err_forbidden' } });
		expect(commands.scoreItem(context(lead, id, 5), itemInput(version, { score: 7 }))).toMatchObject({ ok: false, errors: { score: 'err_range' } });
		expect(commands.scoreItem(context(lead, id, 5), itemInput(version, { reviewerScores: [{ userId: coach.id, score: 0 }] }))).toMatchObject({ ok: false, errors: { [`reviewer_${coach.id}`]: 'err_range' } });
		expect(commands.scoreItem(context(lead, id, 5), itemInput(version, { reviewerScores: [{ userId: lead.id, score: 3 }] }))).toMatchObject({ ok: false, errors: { [`reviewer_${lead.id}`]: 'err_choice' } });
		expect(itemRow(id, 5)).toMatchObject({ score: null, version });
		expect(writesSince(mark)).toEqual([]);
	});

	it('saves score, ticks and own scores with one audit row; the same version again is stale (409) and not logged', () => {
		const id = newDraft({ reviewerIds: [coach.id] });
		const version = itemRow(id, 5)!.version;
		const mark = lastAuditId();
		const input = itemInput(version, { score: 3, evidence: 'Viikoittain', checklist: [0, 2, 9], reviewerScores: [{ userId: coach.id, score: 2 }] });
		expect(commands.scoreItem(context(lead, id, 5), input)).toEqual({ ok: true, value: 5 });
		expect(itemRow(id, 5)).toMatchObject({ score: 3, evidence: 'Viikoittain', checklist: [true, false, true, false, false], version: version + 1 });
		expect(reviewerScores(id, 5)).toEqual([{ itemId: 5, userId: coach.id, score: 2 }]);
		expect(commands.scoreItem(context(lead, id, 5), { ...input, score: 1 })).toEqual({ ok: false, errors: { score: 'err_stale' }, status: 409 });
		expect(itemRow(id, 5)!.score).toBe(3);
		expect(writesSince(mark).map((row) => [row.action, row.entityId, row.details])).toEqual([['update', id, 'item 5']]);
	});

	it('the write and its audit row are one transaction: when the log cannot be written, the score is not saved either', () => {
		const id = newDraft();
		const version = itemRow(id, 1)!.version;
		const db = getDb();
		db.run(sql.raw("CREATE TEMP TRIGGER audit_down BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit down'); END"));
		try {
			expect(() => commands.scoreItem(context(lead, id, 1), itemInput(version))).toThrow(/audit down/);
			expect(() => commands.startReview(lead, draftInput())).toThrow(/audit down/);
		} finally {
			db.run(sql.raw('DROP TRIGGER audit_down'));
		}
		expect(itemRow(id, 1)).toMatchObject({ score: null, version });
		expect(getDb().select().from(fidelityReviews).where(gt(fidelityReviews.id, id)).all()).toEqual([]);
	});
});

describe('setReviewStatus', () => {
	it('refuses to finalise an incomplete review, and a coach; then moves draft → consensus → final, one audit row each', () => {
		const id = newDraft();
		scoreAll(id, [ITEM_IDS.at(-1)!]);
		const mark = lastAuditId();
		expect(commands.setReviewStatus(context(lead, id), { to: 'final' })).toEqual({ ok: false, errors: { _form: 'fidelity_err_incomplete' }, params: { count: ITEM_IDS.length } });
		expect(commands.setReviewStatus(context(coach, id), { to: 'consensus' })).toEqual({ ok: false, errors: { _form: 'fidelity_err_forbidden' } });
		expect(writesSince(mark)).toEqual([]);
		expect(commands.setReviewStatus(context(lead, id), { to: 'consensus' })).toEqual({ ok: true, value: 'consensus' });
		scoreAll(id, ITEM_IDS.slice(0, -1));
		const beforeFinal = lastAuditId();
		expect(commands.setReviewStatus(context(lead, id), { to: 'final' })).toEqual({ ok: true, value: 'final' });
		expect(getReview(id)!.status).toBe('final');
		expect(writesSince(beforeFinal).map((row) => row.details)).toEqual(['status=final']);
		expect(writesSince(mark).filter((row) => row.details?.startsWith('status=')).map((row) => row.details)).toEqual(['status=consensus', 'status=final']);
	});

	it('a final review is read-only: status, items and staffing answer 409 and log nothing', () => {
		const id = finalReviewHistory(teamId)[0].id;
		const mark = lastAuditId();
		const readOnly = { ok: false, errors: { _form: 'fidelity_err_final' }, status: 409 };
		expect(commands.setReviewStatus(context(lead, id), { to: 'draft' })).toEqual(readOnly);
		expect(commands.scoreItem(context(lead, id, 3), itemInput(itemRow(id, 3)!.version, { score: 1 }))).toEqual(readOnly);
		expect(commands.recordStaffing(context(lead, id), [])).toEqual(readOnly);
		expect(writesSince(mark)).toEqual([]);
	});
});

describe('recordStaffing', () => {
	it('refuses a row for someone who is not a coach of the team and a coach as the writer; saves with one audit row', () => {
		const id = newDraft();
		const coachId = coachIds(teamId)[0];
		const mark = lastAuditId();
		expect(commands.recordStaffing(context(lead, id), [{ userId: lead.id, fte: 1, share: 0.9 }])).toEqual({ ok: false, errors: { [`fte_${lead.id}`]: 'err_choice' } });
		expect(commands.recordStaffing(context(coach, id), [{ userId: coachId, fte: 1, share: 0.9 }])).toEqual({ ok: false, errors: { _form: 'fidelity_err_forbidden' } });
		expect(writesSince(mark)).toEqual([]);
		expect(commands.recordStaffing(context(lead, id), [{ userId: coachId, fte: 0.8, share: 0.95 }]).ok).toBe(true);
		expect(staffingRows(id)).toMatchObject([{ userId: coachId, fte: 0.8, share: 0.95 }]);
		expect(writesSince(mark).map((row) => [row.entityId, row.details])).toEqual([[id, 'staffing']]);
	});
});

describe('plan actions', () => {
	it('an action is added by the lead (also to a final review) with one audit row; a coach or an unknown item is refused', () => {
		const id = finalReviewHistory(teamId)[0].id;
		const input = { itemId: 17, action: 'Työnantaja-aamut', owner: null, dueDate: null };
		const mark = lastAuditId();
		expect(commands.addPlanAction(context(coach, id), input)).toEqual({ ok: false, errors: { _form: 'fidelity_err_forbidden' } });
		expect(commands.addPlanAction(context(lead, id), { ...input, itemId: ITEM_IDS.length + 1 })).toEqual({ ok: false, errors: { itemId: 'err_choice' } });
		expect(writesSince(mark)).toEqual([]);
		const added = commands.addPlanAction(context(lead, id), input);
		expect(added.ok).toBe(true);
		const actionId = added.ok ? added.value : -1;
		expect(getAction(actionId)).toMatchObject({ reviewId: id, itemId: 17, status: 'planned' });
		expect(writesSince(mark).map((row) => [row.action, row.entity, row.entityId, row.teamId])).toEqual([['create', 'fidelity-action', actionId, teamId]]);
	});

	it('a status change needs an existing action of a team the actor leads; logged once with the status', () => {
		const id = finalReviewHistory(teamId)[0].id;
		const added = commands.addPlanAction(context(lead, id), { itemId: null, action: 'Seuranta', owner: null, dueDate: null });
		const actionId = added.ok ? added.value : -1;
		const mark = lastAuditId();
		expect(commands.setPlanActionStatus(context(lead, id), { actionId: 999_999, status: 'done' })).toEqual({ ok: false, errors: { actionId: 'err_choice' } });
		expect(commands.setPlanActionStatus(context(otherLead, id), { actionId, status: 'done' })).toEqual({ ok: false, errors: { _form: 'fidelity_err_forbidden' } });
		expect(getAction(actionId)!.status).toBe('planned');
		expect(writesSince(mark)).toEqual([]);
		expect(commands.setPlanActionStatus(context(lead, id), { actionId, status: 'done' })).toEqual({ ok: true, value: actionId });
		expect(getAction(actionId)!.status).toBe('done');
		expect(writesSince(mark).map((row) => [row.entity, row.entityId, row.details])).toEqual([['fidelity-action', actionId, 'status=done']]);
	});
});

describe('correctFinalReview', () => {
	it('only a final review is corrected, only by its lead; the correction is a new draft with one audit row', () => {
		const draft = newDraft();
		const final = finalReviewHistory(teamId)[0].id;
		const mark = lastAuditId();
		expect(commands.correctFinalReview(context(lead, draft), { reason: 'Virhe' })).toEqual({ ok: false, errors: { reason: 'fidelity_err_not_final' } });
		expect(commands.correctFinalReview(context(coach, final), { reason: 'Virhe' })).toEqual({ ok: false, errors: { _form: 'fidelity_err_forbidden' } });
		expect(writesSince(mark)).toEqual([]);
		const corrected = commands.correctFinalReview(context(lead, final), { reason: 'Kriteerin 5 pisteet väärin' });
		const id = corrected.ok ? corrected.value : -1;
		expect(getReview(id)).toMatchObject({ status: 'draft', supersedesId: final, correctionReason: 'Kriteerin 5 pisteet väärin' });
		expect(writesSince(mark).map((row) => [row.action, row.entityId, row.details])).toEqual([['create', id, `correction of ${final}`]]);
	});
});

describe('reviewFormAction', () => {
	const event = (actor: Actor, id: number, fields: Record<string, string>, itemId?: number) => {
		const body = new FormData();
		for (const [key, value] of Object.entries(fields)) body.append(key, value);
		const params = itemId === undefined ? { id: String(id) } : { id: String(id), itemId: String(itemId) };
		return { locals: { actor } as App.Locals, params, request: new Request('http://localhost/', { method: 'POST', body }) };
	};
	const statusForm = { access: 'update' as const, schema: statusSchema, done: (to: string) => ({ statusChanged: to }) };

	it('answers 404 before reading the form to anyone who may not write the review', async () => {
		const id = newDraft();
		const answer = reviewFormAction(event(coach, id, { to: 'consensus' }), statusForm, commands.setReviewStatus);
		await expect(answer).rejects.toSatisfy((thrown) => isHttpError(thrown, 404));
	});

	it('a refusal about the review as a whole is the page message; field refusals stay at their fields', async () => {
		const id = newDraft();
		const incomplete = (await reviewFormAction(event(lead, id, { to: 'final' }), statusForm, commands.setReviewStatus)) as { status: number; data: Record<string, unknown> };
		expect(incomplete.status).toBe(400);
		expect(incomplete.data).toMatchObject({ errors: {}, values: { to: 'final' } });
		expect(String(incomplete.data.message)).toContain(String(ITEM_IDS.length));
		const final = finalReviewHistory(teamId)[0].id;
		const readOnly = (await reviewFormAction(event(lead, final, { to: 'draft' }), statusForm, commands.setReviewStatus)) as { status: number; data: Record<string, unknown> };
		expect(readOnly.status).toBe(409);
		expect(readOnly.data.message).toBeTruthy();
		expect(await reviewFormAction(event(lead, id, { to: 'consensus' }), statusForm, commands.setReviewStatus)).toEqual({ statusChanged: 'consensus' });
	});

	it('an item save goes to the next item, or back to the review after the last one', async () => {
		const id = newDraft();
		const last = ITEM_IDS.at(-1)!;
		const options = { access: 'update' as const, schema: itemFormSchema([]), arrays: ['dataSources', 'checklist'], done: (itemId: number, data: { next: boolean }, ctx: commands.ReviewWriteContext) => afterItemSaved(itemId, data.next, ctx) };
		for (const [itemId, target] of [
			[1, `/fidelity/reviews/${id}/items/2`],
			[last, `/fidelity/reviews/${id}#item-${last}`]
		] as const) {
			const answer = reviewFormAction(event(lead, id, { version: '1', score: '3', next: '1' }, itemId), options, commands.scoreItem);
			await expect(answer).rejects.toSatisfy((thrown) => isRedirect(thrown) && thrown.location === target);
		}
	});
});
