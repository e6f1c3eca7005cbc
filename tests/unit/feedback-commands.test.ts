import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb, getSqlite } from '$lib/server/db';
import { anonymousFeedback, auditLog, clientFeedback, feedbackLinks } from '$lib/server/db/schema';
import { audited } from '$lib/server/commands';
import { createFeedbackLink, feedbackLinkStatus, feedbackLinkView, hashFeedbackToken } from '$lib/server/feedback/links';
import { answerFeedback, feedbackLinkOpen } from '$lib/server/feedback/answer';
import { dueExitFollowUps, exitFollowUpOf, recordExitFollowUp } from '$lib/server/clients/exit-follow-ups';
import { coachFacts } from '$lib/server/reminders/collect';
import { addClient, addEnrolment, addTeam, addUser, insertRow } from './fixtures';

const answer = { satisfaction: 9, recommend: 10, comment: 'Apu työnhakuun', improvement: 'Enemmän aikaa', anonymous: false };
let teamId = 0;
let coachId = 0;

beforeAll(() => {
	getDb();
	teamId = addTeam('Feedback team');
	coachId = addUser('feedback.coach@example.fi', 'Feedback Coach');
});

const auditRows = (entity: string) => getDb().select().from(auditLog).where(eq(auditLog.entity, entity)).all();

