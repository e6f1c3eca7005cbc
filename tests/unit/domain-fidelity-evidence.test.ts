// Through the public functions only (fidelity-scale.ts is being split; no import of it here): each test builds
// the figure part of a scale item itself.
import { describe, expect, it } from 'vitest';
import { activeAtEnd, evidenceFor, evidenceForScale, jobStarts, meetsFollowAlongStart, servedInPeriod, type EvidenceInput } from '$lib/domain/fidelity-evidence';

// Equivalent mutants left in fidelity-evidence.ts: `entryDate !== null` and `latest !== null` before a date
// comparison (null compares false anyway), upper- instead of lower-case folding of referrers and job types, the
// `?? []` fallbacks (a stand-in list of any other content matches nothing either), and `weeks <= 0` (a period
// has at least one day).
type Item = Parameters<typeof evidenceFor>[0];
type Rule = NonNullable<Item['figure']>['rule'];
type Cut = { score: number; min?: number; max?: number };
const item = (rule: Rule, minRecords = 1, cuts?: Cut[], id = 1): Item => ({ id, figure: { rule, unit: 'share', minRecords, cuts } }) as unknown as Item;

const P = { from: '2026-01-01', to: '2026-03-31' };
type Enrolment = EvidenceInput['enrolments'][number];
type Placement = EvidenceInput['placements'][number];
const enrolment = (id: number, over: Partial<Enrolment> = {}): Enrolment => ({
	id,
	clientId: id,
	coachId: 1,
	entryDate: '2025-01-01',
	closedDate: null,
	closingReason: null,
	currentPhase: 3,
	referralSource: 'employment-services',
	referrer: null,
	...over
});
const placement = (id: number, over: Partial<Placement> = {}): Placement => ({
	id,
	enrolmentId: id,
	clientId: id,
	employerId: 1,
	employerName: 'Kahvila',
	jobTitle: 'Barista',
	jobType: null,
	competitive: true,
	wageSubsidy: false,
	status: 'started',
	startDate: '2026-02-01',
	endDate: null,
	...over
});
function input(over: Partial<EvidenceInput>): EvidenceInput {
	return {
		period: P,
		coaches: [],
		leadCount: 1,
		staffing: [],
		enrolments: [],
		phaseChanges: [],
		clientContacts: [],
		outreach: [],
		employerContacts: [],
		placements: [],
		benefitsCounselling: [],
		disclosureDiscussions: [],
		profileUpdates: [],
		jobSearchPlans: [],
		...over
	};
}
const ev = (rule: Rule, data: EvidenceInput) => evidenceFor(item(rule), data)!;
const counted = (data: EvidenceInput, rule: Rule) => ev(rule, data).records.map((r) => [r.id, r.value, r.counted]);

describe('who counts', () => {
	const enrolments = [
		enrolment(1),
		enrolment(2, { closedDate: '2026-03-31' }),
		enrolment(3, { entryDate: '2026-03-31' }),
		enrolment(4, { closedDate: '2026-03-30' }),
		enrolment(5, { entryDate: '2026-04-01' }),
		enrolment(6, { entryDate: null }),
		enrolment(7, { closedDate: '2026-01-01' }),
		enrolment(8, { closedDate: '2025-12-31' })
	];
	it('active at the end: entered by the last day, not closed before it', () => {
		expect(activeAtEnd(input({ enrolments })).map((e) => e.id)).toEqual([1, 2, 3]);
	});
	it('served: entered by the last day, open on any day', () => {
		expect(servedInPeriod(input({ enrolments })).map((e) => e.id)).toEqual([1, 2, 3, 4, 7]);
	});
	it('job starts: started or ended placements starting in the period', () => {
		const placements = [
			placement(1),
			placement(2, { status: 'ended', startDate: '2026-01-01', endDate: '2026-02-01' }),
			placement(3, { status: 'agreed' }),
			placement(4, { status: 'did-not-start' }),
			placement(5, { startDate: '2025-12-31' }),
			placement(6, { startDate: '2026-03-31' }),
			placement(7, { startDate: null })
		];
		expect(jobStarts(input({ placements })).map((p) => p.id)).toEqual([1, 2, 6]);
	});
});

