import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import ical from 'node-ical';
import { getDb, getSqlite } from '$lib/server/db';
import { loadActor } from '$lib/server/auth/session';
import { coachFacts, calendarFacts } from '$lib/server/reminders/collect';
import { digestsFor, sendReminders, deliveriesOn } from '$lib/server/reminders/send';
import { renderDigest } from '$lib/server/reminders/render';
import { createFeed, revokeFeed, setDigestChoice, digestChoice, feedStatus } from '$lib/server/reminders/preferences';
import { calendarText, feedRequestBucket } from '$lib/server/reminders/calendar';
import { remindCoach, requireRemindTarget } from '$lib/server/reminders/client-reminder';
import { mailSetup } from '$lib/server/reminders/mailer';
import { reminderSettings } from '$lib/server/reminders/account';
import { startReminderSchedule } from '$lib/server/reminders/scheduler';
import { sendRemindersCommand } from '$lib/server/cli/send-reminders';
import { parseArgs } from '$lib/server/cli/args';
import { composeDigest } from '$lib/domain/reminders';
import { GET as feedGet } from '../../src/routes/calendar/[token].ics/+server';
import { decodeMail, run, startSilentServer, startSmtp, type TestSmtp } from './reminders-helpers';

// Hand-made data on Monday 7.12.2026 (a weekly digest day). Coach A has four clients, coach B one.
const MONDAY = '2026-12-07';
const TUESDAY = '2026-12-08';
const NOW = Date.now();
const BASE = 'https://polku.example.fi';
const HETU = '131052-308T';
/** Words that must never reach a message: the data below carries them in notes, plans and consents. */
const FORBIDDEN = [HETU, '131052', 'Korhonen', 'Salo', 'Nieminen', 'Virtanen', 'masennus', 'diagnoosi', 'F32', 'mielenterveys', 'Kauppa Oy', 'kertoo sairaudesta'];
const HEALTH_WORDS = /terveys|terveyd|health|hälsa|sjukdom|diagno|masenn|sairau|psyk|depress/i;

let teamId: number;
let leadId: number;
let coachA: number;
let coachB: number;
let aino: number;
let bertta: number;
let eero: number;
let ville: number;
let otherTeamClient: number;

const user = (email: string, name: string, locale = 'fi') => run('INSERT INTO users (email, name, locale, created_at) VALUES (?, ?, ?, ?)', email, name, locale, NOW);
const client = (team: number, first: string, last: string, personalId: string | null = null) =>
	run('INSERT INTO clients (team_id, first_name, last_name, personal_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)', team, first, last, personalId, NOW, NOW);
const enrolment = (clientId: number, team: number, coach: number, closed: { date: string; reason: string } | null = null) =>
	run(
		'INSERT INTO enrolments (client_id, team_id, coach_id, referral_date, entry_date, closed_date, closing_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
		clientId,
		team,
		coach,
		'2026-01-05',
		'2026-01-10',
		closed?.date ?? null,
		closed?.reason ?? null,
		NOW,
		NOW
	);
const contact = (enrolmentId: number, date: string, extra: { note?: string; nextStep?: string; nextStepDue?: string } = {}) =>
	run(
		"INSERT INTO client_contacts (enrolment_id, date, duration_minutes, mode, place, note, next_step, next_step_due, created_at) VALUES (?, ?, 30, 'face-to-face', 'office', ?, ?, ?, ?)",
		enrolmentId,
		date,
		extra.note ?? null,
		extra.nextStep ?? null,
		extra.nextStepDue ?? null,
		NOW
	);
const consent = (clientId: number, validTo: string | null, purpose = 'työllistyminen') =>
	run("INSERT INTO consents (client_id, form, parties, categories, health_data, purpose, valid_from, valid_to, created_at) VALUES (?, 'y100', '[\"kela\"]', '[\"plan\"]', 1, ?, '2026-01-10', ?, ?)", clientId, purpose, validTo, NOW);

