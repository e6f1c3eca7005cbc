import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '../db';
import { services } from '../db/schema';
import { audit } from '../audit';
import { audited, done, refused, stale, type CommandResult } from '../commands';
import type { Actor } from '../policy';
import { serviceKey } from '$lib/domain/service-map';
import { servicesByKey } from './catalogue';
import type { ServiceInput } from './forms';

/**
 * Writes of the service map; each logs itself in the same transaction. The caller has authorized
 * `create`/`update`/`manage` on the team's services (docs/domain/work-ability.md#service-map).
 */

type ServiceRef = { id: number; teamId: number };

function takenByAnother(teamId: number, input: { name: string; provider: string }, exceptId: number | null): boolean {
	const same = servicesByKey(teamId).get(serviceKey(input.name, input.provider));
	return same !== undefined && same.id !== exceptId;
}

export function addService(actor: Actor, teamId: number, input: ServiceInput): CommandResult<number> {
	return audited(
		() => {
			if (takenByAnother(teamId, input, null)) return refused({ name: 'services_err_duplicate' });
			const row = getDb().insert(services).values({ ...input, teamId, createdBy: actor.id }).returning({ id: services.id }).get();
			return done(row.id);
		},
		(id) => ({ actor, action: 'create', entity: 'service', entityId: id, teamId })
	);
}

/** Saved only over the version the form was opened on; another save in between answers 409. */
export function editService(actor: Actor, service: ServiceRef, baseVersion: number, input: ServiceInput): CommandResult<number> {
	return audited(
		() => {
			if (takenByAnother(service.teamId, input, service.id)) return refused({ name: 'services_err_duplicate' });
			const changed = getDb()
				.update(services)
				.set({ ...input, updatedAt: new Date(), version: sql`${services.version} + 1` })
				.where(and(eq(services.id, service.id), eq(services.version, baseVersion)))
				.run().changes;
			return changed === 1 ? done(service.id) : stale();
		},
		(id) => ({ actor, action: 'update', entity: 'service', entityId: id, teamId: service.teamId })
	);
}

export type ImportCounts = { created: number; updated: number };

/**
 * A checked catalogue file, all rows or none: a row naming a service the team has (same name and
 * provider) updates it, any other row adds one. One log row tells how many.
 */
export function importServices(actor: Actor, teamId: number, rows: ServiceInput[]): CommandResult<ImportCounts> {
	return getDb().transaction(() => {
		const existing = servicesByKey(teamId);
		const counts: ImportCounts = { created: 0, updated: 0 };
		for (const input of rows) {
			const found = existing.get(serviceKey(input.name, input.provider));
			if (found) {
				getDb()
					.update(services)
					.set({ ...input, updatedAt: new Date(), version: sql`${services.version} + 1` })
					.where(eq(services.id, found.id))
					.run();
				counts.updated++;
			} else {
				getDb().insert(services).values({ ...input, teamId, createdBy: actor.id }).run();
				counts.created++;
			}
		}
		audit({ actor, action: 'create', entity: 'service-import', teamId, details: `created=${counts.created} updated=${counts.updated}` });
		return done(counts);
	});
}

/** The export of a team's catalogue is logged like every other export. */
export function logServiceExport(actor: Actor, teamId: number, rows: number): void {
	audit({ actor, action: 'export', entity: 'services', teamId, details: `rows=${rows}` });
}
