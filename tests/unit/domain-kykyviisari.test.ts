import { describe, expect, it } from 'vitest';
import {
	clientChanges,
	kykyviisariMissing,
	lowAreas,
	measureChange,
	resultDateErrors,
	teamMeanChanges,
	type KykyviisariResult
} from '$lib/domain/kykyviisari';

const empty = { wellbeing: null, participation: null, mind: null, everydayLife: null, skills: null, body: null, workAndFuture: null };
const result = (date: string, overall: number, areas: Partial<KykyviisariResult> = {}): KykyviisariResult => ({ date, linkSentOn: null, overall, ...empty, ...areas });

describe('Kykyviisari change per client', () => {
	it('compares the first and the latest result that have the area, whatever order they come in', () => {
		const results = [result('2026-06-01', 7, { mind: 6, body: 8 }), result('2026-01-10', 4, { mind: 3 }), result('2026-03-01', 5, { mind: null, body: 5 })];
		expect(measureChange(results, 'overall')).toEqual({ first: 4, latest: 7, change: 3, firstDate: '2026-01-10', latestDate: '2026-06-01' });
		expect(measureChange(results, 'mind')).toEqual({ first: 3, latest: 6, change: 3, firstDate: '2026-01-10', latestDate: '2026-06-01' });
		expect(measureChange(results, 'body')?.change).toBe(3);
		expect(measureChange(results, 'skills')).toBeNull();
	});

	it('rounds a decimal change to one decimal and keeps a fall negative', () => {
		const results = [result('2026-01-01', 7.3, { skills: 6.6 }), result('2026-02-01', 6.1, { skills: 7.8 })];
		expect(measureChange(results, 'overall')?.change).toBe(-1.2);
		expect(measureChange(results, 'skills')?.change).toBe(1.2);
	});

	it('lists overall first, then the seven areas in TTL order', () => {
		const rows = clientChanges([result('2026-01-01', 5)]);
		expect(rows.map((r) => r.measure)).toEqual(['overall', 'wellbeing', 'participation', 'mind', 'everyday-life', 'skills', 'body', 'work-and-future']);
		expect(rows.every((r) => r.change === null)).toBe(true);
	});
});

describe('team mean change for a period', () => {
	const period = { from: '2026-01-01', to: '2026-06-30' };

	it('averages each client latest-in-period minus first, per area, counting each client once', () => {
		const a = [result('2025-11-01', 4, { mind: 4 }), result('2026-02-01', 6, { mind: 7 }), result('2026-05-01', 7, { mind: 8 })];
		const b = [result('2026-01-15', 6, { mind: 6 }), result('2026-04-15', 5, { mind: 7 })];
		const means = teamMeanChanges([a, b], period);
		expect(means.find((m) => m.measure === 'overall')).toEqual({ measure: 'overall', clients: 2, meanChange: 1 });
		expect(means.find((m) => m.measure === 'mind')).toEqual({ measure: 'mind', clients: 2, meanChange: 2.5 });
		expect(means.find((m) => m.measure === 'body')).toEqual({ measure: 'body', clients: 0, meanChange: null });
	});

	it('leaves out clients whose latest result is outside the period and ignores results after it', () => {
		const before = [result('2025-01-01', 3), result('2025-06-01', 8)];
		const after = [result('2026-03-01', 5), result('2026-08-01', 9)];
		const means = teamMeanChanges([before, after], period);
		expect(means.find((m) => m.measure === 'overall')).toEqual({ measure: 'overall', clients: 0, meanChange: null });
	});
});

