import { addDays, startOfIsoWeek } from './dates';
import { reviewDue, type CaseloadFlag } from './caseload-flags';
import { EXIT_FOLLOW_UP_LEAD_DAYS, EXIT_FOLLOW_UP_MONTHS, exitFollowUpDueDate } from './exit-follow-up';

// The review window is the caseload flag's (one rule for the caseload and the digest).
export { REVIEW_DUE_WINDOW_DAYS, reviewDue } from './caseload-flags';

/**
 * Reminders by e-mail and the calendar feed (issue 24, docs/domain/reminders.md). Pure: which items a
 * person's digest and calendar carry, on plain data. Due rules come from the caseload flags
 * (caseload-flags.ts) and the follow-along schedule (follow-along.ts); only the review and
 * exit follow-up windows are defined here. "Today" is always a parameter.
 */

export const DIGEST_CHOICES = ['daily', 'weekly', 'none'] as const;
export type DigestChoice = (typeof DIGEST_CHOICES)[number];
/** Without a saved choice a staff user gets the Monday digest. */
export const DEFAULT_DIGEST: DigestChoice = 'weekly';

/** 'sending' claims the day's row while a send is under way, so two processes never both send. */
export const DELIVERY_STATUSES = ['sending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** A lead's "remind": in the coach's next digest, or by e-mail at once. */
export const CLIENT_REMINDER_DELIVERIES = ['digest', 'now'] as const;
export type ClientReminderDelivery = (typeof CLIENT_REMINDER_DELIVERIES)[number];

// Follow-up after exit: the date and the lead days come from exit-follow-up.ts.
export { EXIT_FOLLOW_UP_MONTHS, EXIT_FOLLOW_UP_LEAD_DAYS };
/** … until this many days after it, unless a contact or outreach attempt was recorded meanwhile. */
export const EXIT_FOLLOW_UP_OPEN_DAYS = 30;
/** Failed sends of one day's digest are retried up to this many times. */
export const MAX_ATTEMPTS_PER_DAY = 5;
/** The calendar feed carries events from this many days back … */
export const FEED_PAST_DAYS = 30;
/** … to this many days ahead. */
export const FEED_FUTURE_DAYS = 400;

/** Monday is the weekly digest's day. */
export function isDigestDay(choice: DigestChoice, today: string): boolean {
	if (choice === 'daily') return true;
	if (choice === 'weekly') return startOfIsoWeek(today) === today;
	return false;
}

/** The only form of a client's name in a message: first name and last-name initial ("Aino K."). */
export function shortName(firstName: string, lastName: string): string {
	const first = firstName.trim().split(/\s+/)[0] ?? '';
	const initial = Array.from(lastName.trim())[0];
	return initial ? `${first} ${initial.toUpperCase()}.` : first;
}

/** The only form of a client's name in the calendar: initials ("A. K."). */
export function initials(firstName: string, lastName: string): string {
	return [firstName, lastName]
		.map((part) => Array.from(part.trim())[0])
		.filter((c): c is string => Boolean(c))
		.map((c) => `${c.toUpperCase()}.`)
		.join(' ');
}

export type DigestItemKind =
	| 'follow-along-overdue'
	| 'follow-along-due'
	| 'next-step-overdue'
	| 'consent-expired'
	| 'consent-expiring'
	| 'plan-review'
	| 'disclosure-review'
	| 'exit-follow-up'
	| 'no-contact'
	| 'lead-reminder'
	| 'stalled'
	| 'no-employer-contact'
	| 'job-start'
	| 'fidelity-action';

/** One line of a digest. `name` is already minimal (shortName) or, for fidelity actions, the action's own title. */
export type DigestItem = { kind: DigestItemKind; name: string; date: string | null; overdue: boolean; path: string };

export type DigestSection = { kind: 'lead-reminders' | 'own-clients' | 'team'; teamName?: string; items: DigestItem[] };

export type Digest = { sections: DigestSection[]; count: number };

/** What the server knows about one of a coach's open clients (flags from `caseloadFlags`). */
export type CoachClientFacts = {
	clientId: number;
	firstName: string;
	lastName: string;
	flags: readonly CaseloadFlag[];
	lastContactDate: string | null;
	nextStepDue: string | null;
	/** The last day of the consents in force (for "expiring"), or of the latest ended one. */
	consentEnds: string | null;
	/** Placements whose next follow-along contact is overdue or due soon (server/placements/follow-along.ts). */
	followAlong: readonly { placementId: number; due: string; overdue: boolean }[];
	/** Review date of the latest support plan version. */
	planReviewDate: string | null;
	/** Disclosure review dates of the client's agreed or started jobs. */
	disclosureReviews: readonly { placementId: number; date: string }[];
};

/** A coach's client whose latest enrolment is closed. */
export type ExitFacts = {
	clientId: number;
	firstName: string;
	lastName: string;
	closedDate: string;
	closingReason: string | null;
	/** The latest contact or outreach attempt on the closed enrolment, if any. */
	lastContactDate: string | null;
	/** The follow-up's situation has been recorded on the closed enrolment. */
	followUpRecorded?: boolean;
};

export function exitFollowUpDate(closedDate: string): string {
	return exitFollowUpDueDate(closedDate);
}

/** The three-month follow-up after exit is open: within its window and not yet done. */
export function exitFollowUpOpen(f: ExitFacts, today: string): boolean {
	if (f.closingReason === 'deceased' || f.followUpRecorded) return false;
	const due = exitFollowUpDate(f.closedDate);
	const from = addDays(due, -EXIT_FOLLOW_UP_LEAD_DAYS);
	if (today < from || today > addDays(due, EXIT_FOLLOW_UP_OPEN_DAYS)) return false;
	return !(f.lastContactDate !== null && f.lastContactDate >= from);
}

const clientPath = (clientId: number) => `/clients/${clientId}`;

/** The digest items of one of a coach's own open clients, most urgent first. */
export function coachClientItems(c: CoachClientFacts, today: string): DigestItem[] {
	const name = shortName(c.firstName, c.lastName);
	const items: DigestItem[] = [];
	const has = (flag: CaseloadFlag) => c.flags.includes(flag);
	for (const f of c.followAlong) {
		items.push({ kind: f.overdue ? 'follow-along-overdue' : 'follow-along-due', name, date: f.due, overdue: f.overdue, path: `/placements/${f.placementId}` });
	}
	if (has('next-step-overdue')) items.push({ kind: 'next-step-overdue', name, date: c.nextStepDue, overdue: true, path: clientPath(c.clientId) });
	if (has('consent-expired')) items.push({ kind: 'consent-expired', name, date: c.consentEnds, overdue: true, path: `${clientPath(c.clientId)}/consents/new` });
	if (has('consent-expiring')) items.push({ kind: 'consent-expiring', name, date: c.consentEnds, overdue: false, path: `${clientPath(c.clientId)}/consents/new` });
	if (reviewDue(c.planReviewDate, today)) {
		items.push({ kind: 'plan-review', name, date: c.planReviewDate, overdue: (c.planReviewDate as string) < today, path: `${clientPath(c.clientId)}/plan` });
	}
	for (const d of c.disclosureReviews) {
		if (reviewDue(d.date, today)) items.push({ kind: 'disclosure-review', name, date: d.date, overdue: d.date < today, path: `/placements/${d.placementId}` });
	}
	if (has('no-contact')) items.push({ kind: 'no-contact', name, date: c.lastContactDate, overdue: false, path: clientPath(c.clientId) });
	return items;
}

export function exitItem(f: ExitFacts, today: string): DigestItem | null {
	if (!exitFollowUpOpen(f, today)) return null;
	const date = exitFollowUpDate(f.closedDate);
	return { kind: 'exit-follow-up', name: shortName(f.firstName, f.lastName), date, overdue: date < today, path: clientPath(f.clientId) };
}

/** What a lead's weekly digest summarises for one team. */
export type LeadTeamFacts = {
	teamId: number;
	teamName: string;
	stalled: readonly { clientId: number; firstName: string; lastName: string }[];
	withoutEmployerContact: readonly { clientId: number; firstName: string; lastName: string }[];
	upcomingStarts: readonly { clientId: number; firstName: string; lastName: string; startDate: string }[];
	openActions: readonly { id: number; action: string; dueDate: string | null }[];
};

/** Fidelity actions are the team's own texts (no client data); long ones are cut. */
const ACTION_TITLE_MAX = 80;

export function leadTeamItems(t: LeadTeamFacts, today: string): DigestItem[] {
	const supervision = `/team/supervision?team=${t.teamId}`;
	return [
		...t.stalled.map((c) => ({ kind: 'stalled' as const, name: shortName(c.firstName, c.lastName), date: null, overdue: false, path: supervision })),
		...t.upcomingStarts.map((c) => ({ kind: 'job-start' as const, name: shortName(c.firstName, c.lastName), date: c.startDate, overdue: false, path: supervision })),
		...t.withoutEmployerContact.map((c) => ({ kind: 'no-employer-contact' as const, name: shortName(c.firstName, c.lastName), date: null, overdue: false, path: supervision })),
		...t.openActions.map((a) => ({
			kind: 'fidelity-action' as const,
			name: a.action.length > ACTION_TITLE_MAX ? `${a.action.slice(0, ACTION_TITLE_MAX - 1)}…` : a.action,
			date: a.dueDate,
			overdue: a.dueDate !== null && a.dueDate < today,
			path: '/fidelity'
		}))
	];
}

export type PendingLeadReminder = { clientId: number; firstName: string; lastName: string; fromName: string };

export type DigestInput = {
	today: string;
	choice: DigestChoice;
	coachClients: readonly CoachClientFacts[];
	exits: readonly ExitFacts[];
	leadTeams: readonly LeadTeamFacts[];
	/** Lead reminders not yet delivered: they go out on the next run whatever the digest choice. */
	leadReminders: readonly PendingLeadReminder[];
};

const KIND_ORDER: DigestItemKind[] = [
	'follow-along-overdue',
	'next-step-overdue',
	'consent-expired',
	'exit-follow-up',
	'plan-review',
	'disclosure-review',
	'follow-along-due',
	'consent-expiring',
	'no-contact'
];

/**
 * One person's digest for a day: lead reminders always; own clients' items on their digest day; the
 * team summary of the teams they lead on Mondays only (the lead's digest is weekly), unless they
 * chose none. Empty sections are left out; an empty digest (count 0) is not sent.
 */
export function composeDigest(input: DigestInput): Digest {
	const { today, choice } = input;
	const sections: DigestSection[] = [];
	const reminders = input.leadReminders.map((r) => ({ kind: 'lead-reminder' as const, name: shortName(r.firstName, r.lastName), date: null, overdue: false, path: clientPath(r.clientId) }));
	if (reminders.length) sections.push({ kind: 'lead-reminders', items: reminders });
	if (isDigestDay(choice, today)) {
		const own = [
			...input.coachClients.flatMap((c) => coachClientItems(c, today)),
			...input.exits.map((e) => exitItem(e, today)).filter((i): i is DigestItem => i !== null)
		].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.date ?? '').localeCompare(b.date ?? '') || a.name.localeCompare(b.name));
		if (own.length) sections.push({ kind: 'own-clients', items: own });
	}
	if (choice !== 'none' && isDigestDay('weekly', today)) {
		for (const t of input.leadTeams) {
			const items = leadTeamItems(t, today);
			if (items.length) sections.push({ kind: 'team', teamName: t.teamName, items });
		}
	}
	return { sections, count: sections.reduce((n, s) => n + s.items.length, 0) };
}

