// Configuration standards (装备配备标准) with their items, team inventories held against them (gap analysis input).
import { sql } from 'drizzle-orm'
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { organizations } from './organizations.ts'
import { categories } from './reference.ts'

export const standards = sqliteTable('standards', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	code: text('code').notNull().unique(),
	title: text('title').notNull(),
	issuer: text('issuer'),
	teamType: text('team_type').notNull(),
	level: text('level'),
	version: text('version'),
	status: text('status', { enum: ['draft', 'published', 'archived'] })
		.notNull()
		.default('published'),
	ownerOrgId: integer('owner_org_id').references(() => organizations.id),
	createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
	updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
})
export type Standard = typeof standards.$inferSelect

export const standardItems = sqliteTable(
	'standard_items',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		standardId: integer('standard_id')
			.notNull()
			.references(() => standards.id, { onDelete: 'cascade' }),
		ref: text('ref').notNull(),
		position: integer('position').notNull(),
		name: text('name').notNull(),
		categoryCode: text('category_code').references(() => categories.code),
		qtyFixed: real('qty_fixed'),
		qtyPerPerson: real('qty_per_person'),
		qtyMin: real('qty_min'),
		mandatory: integer('mandatory', { mode: 'boolean' }).notNull(),
		serviceLifeYears: integer('service_life_years'),
	},
	(t) => [uniqueIndex('standard_items_ref_idx').on(t.standardId, t.ref)],
)
export type StandardItem = typeof standardItems.$inferSelect

export const teams = sqliteTable('teams', {
	orgId: integer('org_id')
		.primaryKey()
		.references(() => organizations.id, { onDelete: 'cascade' }),
	standardId: integer('standard_id')
		.notNull()
		.references(() => standards.id),
	headcount: integer('headcount').notNull(),
	asOf: text('as_of'),
	updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
})
export type Team = typeof teams.$inferSelect

export const inventoryLots = sqliteTable(
	'inventory_lots',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		teamOrgId: integer('team_org_id')
			.notNull()
			.references(() => teams.orgId, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		standardItemId: integer('standard_item_id').references(() => standardItems.id, { onDelete: 'set null' }),
		name: text('name'),
		quantity: real('quantity').notNull(),
		acquiredYear: integer('acquired_year'),
	},
	(t) => [index('inventory_lots_team_idx').on(t.teamOrgId)],
)
export type InventoryLot = typeof inventoryLots.$inferSelect