beforeAll(() => {
	getDb();
	teamId = run('INSERT INTO teams (name, created_at) VALUES (?, ?)', 'Testitiimi', NOW);
	const otherTeam = run('INSERT INTO teams (name, created_at) VALUES (?, ?)', 'Muu tiimi', NOW);
	leadId = user('lead@test.fi', 'Leena Laine');
	coachA = user('coach-a@test.fi', 'Kaisa Koski');
	coachB = user('coach-b@test.fi', 'Stina Sund', 'sv');
	const otherCoach = user('other@test.fi', 'Olli Outo', 'en');
	run("INSERT INTO team_members (team_id, user_id, role) VALUES (?, ?, 'lead')", teamId, leadId);
	run("INSERT INTO team_members (team_id, user_id, role) VALUES (?, ?, 'coach')", teamId, coachA);
	run("INSERT INTO team_members (team_id, user_id, role) VALUES (?, ?, 'coach')", teamId, coachB);
	run("INSERT INTO team_members (team_id, user_id, role) VALUES (?, ?, 'coach')", otherTeam, otherCoach);
	const employer = run('INSERT INTO employers (team_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)', teamId, 'Kauppa Oy', NOW, NOW);

	// Aino: no contact since 1.11., next step overdue, consent ending 20.12., plan review 10.12.; health words everywhere.
	aino = client(teamId, 'Aino', 'Korhonen', HETU);
	const ainoE = enrolment(aino, teamId, coachA);
	contact(ainoE, '2026-11-01', { note: 'masennus pahentunut', nextStep: 'soita lääkärille', nextStepDue: '2026-12-01' });
	consent(aino, '2026-12-20', 'mielenterveys ja kuntoutus');
	run(
		"INSERT INTO support_plans (enrolment_id, version, plan_date, goals, review_date, work_ability_factors, created_at) VALUES (?, 1, '2026-06-01', '[]', '2026-12-10', 'diagnoosi F32', ?)",
		ainoE,
		NOW
	);

	// Bertta: a job started 30.11. with no support contact (follow-along overdue), disclosure review 5.12.
	bertta = client(teamId, 'Bertta', 'Salo');
	const berttaE = enrolment(bertta, teamId, coachA);
	contact(berttaE, '2026-12-04');
	consent(bertta, null);
	run(
		"INSERT INTO placements (enrolment_id, client_id, employer_id, job_title, status, start_date, disclosure, disclosure_wording, disclosure_review_date, created_at, updated_at) VALUES (?, ?, ?, 'Myyjä', 'started', '2026-11-30', 'specific', 'kertoo sairaudesta', '2026-12-05', ?, ?)",
		berttaE,
		bertta,
		employer,
		NOW,
		NOW
	);

	// Eero: closed 7.9. (employed): the three-month follow-up is today.
	eero = client(teamId, 'Eero', 'Nieminen');
	enrolment(eero, teamId, coachA, { date: '2026-09-07', reason: 'employed' });

	// Ville is coach B's (no contact since October); another team's client is nobody's business here.
	ville = client(teamId, 'Ville', 'Virtanen');
	contact(enrolment(ville, teamId, coachB), '2026-10-01');
	consent(ville, null);
	otherTeamClient = client(otherTeam, 'Outi', 'Muukalainen');
	contact(enrolment(otherTeamClient, otherTeam, otherCoach), '2026-10-01');

	run("INSERT INTO fidelity_actions (team_id, action, status, due_date, created_at) VALUES (?, 'Työnantajakäynnit viikoittain', 'ongoing', '2026-12-31', ?)", teamId, NOW);
	setDigestChoice(loadActor({ id: coachB, isAdmin: false, employerId: null }), 'daily');
});

const actorOf = (id: number) => loadActor({ id, isAdmin: false, employerId: null });
const digestOf = (id: number, date = MONDAY) => digestsFor(date).find((d) => d.userId === id);