describe('staffing items', () => {
	it('item 1: caseload per FTE of each coach with FTE, the highest decides', () => {
		const coaches = [
			{ userId: 1, name: 'Aino', fte: 1 },
			{ userId: 2, name: 'Bert', fte: 0.5 },
			{ userId: 3, name: 'Cilla', fte: 0 },
			{ userId: 4, name: 'Dan', fte: 0.3 }
		];
		const enrolments = [enrolment(1), enrolment(2), enrolment(3), enrolment(4, { coachId: 2 }), enrolment(5, { coachId: 2 }), enrolment(6, { coachId: 4 }), enrolment(7, { coachId: 3 })];
		const e = ev('caseload-per-fte', input({ coaches, enrolments }));
		expect(e.records).toEqual([
			{ kind: 'coach', id: 1, label: 'Aino', value: 3, counted: true },
			{ kind: 'coach', id: 2, label: 'Bert', value: 4, counted: true },
			{ kind: 'coach', id: 4, label: 'Dan', value: 3.3, counted: true }
		]);
		expect(e).toMatchObject({ figure: 4, counted: 3, status: 'ok' });
		expect(ev('caseload-per-fte', input({ coaches: [{ userId: 1, name: 'A', fte: 1 }] })).figure).toBe(0);
		expect(ev('caseload-per-fte', input({ coaches: [] }))).toMatchObject({ figure: null, status: 'too-little-data' });
	});

	it("item 2: each coach's declared share, the lowest decides", () => {
		const staffing = [
			{ userId: 1, name: 'Aino', fte: 1, share: 0.9 },
			{ userId: 2, name: 'Bert', fte: 1, share: 0.5 },
			{ userId: 3, name: 'Cilla', fte: 1, share: 1 }
		];
		const e = ev('employment-share', input({ staffing }));
		expect(e).toMatchObject({ figure: 0.5, counted: 3 });
		expect(e.records[1]).toEqual({ kind: 'coach', id: 2, label: 'Bert', value: 0.5, counted: true });
		expect(ev('employment-share', input({})).figure).toBeNull();
	});

	it("item 3: phase changes in the period made by the client's own coach", () => {
		const enrolments = [enrolment(1), enrolment(2, { coachId: 2 }), enrolment(3, { coachId: null })];
		const phaseChanges = [
			{ enrolmentId: 1, enteredOn: '2026-01-01', changedBy: 1 },
			{ enrolmentId: 2, enteredOn: '2026-03-31', changedBy: 1 },
			{ enrolmentId: 2, enteredOn: '2026-02-01', changedBy: 2 },
			{ enrolmentId: 1, enteredOn: '2025-12-31', changedBy: 1 },
			{ enrolmentId: 3, enteredOn: '2026-02-01', changedBy: 1 },
			{ enrolmentId: 9, enteredOn: '2026-02-01', changedBy: 1 }
		];
		const e = ev('own-coach-phase-share', input({ enrolments, phaseChanges }));
		expect(e.records).toEqual([
			{ kind: 'client', id: 1, label: '#1', value: '2026-01-01', counted: true },
			{ kind: 'client', id: 2, label: '#2', value: '2026-03-31', counted: false },
			{ kind: 'client', id: 2, label: '#2', value: '2026-02-01', counted: true }
		]);
		expect(e).toMatchObject({ figure: 0.6667, counted: 3 });
		expect(ev('own-coach-phase-share', input({ enrolments })).figure).toBeNull();
	});
});

describe('organisation items', () => {
	it('item 4: share of each caseload from its two largest referrers (named referrer, else the source), the lowest decides', () => {
		const coaches = [
			{ userId: 1, name: 'Aino', fte: 1 },
			{ userId: 2, name: 'Bert', fte: 1 },
			{ userId: 3, name: 'Cilla', fte: 1 }
		];
		const enrolments = [
			enrolment(1, { referrer: 'TE-palvelut Itä' }),
			enrolment(2, { referrer: ' te-palvelut itä ' }),
			enrolment(3, { referralSource: 'mental-health' }),
			enrolment(4, { referrer: '  ', referralSource: 'self' }),
			enrolment(5, { referralSource: 'Self' }),
			enrolment(6, { referralSource: 'family' }),
			enrolment(7, { coachId: 2, referralSource: 'self' }),
			enrolment(8, { coachId: null }),
			enrolment(9, { coachId: 1, closedDate: '2026-01-10' })
		];
		const e = ev('top-two-referrer-share', input({ coaches, enrolments }));
		// Aino: te-palvelut itä 2, self 2, mental-health 1, family 1 → 4 of 6.
		expect(e.records).toEqual([
			{ kind: 'coach', id: 1, label: 'Aino', value: 0.6667, counted: true },
			{ kind: 'coach', id: 2, label: 'Bert', value: 1, counted: true }
		]);
		expect(e).toMatchObject({ figure: 0.6667, counted: 7 });
		expect(ev('top-two-referrer-share', input({ coaches })).figure).toBeNull();
	});

	it('item 8: coaches per lead, none without a lead', () => {
		const coaches = [
			{ userId: 1, name: 'Aino', fte: 1 },
			{ userId: 2, name: 'Bert', fte: 0.5 },
			{ userId: 3, name: 'Cilla', fte: 1 }
		];
		const e = ev('coaches-per-lead', input({ coaches, leadCount: 2 }));
		expect(e).toMatchObject({ figure: 1.5, counted: 3 });
		expect(e.records[1]).toEqual({ kind: 'coach', id: 2, label: 'Bert', value: 0.5, counted: true });
		expect(ev('coaches-per-lead', input({ coaches: [coaches[0], coaches[0], coaches[0]], leadCount: 9 })).figure).toBe(0.3);
		expect(ev('coaches-per-lead', input({ coaches, leadCount: 0 }))).toMatchObject({ figure: null, counted: 0, records: [] });
	});
});

