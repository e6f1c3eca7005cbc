import { describe, expect, it } from 'vitest';
import { combineFollowAlongStatus, followAlongProgress, followAlongSchedule, followAlongStatus, type FollowAlongPlacement } from '$lib/domain/follow-along';

const START = '2026-03-02';
const placement = (over: Partial<FollowAlongPlacement> = {}): FollowAlongPlacement => ({ status: 'started', startDate: START, endDate: null, stepDownDate: null, ...over });
const kinds = (p: FollowAlongPlacement) => followAlongSchedule(p).map((i) => `${i.kind}${i.n}`);

// Equivalent mutants left in follow-along.ts: `item.from <= soon` (from ≤ due ≤ soon already), `d > item.due` vs
// `>=` (a contact on the due day is inside the window, so the item is done), `r.due < min` vs `<=` and
// `s.nextDue < nextDue` vs `<=` (equal dates give the same answer), and `s.nextDue !== null` (null is never
// earlier than a date).
describe('follow-along schedule: job loss and step-down', () => {
	it('a started job with a planned end date keeps the whole year and has no job-loss contact', () => {
		expect(kinds(placement({ endDate: '2026-03-20' }))).toHaveLength(17);
		expect(kinds(placement({ endDate: '2026-03-20' }))).not.toContain('after-job-loss1');
	});

	it('keeps the item whose window opens on the day the job ended', () => {
		// weekly 1 runs 6.3.–9.3.
		expect(kinds(placement({ status: 'ended', endDate: '2026-03-06' }))).toEqual(['before-start1', 'after-start1', 'weekly1', 'after-job-loss1']);
		expect(kinds(placement({ status: 'ended', endDate: '2026-03-05' }))).toEqual(['before-start1', 'after-start1', 'after-job-loss1']);
	});

	it('an ended job without an end date keeps the whole schedule', () => {
		expect(kinds(placement({ status: 'ended', endDate: null }))).toHaveLength(17);
	});

	it('step-down keeps the item opening that day, and the job-loss contact after it', () => {
		expect(kinds(placement({ stepDownDate: '2026-03-06' }))).toEqual(['before-start1', 'after-start1', 'weekly1']);
		expect(kinds(placement({ status: 'ended', endDate: '2026-04-15', stepDownDate: '2026-03-06' }))).toEqual(['before-start1', 'after-start1', 'weekly1', 'after-job-loss1']);
	});
});

describe('follow-along progress', () => {
	const schedule = followAlongSchedule(placement());

	it('a contact on the first day of a window ticks it off', () => {
		// weekly 1 window 6.3.–9.3.
		const rows = followAlongProgress(schedule, ['2026-03-06'], '2026-03-12');
		expect(rows[2]).toMatchObject({ kind: 'weekly', n: 1, state: 'done', contactDate: '2026-03-06' });
	});

	it('names the earliest contact in the window and the earliest later one, whatever order they come in', () => {
		const rows = followAlongProgress(schedule, ['2026-03-09', '2026-03-20', '2026-03-07', '2026-03-12'], '2026-03-25');
		expect(rows[2]).toMatchObject({ state: 'done', contactDate: '2026-03-07' });
		// after-start (2.3.–5.3.) had no contact: missed, with the first contact after it.
		expect(rows[1]).toMatchObject({ state: 'missed', contactDate: '2026-03-07' });
	});

	it('an item due today is due, not overdue; due in three days is due, in four upcoming', () => {
		// weekly 1 is due 9.3.
		expect(followAlongProgress(schedule, [], '2026-03-09')[2].state).toBe('due');
		expect(followAlongProgress(schedule, [], '2026-03-10')[2].state).toBe('overdue');
		expect(followAlongProgress(schedule, [], '2026-03-06')[2].state).toBe('due');
		expect(followAlongProgress(schedule, [], '2026-03-05')[2].state).toBe('upcoming');
	});

	it('after a job loss the job-loss contact is next due, even when an earlier-opening item is still open', () => {
		const ended = followAlongSchedule(placement({ status: 'ended', endDate: '2026-04-15' }));
		const rows = followAlongProgress(ended, ['2026-02-27', '2026-03-03', '2026-03-08', '2026-03-15', '2026-03-22', '2026-03-29'], '2026-04-15');
		expect(rows.filter((r) => r.state !== 'done').map((r) => `${r.kind}:${r.due}`)).toEqual(['monthly:2026-05-02', 'after-job-loss:2026-04-18']);
		expect(followAlongStatus(rows)).toEqual({ nextDue: '2026-04-18', overdue: false });
	});
});

describe('several placements of one enrolment', () => {
	it('the earliest next due of any placement, overdue if any is', () => {
		expect(
			combineFollowAlongStatus([
				{ nextDue: '2026-04-01', overdue: false },
				{ nextDue: null, overdue: false },
				{ nextDue: '2026-05-01', overdue: false }
			])
		).toEqual({ nextDue: '2026-04-01', overdue: false });
		expect(
			combineFollowAlongStatus([
				{ nextDue: '2026-05-01', overdue: false },
				{ nextDue: '2026-04-01', overdue: true }
			])
		).toEqual({ nextDue: '2026-04-01', overdue: true });
		expect(
			combineFollowAlongStatus([
				{ nextDue: null, overdue: true },
				{ nextDue: null, overdue: false }
			])
		).toEqual({ nextDue: null, overdue: true });
		expect(combineFollowAlongStatus([])).toEqual({ nextDue: null, overdue: false });
	});
});
