import type { PageServerLoad } from './$types';
import { loadAuditLog } from '$lib/server/trust/audit-access';

export const load: PageServerLoad = ({ locals, url }) => loadAuditLog(locals.actor, url.searchParams);
