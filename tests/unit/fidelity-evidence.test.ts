import { describe, expect, it } from 'vitest';
import { evidenceFor, meetsFollowAlongStart, type EvidenceInput } from '$lib/domain/fidelity-evidence';
import { IPS25_V1 } from '$lib/domain/fidelity-scale';

const PERIOD = { from: '2026-01-01', to: '2026-03-31' };
const item = (id: number) => IPS25_V1.items.find((i) => i.id === id)!;

function input(parts: Partial<EvidenceInput> = {}): EvidenceInput {
	return {
		period: PERIOD,
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
		...parts
	};
}

let nextId = 1;
function enrolment(over: Partial<EvidenceInput['enrolments'][number]> = {}): EvidenceInput['enrolments'][number] {
	const id = nextId++;
	return { id, clientId: 100 + id, coachId: 1, entryDate: '2025-06-01', closedDate: null, closingReason: null, currentPhase: 3, referralSource: 'psychiatric-care', referrer: null, ...over };
}
function placement(over: Partial<EvidenceInput['placements'][number]> = {}): EvidenceInput['placements'][number] {
	const id = nextId++;
	return { id, enrolmentId: 1, clientId: 101, employerId: 1, employerName: 'A Oy', jobTitle: 'Myyjä', jobType: 'myyjä', competitive: true, wageSubsidy: false, status: 'started', startDate: '2026-02-01', endDate: null, ...over };
}

describe('item 1: caseload per FTE, the highest coach decides', () => {
	it('22 active clients on a 1.0 FTE coach and 8 on a 0.5 FTE coach give max(22, 16) = 22 → 4', () => {
		const enrolments = [
			...Array.from({ length: 22 }, () => enrolment({ coachId: 1 })),
			...Array.from({ length: 8 }, () => enrolment({ coachId: 2 })),
			// Closed before the period end and entered after it: not active at the end.
			enrolment({ coachId: 2, closedDate: '2026-03-30' }),
			enrolment({ coachId: 2, entryDate: '2026-04-01' })
		];
		const ev = evidenceFor(item(1), input({ coaches: [{ userId: 1, name: 'A', fte: 1 }, { userId: 2, name: 'B', fte: 0.5 }], enrolments }))!;
		expect(ev.figure).toBe(22);
		expect(ev.suggested).toBe(4);
		expect(ev.records.map((r) => r.value)).toEqual([22, 16]);
	});
	it('no coaches: too little data', () => {
		expect(evidenceFor(item(1), input())!.status).toBe('too-little-data');
	});
});

describe('item 2: declared share, the lowest decides', () => {
	it('0.97 and 0.91 → 0.91 → 4', () => {
		const ev = evidenceFor(item(2), input({ staffing: [{ userId: 1, name: 'A', fte: 1, share: 0.97 }, { userId: 2, name: 'B', fte: 1, share: 0.91 }] }))!;
		expect(ev.figure).toBe(0.91);
		expect(ev.suggested).toBe(4);
	});
	it('0.96 alone → 5; 0.59 → 1', () => {
		expect(evidenceFor(item(2), input({ staffing: [{ userId: 1, name: 'A', fte: 1, share: 0.96 }] }))!.suggested).toBe(5);
		expect(evidenceFor(item(2), input({ staffing: [{ userId: 1, name: 'A', fte: 1, share: 0.59 }] }))!.suggested).toBe(1);
	});
	it('nothing entered: too little data', () => {
		expect(evidenceFor(item(2), input())!.suggested).toBeNull();
	});
});

describe('item 3: phase records by the own coach', () => {
	it('4 of 5 records by the own coach in the period = 0.8 → 4; records outside the period are ignored', () => {
		const e = enrolment({ coachId: 1 });
		const phaseChanges = [
			...['2026-01-05', '2026-01-20', '2026-02-01', '2026-03-01'].map((d) => ({ enrolmentId: e.id, enteredOn: d, changedBy: 1 })),
			{ enrolmentId: e.id, enteredOn: '2026-03-10', changedBy: 9 },
			{ enrolmentId: e.id, enteredOn: '2025-12-31', changedBy: 9 }
		];
		const ev = evidenceFor(item(3), input({ enrolments: [e], phaseChanges }))!;
		expect(ev.counted).toBe(5);
		expect(ev.figure).toBe(0.8);
		expect(ev.suggested).toBe(4);
	});
});

