import { sqliteTable, integer, text, real, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { users, teams } from './accounts';
import { ACTION_STATUSES, REVIEW_STATUSES, REVIEW_TYPES } from '../../../domain/vocabularies';

const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date());

/** The fidelity scale as versioned data (items, anchors, cut points), seeded from our own text. */
export const fidelityScales = sqliteTable('fidelity_scales', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	code: text('code').notNull(),
	version: text('version').notNull(),
	name: text('name').notNull(),
	/** Array of item definitions; shape in src/lib/domain/fidelity-scale.ts. */
	items: text('items', { mode: 'json' }).notNull().$type<unknown[]>(),
	active: integer('active', { mode: 'boolean' }).notNull().default(true),
	createdAt: createdAt()
});

export const fidelityReviews = sqliteTable(
	'fidelity_reviews',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		teamId: integer('team_id')
			.notNull()
			.references(() => teams.id),
		scaleId: integer('scale_id')
			.notNull()
			.references(() => fidelityScales.id),
		reviewDate: text('review_date').notNull(),
		periodFrom: text('period_from').notNull(),
		periodTo: text('period_to').notNull(),
		type: text('type', { enum: REVIEW_TYPES }).notNull(),
		status: text('status', { enum: REVIEW_STATUSES }).notNull().default('draft'),
		/** Corrections of a final review create a new version pointing at the old one. */
		supersedesId: integer('supersedes_id'),
		correctionReason: text('correction_reason'),
		outsideReviewers: text('outside_reviewers'),
		createdBy: integer('created_by').references(() => users.id),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date())
	},
	(t) => [index('reviews_team_idx').on(t.teamId, t.reviewDate)]
);

export const fidelityReviewers = sqliteTable(
	'fidelity_reviewers',
	{
		reviewId: integer('review_id')
			.notNull()
			.references(() => fidelityReviews.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id)
	},
	(t) => [primaryKey({ columns: [t.reviewId, t.userId] })]
);

/** Consensus score and notes per item. version = optimistic lock for two leads editing at once. */
export const fidelityItemScores = sqliteTable(
	'fidelity_item_scores',
	{
		reviewId: integer('review_id')
			.notNull()
			.references(() => fidelityReviews.id, { onDelete: 'cascade' }),
		itemId: integer('item_id').notNull(),
		score: integer('score'),
		evidence: text('evidence'),
		dataSources: text('data_sources', { mode: 'json' }).$type<string[]>(),
		recommendation: text('recommendation'),
		checklist: text('checklist', { mode: 'json' }).$type<boolean[]>(),
		updatedBy: integer('updated_by').references(() => users.id),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
		version: integer('version').notNull().default(1)
	},
	(t) => [primaryKey({ columns: [t.reviewId, t.itemId] })]
);

export const fidelityReviewerScores = sqliteTable(
	'fidelity_reviewer_scores',
	{
		reviewId: integer('review_id')
			.notNull()
			.references(() => fidelityReviews.id, { onDelete: 'cascade' }),
		itemId: integer('item_id').notNull(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id),
		score: integer('score').notNull()
	},
	(t) => [primaryKey({ columns: [t.reviewId, t.itemId, t.userId] })]
);

/** Per-review staffing facts for item 2 (declared share of time on employment services). */
export const fidelityStaffing = sqliteTable(
	'fidelity_staffing',
	{
		reviewId: integer('review_id')
			.notNull()
			.references(() => fidelityReviews.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id),
		fte: real('fte').notNull(),
		employmentShare: real('employment_share').notNull()
	},
	(t) => [primaryKey({ columns: [t.reviewId, t.userId] })]
);

/** Action plan (kehittämissuunnitelma). */
export const fidelityActions = sqliteTable(
	'fidelity_actions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		teamId: integer('team_id')
			.notNull()
			.references(() => teams.id),
		reviewId: integer('review_id').references(() => fidelityReviews.id, { onDelete: 'set null' }),
		itemId: integer('item_id'),
		action: text('action').notNull(),
		owner: text('owner'),
		dueDate: text('due_date'),
		status: text('status', { enum: ACTION_STATUSES }).notNull().default('planned'),
		createdBy: integer('created_by').references(() => users.id),
		createdAt: createdAt()
	},
	(t) => [index('fidelity_actions_team_idx').on(t.teamId, t.status)]
);
