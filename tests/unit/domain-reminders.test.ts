import { describe, expect, it } from 'vitest';
import {
	calendarEvents,
	coachClientItems,
	composeDigest,
	exitItem,
	exitFollowUpOpen,
	initials,
	leadTeamItems,
	reminderHourFrom,
	shortName,
	type CalendarClientFacts,
	type CoachClientFacts,
	type ExitFacts,
	type LeadTeamFacts
} from '$lib/domain/reminders';

// The digest, calendar and name rules of docs/domain/reminders.md, beyond reminders-domain.test.ts.
//
// Equivalent mutants left in reminders.ts (none can change what a user sees):
// - shortName: `split(/\s+/)` → `split(/\s/)` (only the first word of the trimmed name is kept, so one or more
//   blanks after it split the same), and `?? ''` after `[0]` (split always returns at least one element).
// - exitFollowUpOpen: `f.lastContactDate !== null` → `true` (`null >= '2026-…'` is false anyway).
// - leadTeamItems: `a.dueDate !== null` → `true` (`null < '2026-…'` is false anyway).
// - reminderHourFrom: `value !== undefined` → `true` (Number(undefined) is NaN, not an integer, so 7 anyway).

// 2026-12-07 is a Monday.
const MONDAY = '2026-12-07';
const TUESDAY = '2026-12-08';

const client = (over: Partial<CoachClientFacts> = {}): CoachClientFacts => ({
	clientId: 1,
	firstName: 'Aino',
	lastName: 'Korhonen',
	flags: [],
	lastContactDate: '2026-12-01',
	nextStepDue: null,
	consentEnds: null,
	followAlong: [],
	planReviewDate: null,
	disclosureReviews: [],
	...over
});

// Closed 2026-09-07: the follow-up falls on 2026-12-07 (MONDAY) and shows 2026-11-30 … 2027-01-06.
const exit = (over: Partial<ExitFacts> = {}): ExitFacts => ({ clientId: 9, firstName: 'Eero', lastName: 'Nieminen', closedDate: '2026-09-07', closingReason: 'employed', lastContactDate: null, ...over });

const team = (over: Partial<LeadTeamFacts> = {}): LeadTeamFacts => ({ teamId: 4, teamName: 'Vantaa', stalled: [], withoutEmployerContact: [], upcomingStarts: [], openActions: [], ...over });

const calendarClient = (over: Partial<CalendarClientFacts> = {}): CalendarClientFacts => ({
	clientId: 1,
	firstName: 'Aino',
	lastName: 'Korhonen',
	followAlong: [],
	nextStep: null,
	planReview: null,
	jobStarts: [],
	closed: null,
	...over
});

describe('names in messages and events', () => {
	it('blanks around the last name do not become the initial', () => {
		expect(shortName('Pia', ' korhonen')).toBe('Pia K.');
		expect(shortName('Pia', '   ')).toBe('Pia');
	});

	it('initials skip an empty name part and blanks around a name', () => {
		expect(initials(' aino', ' korhonen ')).toBe('A. K.');
		expect(initials('Pia', '')).toBe('P.');
		expect(initials('', ' ')).toBe('');
	});
});

describe("a coach's items", () => {
	it('a follow-along visit due soon is not overdue', () => {
		expect(coachClientItems(client({ followAlong: [{ placementId: 3, due: '2026-12-10', overdue: false }] }), MONDAY)).toEqual([
			{ kind: 'follow-along-due', name: 'Aino K.', date: '2026-12-10', overdue: false, path: '/placements/3' }
		]);
	});

	it('an expired consent is overdue and an expiring one is not; both link to the consent form', () => {
		expect(coachClientItems(client({ flags: ['consent-expired'], consentEnds: '2026-11-30' }), MONDAY)).toEqual([
			{ kind: 'consent-expired', name: 'Aino K.', date: '2026-11-30', overdue: true, path: '/clients/1/consents/new' }
		]);
		expect(coachClientItems(client({ clientId: 2, flags: ['consent-expiring'], consentEnds: '2026-12-20' }), MONDAY)).toEqual([
			{ kind: 'consent-expiring', name: 'Aino K.', date: '2026-12-20', overdue: false, path: '/clients/2/consents/new' }
		]);
	});

	it('a plan review is overdue only after its date', () => {
		const review = (date: string) => coachClientItems(client({ planReviewDate: date }), MONDAY);
		expect(review('2026-12-06')).toEqual([{ kind: 'plan-review', name: 'Aino K.', date: '2026-12-06', overdue: true, path: '/clients/1/plan' }]);
		expect(review(MONDAY)).toEqual([{ kind: 'plan-review', name: 'Aino K.', date: MONDAY, overdue: false, path: '/clients/1/plan' }]);
		expect(review('2026-12-14')[0].overdue).toBe(false);
		expect(review('2026-12-15')).toEqual([]);
		expect(coachClientItems(client({ planReviewDate: null }), MONDAY)).toEqual([]);
	});

	it('a disclosure review is overdue only after its date', () => {
		const items = coachClientItems(
			client({
				disclosureReviews: [
					{ placementId: 5, date: '2026-12-06' },
					{ placementId: 6, date: MONDAY },
					{ placementId: 7, date: '2026-12-14' }
				]
			}),
			MONDAY
		);
		expect(items.map((i) => [i.kind, i.date, i.overdue, i.path])).toEqual([
			['disclosure-review', '2026-12-06', true, '/placements/5'],
			['disclosure-review', MONDAY, false, '/placements/6'],
			['disclosure-review', '2026-12-14', false, '/placements/7']
		]);
	});
});

