import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { loadDemo } from '$lib/server/demo';
import { getDb } from '$lib/server/db';
import { clientContacts, enrolments, users } from '$lib/server/db/schema';
import { activeScale } from '$lib/server/fidelity/scale';
import { createReview, getReview, saveStaffing } from '$lib/server/fidelity/reviews';
import { loadEvidenceInput, reviewEvidence } from '$lib/server/fidelity/evidence';
import { evidenceForScale } from '$lib/domain/fidelity-evidence';
import type { Actor } from '$lib/server/policy';

const TODAY = '2026-11-23';
const PERIOD = { from: '2026-05-01', to: '2026-10-31' };

describe('cached review evidence', async () => {
	await loadDemo({ today: TODAY });
	const db = getDb();
	const teamId = db.query.teams.findFirst({ where: (t, { eq }) => eq(t.name, 'Vantaan IPS-tiimi') }).sync()!.id;
	const leadId = db.select({ id: users.id }).from(users).where(eq(users.email, 'lead@example.fi')).get()!.id;
	const lead: Actor = { id: leadId, isAdmin: false, employerId: null, memberships: [{ teamId, role: 'lead' }] };
	const reviewId = createReview(lead, { teamId, reviewDate: TODAY, periodFrom: PERIOD.from, periodTo: PERIOD.to, type: 'self-assessment', reviewerIds: [], outsideReviewers: null });
	const review = getReview(reviewId)!;
	const items = activeScale().items;
	const open = db
		.select({ id: enrolments.id, coachId: enrolments.coachId })
		.from(enrolments)
		.where(and(eq(enrolments.teamId, teamId), eq(enrolments.currentPhase, 3)))
		.get()!;

	it('equals the figures computed from the records, and a repeated view reuses them', () => {
		const first = reviewEvidence(review, items, TODAY);
		const fresh = evidenceForScale(items, loadEvidenceInput(teamId, PERIOD, reviewId));
		expect([...first.entries()]).toEqual([...fresh.entries()]);
		expect(reviewEvidence(review, items, TODAY)).toBe(first);
	});

	it('shows a new client contact on the next request', () => {
		const before = reviewEvidence(review, items, TODAY).get(24)!;
		db.insert(clientContacts)
			.values({ enrolmentId: open.id, date: '2026-06-15', durationMinutes: 600, mode: 'face-to-face', place: 'workplace', createdBy: open.coachId })
			.run();
		const after = reviewEvidence(review, items, TODAY).get(24)!;
		expect(after.counted).toBe(before.counted + 1);
		expect(after.figure).toBeGreaterThan(before.figure ?? 0);
	});

	it('ignores contacts that are not face to face, as the rules do', () => {
		const before = reviewEvidence(review, items, TODAY).get(24)!;
		db.insert(clientContacts)
			.values({ enrolmentId: open.id, date: '2026-06-16', durationMinutes: 600, mode: 'phone', place: 'remote', createdBy: open.coachId })
			.run();
		const after = reviewEvidence(review, items, TODAY);
		expect(after.get(24)).toEqual(before);
		expect([...after.entries()]).toEqual([...evidenceForScale(items, loadEvidenceInput(teamId, PERIOD, reviewId)).entries()]);
	});

	it("shows the review's declared staffing (item 2) on the next request", () => {
		expect(reviewEvidence(review, items, TODAY).get(2)!.figure).toBeNull();
		saveStaffing(reviewId, [{ userId: open.coachId!, fte: 1, share: 0.85 }]);
		expect(reviewEvidence(review, items, TODAY).get(2)!.figure).toBe(0.85);
	});

	it('keys on the review, its period and the day', () => {
		const base = reviewEvidence(review, items, TODAY);
		expect(reviewEvidence(review, items, '2026-11-24')).not.toBe(base);
		const shorter = reviewEvidence({ ...review, periodTo: '2026-05-31' }, items, TODAY);
		expect(shorter).not.toBe(base);
		expect(shorter.get(24)!.counted).toBeLessThan(base.get(24)!.counted);
	});
});
