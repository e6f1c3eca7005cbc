import type { PageServerLoad } from './$types';
import { loadClientAccessReport } from '$lib/server/trust/audit-access';

export const load: PageServerLoad = ({ locals, params }) => loadClientAccessReport(locals.actor, Number(params.id), 'read');
