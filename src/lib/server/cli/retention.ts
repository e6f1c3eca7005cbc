import type { Command } from './commands';
import { stringFlag, UsageError } from './args';
import { isoDateInFinland, parseDate } from '$lib/domain/dates';
import { retentionYears } from '../trust/personal-data';
import { dueReport } from '../trust/retention';

export const retentionCommand: Command = {
	summary: 'List closed clients whose retention has run (due), for an admin to approve at /privacy; changes nothing.',
	usage: 'retention due [--date YYYY-MM-DD]',
	run(args) {
		const [sub] = args.positionals;
		if (sub !== 'due') throw new UsageError(sub ? `Unknown retention command: ${sub}` : 'retention needs a subcommand');
		const dateFlag = stringFlag(args, 'date');
		if (args.flags.date === true) throw new UsageError('--date needs a date (YYYY-MM-DD)');
		const date = dateFlag ? parseDate(dateFlag) : isoDateInFinland();
		if (!date) throw new UsageError('--date must be a date (YYYY-MM-DD)');
		const { count, lines } = dueReport(date);
		console.log(`Retention period: ${retentionYears()} years after the last enrolment closed.`);
		if (count === 0) {
			console.log(`No clients are due for anonymisation on ${date}.`);
			return 0;
		}
		console.log(`${count} client${count === 1 ? ' is' : 's are'} due for anonymisation on ${date} (approve each at /privacy/clients/<id>; nothing was changed):`);
		for (const line of lines) console.log(line);
		return 0;
	}
};
