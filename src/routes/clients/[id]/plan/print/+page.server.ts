import type { PageServerLoad } from './$types';
import { loadPlanPrint } from '$lib/server/clients/plan-print';

/** The client's service map (palvelukartta): the latest plan, for printing and handing over (logged as disclosed to the client). */
export const load: PageServerLoad = ({ locals, params }) => loadPlanPrint(locals.actor, params.id);
