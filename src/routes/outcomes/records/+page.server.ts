import type { PageServerLoad } from './$types';
import { loadFigureRecords } from '$lib/server/outcomes/records';

/** The records behind one outcome figure (the figure's scope decides who may see them). */
export const load: PageServerLoad = ({ locals, url }) => loadFigureRecords(locals, url);