describe('item 4: top two referrers per coach', () => {
	it('coach 1: 3+2 of 6 = 0.8333; coach 2: all from one = 1 → lowest 0.8333 → 4', () => {
		const enrolments = [
			...['Psykiatria A', 'Psykiatria A', 'psykiatria a', 'Terveysasema', 'Terveysasema', 'Kela'].map((r) => enrolment({ coachId: 1, referrer: r })),
			...[1, 2].map(() => enrolment({ coachId: 2, referrer: 'Psykiatria B' }))
		];
		const ev = evidenceFor(item(4), input({ coaches: [{ userId: 1, name: 'A', fte: 1 }, { userId: 2, name: 'B', fte: 1 }], enrolments }))!;
		expect(ev.figure).toBe(0.8333);
		expect(ev.suggested).toBe(4);
	});
});

describe('item 8: coaches per lead (information only)', () => {
	it('3 coaches, 1 lead = 3, no suggestion', () => {
		const ev = evidenceFor(item(8), input({ coaches: [1, 2, 3].map((i) => ({ userId: i, name: `C${i}`, fte: 1 })) }))!;
		expect(ev.figure).toBe(3);
		expect(ev.status).toBe('ok');
		expect(ev.suggested).toBeNull();
	});
});

describe('item 12: counselling before the job start', () => {
	it('3 of 5 starts preceded (same day counts) = 0.6 → 3; a start outside the period is not counted', () => {
		const es = [1, 2, 3, 4, 5].map(() => enrolment());
		const placements = es.map((e) => placement({ enrolmentId: e.id, clientId: e.clientId, startDate: '2026-02-10' }));
		placements.push(placement({ enrolmentId: es[0].id, startDate: '2026-04-10' }));
		const benefitsCounselling = [
			{ enrolmentId: es[0].id, date: '2026-01-15' },
			{ enrolmentId: es[1].id, date: '2026-02-10' },
			{ enrolmentId: es[2].id, date: '2025-11-01' },
			{ enrolmentId: es[3].id, date: '2026-02-11' }
		];
		const ev = evidenceFor(item(12), input({ enrolments: es, placements, benefitsCounselling }))!;
		expect(ev.counted).toBe(5);
		expect(ev.figure).toBe(0.6);
		expect(ev.suggested).toBe(3);
	});
	it('4 job starts: too little data', () => {
		const es = [1, 2, 3, 4].map(() => enrolment());
		const ev = evidenceFor(item(12), input({ enrolments: es, placements: es.map((e) => placement({ enrolmentId: e.id })) }))!;
		expect(ev.status).toBe('too-little-data');
		expect(ev.suggested).toBeNull();
	});
});

describe('item 13: disclosure discussed (information)', () => {
	it('2 of 5 served clients with a discussion by the period end = 0.4', () => {
		const es = [1, 2, 3, 4, 5].map(() => enrolment());
		const disclosureDiscussions = [
			{ enrolmentId: es[0].id, date: '2026-01-10' },
			{ enrolmentId: es[1].id, date: '2025-05-10' },
			{ enrolmentId: es[2].id, date: '2026-04-02' }
		];
		const ev = evidenceFor(item(13), input({ enrolments: es, disclosureDiscussions }))!;
		expect(ev.figure).toBe(0.4);
		expect(ev.suggested).toBeNull();
	});
});