describe('low areas and the missing flag', () => {
	it('names the latest result’s areas under 6, lowest first', () => {
		const results = [result('2026-01-01', 3, { mind: 2, body: 2 }), result('2026-03-01', 5, { mind: 5, body: 6, skills: 3, wellbeing: 5.9 })];
		expect(lowAreas(results)).toEqual(['skills', 'mind', 'wellbeing']);
		expect(lowAreas([])).toEqual([]);
	});

	it('flags a client without a result only after the grace period', () => {
		expect(kykyviisariMissing({ startDate: '2026-01-01', hasResult: false, today: '2026-01-31', graceDays: 30 })).toBe(false);
		expect(kykyviisariMissing({ startDate: '2026-01-01', hasResult: false, today: '2026-02-01', graceDays: 30 })).toBe(true);
		expect(kykyviisariMissing({ startDate: '2026-01-01', hasResult: true, today: '2026-12-01', graceDays: 30 })).toBe(false);
		expect(kykyviisariMissing({ startDate: '2026-01-01', hasResult: false, today: '2026-01-11', graceDays: 10 })).toBe(false);
		expect(kykyviisariMissing({ startDate: '2026-01-01', hasResult: false, today: '2026-01-12', graceDays: 10 })).toBe(true);
	});

	it('refuses a completion in the future and a link sent after completion, next to the right field', () => {
		expect(resultDateErrors({ date: '2026-03-02', linkSentOn: null }, '2026-03-01')).toEqual({ date: 'err_date_future' });
		expect(resultDateErrors({ date: '2026-03-01', linkSentOn: '2026-03-02' }, '2026-03-05')).toEqual({ linkSentOn: 'clients_err_kyky_link_after_done' });
		expect(resultDateErrors({ date: '2026-03-01', linkSentOn: '2026-03-01' }, '2026-03-05')).toEqual({});
		expect(resultDateErrors({ date: '2026-03-01', linkSentOn: '2026-03-09' }, '2026-03-05')).toEqual({ linkSentOn: 'err_date_future' });
	});
});

describe('Kykyviisari: order, period edges and dates (mutation-tested)', () => {
	// Equivalent mutants: `if (input.linkSentOn !== null)` → `if (true)` — a null link date compares false
	// with any date string, so no message appears either way; and the four mutants of byDate's "after"
	// branch (`a.date > b.date ? 1 : 0`) — the sort only asks whether one result comes before another,
	// so answering "after" or "same day" for a later date orders the results the same.
	it('reads results in date order whatever order they arrive in, and takes the later entry of one day as latest', () => {
		const results = [result('2026-09-01', 8, { body: 9 }), result('2026-06-01', 6), result('2026-03-01', 5), result('2026-01-01', 2, { body: 4 })];
		expect(measureChange(results, 'overall')).toMatchObject({ first: 2, latest: 8, firstDate: '2026-01-01', latestDate: '2026-09-01' });
		expect(measureChange(results, 'body')).toMatchObject({ first: 4, latest: 9, change: 5 });
		const sameDay = [result('2026-02-01', 3), result('2026-05-01', 4), result('2026-05-01', 7)];
		expect(measureChange(sameDay, 'overall')).toMatchObject({ latest: 7, change: 4 });
	});

	it('counts a client whose latest result in the period is earlier than a later one outside it, and a result on the last day', () => {
		const period = { from: '2026-01-01', to: '2026-06-30' };
		const laterOutside = [result('2026-01-15', 3), result('2026-03-01', 5), result('2026-08-01', 9)];
		expect(teamMeanChanges([laterOutside], period).find((m) => m.measure === 'overall')).toEqual({ measure: 'overall', clients: 1, meanChange: 2 });
		const onLastDay = [result('2026-02-01', 3), result('2026-06-30', 6)];
		expect(teamMeanChanges([onLastDay], period).find((m) => m.measure === 'overall')).toEqual({ measure: 'overall', clients: 1, meanChange: 3 });
	});

	it('takes the low areas from the newest result even when results arrive newest first or in between', () => {
		const results = [result('2026-05-01', 6, { mind: 7, skills: 2 }), result('2026-01-01', 3, { mind: 2, skills: 8 }), result('2026-03-01', 4, { mind: 3, skills: 3 })];
		expect(lowAreas(results)).toEqual(['skills']);
		expect(lowAreas([results[1], results[0], results[2]])).toEqual(['skills']);
	});

	it('accepts a result completed today and a link sent the same day', () => {
		expect(resultDateErrors({ date: '2026-03-05', linkSentOn: '2026-03-05' }, '2026-03-05')).toEqual({});
	});
});
