// Spec constraints and required certifications, one shape shared by demand items and standard items
// (owner_kind + owner_id). Numeric bounds are stored converted to the dimension's canonical unit as well.
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { certificationTypes } from './reference.ts'

export const CONSTRAINT_OWNERS = ['demand_item', 'standard_item'] as const
export const CONSTRAINT_OPS = ['>=', '<=', '=', 'between', 'in', 'has'] as const

export const constraints = sqliteTable(
	'constraints',
	{
		ownerKind: text('owner_kind', { enum: CONSTRAINT_OWNERS }).notNull(),
		ownerId: integer('owner_id').notNull(),
		position: integer('position').notNull(),
		name: text('name').notNull(),
		op: text('op', { enum: CONSTRAINT_OPS }).notNull(),
		valueNum: real('value_num'),
		value2Num: real('value2_num'),
		/** A string value (`=` on text) or, for `in`, a JSON array of strings. */
		valuesText: text('values_text'),
		unit: text('unit'),
		dimension: text('dimension'),
		canonicalValue: real('canonical_value'),
		canonicalValue2: real('canonical_value2'),
	},
	(t) => [primaryKey({ columns: [t.ownerKind, t.ownerId, t.position] }), index('constraints_dimension_idx').on(t.ownerKind, t.dimension, t.canonicalValue)],
)
export type Constraint = typeof constraints.$inferSelect

export const requiredCertifications = sqliteTable(
	'required_certifications',
	{
		ownerKind: text('owner_kind', { enum: CONSTRAINT_OWNERS }).notNull(),
		ownerId: integer('owner_id').notNull(),
		position: integer('position').notNull(),
		typeCode: text('type_code')
			.notNull()
			.references(() => certificationTypes.code),
	},
	(t) => [primaryKey({ columns: [t.ownerKind, t.ownerId, t.position] }), index('required_certs_type_idx').on(t.typeCode)],
)