describe("what a coach's digest holds", () => {
	it("only the coach's own clients, with every kind of due item", () => {
		const digest = digestOf(coachA)!;
		expect(digest.digest.sections.map((s) => s.kind)).toEqual(['own-clients']);
		const items = digest.digest.sections[0].items.map((i) => `${i.kind} ${i.name}`);
		expect(items).toEqual([
			'follow-along-overdue Bertta S.',
			'next-step-overdue Aino K.',
			'exit-follow-up Eero N.',
			'plan-review Aino K.',
			'disclosure-review Bertta S.',
			'consent-expiring Aino K.',
			'no-contact Aino K.'
		]);
		expect(items.join()).not.toMatch(/Ville|Outi/);
		const facts = coachFacts(actorOf(coachA), MONDAY);
		expect(facts.coachClients.map((c) => c.clientId).sort()).toEqual([aino, bertta].sort());
		expect(facts.exits.map((e) => e.clientId)).toEqual([eero]);
	});

	it('coach B (daily) gets her own client on a Tuesday; coach A (weekly) gets nothing then', () => {
		expect(digestOf(coachB, TUESDAY)!.digest.sections[0].items.map((i) => `${i.kind} ${i.name}`)).toEqual(['no-contact Ville V.']);
		expect(digestOf(coachA, TUESDAY)).toBeUndefined();
	});

	it("the lead's Monday digest summarises the supervision list and open fidelity actions", () => {
		const lead = digestOf(leadId)!;
		expect(lead.digest.sections.map((s) => [s.kind, s.teamName])).toEqual([['team', 'Testitiimi']]);
		const items = lead.digest.sections[0].items.map((i) => `${i.kind} ${i.name}`);
		expect(items).toContain('stalled Aino K.');
		expect(items).toContain('stalled Ville V.');
		expect(items).toContain('fidelity-action Työnantajakäynnit viikoittain');
		expect(items.join()).not.toMatch(/Outi/);
	});

	it('no message carries a henkilötunnus, a full last name, notes or health words, in any language', () => {
		for (const d of digestsFor(MONDAY)) {
			for (const locale of ['fi', 'sv', 'en'] as const) {
				const mail = renderDigest({ to: d.email, name: d.name, locale, today: MONDAY, digest: d.digest, baseUrl: BASE });
				const all = `${mail.subject}\n${mail.text}\n${mail.html}`;
				for (const word of FORBIDDEN) expect(all, `${d.email} ${locale}`).not.toContain(word);
				expect(all).not.toMatch(HEALTH_WORDS);
			}
		}
	});

	it('an empty digest is not sent; "none" sends nothing', () => {
		const empty = composeDigest({ today: MONDAY, choice: 'weekly', coachClients: [], exits: [], leadTeams: [], leadReminders: [] });
		expect(empty.count).toBe(0);
		const a = actorOf(coachA);
		setDigestChoice(a, 'none');
		expect(digestOf(coachA)).toBeUndefined();
		expect(setDigestChoice(a, 'hourly').ok).toBe(false);
		setDigestChoice(a, 'weekly');
		expect(digestChoice(coachA)).toBe('weekly');
	});
});

