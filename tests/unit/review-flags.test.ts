import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, getSqlite } from '$lib/server/db';
import { listCaseload } from '$lib/server/clients/caseload';
import { caseloadFlags, reviewDue, type FlagInput } from '$lib/domain/caseload-flags';
import { addClient, addEmployer, addEnrolment, addPlacement, addTeam, addUser, insertRow } from './fixtures';

const TODAY = '2026-06-15';
const base: FlagInput = {
	today: TODAY,
	closed: false,
	referralDate: '2026-06-01',
	entryDate: '2026-06-01',
	lastContactDate: '2026-06-14',
	nextStepDue: null,
	consents: [{ validFrom: '2026-06-01', validTo: null, withdrawnAt: null }],
	firstEmployerContactDate: '2026-06-05',
	followAlongDue: null
};

describe('review-date flags (domain)', () => {
	it('raises a review within seven days or past, not later, and nothing when not checked', () => {
		expect(reviewDue('2026-06-22', TODAY)).toBe(true);
		expect(reviewDue('2026-06-23', TODAY)).toBe(false);
		expect(reviewDue('2026-01-01', TODAY)).toBe(true);
		expect(reviewDue(null, TODAY)).toBe(false);
		expect(caseloadFlags(base)).toEqual([]);
		expect(caseloadFlags({ ...base, reviews: { plan: '2026-06-20', disclosure: [] } })).toEqual(['plan-review-due']);
		expect(caseloadFlags({ ...base, reviews: { plan: '2026-07-20', disclosure: ['2026-09-01', '2026-06-10'] } })).toEqual(['disclosure-review-due']);
		expect(caseloadFlags({ ...base, closed: true, reviews: { plan: '2026-06-01', disclosure: ['2026-06-01'] } })).toEqual([]);
	});
});

describe('review-date flags on the caseload', () => {
	let teamId = 0;
	let coachId = 0;
	let employerId = 0;
	const today = new Date().toISOString().slice(0, 10);
	const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

	beforeAll(() => {
		getDb();
		teamId = addTeam('Review team');
		coachId = addUser('review.coach@example.fi', 'Review Coach');
		employerId = addEmployer(teamId, 'Review Oy');
	});

	const flagsOf = (clientId: number) => listCaseload({ teamIds: [teamId], coachId, today, pageSize: 100 }).rows.find((r) => r.clientId === clientId)!.flags;
	const addPlan = (enrolmentId: number, version: number, reviewDate: string | null) =>
		insertRow('support_plans', { enrolment_id: enrolmentId, version, plan_date: today, goals: '[]', review_date: reviewDate, created_at: Date.now() });

	it('follows the latest plan version: a new version with a later review date clears the flag', () => {
		const clientId = addClient(teamId, 'Pia', 'Plan');
		const enrolmentId = addEnrolment(clientId, teamId, { coachId, referralDate: today, entryDate: today });
		expect(flagsOf(clientId)).not.toContain('plan-review-due');
		addPlan(enrolmentId, 1, inDays(3));
		expect(flagsOf(clientId)).toContain('plan-review-due');
		addPlan(enrolmentId, 2, inDays(90));
		expect(flagsOf(clientId)).not.toContain('plan-review-due');
	});

	it('flags a disclosure review of an agreed or started job only', () => {
		const clientId = addClient(teamId, 'Dan', 'Disclosure');
		const enrolmentId = addEnrolment(clientId, teamId, { coachId, referralDate: today, entryDate: today });
		const ended = addPlacement(enrolmentId, clientId, employerId, { status: 'ended', startDate: today });
		getSqlite().prepare('UPDATE placements SET disclosure_review_date = ? WHERE id = ?').run(inDays(-1), ended);
		expect(flagsOf(clientId)).not.toContain('disclosure-review-due');
		const started = addPlacement(enrolmentId, clientId, employerId, { status: 'started', startDate: today });
		getSqlite().prepare('UPDATE placements SET disclosure_review_date = ? WHERE id = ?').run(inDays(30), started);
		expect(flagsOf(clientId)).not.toContain('disclosure-review-due');
		getSqlite().prepare('UPDATE placements SET disclosure_review_date = ? WHERE id = ?').run(inDays(2), started);
		expect(flagsOf(clientId)).toContain('disclosure-review-due');
	});
});
