import { error } from '@sveltejs/kit';
import { authorize, requireAuditScope, seesClientNames, type Actor } from '../policy';
import { clientAccessReport, clientForAccessReport, listAudit, type AuditAction } from '../audit';
import { auditClientRead } from '../read-budget';
import { parseDate } from '$lib/domain/dates';
import { recipientNames, splitAccessReport } from './access-report';

/** The client whose access report is asked for, if the actor may read that team's log (404 otherwise). */
export function requireClientAccessReport(actor: Actor | null | undefined, clientId: number, action: 'read' | 'export') {
	const client = Number.isInteger(clientId) ? clientForAccessReport(clientId) : undefined;
	if (!client) error(404, 'Not found');
	authorize(actor, action, { kind: 'audit', teamId: client.teamId });
	const showName = seesClientNames(actor, client.teamId);
	return { id: client.id, teamId: client.teamId, name: showName ? `${client.firstName} ${client.lastName}` : null };
}

/**
 * A client's access report, as a page (`read`) or a CSV file (`export`): the policy first, then the
 * report's own audit row (the report is client data too, read-budget.ts), then the rows: uses
 * (reads, changes, exports) and disclosures (data that left the staff circle), each with its basis.
 */
export function loadClientAccessReport(actor: Actor | null | undefined, clientId: number, action: 'read' | 'export') {
	const client = requireClientAccessReport(actor, clientId, action);
	const view = action === 'read' ? 'access-report' : 'access-report.csv';
	auditClientRead({ actor: actor ?? null, action, entity: 'access-report', clientId: client.id, teamId: client.teamId, view });
	const rows = clientAccessReport(client.id);
	return { client, ...splitAccessReport(rows, recipientNames(rows)) };
}

const ACTIONS: AuditAction[] = ['read', 'read-refused', 'create', 'update', 'delete', 'export', 'disclose', 'erase', 'sign-in', 'sign-in-failed', 'sign-out'];

/**
 * The audit log page: the part of the log the actor may read (the whole installation for admins,
 * their teams' for leads; 404 for anyone else), filtered by the URL's user, client, action and
 * dates, one page at a time.
 */
export function loadAuditLog(actor: Actor | null | undefined, query: URLSearchParams) {
	const scope = requireAuditScope(actor);
	const clientId = Number(query.get('client'));
	const action = query.get('action') ?? '';
	const filter = {
		user: query.get('user')?.trim() ?? '',
		client: Number.isInteger(clientId) && clientId > 0 ? String(clientId) : '',
		action: (ACTIONS as string[]).includes(action) ? action : '',
		from: parseDate(query.get('from') ?? '') ?? '',
		to: parseDate(query.get('to') ?? '') ?? ''
	};
	const result = listAudit({
		teamIds: scope.teamIds,
		userEmail: filter.user || undefined,
		clientId: filter.client ? Number(filter.client) : undefined,
		action: filter.action || undefined,
		from: filter.from || undefined,
		to: filter.to || undefined,
		page: Number(query.get('page')) || 1
	});
	return { ...result, filter, actions: ACTIONS as string[], wholeInstallation: scope.teamIds === null };
}