describe('sending through a real SMTP server', () => {
	let smtp: TestSmtp;
	beforeAll(async () => {
		smtp = await startSmtp();
	});
	afterAll(async () => {
		await smtp.close();
	});

	it('sends each digest once, in the recipient’s language, with links into Polku', async () => {
		const env = { SMTP_URL: smtp.url, MAIL_FROM: 'Polku <polku@test.fi>', ORIGIN: BASE };
		const first = await sendReminders({ date: MONDAY, env });
		expect(first.failed).toBe(0);
		expect(first.lines.map((l) => [l.email, l.items, l.status])).toEqual([
			['lead@test.fi', expect.any(Number), 'sent'],
			['coach-a@test.fi', 7, 'sent'],
			['coach-b@test.fi', 1, 'sent'],
			// The other team's coach gets a digest of their own client, in English.
			['other@test.fi', 1, 'sent']
		]);
		expect(smtp.received.map((r) => r.to)).toEqual([['lead@test.fi'], ['coach-a@test.fi'], ['coach-b@test.fi'], ['other@test.fi']]);
		expect(smtp.received[3].subject).toBe('Polku: 1 things due');
		expect(smtp.received[3].text).toContain('No contact in 14 days: Outi M.');
		const a = smtp.received[1];
		expect(a.from).toBe('polku@test.fi');
		expect(a.subject).toBe('Polku: 7 ajankohtaista');
		expect(a.text).toContain('Hei Kaisa,');
		expect(a.text).toContain('Seuranta 3 kk päättymisen jälkeen: Eero N. (7.12.2026)');
		expect(a.text).toContain(`${BASE}/clients/${aino}`);
		expect(a.text).toContain(`${BASE}/clients/${aino}/plan`);
		expect(a.html).toContain(`<a href="${BASE}/clients/${eero}">`);
		expect(a.text).toContain(`${BASE}/account`);
		const b = smtp.received[2];
		expect(b.subject).toBe('Polku: 1 aktuella saker');
		expect(b.text).toContain('Hej Stina,');
		expect(b.text).toContain('Ingen kontakt på 14 dagar: Ville V.');
		for (const mail of smtp.received) {
			for (const word of FORBIDDEN) expect(mail.raw).not.toContain(word);
			expect(`${mail.subject}${mail.text}${mail.html}`).not.toMatch(HEALTH_WORDS);
		}

		// The same day again: nothing is sent twice.
		const again = await sendReminders({ date: MONDAY, env });
		expect(again.lines.map((l) => l.status)).toEqual(['already-sent', 'already-sent', 'already-sent', 'already-sent']);
		expect(smtp.received).toHaveLength(4);
		expect(deliveriesOn(MONDAY).map((d) => [d.userId, d.status, d.attempts])).toEqual([
			[leadId, 'sent', 1],
			[coachA, 'sent', 1],
			[coachB, 'sent', 1],
			[coachB + 1, 'sent', 1]
		]);
		// A dry run says so, and sends nothing.
		expect((await sendReminders({ date: MONDAY, env, dryRun: true })).lines.map((l) => l.status)).toEqual(['already-sent', 'already-sent', 'already-sent', 'already-sent']);
	});

	it("a lead's reminder: by e-mail now, or in the coach's next digest; audited; only the lead of the team", async () => {
		const lead = actorOf(leadId);
		const target = requireRemindTarget(lead, ville);
		expect(() => requireRemindTarget(actorOf(coachA), ville)).toThrow();
		expect(() => requireRemindTarget(lead, otherTeamClient)).toThrow();
		const now = await remindCoach(lead, target, 'now', { env: { SMTP_URL: smtp.url, ORIGIN: BASE } });
		expect(now).toMatchObject({ ok: true, value: { delivered: 'sent', coachName: 'Stina Sund' } });
		const mail = smtp.received.at(-1)!;
		expect(mail.to).toEqual(['coach-b@test.fi']);
		expect(mail.subject).toBe('Polku: påminnelse om klienten Ville V.');
		expect(mail.text).toContain('Leena Laine ber dig se på klienten Ville V.');
		expect(mail.text).toContain(`${BASE}/clients/${ville}`);

		expect(await remindCoach(lead, { ...target, coachId: null }, 'digest')).toEqual({ ok: false, errors: { clientId: 'err_reminders_no_coach' } });
		expect(await remindCoach(lead, target, 'tomorrow')).toEqual({ ok: false, errors: { delivery: 'err_invalid' } });
		const queued = await remindCoach(lead, target, 'digest', { env: {} });
		expect(queued).toMatchObject({ ok: true, value: { delivered: 'queued' } });
		const tuesday = digestOf(coachB, TUESDAY)!;
		expect(tuesday.digest.sections[0]).toMatchObject({ kind: 'lead-reminders', items: [{ kind: 'lead-reminder', name: 'Ville V.' }] });
		const audit = getSqlite().prepare("SELECT action, client_id AS clientId, user_id AS userId FROM audit_log WHERE entity = 'client-reminder'").all();
		expect(audit).toEqual([
			{ action: 'create', clientId: ville, userId: leadId },
			{ action: 'create', clientId: ville, userId: leadId }
		]);
		// Delivered with Tuesday's digest, then no more.
		await sendReminders({ date: TUESDAY, env: { SMTP_URL: smtp.url, ORIGIN: BASE } });
		expect(smtp.received.at(-1)!.text).toContain('Teamledaren ber dig se på: Ville V.');
		expect(digestOf(coachB, '2026-12-09')!.digest.sections.map((s) => s.kind)).toEqual(['own-clients']);
	});
});

