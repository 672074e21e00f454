// Supply: listings (equipment, services, financial products, research results) and their specs,
// certifications and scenarios. Spec values are also stored converted to the dimension's canonical unit.
import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { organizations } from './organizations.ts'
import { categories, certificationTypes, scenarios } from './reference.ts'

export const LISTING_KINDS = ['equipment', 'service', 'finance_product', 'research_result'] as const
export const LISTING_STATUSES = ['draft', 'published', 'archived'] as const

export const listings = sqliteTable(
	'listings',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		ref: text('ref').notNull().unique(),
		orgId: integer('org_id')
			.notNull()
			.references(() => organizations.id),
		kind: text('kind', { enum: LISTING_KINDS }).notNull().default('equipment'),
		title: text('title').notNull(),
		model: text('model'),
		categoryCode: text('category_code').references(() => categories.code),
		description: text('description'),
		/** JSON array of strings, in the supplier's order. */
		keywords: text('keywords', { mode: 'json' }).$type<string[]>(),
		priceMin: real('price_min'),
		priceMax: real('price_max'),
		leadTimeDays: integer('lead_time_days'),
		monthlyCapacity: integer('monthly_capacity'),
		stock: integer('stock'),
		status: text('status', { enum: LISTING_STATUSES }).notNull().default('published'),
		publishedAt: text('published_at'),
		createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
		updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
	},
	(t) => [
		index('listings_org_idx').on(t.orgId),
		index('listings_category_idx').on(t.categoryCode),
		index('listings_status_idx').on(t.status),
	],
)
export type Listing = typeof listings.$inferSelect
export type NewListing = typeof listings.$inferInsert

export const listingScenarios = sqliteTable(
	'listing_scenarios',
	{
		listingId: integer('listing_id')
			.notNull()
			.references(() => listings.id, { onDelete: 'cascade' }),
		scenarioCode: text('scenario_code')
			.notNull()
			.references(() => scenarios.code),
		position: integer('position').notNull(),
	},
	(t) => [primaryKey({ columns: [t.listingId, t.scenarioCode] }), index('listing_scenarios_code_idx').on(t.scenarioCode)],
)

export const listingSpecs = sqliteTable(
	'listing_specs',
	{
		listingId: integer('listing_id')
			.notNull()
			.references(() => listings.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		name: text('name').notNull(),
		valueNum: real('value_num'),
		valueText: text('value_text'),
		/** The unit as the supplier wrote it. */
		unit: text('unit'),
		dimension: text('dimension'),
		canonicalValue: real('canonical_value'),
	},
	(t) => [primaryKey({ columns: [t.listingId, t.position] }), index('listing_specs_name_idx').on(t.name, t.canonicalValue), index('listing_specs_dimension_idx').on(t.dimension, t.canonicalValue)],
)
export type ListingSpec = typeof listingSpecs.$inferSelect

export const listingCertifications = sqliteTable(
	'listing_certifications',
	{
		listingId: integer('listing_id')
			.notNull()
			.references(() => listings.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		typeCode: text('type_code')
			.notNull()
			.references(() => certificationTypes.code),
		number: text('number'),
		validUntil: text('valid_until'),
	},
	(t) => [primaryKey({ columns: [t.listingId, t.position] }), index('listing_certs_type_idx').on(t.typeCode)],
)
export type ListingCertification = typeof listingCertifications.$inferSelect

/** Pictures of a listing: re-encoded (metadata stripped) to WebP with a thumbnail; files live under MEDIA_DIR by content hash. */
export const listingMedia = sqliteTable(
	'listing_media',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		listingId: integer('listing_id')
			.notNull()
			.references(() => listings.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		/** SHA-256 of the stored (re-encoded) image; the file is `<hash>.webp`, its thumbnail `<hash>.thumb.webp`. */
		hash: text('hash').notNull(),
		width: integer('width').notNull(),
		height: integer('height').notNull(),
		bytes: integer('bytes').notNull(),
		alt: text('alt'),
		/** An illustration drawn for the demo data, not a photograph of the product: pages mark it 示意图. */
		illustration: integer('illustration', { mode: 'boolean' }).notNull().default(false),
		createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
	},
	(t) => [index('listing_media_listing_idx').on(t.listingId, t.position), index('listing_media_hash_idx').on(t.hash)],
)
export type ListingMedia = typeof listingMedia.$inferSelect
