import { lowAreas, type KykyviisariResult } from '$lib/domain/kykyviisari';
import { planServiceIds, type PlanGoal } from '$lib/domain/support-plan';
import { byAreaThenName } from '$lib/domain/service-map';
import { searchServices, serviceCard, servicesById, servicesInAreas, type ServiceCard } from './catalogue';

/**
 * The service map on a client's support plan (docs/domain/work-ability.md#on-the-support-plan): the
 * team's services an action may name, and the services suggested for the latest Kykyviisari's low
 * areas.
 */
export function planServices(teamId: number, kykyviisari: KykyviisariResult[]) {
	const low = lowAreas(kykyviisari);
	return {
		choices: searchServices({ teamIds: [teamId] }).map((s) => ({ id: s.id, name: s.name, provider: s.provider, area: s.area })),
		lowAreas: low,
		suggested: servicesInAreas(teamId, low).map(serviceCard)
	};
}

/** The services a plan names, in catalogue order (by area, then name), for its printout. */
export function chosenServices(teamId: number, goals: PlanGoal[]): ServiceCard[] {
	return servicesById(teamId, planServiceIds(goals)).sort(byAreaThenName).map(serviceCard);
}
