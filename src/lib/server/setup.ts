import { countUsers, createUser } from './accounts';
import { MIN_PASSWORD_LENGTH } from './auth/password';
import { storeConfirmedSecret } from './auth/totp';

let usersExist = false;

/** True until the first account exists. Cached once false, since accounts are never all removed. */
export function setupRequired(): boolean {
	if (usersExist) return false;
	usersExist = countUsers() > 0;
	return !usersExist;
}

export function markSetupDone(): void {
	usersExist = true;
}

/** POLKU_ADMIN_EMAIL / POLKU_ADMIN_PASSWORD create the first administrator without the set-up page. */
export async function ensureEnvironmentAdmin(): Promise<void> {
	const email = process.env.POLKU_ADMIN_EMAIL;
	const password = process.env.POLKU_ADMIN_PASSWORD;
	if (!email || !password || countUsers() > 0) return;
	if (password.length < MIN_PASSWORD_LENGTH) {
		throw new Error(`POLKU_ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters`);
	}
	const id = await createUser({ email, name: 'Administrator', password, isAdmin: true });
	// Optional: a known TOTP secret for automated set-ups, so the admin needs no interactive enrolment.
	const totpSecret = process.env.POLKU_ADMIN_TOTP_SECRET;
	if (totpSecret) storeConfirmedSecret(id, totpSecret);
	markSetupDone();
	console.log(`Created administrator ${email} from POLKU_ADMIN_EMAIL`);
}
