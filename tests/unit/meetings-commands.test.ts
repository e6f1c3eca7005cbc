import { beforeAll, describe, expect, it } from 'vitest';
import { getSqlite } from '$lib/server/db';
import { actions } from '../../src/routes/clients/[id]/+page.server';
import { actions as teamActions } from '../../src/routes/team/consultations/+page.server';
import { listNetworkMeetings } from '$lib/server/clients/record/network-meetings';
import { listActivities, listExternalPlans } from '$lib/server/clients/record/coaching-activities';
import { listAnonymousConsultations, listClientConsultations } from '$lib/server/clients/record/consultations';
import { requireConsultationTeam } from '$lib/server/consultations/team-consultations';
import { clientTimeline } from '$lib/server/clients/timeline';
import { isoDateInFinland, addDays } from '$lib/domain/dates';
import type { Actor } from '$lib/server/policy';
import { addClient, addEnrolment, addTeam, addUser, insertRow } from './fixtures';

/**
 * The record's forms for network meetings, consultations, activities and external plans, and the
 * team's anonymous consultations, through their form actions: a refusal saves and logs nothing, a
 * save exactly one audit row; an anonymous consultation stores no enrolment.
 */

const today = isoDateInFinland();
const ago = (n: number) => addDays(today, -n);
let teamId = 0;
let otherTeamId = 0;
let coach: Actor;
let teammate: Actor;
let outsider: Actor;
let clientId = 0;
let enrolmentId = 0;
let personId = 0;

