import type { PageServerLoad } from './$types';
import { requireReviewRead } from '$lib/server/fidelity/access';
import { reportPage } from '$lib/server/fidelity/views';

export const load: PageServerLoad = ({ locals, params }) => reportPage(locals.actor!, requireReviewRead(locals.actor, params.id));