describe('item 14: profile update within 30 days of a job start or ending', () => {
	it('events: 4 starts + 1 ending; updated after 3 of them (day 30 counts, day 31 not) = 0.6 → 3', () => {
		const es = [1, 2, 3, 4].map(() => enrolment());
		const placements = [
			placement({ enrolmentId: es[0].id, startDate: '2026-01-10' }),
			placement({ enrolmentId: es[1].id, startDate: '2026-01-10' }),
			placement({ enrolmentId: es[2].id, startDate: '2026-01-10' }),
			placement({ enrolmentId: es[3].id, startDate: '2025-10-01', status: 'ended', endDate: '2026-02-01' }),
			placement({ enrolmentId: es[3].id, startDate: '2026-03-01' })
		];
		const profileUpdates = [
			{ enrolmentId: es[0].id, date: '2026-01-10' },
			{ enrolmentId: es[1].id, date: '2026-02-09' },
			{ enrolmentId: es[2].id, date: '2026-02-10' },
			{ enrolmentId: es[3].id, date: '2026-02-20' }
		];
		const ev = evidenceFor(item(14), input({ enrolments: es, placements, profileUpdates }))!;
		// es[3]: the ending on 1.2. is followed on 20.2. (yes); the start on 1.3. is not (the update was before it).
		expect(ev.counted).toBe(5);
		expect(ev.figure).toBe(0.6);
		expect(ev.suggested).toBe(3);
	});
});

describe('item 15: days from entry to the first face-to-face employer contact', () => {
	it('entries in the period with 10, 40 and 100 days → mean 50 → 4; phone contacts and earlier contacts ignored', () => {
		const a = enrolment({ entryDate: '2026-01-01' });
		const b = enrolment({ entryDate: '2026-01-01' });
		const c = enrolment({ entryDate: '2026-01-01' });
		const outside = enrolment({ entryDate: '2025-12-01' });
		const contact = (clientIds: number[], date: string, mode = 'face-to-face') => ({ id: nextId++, employerId: 1, employerName: 'A Oy', coachId: 1, date, mode, clientIds });
		const employerContacts = [
			contact([a.clientId], '2026-01-11'),
			contact([a.clientId], '2025-12-20'),
			contact([b.clientId], '2026-01-05', 'phone'),
			contact([b.clientId, outside.clientId], '2026-02-10'),
			contact([c.clientId], '2026-04-11')
		];
		const ev = evidenceFor(item(15), input({ enrolments: [a, b, c, outside], employerContacts }))!;
		expect(ev.records.map((r) => r.value)).toEqual([10, 40, 100]);
		expect(ev.figure).toBe(50);
		expect(ev.suggested).toBe(4);
	});
	it('2 enrolments measured: too little data', () => {
		const a = enrolment({ entryDate: '2026-01-01' });
		const employerContacts = [{ id: 1, employerId: 1, employerName: 'A', coachId: 1, date: '2026-01-05', mode: 'face-to-face', clientIds: [a.clientId] }];
		expect(evidenceFor(item(15), input({ enrolments: [a], employerContacts }))!.status).toBe('too-little-data');
	});
});

describe('item 16: current job-search plan', () => {
	it('5 clients in phases 3–4: 4 with a plan saved on/after 31.12.2025 (90 days before 31.3.) = 0.8 → 4', () => {
		const es = [1, 2, 3, 4, 5].map((n) => enrolment({ currentPhase: n === 5 ? 4 : 3 }));
		const other = enrolment({ currentPhase: 5 });
		const jobSearchPlans = [
			{ enrolmentId: es[0].id, date: '2025-12-31' },
			{ enrolmentId: es[1].id, date: '2026-03-01' },
			{ enrolmentId: es[2].id, date: '2026-02-01' },
			{ enrolmentId: es[3].id, date: '2025-12-30' },
			{ enrolmentId: es[4].id, date: '2026-01-15' }
		];
		const ev = evidenceFor(item(16), input({ enrolments: [...es, other], jobSearchPlans }))!;
		expect(ev.counted).toBe(5);
		expect(ev.figure).toBe(0.8);
		expect(ev.suggested).toBe(4);
	});
});

