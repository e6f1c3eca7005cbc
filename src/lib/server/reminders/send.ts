import { and, eq, inArray, isNull } from 'drizzle-orm';
import { getDb } from '../db';
import { clientReminders, reminderDeliveries, users } from '../db/schema';
import { loadActor } from '../auth/session';
import { canReceiveReminders } from '../policy';
import { composeDigest, MAX_ATTEMPTS_PER_DAY, type Digest } from '$lib/domain/reminders';
import { coachFacts, leadFacts, pendingLeadReminders } from './collect';
import { digestChoice } from './preferences';
import { createMailer, failureReason, mailSetup, type Mailer } from './mailer';
import { appBaseUrl, renderDigest, type MailLocale } from './render';

/**
 * One run of the digests for a day (the scheduler's and `polku send-reminders`'): each active staff
 * user's digest, sent at most once per user and day (table reminder_deliveries). A failed send is
 * logged with its reason and retried by the next run, up to MAX_ATTEMPTS_PER_DAY times.
 */

export type RecipientLine = {
	userId: number;
	email: string;
	items: number;
	status: 'sent' | 'would-send' | 'failed' | 'already-sent' | 'busy' | 'gave-up';
	error?: string;
};

export type RunResult = { date: string; lines: RecipientLine[]; failed: number };

export class MailNotConfigured extends Error {}

/** A sending row older than this is taken to be from a process that died mid-send. */
const STALE_CLAIM_MS = 15 * 60_000;

export type DigestFor = { userId: number; email: string; name: string; locale: MailLocale; digest: Digest; reminderIds: number[] };

/** Every staff user's digest for the day; empty digests are left out. */
export function digestsFor(date: string): DigestFor[] {
	const staff = getDb()
		.select({ id: users.id, email: users.email, name: users.name, locale: users.locale, isAdmin: users.isAdmin, employerId: users.employerId })
		.from(users)
		.where(and(eq(users.active, true), isNull(users.employerId)))
		.orderBy(users.id)
		.all();
	const result: DigestFor[] = [];
	for (const user of staff) {
		const actor = loadActor(user);
		if (!canReceiveReminders(actor)) continue;
		const reminders = pendingLeadReminders(user.id);
		const { coachClients, exits } = coachFacts(actor, date);
		const digest = composeDigest({ today: date, choice: digestChoice(user.id), coachClients, exits, leadTeams: leadFacts(actor, date), leadReminders: reminders });
		if (digest.count === 0) continue;
		result.push({ userId: user.id, email: user.email, name: user.name, locale: user.locale, digest, reminderIds: reminders.map((r) => r.id) });
	}
	return result;
}

type Claim = { ok: true; attempts: number } | { ok: false; status: RecipientLine['status'] };

/** Takes the user's row for the day (in one transaction), unless it was sent, is being sent, or failed too often. */
function claim(userId: number, day: string, now: Date): Claim {
	const db = getDb();
	return db.transaction(() => {
		const row = db.select().from(reminderDeliveries).where(and(eq(reminderDeliveries.userId, userId), eq(reminderDeliveries.day, day))).get();
		if (row?.status === 'sent') return { ok: false, status: 'already-sent' } as const;
		if (row?.status === 'sending' && now.getTime() - row.updatedAt.getTime() < STALE_CLAIM_MS) return { ok: false, status: 'busy' } as const;
		if (row && row.attempts >= MAX_ATTEMPTS_PER_DAY) return { ok: false, status: 'gave-up' } as const;
		const attempts = (row?.attempts ?? 0) + 1;
		if (row) db.update(reminderDeliveries).set({ status: 'sending', attempts, updatedAt: now }).where(eq(reminderDeliveries.id, row.id)).run();
		else db.insert(reminderDeliveries).values({ userId, day, status: 'sending', attempts, items: 0, updatedAt: now }).run();
		return { ok: true, attempts } as const;
	});
}

function finish(userId: number, day: string, outcome: { sent: true; items: number; reminderIds: number[] } | { sent: false; items: number; error: string }): void {
	const db = getDb();
	db.transaction(() => {
		const now = new Date();
		db.update(reminderDeliveries)
			.set({ status: outcome.sent ? 'sent' : 'failed', items: outcome.items, error: outcome.sent ? null : outcome.error, updatedAt: now })
			.where(and(eq(reminderDeliveries.userId, userId), eq(reminderDeliveries.day, day)))
			.run();
		if (outcome.sent && outcome.reminderIds.length > 0) {
			db.update(clientReminders).set({ deliveredAt: now }).where(and(inArray(clientReminders.id, outcome.reminderIds), isNull(clientReminders.deliveredAt))).run();
		}
	});
}

export async function sendReminders(options: { date: string; dryRun?: boolean; mailer?: Mailer; env?: Record<string, string | undefined> }): Promise<RunResult> {
	const env = options.env ?? process.env;
	const { date } = options;
	const digests = digestsFor(date);
	if (options.dryRun) {
		const sent = new Set(
			getDb()
				.select({ userId: reminderDeliveries.userId })
				.from(reminderDeliveries)
				.where(and(eq(reminderDeliveries.day, date), eq(reminderDeliveries.status, 'sent')))
				.all()
				.map((r) => r.userId)
		);
		return { date, failed: 0, lines: digests.map((d) => ({ userId: d.userId, email: d.email, items: d.digest.count, status: sent.has(d.userId) ? 'already-sent' : 'would-send' })) };
	}
	let mailer = options.mailer;
	let ownMailer = false;
	if (!mailer) {
		const setup = mailSetup(env);
		if (setup.state === 'off') throw new MailNotConfigured('SMTP_URL is not set: no e-mail can be sent (use --dry-run to see what would be sent).');
		if (setup.state === 'invalid') throw new MailNotConfigured(setup.reason);
		mailer = createMailer(setup, env);
		ownMailer = true;
	}
	const baseUrl = appBaseUrl(env);
	const lines: RecipientLine[] = [];
	try {
		for (const d of digests) {
			const claimed = claim(d.userId, date, new Date());
			if (!claimed.ok) {
				lines.push({ userId: d.userId, email: d.email, items: d.digest.count, status: claimed.status });
				continue;
			}
			try {
				await mailer.send(renderDigest({ to: d.email, name: d.name, locale: d.locale, today: date, digest: d.digest, baseUrl }));
				finish(d.userId, date, { sent: true, items: d.digest.count, reminderIds: d.reminderIds });
				lines.push({ userId: d.userId, email: d.email, items: d.digest.count, status: 'sent' });
			} catch (err) {
				const error = failureReason(err);
				finish(d.userId, date, { sent: false, items: d.digest.count, error });
				console.error(`Reminder to ${d.email} for ${date} failed (attempt ${claimed.attempts} of ${MAX_ATTEMPTS_PER_DAY}): ${error}`);
				lines.push({ userId: d.userId, email: d.email, items: d.digest.count, status: 'failed', error });
			}
		}
	} finally {
		if (ownMailer) mailer.close();
	}
	return { date, lines, failed: lines.filter((l) => l.status === 'failed').length };
}

/** The day's send log, for the settings view and tests. */
export function deliveriesOn(day: string) {
	return getDb().select().from(reminderDeliveries).where(eq(reminderDeliveries.day, day)).orderBy(reminderDeliveries.userId).all();
}
