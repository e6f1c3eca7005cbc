import { addDays, addMonths } from './dates';

/**
 * IPS follow-along (in-work support) schedule, docs/domain/phases.md#follow-along-schedule: a face-to-face contact within
 * one week before the start, within 3 days after it, weekly in the first month, then monthly for a
 * year; within 3 days of hearing of a job loss. Each item has a window [from, due]; a recorded
 * support contact inside the window ticks it off.
 */
export type FollowAlongKind = 'before-start' | 'after-start' | 'weekly' | 'monthly' | 'after-job-loss';

export type FollowAlongItem = { kind: FollowAlongKind; n: number; from: string; due: string };

export type FollowAlongState = 'done' | 'missed' | 'overdue' | 'due' | 'upcoming';

export type FollowAlongPlacement = {
	status: 'agreed' | 'started' | 'ended' | 'did-not-start';
	startDate: string | null;
	endDate: string | null;
	stepDownDate: string | null;
};

export function followAlongSchedule(p: FollowAlongPlacement): FollowAlongItem[] {
	if (!p.startDate || p.status === 'did-not-start') return [];
	const start = p.startDate;
	const items: FollowAlongItem[] = [
		{ kind: 'before-start', n: 1, from: addDays(start, -7), due: addDays(start, -1) },
		{ kind: 'after-start', n: 1, from: start, due: addDays(start, 3) }
	];
	// Weekly through the first month: days 7, 14, 21, 28 (all within one calendar month of the start).
	let previous = addDays(start, 3);
	for (let week = 1; week <= 4; week++) {
		const due = addDays(start, week * 7);
		items.push({ kind: 'weekly', n: week, from: addDays(previous, 1), due });
		previous = due;
	}
	// Then monthly to 12 months; addMonths clamps month ends (31.12. + 2 months = 28./29.2.).
	for (let month = 2; month <= 12; month++) {
		const due = addMonths(start, month);
		items.push({ kind: 'monthly', n: month, from: addDays(previous, 1), due });
		previous = due;
	}
	let kept = items;
	if (p.status === 'ended' && p.endDate) {
		const end = p.endDate;
		kept = kept.filter((item) => item.from <= end);
		kept.push({ kind: 'after-job-loss', n: 1, from: end, due: addDays(end, 3) });
	}
	if (p.stepDownDate) {
		const stepDown = p.stepDownDate;
		kept = kept.filter((item) => item.from <= stepDown || item.kind === 'after-job-loss');
	}
	return kept;
}

/** Days before `due` when an item counts as "due now" rather than upcoming. */
const DUE_SOON_DAYS = 3;

export type FollowAlongRow = FollowAlongItem & { state: FollowAlongState; contactDate: string | null };

/** Marks each item against the support contacts (ISO dates, any order). */
export function followAlongProgress(schedule: readonly FollowAlongItem[], contactDates: readonly string[], today: string): FollowAlongRow[] {
	const dates = [...contactDates].sort();
	const soon = addDays(today, DUE_SOON_DAYS);
	// Rows are built field by field: object spread here was the slowest step of the caseload page.
	const row = (item: FollowAlongItem, state: FollowAlongState, contactDate: string | null): FollowAlongRow => ({
		kind: item.kind,
		n: item.n,
		from: item.from,
		due: item.due,
		state,
		contactDate
	});
	return schedule.map((item) => {
		const inWindow = dates.find((d) => d >= item.from && d <= item.due) ?? null;
		if (inWindow) return row(item, 'done', inWindow);
		if (item.due < today) {
			// A later contact means support went on: the item was missed, not still open.
			const later = dates.find((d) => d > item.due) ?? null;
			return row(item, later ? 'missed' : 'overdue', later);
		}
		return row(item, soon >= item.due && item.from <= soon ? 'due' : 'upcoming', null);
	});
}

export type FollowAlongStatus = { nextDue: string | null; overdue: boolean };

/** The earliest open item's due date, and whether any open item is past due. */
export function followAlongStatus(rows: readonly FollowAlongRow[]): FollowAlongStatus {
	const open = rows.filter((r) => r.state === 'overdue' || r.state === 'due' || r.state === 'upcoming');
	const nextDue = open.reduce<string | null>((min, r) => (min === null || r.due < min ? r.due : min), null);
	return { nextDue, overdue: rows.some((r) => r.state === 'overdue') };
}

/** Combines the statuses of several placements (one enrolment). */
export function combineFollowAlongStatus(statuses: readonly FollowAlongStatus[]): FollowAlongStatus {
	let nextDue: string | null = null;
	let overdue = false;
	for (const s of statuses) {
		if (s.nextDue !== null && (nextDue === null || s.nextDue < nextDue)) nextDue = s.nextDue;
		overdue ||= s.overdue;
	}
	return { nextDue, overdue };
}
