import { describe, expect, it } from 'vitest';
import {
	activityState,
	containsHenkilotunnus,
	identifyingContent,
	MAX_DAYS_AHEAD,
	nameWordMatches,
	namedClients,
	periodsOverlap,
	validateActivity,
	validateConsultation,
	validateExternalPlan,
	validateNetworkMeeting
} from '$lib/domain/meetings';

const today = '2026-12-07';

describe('network meetings', () => {
	it('need at least one participant, a past date and a date inside the enrolment', () => {
		expect(validateNetworkMeeting({ date: today, participants: 1, referralDate: '2026-01-01', today })).toEqual({});
		expect(validateNetworkMeeting({ date: today, participants: 0, referralDate: '2026-01-01', today })).toEqual({ participants: 'meeting_err_no_participants' });
		expect(validateNetworkMeeting({ date: '2026-12-08', participants: 2, referralDate: '2026-01-01', today })).toEqual({ date: 'err_date_future' });
		expect(validateNetworkMeeting({ date: '2025-12-31', participants: 2, referralDate: '2026-01-01', today })).toEqual({ date: 'clients_err_before_referral' });
		expect(validateNetworkMeeting({ date: '2026-01-01', participants: 2, referralDate: '2026-01-01', today })).toEqual({});
	});
});

describe('consultations', () => {
	it('are dated today or earlier; about a client, not before the referral', () => {
		expect(validateConsultation({ date: today, referralDate: null, today })).toEqual({});
		expect(validateConsultation({ date: '2026-12-08', referralDate: null, today })).toEqual({ date: 'err_date_future' });
		expect(validateConsultation({ date: '2026-02-01', referralDate: '2026-03-01', today })).toEqual({ date: 'clients_err_before_referral' });
		expect(validateConsultation({ date: '2026-03-01', referralDate: '2026-03-01', today })).toEqual({});
	});
});

describe('activities', () => {
	const trial = { id: 1, kind: 'work-trial', startsOn: '2026-11-01', endsOn: '2026-11-30' };

	it('overlap when they share a day; an open end runs on', () => {
		expect(periodsOverlap(trial, { kind: 'x', startsOn: '2026-11-30', endsOn: null })).toBe(true);
		expect(periodsOverlap(trial, { kind: 'x', startsOn: '2026-12-01', endsOn: null })).toBe(false);
		expect(periodsOverlap(trial, { kind: 'x', startsOn: '2026-10-01', endsOn: '2026-11-01' })).toBe(true);
		expect(periodsOverlap(trial, { kind: 'x', startsOn: '2026-10-01', endsOn: '2026-10-31' })).toBe(false);
		expect(periodsOverlap({ kind: 'x', startsOn: '2026-01-01', endsOn: null }, { kind: 'y', startsOn: '2030-01-01', endsOn: null })).toBe(true);
	});

	it('refuse an end before the start and dates far ahead', () => {
		expect(validateActivity({ kind: 'course', startsOn: '2026-12-01', endsOn: '2026-11-30' }, [], today).errors).toEqual({ endsOn: 'err_date_order' });
		expect(validateActivity({ kind: 'course', startsOn: '2026-12-01', endsOn: '2026-12-01' }, [], today).errors).toEqual({});
		const limit = '2027-12-08';
		expect(MAX_DAYS_AHEAD).toBe(366);
		expect(validateActivity({ kind: 'course', startsOn: limit, endsOn: null }, [], today).errors).toEqual({});
		expect(validateActivity({ kind: 'course', startsOn: '2027-12-09', endsOn: null }, [], today).errors).toEqual({ startsOn: 'activity_err_far_future' });
		expect(validateActivity({ kind: 'course', startsOn: today, endsOn: '2027-12-09' }, [], today).errors).toEqual({ endsOn: 'activity_err_far_future' });
		expect(validateActivity({ kind: 'course', startsOn: today, endsOn: limit }, [], today).errors).toEqual({});
	});

	it('refuse a second episode of the same kind in the same days, but not of another kind or the row itself', () => {
		const clash = validateActivity({ kind: 'work-trial', startsOn: '2026-11-15', endsOn: null }, [trial], today);
		expect(clash).toEqual({ errors: { startsOn: 'activity_err_overlap' }, clash: trial });
		expect(validateActivity({ kind: 'sick-leave', startsOn: '2026-11-15', endsOn: null }, [trial], today).errors).toEqual({});
		expect(validateActivity({ ...trial, endsOn: '2026-12-05' }, [trial], today).errors).toEqual({});
		expect(validateActivity({ kind: 'work-trial', startsOn: '2026-12-01', endsOn: null }, [trial], today).errors).toEqual({});
	});

	it('are planned, ongoing (to the end day inclusive) or ended', () => {
		expect(activityState({ startsOn: '2026-12-08', endsOn: null }, today)).toBe('planned');
		expect(activityState({ startsOn: today, endsOn: null }, today)).toBe('ongoing');
		expect(activityState({ startsOn: '2026-01-01', endsOn: today }, today)).toBe('ongoing');
		expect(activityState({ startsOn: '2026-01-01', endsOn: '2026-12-06' }, today)).toBe('ended');
	});
});

