import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '$lib/server/db';
import { addMissedMeeting } from '$lib/server/clients/commands';
import { listMissedMeetings } from '$lib/server/clients/record/missed-meetings';
import { listCaseload } from '$lib/server/clients/caseload';
import { clientTimeline } from '$lib/server/clients/timeline';
import { addClient, addClientContact, addEnrolment, addTeam, addUser } from './fixtures';

const today = new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
let teamId = 0;
let coachId = 0;

beforeAll(() => {
	getDb();
	teamId = addTeam('Missed team');
	coachId = addUser('missed.coach@example.fi', 'Missed Coach');
});

describe('meetings that did not happen', () => {
	it('are kept apart: never a contact, so an old last contact still flags "no contact"', () => {
		const clientId = addClient(teamId, 'Mikko', 'Missed');
		const enrolmentId = addEnrolment(clientId, teamId, { coachId, referralDate: daysAgo(60), entryDate: daysAgo(60) });
		addClientContact(enrolmentId, daysAgo(30));
		expect(addMissedMeeting(enrolmentId, { date: daysAgo(2), kind: 'no-show', note: null }, coachId, today)).toEqual({ ok: true, value: undefined });
		expect(addMissedMeeting(enrolmentId, { date: daysAgo(1), kind: 'cancelled-by-client', note: 'Flunssa' }, coachId, today).ok).toBe(true);
		const row = listCaseload({ teamIds: [teamId], coachId, today, pageSize: 50 }).rows.find((r) => r.clientId === clientId)!;
		expect(row.lastContactDate).toBe(daysAgo(30));
		expect(row.flags).toContain('no-contact');
		expect(listMissedMeetings(enrolmentId).map((x) => x.kind)).toEqual(['cancelled-by-client', 'no-show']);
		expect(clientTimeline(clientId).filter((e) => e.kind === 'missed-meeting')).toHaveLength(2);
		expect(clientTimeline(clientId).filter((e) => e.kind === 'contact')).toHaveLength(1);
	});

	it('refuses a date in the future or before the referral, and a closed enrolment', () => {
		const clientId = addClient(teamId, 'Maija', 'Missed');
		const enrolmentId = addEnrolment(clientId, teamId, { coachId, referralDate: daysAgo(10) });
		expect(addMissedMeeting(enrolmentId, { date: '2999-01-01', kind: 'no-show', note: null }, coachId, today)).toEqual({ ok: false, errors: { date: 'err_date_future' } });
		expect(addMissedMeeting(enrolmentId, { date: daysAgo(11), kind: 'no-show', note: null }, coachId, today)).toEqual({ ok: false, errors: { date: 'clients_err_before_referral' } });
		const closed = addEnrolment(addClient(teamId), teamId, { coachId, referralDate: daysAgo(10), closedDate: daysAgo(1) });
		expect(addMissedMeeting(closed, { date: daysAgo(2), kind: 'no-show', note: null }, coachId, today)).toEqual({ ok: false, errors: { date: 'clients_err_closed' } });
		expect(listMissedMeetings(enrolmentId)).toEqual([]);
	});
});
