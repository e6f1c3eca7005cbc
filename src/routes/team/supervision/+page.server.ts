import type { PageServerLoad } from './$types';
import { loadSupervisionList } from '$lib/server/clients/team';

/** The weekly group supervision list (printable). */
export const load: PageServerLoad = ({ locals, url }) => loadSupervisionList(locals.actor, url);