describe('item 17: face-to-face employer contacts per FTE per week', () => {
	it('28-day period, 2 coaches at 1.0 FTE, 40 face-to-face contacts → 40 / (2 × 4) = 5 → 4', () => {
		const period = { from: '2026-02-01', to: '2026-02-28' };
		const employerContacts = [
			...Array.from({ length: 40 }, (_, i) => ({ id: i, employerId: 1, employerName: 'A', coachId: i % 2 ? 1 : 2, date: '2026-02-10', mode: 'face-to-face', clientIds: [] })),
			{ id: 99, employerId: 1, employerName: 'A', coachId: 1, date: '2026-02-10', mode: 'phone', clientIds: [] },
			{ id: 98, employerId: 1, employerName: 'A', coachId: 1, date: '2026-03-01', mode: 'face-to-face', clientIds: [] }
		];
		const ev = evidenceFor(item(17), input({ period, coaches: [{ userId: 1, name: 'A', fte: 1 }, { userId: 2, name: 'B', fte: 1 }], employerContacts }))!;
		expect(ev.figure).toBe(5);
		expect(ev.suggested).toBe(4);
		expect(ev.records.map((r) => r.value)).toEqual([5, 5]);
	});
});

describe('item 18: employers with repeat visits', () => {
	it('5 employers met, 2 of them twice or more = 0.4 → 3', () => {
		const visits = [1, 1, 2, 2, 2, 3, 4, 5].map((employerId, i) => ({ id: i, employerId, employerName: `E${employerId}`, coachId: 1, date: '2026-02-01', mode: 'face-to-face', clientIds: [] }));
		const ev = evidenceFor(item(18), input({ employerContacts: visits }))!;
		expect(ev.counted).toBe(5);
		expect(ev.figure).toBe(0.4);
		expect(ev.suggested).toBe(3);
	});
});

describe('items 19–21: job diversity and competitive jobs', () => {
	const starts = () => [
		placement({ jobType: 'siivooja', employerId: 1, employerName: 'A' }),
		placement({ jobType: 'Siivooja', employerId: 1, employerName: 'A' }),
		placement({ jobType: 'varastotyöntekijä', employerId: 2, employerName: 'B', wageSubsidy: true }),
		placement({ jobType: null, jobTitle: 'Kokki', employerId: 3, employerName: 'C' }),
		placement({ jobType: 'myyjä', employerId: 4, employerName: 'D', competitive: false }),
		placement({ status: 'did-not-start', jobType: 'x', employerId: 5 }),
		placement({ status: 'agreed', jobType: 'y', employerId: 6 })
	];
	it('item 19: 4 distinct types of 5 starts = 0.8 → 4', () => {
		const ev = evidenceFor(item(19), input({ placements: starts() }))!;
		expect(ev.counted).toBe(5);
		expect(ev.figure).toBe(0.8);
		expect(ev.suggested).toBe(4);
	});
	it('item 20: 4 employers of 5 = 0.8 → 4; the largest employer holds 2/5 = 0.4', () => {
		const ev = evidenceFor(item(20), input({ placements: starts() }))!;
		expect(ev.figure).toBe(0.8);
		expect(ev.secondary).toBe(0.4);
		expect(ev.suggested).toBe(4);
	});
	it('item 21: 4 competitive of 5 = 0.8 → 3; without wage subsidy 3/5 = 0.6', () => {
		const ev = evidenceFor(item(21), input({ placements: starts() }))!;
		expect(ev.figure).toBe(0.8);
		expect(ev.secondary).toBe(0.6);
		expect(ev.suggested).toBe(3);
	});
	it('fewer than 5 starts: too little data', () => {
		expect(evidenceFor(item(19), input({ placements: starts().slice(0, 4) }))!.status).toBe('too-little-data');
	});
});

