import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, getSqlite } from '$lib/server/db';
import { listCaseload } from '$lib/server/clients/caseload';
import { addClient, addEmployer, addEnrolment, addPlacement, addTeam, addUser, insertRow } from './fixtures';


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
