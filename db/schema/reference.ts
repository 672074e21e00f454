// Reference data seeded from domain.md: taxonomy, scenarios, regions, certification types.
// Read-mostly; their codes are part of the interchange contract.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

export const categories = sqliteTable('categories', {
	code: text('code').primaryKey(),
	parentCode: text('parent_code'),
	nameZh: text('name_zh').notNull(),
	nameEn: text('name_en').notNull(),
	level: integer('level').notNull(),
	position: integer('position').notNull(),
	/** Set when a platform admin edited the labels: from then on the reference seed leaves them alone. */
	labelsEditedAt: text('labels_edited_at'),
})
export type Category = typeof categories.$inferSelect

export const scenarios = sqliteTable('scenarios', {
	code: text('code').primaryKey(),
	nameZh: text('name_zh').notNull(),
	nameEn: text('name_en').notNull(),
	position: integer('position').notNull(),
})
export type Scenario = typeof scenarios.$inferSelect

export const regions = sqliteTable('regions', {
	code: text('code').primaryKey(),
	parentCode: text('parent_code'),
	nameZh: text('name_zh').notNull(),
	nameEn: text('name_en').notNull(),
	level: integer('level').notNull(),
})
export type Region = typeof regions.$inferSelect

export const certificationTypes = sqliteTable('certification_types', {
	code: text('code').primaryKey(),
	nameZh: text('name_zh').notNull(),
	nameEn: text('name_en').notNull(),
	appliesTo: text('applies_to').notNull(),
	position: integer('position').notNull(),
})
export type CertificationType = typeof certificationTypes.$inferSelect
