import { describe, expect, it } from 'vitest';
import { combineFollowAlongStatus, followAlongProgress, followAlongSchedule, followAlongStatus } from '$lib/domain/follow-along';

const started = (startDate: string, extra: Partial<Parameters<typeof followAlongSchedule>[0]> = {}) =>
	followAlongSchedule({ status: 'started', startDate, endDate: null, stepDownDate: null, ...extra });

describe('follow-along schedule', () => {
	it('before, after, weekly in month 1, monthly to 12 months', () => {
		const s = started('2026-03-02');
		expect(s.slice(0, 6)).toEqual([
			{ kind: 'before-start', n: 1, from: '2026-02-23', due: '2026-03-01' },
			{ kind: 'after-start', n: 1, from: '2026-03-02', due: '2026-03-05' },
			{ kind: 'weekly', n: 1, from: '2026-03-06', due: '2026-03-09' },
			{ kind: 'weekly', n: 2, from: '2026-03-10', due: '2026-03-16' },
			{ kind: 'weekly', n: 3, from: '2026-03-17', due: '2026-03-23' },
			{ kind: 'weekly', n: 4, from: '2026-03-24', due: '2026-03-30' }
		]);
		const monthly = s.filter((i) => i.kind === 'monthly');
		expect(monthly.map((i) => i.due)).toEqual([
			'2026-05-02', '2026-06-02', '2026-07-02', '2026-08-02', '2026-09-02', '2026-10-02', '2026-11-02', '2026-12-02', '2027-01-02', '2027-02-02', '2027-03-02'
		]);
		expect(monthly[0].from).toBe('2026-03-31');
		expect(s).toHaveLength(17);
	});
	it('month ends clamp to the last day (leap and common years)', () => {
		const leap = started('2023-12-31').filter((i) => i.kind === 'monthly');
		expect(leap[0].due).toBe('2024-02-29');
		expect(leap[1].due).toBe('2024-03-31');
		expect(leap[2].due).toBe('2024-04-30');
		expect(leap[2].from).toBe('2024-04-01');
		const common = started('2022-12-31').filter((i) => i.kind === 'monthly');
		expect(common[0].due).toBe('2023-02-28');
		expect(common[0].from).toBe('2023-01-29');
	});
	it('weekly items cross a leap day', () => {
		const s = started('2024-02-26');
		expect(s.find((i) => i.kind === 'after-start')!.due).toBe('2024-02-29');
		expect(s.find((i) => i.kind === 'weekly' && i.n === 1)!.due).toBe('2024-03-04');
		// Started on 29.2.: one year later is 28.2.
		expect(started('2024-02-29').at(-1)!.due).toBe('2025-02-28');
	});
	it('job loss: items after the end drop, a contact within 3 days is due', () => {
		const s = followAlongSchedule({ status: 'ended', startDate: '2026-03-02', endDate: '2026-03-20', stepDownDate: null });
		expect(s.map((i) => i.kind + i.n)).toEqual(['before-start1', 'after-start1', 'weekly1', 'weekly2', 'weekly3', 'after-job-loss1']);
		expect(s.at(-1)).toEqual({ kind: 'after-job-loss', n: 1, from: '2026-03-20', due: '2026-03-23' });
	});
	it('step-down ends the schedule; no schedule without a start or when it did not start', () => {
		const s = started('2026-03-02', { stepDownDate: '2026-06-15' });
		expect(s.at(-1)!.due).toBe('2026-07-02');
		expect(followAlongSchedule({ status: 'agreed', startDate: null, endDate: null, stepDownDate: null })).toEqual([]);
		expect(followAlongSchedule({ status: 'did-not-start', startDate: '2026-03-02', endDate: null, stepDownDate: null })).toEqual([]);
		expect(followAlongSchedule({ status: 'agreed', startDate: '2026-03-02', endDate: null, stepDownDate: null })).toHaveLength(17);
	});
});

describe('follow-along progress', () => {
	const s = started('2026-03-02');
	it('contacts in the window tick items off; next due and overdue follow', () => {
		const rows = followAlongProgress(s, ['2026-02-27', '2026-03-04'], '2026-03-12');
		expect(rows.slice(0, 4).map((r) => r.state)).toEqual(['done', 'done', 'overdue', 'upcoming']);
		expect(followAlongStatus(rows)).toEqual({ nextDue: '2026-03-09', overdue: true });
	});
	it('a later contact turns a missed item from overdue to missed', () => {
		const rows = followAlongProgress(s, ['2026-02-27', '2026-03-04', '2026-03-11'], '2026-03-12');
		expect(rows.slice(0, 4).map((r) => r.state)).toEqual(['done', 'done', 'missed', 'done']);
		expect(followAlongStatus(rows)).toEqual({ nextDue: '2026-03-23', overdue: false });
	});
	it('due within three days', () => {
		const rows = followAlongProgress(s, ['2026-02-27'], '2026-03-03');
		expect(rows[1].state).toBe('due');
		expect(followAlongStatus(rows)).toEqual({ nextDue: '2026-03-05', overdue: false });
	});
	it('before the start nothing is overdue', () => {
		const rows = followAlongProgress(s, [], '2026-02-20');
		expect(followAlongStatus(rows)).toEqual({ nextDue: '2026-03-01', overdue: false });
	});
	it('all done gives no next due', () => {
		const rows = followAlongProgress(s, s.map((i) => i.due), '2027-06-01');
		expect(followAlongStatus(rows)).toEqual({ nextDue: null, overdue: false });
	});
	it('combines placements of one enrolment', () => {
		expect(
			combineFollowAlongStatus([
				{ nextDue: '2026-04-01', overdue: false },
				{ nextDue: '2026-03-20', overdue: true },
				{ nextDue: null, overdue: false }
			])
		).toEqual({ nextDue: '2026-03-20', overdue: true });
		expect(combineFollowAlongStatus([])).toEqual({ nextDue: null, overdue: false });
	});
});
