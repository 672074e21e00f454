// Organizations (enterprises, rescue teams, bureaus, organizers, finance, research) and their qualifications.
// `ref` is the interchange natural key; `uscc` is the 统一社会信用代码.
import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'

export const organizations = sqliteTable(
	'organizations',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		ref: text('ref').notNull().unique(),
		name: text('name').notNull(),
		uscc: text('uscc').notNull().unique(),
		kind: text('kind', { enum: ['enterprise', 'rescue_team', 'bureau', 'organizer', 'finance', 'research'] }).notNull(),
		regionCode: text('region_code').notNull(),
		teamType: text('team_type'),
		headcount: integer('headcount'),
		level: text('level'),
		contact: text('contact'),
		phone: text('phone'),
		email: text('email'),
		address: text('address'),
		website: text('website'),
		verifiedAt: text('verified_at'),
		verifiedBy: integer('verified_by'),
		createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
		updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
	},
	(t) => [index('organizations_kind_idx').on(t.kind), index('organizations_region_idx').on(t.regionCode)],
)
export type Organization = typeof organizations.$inferSelect
export type NewOrganization = typeof organizations.$inferInsert

export const organizationQualifications = sqliteTable(
	'organization_qualifications',
	{
		orgId: integer('org_id')
			.notNull()
			.references(() => organizations.id, { onDelete: 'cascade' }),
		code: text('code').notNull(),
	},
	(t) => [primaryKey({ columns: [t.orgId, t.code] })],
)
