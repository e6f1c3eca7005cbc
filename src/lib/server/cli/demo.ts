import type { Command } from './commands';
import { loadDemo } from '../demo';

export const demoCommand: Command = {
	summary: 'Load the Finnish demo data set (idempotent; refuses on real data unless --force).',
	usage: 'demo [--force]',
	async run(args) {
		const result = await loadDemo({ force: args.flags.force === true });
		(result.status === 'refused' ? console.error : console.log)(result.message);
		return result.status === 'refused' ? 1 : 0;
	}
};