describe('feedback links', () => {
	it('stores only the hash of the token, and the answer against the enrolment with source "link"', () => {
		const clientId = addClient(teamId, 'Fiia', 'Feedback');
		const enrolmentId = addEnrolment(clientId, teamId, { coachId });
		const made = createFeedbackLink(enrolmentId, coachId);
		if (!made.ok) throw new Error('not made');
		const { token } = made.value;
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		const row = getDb().select().from(feedbackLinks).where(eq(feedbackLinks.id, made.value.linkId)).get()!;
		expect(row.tokenHash).toBe(hashFeedbackToken(token));
		expect(JSON.stringify(getSqlite().prepare('SELECT * FROM feedback_links').all())).not.toContain(token);
		expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(30 * 86_400_000);
		expect(feedbackLinkOpen(token)).toBe(true);

		const saved = answerFeedback(token, answer, '2026-12-07');
		expect(saved.ok).toBe(true);
		const stored = getDb().select().from(clientFeedback).where(eq(clientFeedback.enrolmentId, enrolmentId)).all();
		expect(stored).toMatchObject([{ satisfaction: 9, recommend: 10, comment: 'Apu työnhakuun', improvement: 'Enemmän aikaa', source: 'link', createdBy: null, date: '2026-12-07' }]);
		expect(auditRows('client-feedback')).toMatchObject([{ action: 'create', userId: null, clientId, teamId, entityId: stored[0].id }]);
		expect(feedbackLinkStatus(enrolmentId).map((l) => l.state)).toEqual(['answered']);
	});

	it('works once: a second answer is refused and nothing more is stored', () => {
		const enrolmentId = addEnrolment(addClient(teamId), teamId, { coachId });
		const made = createFeedbackLink(enrolmentId, coachId);
		if (!made.ok) throw new Error('not made');
		expect(answerFeedback(made.value.token, answer, '2026-12-07').ok).toBe(true);
		expect(feedbackLinkOpen(made.value.token)).toBe(false);
		expect(answerFeedback(made.value.token, { ...answer, satisfaction: 4 }, '2026-12-07')).toEqual({ ok: false, errors: { _form: 'gone' } });
		expect(getDb().select().from(clientFeedback).where(eq(clientFeedback.enrolmentId, enrolmentId)).all()).toHaveLength(1);
	});

	it('expires after 30 days; unknown and malformed tokens are refused the same way', () => {
		const enrolmentId = addEnrolment(addClient(teamId), teamId, { coachId });
		const made = createFeedbackLink(enrolmentId, coachId, new Date('2026-01-01T12:00:00Z'));
		if (!made.ok) throw new Error('not made');
		expect(feedbackLinkOpen(made.value.token, new Date('2026-01-31T11:59:59Z'))).toBe(true);
		expect(feedbackLinkOpen(made.value.token, new Date('2026-01-31T12:00:00Z'))).toBe(false);
		expect(answerFeedback(made.value.token, answer, '2026-02-01', new Date('2026-02-01T10:00:00Z'))).toEqual({ ok: false, errors: { _form: 'gone' } });
		expect(feedbackLinkStatus(enrolmentId, new Date('2026-02-01T10:00:00Z')).map((l) => l.state)).toEqual(['expired']);
		expect(answerFeedback('A'.repeat(43), answer, '2026-12-07')).toEqual({ ok: false, errors: { _form: 'gone' } });
		expect(answerFeedback('../../etc', answer, '2026-12-07')).toEqual({ ok: false, errors: { _form: 'gone' } });
		expect(feedbackLinkOpen('nope')).toBe(false);
	});

	it('anonymous: stored for the team with no client or enrolment, and the audit row names the team only', () => {
		const otherTeam = addTeam('Anon team');
		const clientId = addClient(otherTeam, 'Anna', 'Anonyymi');
		const enrolmentId = addEnrolment(clientId, otherTeam, { coachId });
		const made = createFeedbackLink(enrolmentId, coachId);
		if (!made.ok) throw new Error('not made');
		const saved = answerFeedback(made.value.token, { ...answer, anonymous: true }, '2026-12-07');
		expect(saved.ok).toBe(true);
		expect(getDb().select().from(clientFeedback).where(eq(clientFeedback.enrolmentId, enrolmentId)).all()).toEqual([]);
		const anon = getDb().select().from(anonymousFeedback).where(eq(anonymousFeedback.teamId, otherTeam)).all();
		expect(anon).toMatchObject([{ satisfaction: 9, recommend: 10, comment: 'Apu työnhakuun', improvement: 'Enemmän aikaa', date: '2026-12-07' }]);
		expect(Object.keys(anon[0])).not.toContain('enrolmentId');
		const rows = auditRows('anonymous-feedback');
		expect(rows).toMatchObject([{ action: 'create', userId: null, teamId: otherTeam, clientId: null, entityId: null }]);
		// Times are kept to the day, so the answer is not matched to its link by the clock.
		expect(anon[0].createdAt.getUTCHours() + anon[0].createdAt.getUTCMinutes()).toBe(0);
	});

	it('the creation is audited through audited(); the view has the address and an SVG QR code', async () => {
		const enrolmentId = addEnrolment(addClient(teamId), teamId, { coachId });
		const made = audited(
			() => createFeedbackLink(enrolmentId, coachId),
			(v) => ({ actor: null, action: 'create', entity: 'feedback-link', entityId: v.linkId, teamId })
		);
		if (!made.ok) throw new Error('not made');
		expect(auditRows('feedback-link').map((r) => r.entityId)).toContain(made.value.linkId);
		const view = await feedbackLinkView('https://polku.example', made.value.token);
		expect(view.url).toBe(`https://polku.example/feedback/${made.value.token}`);
		expect(view.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
	});
});

describe('follow-up after exit', () => {
	const today = '2026-12-07';
	it('records the situation on a closed enrolment; refuses a date before the exit or in the future', () => {
		const clientId = addClient(teamId, 'Paavo', 'Päättynyt');
		const enrolmentId = addEnrolment(clientId, teamId, { coachId, closedDate: '2026-09-01' });
		const base = { situation: 'working-competitive' as const, note: null, baseVersion: 0 };
		expect(recordExitFollowUp(enrolmentId, { ...base, contactedOn: '2026-08-31' }, coachId, today)).toEqual({ ok: false, errors: { contactedOn: 'followup_err_before_exit' } });
		expect(recordExitFollowUp(enrolmentId, { ...base, contactedOn: '2026-12-08' }, coachId, today)).toEqual({ ok: false, errors: { contactedOn: 'err_date_future' } });
		const saved = recordExitFollowUp(enrolmentId, { ...base, contactedOn: '2026-12-01' }, coachId, today);
		expect(saved.ok).toBe(true);
		const view = exitFollowUpOf({ id: enrolmentId, closedDate: '2026-09-01', closingReason: null }, today)!;
		expect(view).toMatchObject({ due: '2026-12-01', state: 'recorded', recorded: { contactedOn: '2026-12-01', situation: 'working-competitive', version: 1 } });
		// A correction needs the version it was opened on.
		expect(recordExitFollowUp(enrolmentId, { ...base, situation: 'studying', contactedOn: '2026-12-02' }, coachId, today)).toMatchObject({ ok: false, status: 409 });
		expect(recordExitFollowUp(enrolmentId, { ...base, situation: 'studying', contactedOn: '2026-12-02', baseVersion: 1 }, coachId, today).ok).toBe(true);
		expect(exitFollowUpOf({ id: enrolmentId, closedDate: '2026-09-01', closingReason: null }, today)!.recorded).toMatchObject({ situation: 'studying', version: 2 });
	});

	it('refuses an open enrolment and a re-opened client (the closed enrolment is no longer the latest)', () => {
		const openId = addEnrolment(addClient(teamId), teamId, { coachId });
		const base = { situation: 'unemployed' as const, note: null, baseVersion: 0, contactedOn: today };
		expect(recordExitFollowUp(openId, base, coachId, today)).toEqual({ ok: false, errors: { _form: 'followup_err_not_closed' } });
		const clientId = addClient(teamId, 'Reijo', 'Uudelleen');
		const closedId = addEnrolment(clientId, teamId, { coachId, closedDate: '2026-08-01' });
		addEnrolment(clientId, teamId, { coachId, referralDate: '2026-10-01' });
		expect(recordExitFollowUp(closedId, base, coachId, today)).toEqual({ ok: false, errors: { _form: 'followup_err_not_closed' } });
	});

	it('lists due follow-ups on the caseload: not yet due, recorded, re-opened and deceased ones are not listed', () => {
		const team = addTeam('Follow-up team');
		const due = addClient(team, 'Daavid', 'Due');
		addEnrolment(due, team, { coachId, closedDate: '2026-09-05' }); // due 5.12.
		addEnrolment(addClient(team, 'Tuuli', 'Tuleva'), team, { coachId, closedDate: '2026-09-20' }); // due 20.12.: not yet
		const reopened = addClient(team, 'Reko', 'Reopened');
		addEnrolment(reopened, team, { coachId, closedDate: '2026-09-01' });
		addEnrolment(reopened, team, { coachId, referralDate: '2026-11-01' });
		const deceased = addEnrolment(addClient(team, 'Kalle', 'Kuollut'), team, { coachId, closedDate: '2026-09-02' });
		getSqlite().prepare("UPDATE enrolments SET closing_reason = 'deceased' WHERE id = ?").run(deceased);
		const recorded = addEnrolment(addClient(team, 'Kirsi', 'Kirjattu'), team, { coachId, closedDate: '2026-09-03' });
		insertRow('exit_follow_ups', { enrolment_id: recorded, contacted_on: '2026-12-03', situation: 'studying', created_at: Date.now(), updated_at: Date.now() });
		const list = dueExitFollowUps({ teamIds: [team], coachId }, today);
		expect(list.map((r) => [r.lastName, r.due])).toEqual([['Due', '2026-12-05']]);
		expect(dueExitFollowUps({ teamIds: [team], coachId: coachId + 999 }, today)).toEqual([]);
		expect(dueExitFollowUps({ teamIds: [], coachId: null }, today)).toEqual([]);
	});

	it('a recorded follow-up leaves the digest of closed clients', () => {
		const team = addTeam('Digest team');
		const user = addUser('digest.fu@example.fi', 'Digest Coach');
		const enrolmentId = addEnrolment(addClient(team, 'Olli', 'Digest'), team, { coachId: user, closedDate: '2026-09-05' });
		const actor = { id: user, isAdmin: false, employerId: null, memberships: [{ teamId: team, role: 'coach' as const }] };
		expect(coachFacts(actor as never, today).exits.map((e) => e.followUpRecorded)).toEqual([false]);
		insertRow('exit_follow_ups', { enrolment_id: enrolmentId, contacted_on: '2026-12-04', situation: 'unemployed', created_at: Date.now(), updated_at: Date.now() });
		expect(coachFacts(actor as never, today).exits.map((e) => e.followUpRecorded)).toEqual([true]);
	});
});
