import type { Actor } from '../policy';
import { audited, done, refused, type CommandResult } from '../commands';
import { anonymiseClient, NotEligibleError, setRetentionYears } from './personal-data';

/**
 * The privacy writes: the retention period and a client's anonymisation, each logged in the same
 * transaction (docs/architecture.md#commands). The route has authorized the actor.
 */

/** How many years after the last enrolment closed a client's data is kept. */
export function setRetention(actor: Actor, years: number): CommandResult<number> {
	return audited(
		() => {
			setRetentionYears(years);
			return done(years);
		},
		(kept) => ({ actor, action: 'update', entity: 'setting', details: `retention_years=${kept}` })
	);
}

/**
 * Anonymises a client whose retention period has run (see anonymiseClient); any other client is
 * refused at the confirmation and nothing is changed or logged.
 */
export function eraseClient(actor: Actor, client: { id: number; team_id: number }, today?: string): CommandResult<{ clearedTables: string[]; deletedTables: string[] }> {
	return audited(
		() => {
			try {
				return done(anonymiseClient(client.id, today));
			} catch (err) {
				if (err instanceof NotEligibleError) return refused({ confirm: 'trust_not_eligible' });
				throw err;
			}
		},
		(result) => ({
			actor,
			action: 'erase',
			entity: 'client',
			entityId: client.id,
			clientId: client.id,
			teamId: client.team_id,
			details: `cleared: ${result.clearedTables.join(', ') || '–'}; deleted: ${result.deletedTables.join(', ') || '–'}`
		})
	);
}
