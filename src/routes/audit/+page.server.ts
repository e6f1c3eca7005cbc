import type { PageServerLoad } from './$types';
import { listAudit } from '$lib/server/audit';
import { requireAuditScope } from '$lib/server/policy';
import { parseDate } from '$lib/domain/dates';

const ACTIONS = ['read', 'read-refused', 'create', 'update', 'delete', 'export', 'erase', 'sign-in', 'sign-in-failed', 'sign-out'];

export const load: PageServerLoad = ({ locals, url }) => {
	const scope = requireAuditScope(locals.actor);
	const q = url.searchParams;
	const clientId = Number(q.get('client'));
	const action = q.get('action') ?? '';
	const filter = {
		user: q.get('user')?.trim() ?? '',
		client: Number.isInteger(clientId) && clientId > 0 ? String(clientId) : '',
		action: ACTIONS.includes(action) ? action : '',
		from: parseDate(q.get('from') ?? '') ?? '',
		to: parseDate(q.get('to') ?? '') ?? ''
	};
	const result = listAudit({
		teamIds: scope.teamIds,
		userEmail: filter.user || undefined,
		clientId: filter.client ? Number(filter.client) : undefined,
		action: filter.action || undefined,
		from: filter.from || undefined,
		to: filter.to || undefined,
		page: Number(q.get('page')) || 1
	});
	return { ...result, filter, actions: ACTIONS, wholeInstallation: scope.teamIds === null };
};
