import { describe, expect, it } from 'vitest';
import { loadDemo } from '$lib/server/demo';
import { getDb } from '$lib/server/db';
import { fidelityScales, users } from '$lib/server/db/schema';
import { ensureFidelityScale, activeScale } from '$lib/server/fidelity/scale';
import { changeStatus, correctReview, createReview, finalReviewHistory, getReview, itemRow, listReviews, saveItem } from '$lib/server/fidelity/reviews';
import { openFidelityActionsForLead, addAction, setActionStatus } from '$lib/server/fidelity/actions';
import { loadEvidenceInput } from '$lib/server/fidelity/evidence';
import { evidenceForScale } from '$lib/domain/fidelity-evidence';
import { scoreReview } from '$lib/domain/fidelity';
import type { Actor } from '$lib/server/policy';
import { eq } from 'drizzle-orm';

const TODAY = '2026-11-23';

function actorOf(email: string, teamId: number, role: 'lead' | 'coach'): Actor {
	const id = getDb().select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
	return { id, isAdmin: false, employerId: null, memberships: [{ teamId, role }] };
}

const empty = { score: null, evidence: null, dataSources: [], recommendation: null, checklist: null, reviewerScores: new Map() };

describe('fidelity reviews against the database', async () => {
	await loadDemo({ today: TODAY });
	const teamId = getDb().query.teams.findFirst({ where: (t, { eq }) => eq(t.name, 'Vantaan IPS-tiimi') }).sync()!.id;
	const lead = actorOf('lead@example.fi', teamId, 'lead');
	const coach = actorOf('coach@example.fi', teamId, 'coach');

	it('every database has scale version 1, once', () => {
		ensureFidelityScale(getDb());
		const rows = getDb().select().from(fidelityScales).all();
		expect(rows).toHaveLength(1);
		expect(activeScale().items).toHaveLength(25);
	});

	it('demo: three final reviews improving 68 → 86 → 101, with open actions for the lead', () => {
		expect(finalReviewHistory(teamId).map((h) => scoreReview(h.scores).total)).toEqual([68, 86, 101]);
		const open = openFidelityActionsForLead(lead);
		expect(open.length).toBe(3);
		expect(open.every((a) => a.status === 'planned' || a.status === 'ongoing')).toBe(true);
		expect(openFidelityActionsForLead(coach)).toEqual([]);
	});

	it('a later save of the same item from a stale version is refused and changes nothing', () => {
		const id = createReview(lead, { teamId, reviewDate: TODAY, periodFrom: '2026-05-01', periodTo: '2026-10-31', type: 'self-assessment', reviewerIds: [], outsideReviewers: null });
		const first = itemRow(id, 7)!;
		expect(saveItem(lead, id, 7, first.version, { ...empty, score: 4, evidence: 'Ensimmäinen' })).toBe(true);
		expect(saveItem(lead, id, 7, first.version, { ...empty, score: 2, evidence: 'Toinen' })).toBe(false);
		const row = itemRow(id, 7)!;
		expect(row.score).toBe(4);
		expect(row.evidence).toBe('Ensimmäinen');
		expect(row.version).toBe(first.version + 1);
	});

	it('finalising needs all 25 scores; a final review is locked; a correction is a new draft', () => {
		const id = createReview(lead, { teamId, reviewDate: TODAY, periodFrom: '2026-05-01', periodTo: '2026-10-31', type: 'guided', reviewerIds: [coach.id], outsideReviewers: 'Ulla Ulkoinen' });
		for (let item = 1; item <= 24; item++) saveItem(lead, id, item, 1, { ...empty, score: 4 });
		expect(changeStatus(id, 'final')).toEqual({ ok: false, reason: 'incomplete' });
		saveItem(lead, id, 25, 1, { ...empty, score: 5 });
		expect(changeStatus(id, 'final')).toEqual({ ok: true });
		expect(changeStatus(id, 'draft')).toEqual({ ok: false, reason: 'final' });
		const correctionId = correctReview(lead, id, 'Kriteerin 5 pisteet väärin');
		const correction = getReview(correctionId)!;
		expect(correction.status).toBe('draft');
		expect(correction.supersedesId).toBe(id);
		expect(itemRow(correctionId, 25)!.score).toBe(5);
		expect(getReview(id)!.status).toBe('final');
	});

	it('coaches list final reviews only', () => {
		const ids = listReviews(coach, [teamId]).map((r) => r.status);
		expect(ids.every((s) => s === 'final')).toBe(true);
		expect(listReviews(lead, [teamId]).some((r) => r.status === 'draft')).toBe(true);
	});

	it('actions: a done action is no longer open', () => {
		const reviewId = finalReviewHistory(teamId)[0].id;
		const id = addAction(lead, { teamId, reviewId, itemId: 3, action: 'Testitoimenpide', owner: null, dueDate: null });
		expect(openFidelityActionsForLead(lead).some((a) => a.id === id)).toBe(true);
		setActionStatus(id, 'done');
		expect(openFidelityActionsForLead(lead).some((a) => a.id === id)).toBe(false);
	});

	it('evidence for the demo team loads in batches and gives figures for the figure items', () => {
		const input = loadEvidenceInput(teamId, { from: '2026-05-01', to: '2026-11-22' }, null);
		expect(input.enrolments.length).toBeGreaterThan(0);
		const evidence = evidenceForScale(activeScale().items, input);
		expect([...evidence.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 8, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25]);
		expect(evidence.get(1)!.figure).toBeGreaterThan(0);
	});
});
