import { getSqlite } from '../db';
import type { Actor } from '../policy';
import { disclose, roleBasis } from '../disclosures';
import { RAW_COLUMNS } from './export';

/**
 * An export with the raw clients table names clients (first and last name): the file leaves Polku
 * with the person who downloads it, so each named client gets a disclosure row to that user
 * (docs/domain/privacy.md#disclosure-log). Anonymised clients are no longer named and get none.
 */
export function discloseExportedClients(actor: Actor, teamIds: number[], what: { table: string; format: string; view: string }): void {
	if (teamIds.length === 0) return;
	const rows = getSqlite()
		.prepare(`SELECT id, team_id AS teamId FROM clients WHERE team_id IN (${teamIds.map(() => '?').join(',')}) AND anonymised_at IS NULL ORDER BY id`)
		.all(...teamIds) as { id: number; teamId: number }[];
	const details = `outcomes export (${what.table}, ${what.format}): ${RAW_COLUMNS.clients.join(', ')}`;
	disclose(
		rows.map((client) => ({
			actor,
			clientId: client.id,
			teamId: client.teamId,
			entity: 'client',
			entityId: client.id,
			view: what.view,
			details,
			recipient: { kind: 'user', userId: actor.id },
			basis: roleBasis(actor, client.teamId)
		}))
	);
}