describe('follow-up after exit', () => {
	it('a contact on the first day of the window ticks it off', () => {
		expect(exitFollowUpOpen(exit({ lastContactDate: '2026-11-30' }), MONDAY)).toBe(false);
		expect(exitFollowUpOpen(exit({ lastContactDate: '2026-11-29' }), MONDAY)).toBe(true);
	});

	it('the item is dated on the follow-up day and overdue only after it', () => {
		expect(exitItem(exit(), '2026-11-30')).toEqual({ kind: 'exit-follow-up', name: 'Eero N.', date: MONDAY, overdue: false, path: '/clients/9' });
		expect(exitItem(exit(), MONDAY)).toEqual({ kind: 'exit-follow-up', name: 'Eero N.', date: MONDAY, overdue: false, path: '/clients/9' });
		expect(exitItem(exit(), TUESDAY)).toEqual({ kind: 'exit-follow-up', name: 'Eero N.', date: MONDAY, overdue: true, path: '/clients/9' });
	});

	it('no item outside the window, once done, or after death', () => {
		expect(exitItem(exit(), '2026-11-29')).toBeNull();
		expect(exitItem(exit(), '2027-01-07')).toBeNull();
		expect(exitItem(exit({ lastContactDate: '2026-12-01' }), MONDAY)).toBeNull();
		expect(exitItem(exit({ closingReason: 'deceased' }), MONDAY)).toBeNull();
	});
});

describe("a lead's team items", () => {
	it('stalled clients, job starts and clients without employer contact link to the supervision list, none overdue', () => {
		const items = leadTeamItems(
			team({
				stalled: [{ clientId: 2, firstName: 'Bo', lastName: 'Berg' }],
				upcomingStarts: [{ clientId: 3, firstName: 'Cia', lastName: 'Ek', startDate: '2026-12-10' }],
				withoutEmployerContact: [{ clientId: 4, firstName: 'Dan', lastName: 'Eklund' }]
			}),
			MONDAY
		);
		expect(items).toEqual([
			{ kind: 'stalled', name: 'Bo B.', date: null, overdue: false, path: '/team/supervision?team=4' },
			{ kind: 'job-start', name: 'Cia E.', date: '2026-12-10', overdue: false, path: '/team/supervision?team=4' },
			{ kind: 'no-employer-contact', name: 'Dan E.', date: null, overdue: false, path: '/team/supervision?team=4' }
		]);
	});

	it('fidelity actions: 80 characters kept whole, longer ones cut to 80 with an ellipsis', () => {
		const exact = 'a'.repeat(80);
		const longer = 'b'.repeat(81);
		const items = leadTeamItems(team({ openActions: [{ id: 1, action: exact, dueDate: null }, { id: 2, action: longer, dueDate: null }] }), MONDAY);
		expect(items.map((i) => i.name)).toEqual([exact, `${'b'.repeat(79)}…`]);
		expect(items.every((i) => i.path === '/fidelity' && i.kind === 'fidelity-action')).toBe(true);
	});

	it('a fidelity action is overdue only after its due date; one without a due date never', () => {
		const items = leadTeamItems(
			team({
				openActions: [
					{ id: 1, action: 'Ei päivää', dueDate: null },
					{ id: 2, action: 'Eilen', dueDate: '2026-12-06' },
					{ id: 3, action: 'Tänään', dueDate: MONDAY },
					{ id: 4, action: 'Huomenna', dueDate: TUESDAY }
				]
			}),
			MONDAY
		);
		expect(items).toEqual([
			{ kind: 'fidelity-action', name: 'Ei päivää', date: null, overdue: false, path: '/fidelity' },
			{ kind: 'fidelity-action', name: 'Eilen', date: '2026-12-06', overdue: true, path: '/fidelity' },
			{ kind: 'fidelity-action', name: 'Tänään', date: MONDAY, overdue: false, path: '/fidelity' },
			{ kind: 'fidelity-action', name: 'Huomenna', date: TUESDAY, overdue: false, path: '/fidelity' }
		]);
	});
});

