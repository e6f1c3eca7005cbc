import type { PageServerLoad } from './$types';
import { loadTeamView } from '$lib/server/clients/team';

/** Team caseload by coach with flags and the IPS caseload limit; leads and coaches of the team. */
export const load: PageServerLoad = ({ locals, url }) => loadTeamView(locals.actor, url);