describe('when sending fails', () => {
	const DAY = '2026-12-14';
	const cli = async (...argv: string[]) => {
		const out: string[] = [];
		const err: string[] = [];
		const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
		const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
		try {
			const code = await sendRemindersCommand.run(parseArgs(argv));
			return { code, out, err };
		} finally {
			log.mockRestore();
			error.mockRestore();
		}
	};
	const withEnv = async <T>(env: Record<string, string>, fn: () => Promise<T>): Promise<T> => {
		const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
		Object.assign(process.env, env);
		try {
			return await fn();
		} finally {
			for (const [k, v] of Object.entries(saved)) {
				if (v === undefined) delete process.env[k];
				else process.env[k] = v;
			}
		}
	};

	it('a refusing server: logged with the reason, CLI exits 1, the next run retries and sends', async () => {
		const refusing = await startSmtp({ refuse: true });
		const failed = await withEnv({ SMTP_URL: refusing.url }, () => cli('send-reminders', '--date', DAY));
		await refusing.close();
		expect(failed.code).toBe(1);
		expect(failed.out.join('\n')).toMatch(/coach-a@test\.fi\t7 items\tFAILED: .*550/);
		expect(failed.err.join('\n')).toContain('could not be sent; the next run retries them');
		expect(deliveriesOn(DAY).find((d) => d.userId === coachA)).toMatchObject({ status: 'failed', attempts: 1, error: expect.stringContaining('550') });

		const working = await startSmtp();
		const retried = await withEnv({ SMTP_URL: working.url }, () => cli('send-reminders', '--date', DAY));
		await working.close();
		expect(retried.code).toBe(0);
		expect(retried.out.join('\n')).toContain('coach-a@test.fi\t7 items\tsent');
		expect(working.received.map((r) => r.to[0])).toContain('coach-a@test.fi');
		expect(deliveriesOn(DAY).find((d) => d.userId === coachA)).toMatchObject({ status: 'sent', attempts: 2, error: null });
	});

	it('a server that times out fails the same way; the app keeps working', async () => {
		const silent = await startSilentServer();
		const day = '2026-12-21';
		const result = await withEnv({ SMTP_URL: silent.url, SMTP_TIMEOUT_SECONDS: '0.5' }, () => cli('send-reminders', '--date', day));
		await silent.close();
		expect(result.code).toBe(1);
		expect(result.out.join('\n')).toMatch(/coach-a@test\.fi\t\d+ items\tFAILED: .*(timeout|Greeting|ETIMEDOUT)/i);
		expect(deliveriesOn(day).every((d) => d.status === 'failed')).toBe(true);
	}, 20_000);

	it('without or with a wrong SMTP_URL the CLI says why and exits 1; --dry-run still lists', async () => {
		const off = await withEnv({ SMTP_URL: '' }, () => cli('send-reminders', '--date', '2026-12-28'));
		expect(off.code).toBe(1);
		expect(off.err.join()).toContain('SMTP_URL is not set');
		const wrong = await withEnv({ SMTP_URL: 'http://mail.example.fi' }, () => cli('send-reminders', '--date', '2026-12-28'));
		expect(wrong.code).toBe(1);
		expect(wrong.err.join()).toContain('smtp:// or smtps://');
		const dry = await withEnv({ SMTP_URL: '' }, () => cli('send-reminders', '--dry-run', '--date', '2026-12-28'));
		expect(dry.code).toBe(0);
		expect(dry.out.join('\n')).toMatch(/^coach-a@test\.fi\t\d+ items\twould send \(dry run\)$/m);
		expect(deliveriesOn('2026-12-28')).toEqual([]);
		expect(mailSetup({})).toEqual({ state: 'off' });
		expect(mailSetup({ SMTP_URL: 'smtps://u:p@mail.example.fi:465' })).toMatchObject({ state: 'on', host: 'mail.example.fi' });
		expect(reminderSettings(actorOf(coachA), {})).toMatchObject({ mail: 'off', hour: 7, digest: 'weekly' });
		await expect(cli('send-reminders', '--date', '7.13.2026')).rejects.toThrow('--date must be a date');
	});

	it('the scheduler does not start under vitest or without SMTP_URL', () => {
		expect(startReminderSchedule({ VITEST: 'true', SMTP_URL: 'smtp://x' })).toBeNull();
		expect(startReminderSchedule({})).toBeNull();
		expect(startReminderSchedule({ SMTP_URL: 'smtp://x', POLKU_WORKER_INDEX: '2' })).toBeNull();
	});
});