describe('composing a digest', () => {
	const empty = { coachClients: [], exits: [], leadTeams: [], leadReminders: [] };

	it('lead reminders come first in their own section, before own clients and teams', () => {
		const d = composeDigest({
			...empty,
			today: MONDAY,
			choice: 'weekly',
			coachClients: [client({ flags: ['no-contact'] })],
			leadTeams: [team({ stalled: [{ clientId: 2, firstName: 'Bo', lastName: 'Berg' }] })],
			leadReminders: [{ clientId: 7, firstName: 'Ville', lastName: 'Virtanen', fromName: 'Leena' }]
		});
		expect(d.sections.map((s) => [s.kind, s.items.length])).toEqual([
			['lead-reminders', 1],
			['own-clients', 1],
			['team', 1]
		]);
		expect(d.count).toBe(3);
	});

	it('closed clients whose follow-up is not open add nothing', () => {
		const d = composeDigest({ ...empty, today: MONDAY, choice: 'daily', exits: [exit({ closedDate: '2026-06-01' }), exit({ clientId: 10, closingReason: 'deceased' }), exit({ clientId: 11, firstName: 'Ulla' })] });
		expect(d.sections).toEqual([{ kind: 'own-clients', items: [{ kind: 'exit-follow-up', name: 'Ulla N.', date: MONDAY, overdue: false, path: '/clients/11' }] }]);
		expect(composeDigest({ ...empty, today: MONDAY, choice: 'daily', exits: [exit({ closedDate: '2026-06-01' })] })).toEqual({ sections: [], count: 0 });
	});

	it('items of one kind are ordered by date (undated first), then by name', () => {
		const d = composeDigest({
			...empty,
			today: MONDAY,
			choice: 'daily',
			coachClients: [
				client({ clientId: 1, firstName: 'Veera', flags: ['no-contact'], lastContactDate: '2026-11-10' }),
				client({ clientId: 2, firstName: 'Oona', flags: ['no-contact'], lastContactDate: null }),
				client({ clientId: 3, firstName: 'Iida', flags: ['no-contact'], lastContactDate: '2026-11-01' }),
				client({ clientId: 4, firstName: 'Aada', flags: ['no-contact'], lastContactDate: '2026-11-10' }),
				client({ clientId: 5, firstName: 'Elli', flags: ['no-contact'], lastContactDate: null })
			]
		});
		expect(d.sections[0].items.map((i) => `${i.name} ${i.date}`)).toEqual(['Elli K. null', 'Oona K. null', 'Iida K. 2026-11-01', 'Aada K. 2026-11-10', 'Veera K. 2026-11-10']);
	});

	it('a team with nothing to report gets no section', () => {
		const d = composeDigest({ ...empty, today: MONDAY, choice: 'weekly', leadTeams: [team({ teamName: 'Espoo' }), team({ teamId: 5, teamName: 'Vantaa', upcomingStarts: [{ clientId: 3, firstName: 'Cia', lastName: 'Ek', startDate: '2026-12-10' }] })] });
		expect(d.sections.map((s) => s.teamName)).toEqual(['Vantaa']);
		expect(d.count).toBe(1);
		expect(composeDigest({ ...empty, today: MONDAY, choice: 'weekly', leadTeams: [team()] })).toEqual({ sections: [], count: 0 });
	});
});

describe('calendar feed', () => {
	it('carries events from 30 days back to 400 days ahead, both ends included', () => {
		const events = calendarEvents(
			[
				calendarClient({
					jobStarts: [
						{ placementId: 1, date: '2026-11-06' },
						{ placementId: 2, date: '2026-11-07' },
						{ placementId: 3, date: '2028-01-11' },
						{ placementId: 4, date: '2028-01-12' }
					]
				})
			],
			MONDAY
		);
		expect(events.map((e) => [e.uid, e.date])).toEqual([
			['job-start-2@polku', '2026-11-07'],
			['job-start-3@polku', '2028-01-11']
		]);
	});

	it('the plan review is an event linking to the plan', () => {
		expect(calendarEvents([calendarClient({ clientId: 3, planReview: { planId: 4, date: '2026-12-20' } })], MONDAY)).toEqual([
			{ uid: 'plan-review-4@polku', kind: 'plan-review', date: '2026-12-20', initials: 'A. K.', path: '/clients/3/plan' }
		]);
	});

	it('no follow-up event after a closing for death; one for other closings, with or without a reason', () => {
		expect(calendarEvents([calendarClient({ closed: { enrolmentId: 6, date: '2026-10-01', reason: 'deceased' } })], MONDAY)).toEqual([]);
		expect(calendarEvents([calendarClient({ closed: { enrolmentId: 6, date: '2026-10-01', reason: null } })], MONDAY)).toEqual([
			{ uid: 'exit-follow-up-6@polku', kind: 'exit-follow-up', date: '2027-01-01', initials: 'A. K.', path: '/clients/1' }
		]);
	});

	it('events on the same day are ordered by id', () => {
		const events = calendarEvents([calendarClient({ jobStarts: [{ placementId: 9, date: '2026-12-10' }], nextStep: { contactId: 2, due: '2026-12-10' } })], MONDAY);
		expect(events.map((e) => e.uid)).toEqual(['job-start-9@polku', 'next-step-2@polku']);
	});
});

describe('REMINDER_HOUR', () => {
	it('23 is the last hour; negative hours and blanks fall back to 7', () => {
		expect(reminderHourFrom('23')).toBe(23);
		expect(reminderHourFrom('-1')).toBe(7);
		expect(reminderHourFrom('abc')).toBe(7);
	});
});