describe('services items', () => {
	it('item 12: job starts with benefits counselling on or before the start, in the same enrolment', () => {
		const placements = [placement(1), placement(2, { startDate: '2026-02-10' }), placement(3), placement(4, { status: 'agreed' })];
		const benefitsCounselling = [
			{ enrolmentId: 1, date: '2026-02-01' },
			{ enrolmentId: 2, date: '2026-02-11' },
			{ enrolmentId: 9, date: '2026-01-01' }
		];
		const e = ev('counselling-before-start', input({ placements, benefitsCounselling }));
		expect(counted(input({ placements, benefitsCounselling }), 'counselling-before-start')).toEqual([
			[1, '2026-02-01', true],
			[2, '2026-02-10', false],
			[3, '2026-02-01', false]
		]);
		expect(e.figure).toBe(0.3333);
	});

	it('item 13: served clients with a disclosure discussion by the period end, the latest shown', () => {
		const enrolments = [enrolment(1), enrolment(2), enrolment(3, { entryDate: '2026-04-01' })];
		const disclosureDiscussions = [
			{ enrolmentId: 1, date: '2026-02-01' },
			{ enrolmentId: 1, date: '2026-03-31' },
			{ enrolmentId: 1, date: '2025-05-01' },
			{ enrolmentId: 1, date: '2026-04-05' },
			{ enrolmentId: 2, date: '2026-04-05' }
		];
		expect(counted(input({ enrolments, disclosureDiscussions }), 'disclosure-discussed')).toEqual([
			[1, '2026-03-31', true],
			[2, null, false]
		]);
	});

	it('item 14: job starts and endings followed by a profile update within 30 days', () => {
		const placements = [
			placement(1), // update 3.3. = day 30
			placement(2), // update 4.3. = day 31
			placement(3, { status: 'ended', startDate: '2025-06-01', endDate: '2026-03-01' }), // only the ending is in the period
			placement(4, { status: 'ended', startDate: '2026-01-10', endDate: '2026-02-10' }),
			placement(5, { status: 'agreed' }),
			placement(6, { endDate: '2026-03-01' }) // started: its end date is no ending
		];
		const profileUpdates = [
			{ enrolmentId: 1, date: '2026-03-03' },
			{ enrolmentId: 2, date: '2026-03-04' },
			{ enrolmentId: 2, date: '2026-01-31' },
			{ enrolmentId: 3, date: '2026-03-01' },
			{ enrolmentId: 4, date: '2026-02-09' }
		];
		expect(counted(input({ placements, profileUpdates }), 'profile-update-after-job')).toEqual([
			[1, '2026-02-01', true],
			[2, '2026-02-01', false],
			[3, '2026-03-01', true],
			[4, '2026-01-10', true],
			[4, '2026-02-10', false],
			[6, '2026-02-01', false]
		]);
	});

	it('item 15: mean days from entry in the period to the first face-to-face employer contact', () => {
		const enrolments = [enrolment(1, { entryDate: '2026-01-10' }), enrolment(2, { entryDate: '2026-02-01' }), enrolment(3, { entryDate: '2025-12-01' }), enrolment(4, { entryDate: '2026-03-01' })];
		const contact = (id: number, date: string, clientIds: number[], mode = 'face-to-face') => ({ id, employerId: 1, employerName: 'K', coachId: 1, date, mode, clientIds });
		const employerContacts = [
			contact(1, '2026-01-25', [1]),
			contact(2, '2026-01-05', [1]),
			contact(3, '2026-01-12', [1], 'phone'),
			contact(4, '2026-01-20', [1, 2]),
			contact(5, '2026-02-02', [2]),
			contact(6, '2026-01-02', [3])
		];
		const e = ev('days-to-employer-contact', input({ enrolments, employerContacts }));
		// Client 1: 10 days, client 2: 1 day; client 3 entered before the period, client 4 has none.
		expect(e.records).toEqual([
			{ kind: 'client', id: 1, label: '#1', value: 10, counted: true },
			{ kind: 'client', id: 2, label: '#2', value: 1, counted: true }
		]);
		expect(e).toMatchObject({ figure: 5.5, counted: 2 });
		const third = ev('days-to-employer-contact', input({ enrolments: [...enrolments, enrolment(5, { entryDate: '2026-01-01' })], employerContacts: [...employerContacts, contact(7, '2026-01-01', [5])] }));
		expect(third.figure).toBe(3.7);
		expect(ev('days-to-employer-contact', input({ enrolments })).figure).toBeNull();
	});

	it('item 16: served clients in phase 3 or 4 with a job-search plan saved in the last 90 days of the period', () => {
		const enrolments = [enrolment(1), enrolment(2, { currentPhase: 4 }), enrolment(3), enrolment(4), enrolment(5, { currentPhase: 2 }), enrolment(6, { currentPhase: 5 }), enrolment(7)];
		const jobSearchPlans = [
			{ enrolmentId: 1, date: '2025-12-31' },
			{ enrolmentId: 2, date: '2025-12-30' },
			{ enrolmentId: 2, date: '2025-06-30' },
			{ enrolmentId: 3, date: '2026-04-01' },
			{ enrolmentId: 4, date: '2026-03-31' },
			{ enrolmentId: 5, date: '2026-02-01' },
			{ enrolmentId: 6, date: '2026-02-01' }
		];
		expect(counted(input({ enrolments, jobSearchPlans }), 'current-job-search-plan')).toEqual([
			[1, '2025-12-31', true],
			[2, '2025-12-30', false],
			[3, null, false],
			[4, '2026-03-31', true],
			[7, null, false]
		]);
	});

	it('item 17: face-to-face employer contacts per FTE and week', () => {
		const coaches = [
			{ userId: 1, name: 'Aino', fte: 1 },
			{ userId: 2, name: 'Bert', fte: 0.5 },
			{ userId: 3, name: 'Cilla', fte: 0 },
			{ userId: 4, name: 'Dan', fte: 1 }
		];
		const contact = (coachId: number | null, date: string, mode = 'face-to-face') => ({ id: 0, employerId: 1, employerName: 'K', coachId, date, mode, clientIds: [] });
		const week = { from: '2026-01-05', to: '2026-01-11' };
		const employerContacts = [
			...Array.from({ length: 6 }, () => contact(1, '2026-01-05')),
			contact(2, '2026-01-11'),
			contact(2, '2026-01-11', 'phone'),
			contact(null, '2026-01-08'),
			contact(1, '2026-01-12')
		];
		const e = ev('employer-contacts-per-week', input({ period: week, coaches, employerContacts }));
		expect(e.records).toEqual([
			{ kind: 'coach', id: 1, label: 'Aino', value: 6, counted: true },
			{ kind: 'coach', id: 2, label: 'Bert', value: 2, counted: true },
			{ kind: 'coach', id: 3, label: 'Cilla', value: null, counted: true },
			{ kind: 'coach', id: 4, label: 'Dan', value: 0, counted: true }
		]);
		// 8 contacts (one by nobody's coach) ÷ 2.5 FTE-weeks.
		expect(e).toMatchObject({ figure: 3.2, counted: 4 });
		expect(ev('employer-contacts-per-week', input({ period: week, coaches: [coaches[2]], employerContacts }))).toMatchObject({ figure: null, counted: 0 });
	});

	it('item 18: employers met face to face in the period at least twice', () => {
		const contact = (employerId: number, date: string, mode = 'face-to-face') => ({ id: 0, employerId, employerName: `E${employerId}`, coachId: 1, date, mode, clientIds: [] });
		const employerContacts = [contact(1, '2026-01-01'), contact(1, '2026-03-31'), contact(2, '2026-02-01'), contact(2, '2026-02-02', 'phone'), contact(3, '2026-02-01'), contact(3, '2026-04-01')];
		const e = ev('employers-with-repeat-visits', input({ employerContacts }));
		expect(e.records).toEqual([
			{ kind: 'employer', id: 1, label: 'E1', value: 2, counted: true },
			{ kind: 'employer', id: 2, label: 'E2', value: 1, counted: false },
			{ kind: 'employer', id: 3, label: 'E3', value: 1, counted: false }
		]);
		expect(e.figure).toBe(0.3333);
	});

	it('item 19: distinct job types per job start, the title standing in for a missing type', () => {
		const placements = [
			placement(1, { jobType: 'Cleaner', jobTitle: 'Siivooja' }),
			placement(2, { jobType: ' cleaner ', jobTitle: 'Toimistosiivooja' }),
			placement(3, { jobTitle: 'Barista' }),
			placement(4, { jobTitle: ' barista' }),
			placement(5, { jobType: '  ', jobTitle: 'Cook' }),
			placement(6, { status: 'agreed', jobType: 'Driver' })
		];
		const e = ev('job-type-diversity', input({ placements }));
		expect(e).toMatchObject({ figure: 0.6, counted: 5 });
		expect(e.records[0]).toEqual({ kind: 'placement', id: 1, label: 'Siivooja', value: 'Cleaner', counted: true });
		expect(e.records[2]).toEqual({ kind: 'placement', id: 3, label: 'Barista', value: 'Barista', counted: true });
		expect(ev('job-type-diversity', input({})).figure).toBeNull();
	});

	it('item 20: distinct employers per job start, and the largest employer’s share', () => {
		const placements = [placement(1), placement(2), placement(3), placement(4, { employerId: 2, employerName: 'Kirjasto' })];
		const e = ev('employer-diversity', input({ placements }));
		expect(e).toMatchObject({ figure: 0.5, secondary: 0.75, counted: 4 });
		expect(e.records).toEqual([
			{ kind: 'employer', id: 1, label: 'Kahvila', value: 3, counted: true },
			{ kind: 'employer', id: 2, label: 'Kirjasto', value: 1, counted: true }
		]);
		expect(ev('employer-diversity', input({}))).toMatchObject({ figure: null, secondary: null });
	});

	it('item 21: competitive job starts, and those without wage subsidy', () => {
		const placements = [placement(1), placement(2, { wageSubsidy: true }), placement(3, { competitive: false }), placement(4)];
		const e = ev('competitive-share', input({ placements }));
		expect(e).toMatchObject({ figure: 0.75, secondary: 0.5, counted: 4 });
		expect(e.records.map((r) => [r.id, r.value, r.counted])).toEqual([
			[1, null, true],
			[2, 'subsidy', true],
			[3, null, false],
			[4, null, true]
		]);
		expect(ev('competitive-share', input({}))).toMatchObject({ figure: null, secondary: null });
	});

	it('item 23: a face-to-face contact in the week before the start, within 3 days after, and in each of weeks 1–4', () => {
		const start = '2026-02-02';
		const full = ['2026-02-02', '2026-02-05', '2026-02-16', '2026-02-23', '2026-03-02'];
		expect(meetsFollowAlongStart(start, full)).toBe(true);
		expect(meetsFollowAlongStart(start, ['2026-01-26', ...full.slice(1)])).toBe(true);
		expect(meetsFollowAlongStart(start, ['2026-01-25', ...full.slice(1)])).toBe(false);
		expect(meetsFollowAlongStart(start, ['2026-02-02', '2026-02-06', '2026-02-16', '2026-02-23', '2026-03-02'])).toBe(false);
		expect(meetsFollowAlongStart(start, ['2026-02-02', '2026-02-03', '2026-02-05', '2026-02-16', '2026-02-23', '2026-03-02'])).toBe(true);
		expect(meetsFollowAlongStart(start, [...full.slice(0, 4), '2026-03-03'])).toBe(false);
		expect(meetsFollowAlongStart(start, full.filter((d) => d !== '2026-02-16'))).toBe(false);
		expect(meetsFollowAlongStart(start, full.filter((d) => d !== '2026-02-23'))).toBe(false);
	});

	it('item 23: only starts whose first four weeks ended by the period end, face-to-face contacts only', () => {
		const placements = [placement(1, { startDate: '2026-03-03' }), placement(2, { startDate: '2026-03-04' }), placement(3, { startDate: '2026-02-02' })];
		const c = (enrolmentId: number, date: string, mode = 'face-to-face') => ({ enrolmentId, date, mode, place: 'workplace', durationMinutes: 30 });
		const clientContacts = [
			...['2026-02-02', '2026-02-05', '2026-02-16', '2026-02-23', '2026-03-02'].map((d) => c(3, d)),
			...['2026-03-03', '2026-03-06', '2026-03-17', '2026-03-24'].map((d) => c(1, d)),
			c(1, '2026-03-31', 'phone')
		];
		expect(counted(input({ placements, clientContacts }), 'follow-along-schedule')).toEqual([
			[1, '2026-03-03', false],
			[3, '2026-02-02', true]
		]);
	});

	it('item 24: community share of face-to-face minutes in the period', () => {
		const c = (date: string, place: string, durationMinutes: number, mode = 'face-to-face') => ({ enrolmentId: 1, date, mode, place, durationMinutes });
		const clientContacts = [c('2026-01-01', 'workplace', 30), c('2026-02-01', 'office', 60), c('2026-03-31', 'home', 15), c('2026-02-01', 'public-place', 10), c('2026-02-01', 'partner-premises', 5), c('2026-02-01', 'home', 100, 'phone'), c('2026-04-01', 'home', 100)];
		const e = ev('community-minutes-share', input({ clientContacts }));
		expect(e).toMatchObject({ figure: 0.5, counted: 5, records: [] });
		// Contacts without minutes give no figure, and so no suggestion, however many there are.
		expect(ev('community-minutes-share', input({ clientContacts: [c('2026-02-01', 'home', 0)] }))).toMatchObject({ figure: null, status: 'too-little-data', suggested: null });
	});

	it('item 25: closings as "not reached" in the period after at least 3 outreach attempts', () => {
		const enrolments = [
			enrolment(1, { closedDate: '2026-02-01', closingReason: 'not-reached' }),
			enrolment(2, { closedDate: '2026-02-01', closingReason: 'not-reached' }),
			enrolment(3, { closedDate: '2026-02-01', closingReason: 'employed' }),
			enrolment(4, { closedDate: '2026-04-01', closingReason: 'not-reached' }),
			enrolment(5, { closedDate: '2026-03-31', closingReason: 'not-reached' })
		];
		const outreach = [
			...['2026-01-10', '2026-01-20', '2026-02-01'].map((date) => ({ enrolmentId: 1, date })),
			...['2026-01-10', '2026-01-20', '2026-02-02'].map((date) => ({ enrolmentId: 2, date }))
		];
		expect(counted(input({ enrolments, outreach }), 'outreach-before-not-reached')).toEqual([
			[1, 3, true],
			[2, 2, false],
			[5, 0, false]
		]);
	});
});

