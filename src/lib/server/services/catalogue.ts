import { and, asc, eq, inArray, isNotNull, like, or, type SQL } from 'drizzle-orm';
import { getDb } from '../db';
import { prepared } from '../db/prepared';
import { inJsonPlaceholder } from '../db/sql';
import { services } from '../db/schema';
import { byAreaThenName, serviceKey, type ServiceArea } from '$lib/domain/service-map';

/** Reads of the service map (docs/domain/work-ability.md#service-map). */

export type Service = typeof services.$inferSelect;
/** What a page shows of a service (no team, author or timestamps). */
export type ServiceCard = Pick<Service, 'id' | 'name' | 'provider' | 'sector' | 'area' | 'description' | 'municipality' | 'contact' | 'url' | 'active'>;

export function serviceCard(s: Service): ServiceCard {
	return { id: s.id, name: s.name, provider: s.provider, sector: s.sector, area: s.area, description: s.description, municipality: s.municipality, contact: s.contact, url: s.url, active: s.active };
}

export type ServiceFilter = { teamIds: number[]; area?: ServiceArea | null; municipality?: string | null; q?: string | null; includeInactive?: boolean };

/** The catalogue as a coach searches it: by area, municipality and words in name, provider or description. */
const activeServices = prepared((db) =>
	db
		.select()
		.from(services)
		.where(and(inJsonPlaceholder(services.teamId, 'teamIds'), eq(services.active, true)))
		.prepare()
);

export function searchServices(filter: ServiceFilter): Service[] {
	if (filter.teamIds.length === 0) return [];
	// The referral form asks for a team's active services on every view of a client record: prepared.
	if (!filter.includeInactive && !filter.area && !filter.municipality && !(filter.q ?? '').trim()) return activeServices().all({ teamIds: JSON.stringify(filter.teamIds) }).sort(byAreaThenName);
	const where: SQL[] = [inArray(services.teamId, filter.teamIds)];
	if (!filter.includeInactive) where.push(eq(services.active, true));
	if (filter.area) where.push(eq(services.area, filter.area));
	if (filter.municipality) where.push(eq(services.municipality, filter.municipality));
	for (const word of (filter.q ?? '').split(/\s+/).filter(Boolean).slice(0, 5)) {
		const pattern = `%${word.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`;
		where.push(or(like(services.name, pattern), like(services.provider, pattern), like(services.description, pattern))!);
	}
	return getDb().select().from(services).where(and(...where)).all().sort(byAreaThenName);
}

export function getService(id: number): Service | null {
	return getDb().select().from(services).where(eq(services.id, id)).get() ?? null;
}

/** Municipalities named in the teams' catalogues, for the search's choice list. */
export function serviceMunicipalities(teamIds: number[]): string[] {
	if (teamIds.length === 0) return [];
	return getDb()
		.selectDistinct({ municipality: services.municipality })
		.from(services)
		.where(and(inArray(services.teamId, teamIds), isNotNull(services.municipality)))
		.orderBy(asc(services.municipality))
		.all()
		.map((r) => r.municipality as string);
}

/** A team's services by their key (name + provider): what an import updates instead of adding. */
export function servicesByKey(teamId: number): Map<string, Service> {
	const rows = getDb().select().from(services).where(eq(services.teamId, teamId)).all();
	return new Map(rows.map((s) => [serviceKey(s.name, s.provider), s]));
}

/** Active services of the given areas, for the plan page's suggestions. */
export function servicesInAreas(teamId: number, areas: ServiceArea[]): Service[] {
	if (areas.length === 0) return [];
	return getDb()
		.select()
		.from(services)
		.where(and(eq(services.teamId, teamId), eq(services.active, true), inArray(services.area, areas)))
		.all()
		.sort(byAreaThenName);
}

/** The team's services with these ids (the ones a plan names); ids of other teams' services are not found. */
export function servicesById(teamId: number, ids: number[]): Service[] {
	if (ids.length === 0) return [];
	return getDb().select().from(services).where(and(eq(services.teamId, teamId), inArray(services.id, ids))).all();
}
