import { error } from '@sveltejs/kit';
import { audit, type AuditEntry } from './audit';
import { clientReadBucket } from './auth/rate-limit';

/** The message of the 429 error; +error.svelte shows the translated text for the status. */
export const READ_BUDGET_EXCEEDED = 'Too many reads';

/**
 * Every served read of one client's data goes through here, after the policy check and before the
 * data is loaded: it spends one unit of the reader's budget (clientReadBudget in auth/rate-limit.ts)
 * and writes the audit row (docs/domain/privacy.md#audit-log: every read of a client record). Over the budget, the read
 * is refused with HTTP 429 and the refusal is written to the log instead ('read-refused', with the
 * same client, team and view), so the log shows the attempt without the data having been served.
 */
export function auditClientRead(entry: AuditEntry & { action: 'read' | 'export' }): void {
	const userId = entry.actor?.id;
	if (userId != null && !clientReadBucket.consume(userId)) {
		audit({ ...entry, action: 'read-refused', details: entry.action === 'export' ? 'export over the read budget' : 'over the read budget' });
		error(429, READ_BUDGET_EXCEEDED);
	}
	audit(entry);
}