describe('evidence for a scale item', () => {
	const staffing = [
		{ userId: 1, name: 'A', fte: 1, share: 0.9 },
		{ userId: 2, name: 'B', fte: 1, share: 0.8 }
	];
	const cuts = [{ score: 5, min: 0.85 }, { score: 3, min: 0.7, max: 0.85 }];

	it('suggests a score from the cut points once there are enough records', () => {
		const e = evidenceFor(item('employment-share', 2, cuts, 2), input({ staffing }));
		expect(e).toEqual({ itemId: 2, rule: 'employment-share', unit: 'share', status: 'ok', figure: 0.8, secondary: null, counted: 2, suggested: 3, records: expect.any(Array) });
	});

	it('says "too little data" and suggests nothing below the minimum; without cut points suggests nothing', () => {
		expect(evidenceFor(item('employment-share', 3, cuts), input({ staffing }))).toMatchObject({ status: 'too-little-data', figure: 0.8, suggested: null });
		expect(evidenceFor(item('employment-share', 2), input({ staffing }))).toMatchObject({ status: 'ok', suggested: null });
	});

	it('items without a figure have no evidence; the scale maps item ids to evidence', () => {
		const plain = { id: 5 } as unknown as Item;
		expect(evidenceFor(plain, input({ staffing }))).toBeNull();
		const map = evidenceForScale([item('employment-share', 1, cuts, 2), plain, item('coaches-per-lead', 1, undefined, 8)], input({ staffing, coaches: [{ userId: 1, name: 'A', fte: 1 }] }));
		expect([...map.keys()]).toEqual([2, 8]);
		expect(map.get(8)).toMatchObject({ itemId: 8, figure: 1 });
	});
});
