import type { Command } from './commands';
import { stringFlag, UsageError } from './args';
import { createUser, emailTaken } from '../accounts';
import { MIN_PASSWORD_LENGTH } from '../auth/password';

export const createAdminCommand: Command = {
	summary: 'Create an administrator account (password from --password or POLKU_ADMIN_PASSWORD).',
	usage: 'create-admin --email <email> [--name <name>] [--password <password>]',
	async run(args) {
		const email = stringFlag(args, 'email') ?? process.env.POLKU_ADMIN_EMAIL;
		const password = stringFlag(args, 'password') ?? process.env.POLKU_ADMIN_PASSWORD;
		const name = stringFlag(args, 'name') ?? 'Administrator';
		if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new UsageError('--email <email> is required and must be an e-mail address');
		if (!password || password.length < MIN_PASSWORD_LENGTH) {
			throw new UsageError(`--password must have at least ${MIN_PASSWORD_LENGTH} characters`);
		}
		if (emailTaken(email)) {
			console.error(`An account with ${email} already exists.`);
			return 1;
		}
		await createUser({ email, name, password, isAdmin: true });
		console.log(`Administrator ${email} created.`);
	}
};
