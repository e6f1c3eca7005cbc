import { isoDateInFinland, TIME_ZONE } from '$lib/domain/dates';
import { reminderHourFrom } from '$lib/domain/reminders';
import { mailSetup } from './mailer';
import { sendReminders } from './send';

/**
 * Sends the day's digests from the running server at REMINDER_HOUR (default 7) Finnish time. Checks
 * every few minutes; once the hour has come, each check sends what is still unsent for the day
 * (so failures are retried) until a run ends without failures. Not started under vitest, by the
 * CLI (which never imports the server hooks), without SMTP_URL, or in workers other than the first.
 */

const finnishHour = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: 'numeric', hourCycle: 'h23' });

export function hourInFinland(instant: Date): number {
	return Number(finnishHour.format(instant));
}

/** Minutes between checks. */
const CHECK_MINUTES = 10;

export function startReminderSchedule(env: Record<string, string | undefined> = process.env): NodeJS.Timeout | null {
	if (env.VITEST) return null;
	if (env.POLKU_WORKER_INDEX && env.POLKU_WORKER_INDEX !== '1') return null;
	const setup = mailSetup(env);
	if (setup.state === 'off') return null;
	if (setup.state === 'invalid') {
		console.error(`Reminders are off: ${setup.reason}`);
		return null;
	}
	const hour = reminderHourFrom(env.REMINDER_HOUR);
	let completedFor: string | null = null;
	let running = false;
	const check = async () => {
		const now = new Date();
		const today = isoDateInFinland(now);
		if (running || completedFor === today || hourInFinland(now) < hour) return;
		running = true;
		try {
			const result = await sendReminders({ date: today, env });
			const sent = result.lines.filter((l) => l.status === 'sent').length;
			if (sent || result.failed) console.log(`Reminders for ${today}: ${sent} sent, ${result.failed} failed`);
			if (result.failed === 0) completedFor = today;
		} catch (err) {
			console.error(`Reminder run failed: ${err instanceof Error ? err.message : err}`);
		} finally {
			running = false;
		}
	};
	const timer = setInterval(() => void check(), CHECK_MINUTES * 60_000);
	timer.unref();
	void check();
	return timer;
}
