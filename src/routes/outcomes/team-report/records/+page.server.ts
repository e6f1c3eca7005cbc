import type { PageServerLoad } from './$types';
import { loadTeamReportRecords } from '$lib/server/team-report/records';

/** The records behind one team-report number (the report's scope decides who may see them). */
export const load: PageServerLoad = ({ locals, url }) => loadTeamReportRecords(locals, url);