describe('the calendar feed', () => {
	const get = async (token: string, ip = '10.0.0.1') => {
		try {
			return await feedGet({ params: { token }, getClientAddress: () => ip } as unknown as Parameters<typeof feedGet>[0]);
		} catch (e) {
			return { status: (e as { status: number }).status } as Response;
		}
	};

	it('initials and kinds only, links back to Polku; parsed by node-ical', () => {
		const text = calendarText(actorOf(coachA), 'fi', MONDAY, BASE);
		const events = Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === 'VEVENT') as ical.VEvent[];
		const summaries = events.map((e) => String(e.summary));
		expect(summaries).toContain('A. K. – seuraava askel');
		expect(summaries).toContain('A. K. – suunnitelman tarkistus');
		expect(summaries).toContain('B. S. – työn aloitus');
		expect(summaries).toContain('B. S. – seurantakäynti');
		expect(summaries).toContain('E. N. – seuranta 3 kk päättymisen jälkeen');
		expect(summaries.join()).not.toMatch(/V\. V\.|O\. M\./);
		for (const word of FORBIDDEN) expect(text).not.toContain(word);
		expect(text).not.toMatch(HEALTH_WORDS);
		const nextStep = events.find((e) => String(e.summary) === 'A. K. – seuraava askel')!;
		expect(JSON.stringify(nextStep.url)).toContain(`${BASE}/clients/${aino}`);
		expect(nextStep.datetype).toBe('date');
		expect(calendarFacts(actorOf(coachB), MONDAY).map((c) => c.clientId)).toEqual([ville]);
		expect(calendarText(actorOf(coachB), 'sv', MONDAY, BASE)).toContain('X-WR-CALNAME:Polku');
	});

	it('is served at its token, audited as a read by its owner; revoking makes it 404 at once, like an unknown token', async () => {
		const coach = actorOf(coachA);
		const created = createFeed(coach);
		if (!created.ok) throw new Error('no feed');
		const token = created.value.token;
		expect(getSqlite().prepare('SELECT count(*) AS n FROM calendar_feeds WHERE token_hash = ?').get(token)).toEqual({ n: 0 });
		const ok = await get(token);
		expect(ok.status).toBe(200);
		expect(ok.headers.get('content-type')).toContain('text/calendar');
		expect(Object.values(ical.sync.parseICS(await ok.text())).some((e) => e?.type === 'VEVENT')).toBe(true);
		expect(getSqlite().prepare("SELECT user_id AS userId, action FROM audit_log WHERE entity = 'calendar-feed' AND action = 'read'").all()).toEqual([{ userId: coachA, action: 'read' }]);

		// A new address replaces the old one.
		const second = createFeed(coach);
		if (!second.ok) throw new Error('no feed');
		expect((await get(token)).status).toBe(404);
		expect((await get(second.value.token)).status).toBe(200);
		revokeFeed(coach);
		expect(feedStatus(coachA).on).toBe(false);
		expect((await get(second.value.token)).status).toBe(404);
		expect((await get('A'.repeat(43))).status).toBe(404);
		expect((await get('not-a-token')).status).toBe(404);
		// An account switched off closes its feed too.
		const b = createFeed(actorOf(coachB));
		if (!b.ok) throw new Error('no feed');
		run('UPDATE users SET active = 0 WHERE id = ?', coachB);
		expect((await get(b.value.token)).status).toBe(404);
		run('UPDATE users SET active = 1 WHERE id = ?', coachB);
	});

	it('is rate-limited per address', async () => {
		let refused = 0;
		for (let i = 0; i < feedRequestBucket.max + 5; i++) if ((await get('B'.repeat(43), '10.9.9.9')).status === 429) refused++;
		expect(refused).toBe(5);
	});
});
