import { createTeam, createUser } from '../accounts';
import { storeConfirmedSecret } from '../auth/totp';

/** The documented demo accounts (README). All share one password; created only by `polku demo`. */
export const DEMO_PASSWORD = 'polku-demo-2026';
/**
 * The demo accounts that must have a second factor (admin, leads, employer user) share this TOTP
 * secret, published in the README so anyone can try the demo: demo data only, never for real use.
 */
export const DEMO_TOTP_SECRET = 'POLKUDEMOPOLKUDEMOPOLKUDEMOPOLKU';
export const DEMO_EMAILS = [
	'admin@example.fi',
	'lead@example.fi',
	'coach@example.fi',
	'coach2@example.fi',
	'coach3@example.fi',
	'lead2@example.fi',
	'employer@example.fi'
];

export type DemoAccounts = {
	teamId: number;
	otherTeamId: number;
	adminId: number;
	leadId: number;
	coachId: number;
	coach2Id: number;
	coach3Id: number;
	lead2Id: number;
	/** The employer user's organisation is created with the caseload; linked afterwards. */
	employerUserEmail: string;
};

export async function seedDemoAccounts(): Promise<DemoAccounts> {
	const teamId = createTeam({ name: 'Vantaan IPS-tiimi', municipality: 'Vantaa' });
	const otherTeamId = createTeam({ name: 'Keravan IPS-tiimi', municipality: 'Kerava' });
	const common = { password: DEMO_PASSWORD };
	const adminId = await createUser({ ...common, email: 'admin@example.fi', name: 'Aila Pääkäyttäjä', isAdmin: true });
	const leadId = await createUser({
		...common,
		email: 'lead@example.fi',
		name: 'Leena Laine',
		phone: '040 123 4501',
		team: { teamId, role: 'lead' }
	});
	const coachId = await createUser({
		...common,
		email: 'coach@example.fi',
		name: 'Kaisa Koski',
		phone: '040 123 4502',
		team: { teamId, role: 'coach' }
	});
	const coach2Id = await createUser({
		...common,
		email: 'coach2@example.fi',
		name: 'Mikko Mäkelä',
		phone: '040 123 4503',
		team: { teamId, role: 'coach', fte: 0.8 }
	});
	const coach3Id = await createUser({
		...common,
		email: 'coach3@example.fi',
		name: 'Sanna Salo',
		phone: '040 123 4504',
		team: { teamId: otherTeamId, role: 'coach' }
	});
	const lead2Id = await createUser({
		...common,
		email: 'lead2@example.fi',
		name: 'Olli Ojala',
		phone: '040 123 4505',
		team: { teamId: otherTeamId, role: 'lead' }
	});
	for (const id of [adminId, leadId, lead2Id]) storeConfirmedSecret(id, DEMO_TOTP_SECRET);
	return { teamId, otherTeamId, adminId, leadId, coachId, coach2Id, coach3Id, lead2Id, employerUserEmail: 'employer@example.fi' };
}
