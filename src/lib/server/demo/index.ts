import { count, inArray, notInArray } from 'drizzle-orm';
import { getDb } from '../db';
import { clients, users } from '../db/schema';
import { seedDemoAccounts, DEMO_EMAILS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from './accounts';
import { storeConfirmedSecret } from '../auth/totp';
import { createUser } from '../accounts';
import { seedDemoCaseload } from './caseload';
import { seedDemoRecords } from './records';
import { seedDemoNetwork } from './network';
import { seedDemoFidelity } from './fidelity';
import { seedDemoNetworkPeople } from './network-people';
import { seedDemoServices } from './services';
import { seedDemoReferrals } from './referrals';
import { seedDemoMeetings } from './meetings';
import { isoDateInFinland } from '$lib/domain/dates';

export type DemoResult = { status: 'loaded' | 'already-loaded' | 'refused'; message: string };

/**
 * Loads the Finnish demo data set. Idempotent: a second run finds the demo accounts and stops.
 * Refuses on a database holding other accounts or clients (real data) unless force is set.
 */
export async function loadDemo(options: { force?: boolean; today?: string } = {}): Promise<DemoResult> {
	const db = getDb();
	const existingDemo = db.select({ n: count() }).from(users).where(inArray(users.email, DEMO_EMAILS)).get()?.n ?? 0;
	if (existingDemo > 0) return { status: 'already-loaded', message: 'Demo data is already loaded.' };
	const otherUsers = db.select({ n: count() }).from(users).where(notInArray(users.email, DEMO_EMAILS)).get()?.n ?? 0;
	const anyClients = db.select({ n: count() }).from(clients).get()?.n ?? 0;
	if ((otherUsers > 0 || anyClients > 0) && !options.force) {
		return {
			status: 'refused',
			message: 'This database already has accounts or clients (real data?). Run again with --force to add the demo data anyway.'
		};
	}
	const today = options.today ?? isoDateInFinland();
	const accounts = await seedDemoAccounts();
	const caseload = db.transaction((tx) => {
		const seeded = seedDemoCaseload(tx, accounts, today);
		seedDemoRecords(tx, accounts, today);
		seedDemoNetwork(tx, accounts, seeded.employerId, today);
		seedDemoFidelity(tx, accounts, today);
		seedDemoNetworkPeople(tx, accounts);
		seedDemoServices(tx, accounts);
		seedDemoReferrals(tx, accounts, today);
		seedDemoMeetings(tx, accounts, today);
		return seeded;
	});
	// The employer user sees the portal of the first demo employer (Kahvila Kulma Oy).
	const employerUserId = await createUser({
		email: accounts.employerUserEmail,
		name: 'Erja Esihenkilö',
		password: DEMO_PASSWORD,
		employerId: caseload.employerId
	});
	storeConfirmedSecret(employerUserId, DEMO_TOTP_SECRET);
	return { status: 'loaded', message: `Demo data loaded (reference date ${today}).` };
}
