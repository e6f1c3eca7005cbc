import type { Command } from './commands';
import { stringFlag, UsageError } from './args';
import { isoDateInFinland, parseDate } from '$lib/domain/dates';
import { MailNotConfigured, sendReminders } from '../reminders/send';

const STATUS_TEXT: Record<string, string> = {
	sent: 'sent',
	'would-send': 'would send (dry run)',
	'already-sent': 'already sent today, skipped',
	busy: 'being sent by another process, skipped',
	failed: 'FAILED',
	'gave-up': 'failed too often today, not retried'
};

export const sendRemindersCommand: Command = {
	summary: 'Send the day’s reminder digests now (never twice per user and day); --dry-run only lists them.',
	usage: 'send-reminders [--dry-run] [--date YYYY-MM-DD]',
	async run(args) {
		const dateFlag = stringFlag(args, 'date');
		if (args.flags.date === true) throw new UsageError('--date needs a date (YYYY-MM-DD)');
		const date = dateFlag ? parseDate(dateFlag) : isoDateInFinland();
		if (!date) throw new UsageError('--date must be a date (YYYY-MM-DD)');
		const dryRun = args.flags['dry-run'] === true;
		try {
			const result = await sendReminders({ date, dryRun });
			for (const line of result.lines) {
				console.log(`${line.email}\t${line.items} item${line.items === 1 ? '' : 's'}\t${STATUS_TEXT[line.status]}${line.error ? `: ${line.error}` : ''}`);
			}
			if (result.lines.length === 0) console.log(`Nothing due for ${date}: no digests to send.`);
			if (result.failed > 0) {
				console.error(`${result.failed} of ${result.lines.length} digests could not be sent; the next run retries them.`);
				return 1;
			}
			return 0;
		} catch (err) {
			if (err instanceof MailNotConfigured) {
				console.error(`Cannot send reminders: ${err.message}`);
				return 1;
			}
			throw err;
		}
	}
};