describe('external plans', () => {
	it('are dated when made, never in the future', () => {
		expect(validateExternalPlan({ date: today, today })).toEqual({});
		expect(validateExternalPlan({ date: '2026-12-08', today })).toEqual({ date: 'err_date_future' });
	});
});

describe('a client named in an anonymous consultation', () => {
	const clients = [
		{ firstName: 'Matti', lastName: 'Virtanen' },
		{ firstName: 'Anna-Liisa', lastName: 'Öhman' },
		{ firstName: 'Eva', lastName: 'Ek' }
	];

	it('is found by first and last name side by side, in either order, in any case', () => {
		expect(namedClients('Kysyin Matti Virtanen asiasta', clients)).toEqual([clients[0]]);
		expect(namedClients('virtanen, matti: työkokeilu?', clients)).toEqual([clients[0]]);
		expect(namedClients('ANNA-LIISA ÖHMAN', clients)).toEqual([clients[1]]);
		expect(namedClients('Eva Ek', clients)).toEqual([clients[2]]);
	});

	it('is found inflected (Matin Virtasen), not by one name alone or names apart', () => {
		expect(namedClients('Matin Virtasen työkokeilusta', clients)).toEqual([clients[0]]);
		expect(namedClients('Matti kysyi', clients)).toEqual([]);
		expect(namedClients('Virtanen', clients)).toEqual([]);
		expect(namedClients('Matti ja Virtanen', clients)).toEqual([]);
		expect(namedClients('Evan Ekin', clients)).toEqual([]);
		expect(namedClients('', clients)).toEqual([]);
	});

	it('inflection: a stem of all but three letters (at least three), length within four', () => {
		expect(nameWordMatches('virtasen', 'virtanen')).toBe(true);
		expect(nameWordMatches('virta', 'virtanen')).toBe(true);
		expect(nameWordMatches('virt', 'virtanen')).toBe(false);
		expect(nameWordMatches('virtaselle12345', 'virtanen')).toBe(false);
		expect(nameWordMatches('matin', 'matti')).toBe(true);
		expect(nameWordMatches('mat', 'matti')).toBe(true);
		expect(nameWordMatches('ma', 'matti')).toBe(false);
		expect(nameWordMatches('eki', 'ek')).toBe(false);
		expect(nameWordMatches('ek', 'ek')).toBe(true);
	});

	it('finds henkilötunnus-shaped codes, valid or mistyped, but not inside longer numbers', () => {
		expect(containsHenkilotunnus('hetu 131052-308T tässä')).toBe(true);
		expect(containsHenkilotunnus('131052-308S')).toBe(true);
		expect(containsHenkilotunnus('010101A123b')).toBe(true);
		expect(containsHenkilotunnus('puh. 0401234567')).toBe(false);
		expect(containsHenkilotunnus('x131052-308T')).toBe(false);
		expect(containsHenkilotunnus('131052-308TT')).toBe(false);
		expect(containsHenkilotunnus('131052Q308T')).toBe(false);
	});

	it('reports per field: a name before a code, empty fields skipped', () => {
		expect(identifyingContent({ counterpart: 'TE-palvelut', question: 'Matti Virtanen 131052-308T', answer: 'hetu 131052-308T', note: null }, clients)).toEqual([
			{ field: 'question', kind: 'name', names: ['Matti Virtanen'] },
			{ field: 'answer', kind: 'henkilotunnus' }
		]);
		expect(identifyingContent({ question: 'Voiko työkokeilun keskeyttää?' }, clients)).toEqual([]);
	});
});