type Answer = { status?: number; data?: { errors: Record<string, string>; values: Record<string, string> }; saved?: string };
const count = (table: string) => (getSqlite().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const lastAudit = () => getSqlite().prepare('SELECT user_id, action, entity, entity_id, client_id, team_id, details FROM audit_log ORDER BY id DESC LIMIT 1').get() as Record<string, unknown>;

function body(fields: Record<string, string | string[]>): FormData {
	const form = new FormData();
	for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
	return form;
}

async function post(action: keyof typeof actions, actor: Actor, fields: Record<string, string | string[]>, id = clientId): Promise<Answer> {
	const request = new Request(`http://localhost/clients/${id}?/${action}`, { method: 'POST', body: body(fields) });
	return (await actions[action]({ request, locals: { actor }, params: { id: String(id) } } as never)) as Answer;
}

async function postTeam(actor: Actor, fields: Record<string, string>, team = teamId): Promise<Answer> {
	const url = new URL(`http://localhost/team/consultations?team=${team}`);
	const request = new Request(url, { method: 'POST', body: body(fields) });
	return (await teamActions.default({ request, url, locals: { actor } } as never)) as Answer;
}

async function status(run: () => unknown): Promise<number | undefined> {
	try {
		await run();
	} catch (err) {
		return (err as { status?: number }).status;
	}
	return 200;
}

beforeAll(() => {
	teamId = addTeam('Palaveritiimi');
	otherTeamId = addTeam('Toinen tiimi');
	const coachId = addUser('palaveri.coach@example.fi', 'Paula Palaveri');
	const mateId = addUser('palaveri.mate@example.fi', 'Timo Tiimi');
	const outsiderId = addUser('palaveri.outsider@example.fi', 'Olli Ulko');
	insertRow('team_members', { team_id: teamId, user_id: coachId, role: 'coach' });
	insertRow('team_members', { team_id: teamId, user_id: mateId, role: 'coach' });
	insertRow('team_members', { team_id: otherTeamId, user_id: outsiderId, role: 'coach' });
	coach = { id: coachId, isAdmin: false, employerId: null, memberships: [{ teamId, role: 'coach' }] };
	teammate = { id: mateId, isAdmin: false, employerId: null, memberships: [{ teamId, role: 'coach' }] };
	outsider = { id: outsiderId, isAdmin: false, employerId: null, memberships: [{ teamId: otherTeamId, role: 'coach' }] };
	clientId = addClient(teamId, 'Matti', 'Virtanen');
	enrolmentId = addEnrolment(clientId, teamId, { coachId, referralDate: ago(100) });
	personId = insertRow('network_people', { client_id: clientId, role: 'work-ability-coordinator', name: 'Kaisa Koordinaattori', created_at: Date.now() });
});

describe('network meetings', () => {
	it('refuse a meeting with no participants, saving and logging nothing, typed values kept', async () => {
		const before = [count('network_meetings'), count('audit_log')];
		const answer = await post('networkMeeting', coach, { _form: 'networkMeeting', date: ago(1), topic: 'Työkokeilun aloitus', otherNames: '  \n ' });
		expect(answer.status).toBe(400);
		expect(Object.keys(answer.data!.errors)).toEqual(['participants']);
		expect(answer.data!.values.topic).toBe('Työkokeilun aloitus');
		expect([count('network_meetings'), count('audit_log')]).toEqual(before);
	});

	it('refuse a network person of another client and a user outside the team', async () => {
		const otherClient = addClient(teamId, 'Muu', 'Asiakas');
		const stranger = insertRow('network_people', { client_id: otherClient, role: 'other', name: 'Vieras', created_at: Date.now() });
		for (const fields of [{ networkPersonIds: [String(stranger)] }, { userIds: [String(outsider.id)] }] as Record<string, string[]>[]) {
			const answer = await post('networkMeeting', coach, { _form: 'networkMeeting', date: ago(1), topic: 'x', ...fields });
			expect(answer.data!.errors).toHaveProperty('participants');
		}
		expect(listNetworkMeetings([enrolmentId])).toEqual([]);
	});

	it('save the meeting with its participants and one audit row; it shows on the timeline', async () => {
		const before = count('audit_log');
		const answer = await post('networkMeeting', coach, { _form: 'networkMeeting', date: ago(2), clientPresent: 'on', networkPersonIds: [String(personId)], userIds: [String(teammate.id)], otherNames: 'Liisa Lääkäri, työterveys', topic: 'Työkokeilun aloitus', nextSteps: 'Sopimus maanantaina' });
		expect(answer).toEqual({ saved: 'network-meeting' });
		expect(count('audit_log')).toBe(before + 1);
		expect(lastAudit()).toMatchObject({ user_id: coach.id, action: 'create', entity: 'network-meeting', client_id: clientId, team_id: teamId });
		const [meeting] = listNetworkMeetings([enrolmentId]);
		expect(meeting.participants).toEqual([
			{ kind: 'network', name: 'Kaisa Koordinaattori', role: 'work-ability-coordinator' },
			{ kind: 'staff', name: 'Timo Tiimi', role: null },
			{ kind: 'other', name: 'Liisa Lääkäri, työterveys', role: null }
		]);
		expect(clientTimeline(clientId).find((e) => e.kind === 'network-meeting')).toMatchObject({ date: ago(2), text: 'Työkokeilun aloitus' });
	});

	it('are the own coach’s: a teammate gets 403, another team 404', async () => {
		expect(await status(() => post('networkMeeting', teammate, { date: ago(1), topic: 'x', otherNames: 'A' }))).toBe(403);
		expect(await status(() => post('networkMeeting', outsider, { date: ago(1), topic: 'x', otherNames: 'A' }))).toBe(404);
	});
});

describe('consultations', () => {
	it('about the client: an empty question or a future date refused, then saved with the enrolment', async () => {
		const empty = await post('consultation', coach, { _form: 'consultation', date: ago(1), question: '  ' });
		expect(Object.keys(empty.data!.errors)).toEqual(['question']);
		const future = await post('consultation', coach, { _form: 'consultation', date: addDays(today, 1), question: 'Voiko?' });
		expect(Object.keys(future.data!.errors)).toEqual(['date']);
		expect(await post('consultation', coach, { _form: 'consultation', date: ago(1), counterpart: 'Kela', question: 'Voiko?', answer: 'Voi.' })).toEqual({ saved: 'consultation' });
		expect(listClientConsultations([enrolmentId]).map((c) => c.question)).toEqual(['Voiko?']);
		expect(lastAudit()).toMatchObject({ entity: 'consultation', client_id: clientId });
	});

	it('anonymous: a client’s name warns (nothing saved), a confirmed or clean text saves with no enrolment', async () => {
		const before = [count('consultations'), count('audit_log')];
		const warned = await postTeam(coach, { date: ago(1), counterpart: 'TE-palvelut', question: 'Voiko Matin Virtasen työkokeilua jatkaa?' });
		expect(warned.status).toBe(400);
		expect(Object.keys(warned.data!.errors).sort()).toEqual(['confirmed', 'question']);
		expect(warned.data!.errors.question).toContain('Matti Virtanen');
		const hetu = await postTeam(coach, { date: ago(1), question: 'Kysymys', answer: 'Tunnus 131052-308T' });
		expect(Object.keys(hetu.data!.errors).sort()).toEqual(['answer', 'confirmed']);
		expect([count('consultations'), count('audit_log')]).toEqual(before);

		expect(await postTeam(coach, { date: ago(1), question: 'Voiko työkokeilua jatkaa?', confirmed: 'on' })).toEqual({ saved: 'consultation' });
		expect(await postTeam(coach, { date: ago(1), question: 'Kysymys Virtasesta', confirmed: 'on' })).toEqual({ saved: 'consultation' });
		const rows = getSqlite().prepare('SELECT enrolment_id, team_id FROM consultations WHERE enrolment_id IS NULL').all();
		expect(rows).toEqual([{ enrolment_id: null, team_id: teamId }, { enrolment_id: null, team_id: teamId }]);
		expect(lastAudit()).toMatchObject({ entity: 'consultation', client_id: null, team_id: teamId, details: 'anonymous, confirmed' });
		expect(listAnonymousConsultations(teamId)).toHaveLength(2);
		expect(listClientConsultations([enrolmentId])).toHaveLength(1);
	});

	it('anonymous: the team page is the team’s; another team named in the URL answers 404', async () => {
		expect(requireConsultationTeam(outsider, null).team.id).toBe(otherTeamId);
		expect(await status(() => requireConsultationTeam(outsider, String(teamId)))).toBe(404);
		expect(await status(() => postTeam(outsider, { date: ago(1), question: 'x' }))).toBe(404);
		expect(await status(() => requireConsultationTeam({ id: 999, isAdmin: false, employerId: 1, memberships: [] }, null))).toBe(404);
	});
});

describe('activities and external plans', () => {
	it('refuse an end before the start and a start years ahead; an overlapping same kind names the one there is', async () => {
		const order = await post('activity', coach, { _form: 'activity', kind: 'work-trial', startsOn: ago(5), endsOn: ago(6) });
		expect(Object.keys(order.data!.errors)).toEqual(['endsOn']);
		const far = await post('activity', coach, { _form: 'activity', kind: 'work-trial', startsOn: addDays(today, 800) });
		expect(Object.keys(far.data!.errors)).toEqual(['startsOn']);
		expect(await post('activity', coach, { _form: 'activity', kind: 'work-trial', startsOn: ago(10), organiser: 'Kauppa Oy' })).toEqual({ saved: 'coaching-activity' });
		const clash = await post('activity', coach, { _form: 'activity', kind: 'work-trial', startsOn: ago(3) });
		expect(Object.keys(clash.data!.errors)).toEqual(['startsOn']);
		expect(listActivities([enrolmentId], today).map((a) => [a.kind, a.state])).toEqual([['work-trial', 'ongoing']]);
	});

	it('edit over the version read; a stale version is refused with 409', async () => {
		const [trial] = listActivities([enrolmentId], today);
		const fields = { _form: `editActivity-${trial.id}`, id: String(trial.id), version: String(trial.version), kind: 'work-trial', startsOn: trial.startsOn, endsOn: ago(1) };
		expect(await post('editActivity', coach, fields)).toEqual({ saved: 'coaching-activity' });
		expect(lastAudit()).toMatchObject({ action: 'update', entity: 'coaching-activity', entity_id: trial.id });
		const stale = await post('editActivity', coach, fields);
		expect(stale.status).toBe(409);
		const [ended] = listActivities([enrolmentId], today);
		expect([ended.state, ended.version]).toEqual(['ended', 2]);
		expect(clientTimeline(clientId).filter((e) => e.kind.startsWith('activity-')).map((e) => e.kind).sort()).toEqual(['activity-end', 'activity-start']);
	});

	it('an external plan: owner required, not dated in the future; edited over its version', async () => {
		const missing = await post('externalPlan', coach, { _form: 'externalPlan', kind: 'activation-plan', date: ago(3), owner: '' });
		expect(Object.keys(missing.data!.errors)).toEqual(['owner']);
		const future = await post('externalPlan', coach, { _form: 'externalPlan', kind: 'activation-plan', date: addDays(today, 2), owner: 'TE-palvelut' });
		expect(Object.keys(future.data!.errors)).toEqual(['date']);
		expect(await post('externalPlan', coach, { _form: 'externalPlan', kind: 'activation-plan', date: ago(3), owner: 'TE-palvelut' })).toEqual({ saved: 'external-plan' });
		const [plan] = listExternalPlans([enrolmentId]);
		expect(await post('editExternalPlan', coach, { id: String(plan.id), version: '1', kind: 'activation-plan', date: ago(3), owner: 'Kela', note: 'Voimassa' })).toEqual({ saved: 'external-plan' });
		expect(listExternalPlans([enrolmentId])[0]).toMatchObject({ owner: 'Kela', note: 'Voimassa', version: 2 });
		expect(clientTimeline(clientId).find((e) => e.kind === 'external-plan')).toMatchObject({ text: 'activation-plan' });
	});

	it('a closed enrolment takes no new entries', async () => {
		const closedClient = addClient(teamId, 'Suljettu', 'Asiakas');
		addEnrolment(closedClient, teamId, { coachId: coach.id, referralDate: ago(50), closedDate: ago(1) });
		const answer = await post('activity', coach, { _form: 'activity', kind: 'course', startsOn: ago(2) }, closedClient);
		expect(answer.status).toBe(400);
		expect(listActivities([], today)).toEqual([]);
	});
});
