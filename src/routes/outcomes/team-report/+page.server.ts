import type { PageServerLoad } from './$types';
import { loadTeamReportPage } from '$lib/server/team-report/page';

/** The team report (docs/domain/team-report.md): the outcome scope decides whose figures (404 otherwise). */
export const load: PageServerLoad = ({ locals, url }) => loadTeamReportPage(locals, url);
