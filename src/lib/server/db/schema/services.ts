import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { teams, users } from './accounts';
import { SERVICE_AREAS, SERVICE_SECTORS } from '../../../domain/vocabularies';

/**
 * The service map (palvelukartta): a team's catalogue of the region's work-ability services, grouped
 * by Kykyviisari area (docs/domain/work-ability.md#service-map). Services are never deleted, only
 * marked inactive, so a support plan that names one keeps its name.
 */
export const services = sqliteTable(
	'services',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		teamId: integer('team_id')
			.notNull()
			.references((): any => teams.id),
		name: text('name').notNull(),
		provider: text('provider').notNull(),
		sector: text('sector', { enum: SERVICE_SECTORS }).notNull(),
		area: text('area', { enum: SERVICE_AREAS }).notNull(),
		description: text('description'),
		municipality: text('municipality'),
		contact: text('contact'),
		url: text('url'),
		active: integer('active', { mode: 'boolean' }).notNull().default(true),
		createdBy: integer('created_by').references((): any => users.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
		version: integer('version').notNull().default(1)
	},
	(t) => [index('services_team_area_idx').on(t.teamId, t.area, t.name)]
);
