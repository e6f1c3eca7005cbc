import type { Actor } from '../policy';
import { audited, done, refused, type CommandResult } from '../commands';
import { anonymiseClient, NotEligibleError, retentionYears, setRetentionYears } from './personal-data';
import { recordRetentionChange } from './retention';

/**
 * The privacy writes: the retention period and a client's anonymisation, each logged in the same
 * transaction (docs/architecture.md#commands). The route has authorized the actor.
 */

/**
 * How many years after the last enrolment closed a client's data is kept. The reason is required
 * (a departure from the national rule must be explained) and is logged with the old and new value.
 */
export function setRetention(actor: Actor, years: number, reason: string): CommandResult<number> {
	if (!reason.trim()) return refused({ reason: 'retention_err_reason' });
	const previous = retentionYears();
	return audited(
		() => {
			setRetentionYears(years);
			recordRetentionChange({ at: Date.now(), userId: actor.id, years, previous, reason: reason.trim() });
			return done(years);
		},
		(kept) => ({ actor, action: 'update', entity: 'setting', details: `retention_years=${kept}; previous=${previous}; reason=${reason.trim()}` })
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
