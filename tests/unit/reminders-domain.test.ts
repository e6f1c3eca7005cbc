import { describe, expect, it } from 'vitest';
import {
	calendarEvents,
	coachClientItems,
	composeDigest,
	exitFollowUpDate,
	exitFollowUpOpen,
	initials,
	isDigestDay,
	leadTeamItems,
	reminderHourFrom,
	shortName,
	type CoachClientFacts,
	type ExitFacts
} from '$lib/domain/reminders';
import { caseloadFlags } from '$lib/domain/caseload-flags';

// 2026-12-07 is a Monday.
const MONDAY = '2026-12-07';
const TUESDAY = '2026-12-08';

const client = (over: Partial<CoachClientFacts> = {}): CoachClientFacts => ({
	clientId: 1,
	firstName: 'Aino Maria',
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

const exit = (over: Partial<ExitFacts> = {}): ExitFacts => ({ clientId: 9, firstName: 'Eero', lastName: 'Nieminen', closedDate: '2026-09-07', closingReason: 'employed', lastContactDate: null, ...over });

describe('names in messages', () => {
	it('first name and last-name initial only; initials for the calendar', () => {
		expect(shortName('Aino Maria', 'Korhonen')).toBe('Aino K.');
		expect(shortName(' Åke ', 'östman')).toBe('Åke Ö.');
		expect(shortName('Pia', '')).toBe('Pia');
		expect(initials('Aino Maria', 'Korhonen')).toBe('A. K.');
		expect(initials('éva', 'Ñ')).toBe('É. Ñ.');
	});
});

describe('digest days', () => {
	it('daily every day, weekly on Mondays, none never', () => {
		expect(isDigestDay('daily', TUESDAY)).toBe(true);
		expect(isDigestDay('weekly', MONDAY)).toBe(true);
		expect(isDigestDay('weekly', TUESDAY)).toBe(false);
		expect(isDigestDay('none', MONDAY)).toBe(false);
	});
	it('REMINDER_HOUR: 0–23, default 7', () => {
		expect(reminderHourFrom(undefined)).toBe(7);
		expect(reminderHourFrom('')).toBe(7);
		expect(reminderHourFrom('6')).toBe(6);
		expect(reminderHourFrom('0')).toBe(0);
		expect(reminderHourFrom('24')).toBe(7);
		expect(reminderHourFrom('7.5')).toBe(7);
	});
});

describe("a coach's items (due rules from the caseload flags)", () => {
	it('takes follow-along, next step, consent and no-contact from the flags the caseload computes', () => {
		const flags = caseloadFlags({
			today: MONDAY,
			closed: false,
			referralDate: '2026-01-01',
			entryDate: '2026-01-10',
			lastContactDate: '2026-11-01',
			nextStepDue: '2026-12-01',
			consents: [{ validFrom: '2026-01-01', validTo: '2026-12-20', withdrawnAt: null }],
			firstEmployerContactDate: '2026-01-15',
			followAlongDue: null
		});
		expect(flags).toEqual(['no-contact', 'next-step-overdue', 'consent-expiring']);
		const items = coachClientItems(client({ flags, nextStepDue: '2026-12-01', consentEnds: '2026-12-20', lastContactDate: '2026-11-01' }), MONDAY);
		expect(items.map((i) => [i.kind, i.date, i.overdue])).toEqual([
			['next-step-overdue', '2026-12-01', true],
			['consent-expiring', '2026-12-20', false],
			['no-contact', '2026-11-01', false]
		]);
		expect(items.every((i) => i.name === 'Aino K.')).toBe(true);
		expect(items[0].path).toBe('/clients/1');
	});

	it('plan and disclosure reviews: due within 7 days or past; later ones wait', () => {
		const items = coachClientItems(
			client({
				planReviewDate: '2026-12-14',
				disclosureReviews: [
					{ placementId: 5, date: '2026-12-01' },
					{ placementId: 6, date: '2026-12-15' }
				]
			}),
			MONDAY
		);
		expect(items.map((i) => [i.kind, i.date, i.overdue, i.path])).toEqual([
			['plan-review', '2026-12-14', false, '/clients/1/plan'],
			['disclosure-review', '2026-12-01', true, '/placements/5']
		]);
	});

	it('follow-along visits link to the placement, overdue or due', () => {
		const items = coachClientItems(client({ followAlong: [{ placementId: 3, due: '2026-12-04', overdue: true }] }), MONDAY);
		expect(items).toEqual([{ kind: 'follow-along-overdue', name: 'Aino K.', date: '2026-12-04', overdue: true, path: '/placements/3' }]);
	});

	it('consent expired, missing and withdrawn: only expired (and expiring) are digest items', () => {
		expect(coachClientItems(client({ flags: ['consent-expired'], consentEnds: '2026-11-30' }), MONDAY).map((i) => i.kind)).toEqual(['consent-expired']);
		expect(coachClientItems(client({ flags: ['consent-missing', 'consent-withdrawn', 'no-employer-contact'] }), MONDAY)).toEqual([]);
	});
});

describe('three-month follow-up after exit', () => {
	it('falls three months after closing; open from 7 days before to 30 days after', () => {
		expect(exitFollowUpDate('2026-09-07')).toBe('2026-12-07');
		expect(exitFollowUpDate('2026-11-30')).toBe('2027-02-28');
		expect(exitFollowUpOpen(exit(), '2026-11-29')).toBe(false);
		expect(exitFollowUpOpen(exit(), '2026-11-30')).toBe(true);
		expect(exitFollowUpOpen(exit(), '2027-01-06')).toBe(true);
		expect(exitFollowUpOpen(exit(), '2027-01-07')).toBe(false);
	});
	it('a contact or outreach in the window ticks it off; none after death', () => {
		expect(exitFollowUpOpen(exit({ lastContactDate: '2026-12-01' }), MONDAY)).toBe(false);
		expect(exitFollowUpOpen(exit({ lastContactDate: '2026-11-29' }), MONDAY)).toBe(true);
		expect(exitFollowUpOpen(exit({ closingReason: 'deceased' }), MONDAY)).toBe(false);
	});
});

describe('composing a digest', () => {
	const lead = { teamId: 4, teamName: 'Vantaa', stalled: [{ clientId: 2, firstName: 'Bo', lastName: 'Berg' }], withoutEmployerContact: [], upcomingStarts: [{ clientId: 3, firstName: 'Cia', lastName: 'Ek', startDate: '2026-12-10' }], openActions: [{ id: 1, action: 'x'.repeat(100), dueDate: '2026-12-01' }] };

	it('own clients on the digest day, sorted most urgent first; empty when nothing is due', () => {
		const coachClients = [client({ flags: ['no-contact'] }), client({ clientId: 2, firstName: 'Bo', lastName: 'Berg', followAlong: [{ placementId: 3, due: '2026-12-04', overdue: true }] })];
		const digest = composeDigest({ today: MONDAY, choice: 'weekly', coachClients, exits: [exit()], leadTeams: [], leadReminders: [] });
		expect(digest.sections.map((s) => s.kind)).toEqual(['own-clients']);
		expect(digest.sections[0].items.map((i) => `${i.kind} ${i.name}`)).toEqual(['follow-along-overdue Bo B.', 'exit-follow-up Eero N.', 'no-contact Aino K.']);
		expect(digest.count).toBe(3);
		expect(composeDigest({ today: TUESDAY, choice: 'weekly', coachClients, exits: [], leadTeams: [], leadReminders: [] }).count).toBe(0);
		expect(composeDigest({ today: TUESDAY, choice: 'daily', coachClients, exits: [], leadTeams: [], leadReminders: [] }).count).toBe(2);
		expect(composeDigest({ today: MONDAY, choice: 'none', coachClients, exits: [], leadTeams: [lead], leadReminders: [] }).count).toBe(0);
		expect(composeDigest({ today: MONDAY, choice: 'daily', coachClients: [client()], exits: [], leadTeams: [], leadReminders: [] })).toEqual({ sections: [], count: 0 });
	});

	it("the lead's team summary is weekly (Mondays) even with a daily choice", () => {
		const monday = composeDigest({ today: MONDAY, choice: 'daily', coachClients: [], exits: [], leadTeams: [lead], leadReminders: [] });
		expect(monday.sections).toHaveLength(1);
		expect(monday.sections[0]).toMatchObject({ kind: 'team', teamName: 'Vantaa' });
		expect(monday.sections[0].items.map((i) => i.kind)).toEqual(['stalled', 'job-start', 'fidelity-action']);
		expect(monday.sections[0].items[2].name).toHaveLength(80);
		expect(monday.sections[0].items[2].overdue).toBe(true);
		expect(composeDigest({ today: TUESDAY, choice: 'daily', coachClients: [], exits: [], leadTeams: [lead], leadReminders: [] }).count).toBe(0);
		expect(leadTeamItems(lead, MONDAY)[0].path).toBe('/team/supervision?team=4');
	});

	it("a lead's reminder goes out on the next run whatever the choice", () => {
		const d = composeDigest({ today: TUESDAY, choice: 'none', coachClients: [client({ flags: ['no-contact'] })], exits: [], leadTeams: [], leadReminders: [{ clientId: 7, firstName: 'Ville', lastName: 'Virtanen', fromName: 'Leena' }] });
		expect(d.count).toBe(1);
		expect(d.sections[0].items[0]).toEqual({ kind: 'lead-reminder', name: 'Ville V.', date: null, overdue: false, path: '/clients/7' });
	});
});

describe('calendar events', () => {
	it('initials and kind only, stable ids, within the feed window', () => {
		const events = calendarEvents(
			[
				{
					clientId: 1,
					firstName: 'Aino',
					lastName: 'Korhonen',
					followAlong: [
						{ placementId: 3, kind: 'weekly', n: 2, due: '2026-12-14' },
						{ placementId: 3, kind: 'monthly', n: 12, due: '2028-12-14' }
					],
					nextStep: { contactId: 8, due: '2026-12-09' },
					planReview: { planId: 4, date: '2026-10-01' },
					jobStarts: [{ placementId: 3, date: '2026-12-01' }],
					closed: null
				},
				{ clientId: 2, firstName: 'Bo', lastName: 'Berg', followAlong: [], nextStep: null, planReview: null, jobStarts: [], closed: { enrolmentId: 6, date: '2026-10-01', reason: 'employed' } }
			],
			MONDAY
		);
		expect(events).toEqual([
			{ uid: 'job-start-3@polku', kind: 'job-start', date: '2026-12-01', initials: 'A. K.', path: '/placements/3' },
			{ uid: 'next-step-8@polku', kind: 'next-step', date: '2026-12-09', initials: 'A. K.', path: '/clients/1' },
			{ uid: 'follow-along-3-weekly-2@polku', kind: 'follow-along', date: '2026-12-14', initials: 'A. K.', path: '/placements/3' },
			{ uid: 'exit-follow-up-6@polku', kind: 'exit-follow-up', date: '2027-01-01', initials: 'B. B.', path: '/clients/2' }
		]);
	});
});
