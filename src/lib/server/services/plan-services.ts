import { lowAreas, type KykyviisariResult } from '$lib/domain/kykyviisari';
import { planServiceIds, type PlanGoal } from '$lib/domain/support-plan';
import { byAreaThenName } from '$lib/domain/service-map';
import { searchServices, servicesById, servicesInAreas, type Service } from './catalogue';

/**
 * The service map on a client's support plan (docs/domain/work-ability.md#on-the-support-plan): the
 * team's services an action may name, the services suggested for the latest Kykyviisari's low areas,
 * and the services the plan names.
 */
export type PlanService = Pick<Service, 'id' | 'name' | 'provider' | 'sector' | 'area' | 'description' | 'municipality' | 'contact' | 'url' | 'active'>;

const card = (s: Service): PlanService => ({
	id: s.id,
	name: s.name,
	provider: s.provider,
	sector: s.sector,
	area: s.area,
	description: s.description,
	municipality: s.municipality,
	contact: s.contact,
	url: s.url,
	active: s.active
});

export function planServices(teamId: number, kykyviisari: KykyviisariResult[], goals: PlanGoal[]) {
	const low = lowAreas(kykyviisari);
	return {
		choices: searchServices({ teamIds: [teamId] }).map((s) => ({ id: s.id, name: s.name, provider: s.provider, area: s.area })),
		lowAreas: low,
		suggested: servicesInAreas(teamId, low).map(card),
		named: chosenServices(teamId, goals)
	};
}

/** The services a plan names, in catalogue order (by area, then name), for its printout. */
export function chosenServices(teamId: number, goals: PlanGoal[]): PlanService[] {
	return servicesById(teamId, planServiceIds(goals)).sort(byAreaThenName).map(card);
}
