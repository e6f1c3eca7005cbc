import type { PageServerLoad } from './$types';
import { serviceMapTeam } from '$lib/server/services/access';
import { searchServices, serviceCard, serviceMunicipalities } from '$lib/server/services/catalogue';
import { SERVICE_AREAS } from '$lib/domain/vocabularies';
import type { ServiceArea } from '$lib/domain/service-map';

/** The team's service map, searched by area, municipality and words; the lead also sees inactive entries. */
export const load: PageServerLoad = ({ locals, url }) => {
	const { teams, team, canManage } = serviceMapTeam(locals.actor, url.searchParams.get('team'));
	const areaParam = url.searchParams.get('area') ?? '';
	const area = (SERVICE_AREAS as readonly string[]).includes(areaParam) ? (areaParam as ServiceArea) : null;
	const municipality = (url.searchParams.get('municipality') ?? '').slice(0, 100) || null;
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
	const includeInactive = canManage && url.searchParams.get('inactive') === '1';
	return {
		teams,
		team,
		canManage,
		filters: { area: area ?? '', municipality: municipality ?? '', q, inactive: includeInactive },
		municipalities: serviceMunicipalities([team.id]),
		services: searchServices({ teamIds: [team.id], area, municipality, q, includeInactive }).map(serviceCard)
	};
};
