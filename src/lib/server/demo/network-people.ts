import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { clients, networkPeople } from '../db/schema';
import type { DemoAccounts } from './accounts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The support network of the first demo client (Virtanen, Vantaa team): three people outside Polku. */
export function seedDemoNetworkPeople(tx: Tx, accounts: DemoAccounts): void {
	const client = tx.select({ id: clients.id }).from(clients).where(and(eq(clients.teamId, accounts.teamId), eq(clients.lastName, 'Virtanen'))).get();
	if (!client) return;
	tx.insert(networkPeople)
		.values([
			{ clientId: client.id, role: 'responsible-worker', name: 'Sanna Sosiaaliohjaaja', organisation: 'Vantaan ja Keravan hyvinvointialue, aikuissosiaalityö', phone: '09 8392 1234', email: 'sanna.sosiaaliohjaaja@example.fi' },
			{ clientId: client.id, role: 'care-contact', name: 'Pekka Psykiatrinen', organisation: 'Psykiatrian poliklinikka', phone: '09 8392 5678', email: null },
			{ clientId: client.id, role: 'work-ability-coordinator', name: 'Tiina Työkyky', organisation: 'Vantaan työllisyyspalvelut', phone: null, email: 'tiina.tyokyky@example.fi' }
		])
		.run();
}
