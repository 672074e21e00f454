// Demand: demand lists (procurement lists, bureaus' periodic catalogs, finance and technology needs) and their items.
// Item spec constraints and required certifications live in constraints.ts, shared with standard items.
import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { organizations } from './organizations.ts'
import { categories, scenarios } from './reference.ts'

export const DEMAND_KINDS = ['procurement', 'catalog', 'finance', 'technology'] as const
export const DEMAND_STATUSES = ['draft', 'published', 'closed'] as const

export const demandLists = sqliteTable(
	'demand_lists',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		ref: text('ref').notNull().unique(),
		orgId: integer('org_id')
			.notNull()
			.references(() => organizations.id),
		kind: text('kind', { enum: DEMAND_KINDS }).notNull().default('procurement'),
		title: text('title').notNull(),
		deadline: text('deadline'),
		/** Null means "the organization's region". */
		regionCode: text('region_code'),
		status: text('status', { enum: DEMAND_STATUSES }).notNull().default('published'),
		edition: text('edition'),
		publishedAt: text('published_at'),
		createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
		updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
	},
	(t) => [index('demand_lists_org_idx').on(t.orgId), index('demand_lists_status_idx').on(t.status)],
)
export type DemandList = typeof demandLists.$inferSelect

export const demandItems = sqliteTable(
	'demand_items',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		listId: integer('list_id')
			.notNull()
			.references(() => demandLists.id, { onDelete: 'cascade' }),
		ref: text('ref').notNull(),
		position: integer('position').notNull(),
		name: text('name').notNull(),
		categoryCode: text('category_code').references(() => categories.code),
		quantity: real('quantity').notNull(),
		unit: text('unit'),
		budgetPerUnit: real('budget_per_unit'),
		neededBy: text('needed_by'),
		notes: text('notes'),
		respondedQty: real('responded_qty').notNull().default(0),
		awardedQty: real('awarded_qty').notNull().default(0),
		deliveredQty: real('delivered_qty').notNull().default(0),
	},
	(t) => [uniqueIndex('demand_items_list_ref_idx').on(t.listId, t.ref), index('demand_items_category_idx').on(t.categoryCode)],
)
export type DemandItem = typeof demandItems.$inferSelect

export const demandItemScenarios = sqliteTable(
	'demand_item_scenarios',
	{
		itemId: integer('item_id')
			.notNull()
			.references(() => demandItems.id, { onDelete: 'cascade' }),
		scenarioCode: text('scenario_code')
			.notNull()
			.references(() => scenarios.code),
		position: integer('position').notNull(),
	},
	(t) => [primaryKey({ columns: [t.itemId, t.scenarioCode] })],
)