// ---------------------------------------------------------------------------------------------
// Calendar feed
// ---------------------------------------------------------------------------------------------

export type CalendarEventKind = 'follow-along' | 'next-step' | 'plan-review' | 'job-start' | 'exit-follow-up';

export type CalendarEvent = { uid: string; kind: CalendarEventKind; date: string; initials: string; path: string };

/** Dated items of one client for the feed: open follow-along items, the next step, plan review, job starts, follow-up after exit. */
export type CalendarClientFacts = {
	clientId: number;
	firstName: string;
	lastName: string;
	/** Follow-along items still open (not done or missed), by placement. */
	followAlong: readonly { placementId: number; kind: string; n: number; due: string }[];
	nextStep: { contactId: number; due: string } | null;
	planReview: { planId: number; date: string } | null;
	jobStarts: readonly { placementId: number; date: string }[];
	/** Closing date of the latest enrolment, when closed. */
	closed: { enrolmentId: number; date: string; reason: string | null } | null;
};

export function calendarEvents(clients: readonly CalendarClientFacts[], today: string): CalendarEvent[] {
	const from = addDays(today, -FEED_PAST_DAYS);
	const to = addDays(today, FEED_FUTURE_DAYS);
	const events: CalendarEvent[] = [];
	for (const c of clients) {
		const ini = initials(c.firstName, c.lastName);
		const add = (uid: string, kind: CalendarEventKind, date: string, path: string) => {
			if (date >= from && date <= to) events.push({ uid: `${uid}@polku`, kind, date, initials: ini, path });
		};
		for (const f of c.followAlong) add(`follow-along-${f.placementId}-${f.kind}-${f.n}`, 'follow-along', f.due, `/placements/${f.placementId}`);
		if (c.nextStep) add(`next-step-${c.nextStep.contactId}`, 'next-step', c.nextStep.due, clientPath(c.clientId));
		if (c.planReview) add(`plan-review-${c.planReview.planId}`, 'plan-review', c.planReview.date, `${clientPath(c.clientId)}/plan`);
		for (const j of c.jobStarts) add(`job-start-${j.placementId}`, 'job-start', j.date, `/placements/${j.placementId}`);
		if (c.closed && c.closed.reason !== 'deceased') add(`exit-follow-up-${c.closed.enrolmentId}`, 'exit-follow-up', exitFollowUpDate(c.closed.date), clientPath(c.clientId));
	}
	return events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}

/** When the scheduler may send today's digests: at or after the reminder hour, Finnish time. */
export function reminderHourFrom(value: string | undefined): number {
	const n = Number(value);
	return value !== undefined && value !== '' && Number.isInteger(n) && n >= 0 && n <= 23 ? n : 7;
}