describe('item 23: follow-along schedule in the first month', () => {
	const full = ['2026-01-28', '2026-02-03', '2026-02-09', '2026-02-16', '2026-02-23'];
	it('start 1.2.: contacts 28.1., 3.2., 9.2., 16.2., 23.2. meet the schedule', () => {
		expect(meetsFollowAlongStart('2026-02-01', full)).toBe(true);
	});
	it('no contact in the week before the start fails', () => {
		expect(meetsFollowAlongStart('2026-02-01', full.slice(1))).toBe(false);
	});
	it('first contact after the start on day 4 fails the 3-day rule', () => {
		expect(meetsFollowAlongStart('2026-02-01', ['2026-01-28', '2026-02-05', '2026-02-09', '2026-02-16', '2026-02-23'])).toBe(false);
	});
	it('a week without a contact fails', () => {
		expect(meetsFollowAlongStart('2026-02-01', ['2026-01-28', '2026-02-03', '2026-02-16', '2026-02-23'])).toBe(false);
	});
	it('share over starts whose month ended in the period: 2 of 3 = 0.6667 → 3; a start on 10.3. is not yet judged', () => {
		const es = [1, 2, 3, 4].map(() => enrolment());
		const placements = [
			placement({ enrolmentId: es[0].id, startDate: '2026-02-01' }),
			placement({ enrolmentId: es[1].id, startDate: '2026-02-01' }),
			placement({ enrolmentId: es[2].id, startDate: '2026-02-01' }),
			placement({ enrolmentId: es[3].id, startDate: '2026-03-10' })
		];
		const clientContacts = [es[0], es[1]].flatMap((e) => full.map((date) => ({ enrolmentId: e.id, date, mode: 'face-to-face', place: 'workplace', durationMinutes: 30 })));
		clientContacts.push(...full.map((date) => ({ enrolmentId: es[2].id, date, mode: 'phone', place: 'remote', durationMinutes: 10 })));
		const ev = evidenceFor(item(23), input({ enrolments: es, placements, clientContacts }))!;
		expect(ev.counted).toBe(3);
		expect(ev.figure).toBe(0.6667);
		expect(ev.suggested).toBe(3);
	});
});

describe('item 24: community share of face-to-face minutes', () => {
	it('workplace 60 + home 30 + office 40 + public 10 + partner 0 → 100/140 = 0.7143 → 5; phone minutes ignored', () => {
		const c = (place: string, durationMinutes: number, mode = 'face-to-face') => ({ enrolmentId: 1, date: '2026-02-01', mode, place, durationMinutes });
		const clientContacts = [c('workplace', 60), c('home', 30), c('office', 40), c('public-place', 10), c('partner-premises', 0), c('remote', 500, 'phone')];
		const ev = evidenceFor(item(24), input({ clientContacts }))!;
		expect(ev.figure).toBe(0.7143);
		expect(ev.suggested).toBe(5);
	});
	it('exactly 30 % is 1, just above 30 % is 2', () => {
		const c = (place: string, durationMinutes: number) => ({ enrolmentId: 1, date: '2026-02-01', mode: 'face-to-face', place, durationMinutes });
		expect(evidenceFor(item(24), input({ clientContacts: [c('home', 30), c('office', 70), c('office', 0), c('office', 0), c('office', 0)] }))!.suggested).toBe(1);
		expect(evidenceFor(item(24), input({ clientContacts: [c('home', 31), c('office', 69), c('office', 0), c('office', 0), c('office', 0)] }))!.suggested).toBe(2);
	});
});

describe('item 25: outreach before closing as not reached', () => {
	it('2 not-reached closings in the period, one with 3 attempts before closing = 0.5', () => {
		const a = enrolment({ closedDate: '2026-02-01', closingReason: 'not-reached' });
		const b = enrolment({ closedDate: '2026-02-01', closingReason: 'not-reached' });
		const c = enrolment({ closedDate: '2026-02-01', closingReason: 'employed' });
		const outreach = [
			...['2026-01-05', '2026-01-12', '2026-01-19'].map((date) => ({ enrolmentId: a.id, date })),
			...['2026-01-05', '2026-01-12', '2026-02-05'].map((date) => ({ enrolmentId: b.id, date }))
		];
		const ev = evidenceFor(item(25), input({ enrolments: [a, b, c], outreach }))!;
		expect(ev.counted).toBe(2);
		expect(ev.figure).toBe(0.5);
		expect(ev.suggested).toBeNull();
	});
});

describe('items without a figure', () => {
	it.each([5, 6, 7, 9, 10, 11, 22])('item %i has no evidence from records', (id) => {
		expect(evidenceFor(item(id), input())).toBeNull();
	});
});
