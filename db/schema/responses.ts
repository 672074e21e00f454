// Responses (响应/报价): an enterprise answers an open demand item with one of its listings. The demand owner
// shortlists, awards and records deliveries; the item's responded / awarded / delivered quantities are sums over these rows.
import { sql } from 'drizzle-orm'
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { demandItems, demandLists } from './demands.ts'
import { listings } from './listings.ts'
import { organizations } from './organizations.ts'
import { users } from './accounts.ts'

export const RESPONSE_STATUSES = ['submitted', 'shortlisted', 'awarded', 'declined', 'withdrawn'] as const
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number]

export const responses = sqliteTable(
	'responses',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		demandItemId: integer('demand_item_id')
			.notNull()
			.references(() => demandItems.id, { onDelete: 'cascade' }),
		/** The demand list of the item (the owner's scope for reads and decisions). */
		demandListId: integer('demand_list_id')
			.notNull()
			.references(() => demandLists.id, { onDelete: 'cascade' }),
		listingId: integer('listing_id')
			.notNull()
			.references(() => listings.id),
		/** The responding organization (owner of the listing). */
		orgId: integer('org_id')
			.notNull()
			.references(() => organizations.id),
		userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
		unitPrice: real('unit_price'),
		/** Quantity offered; defaults to the item's quantity. */
		quantity: real('quantity').notNull(),
		deliveryDays: integer('delivery_days'),
		note: text('note'),
		status: text('status', { enum: RESPONSE_STATUSES }).notNull().default('submitted'),
		awardedQuantity: real('awarded_quantity').notNull().default(0),
		deliveredQuantity: real('delivered_quantity').notNull().default(0),
		/** The demand owner's note on a decision (shortlist, award, decline). */
		decisionNote: text('decision_note'),
		createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
		updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
	},
	(t) => [
		uniqueIndex('responses_item_listing_idx').on(t.demandItemId, t.listingId),
		index('responses_list_idx').on(t.demandListId),
		index('responses_org_idx').on(t.orgId),
	],
)
export type Response = typeof responses.$inferSelect

export const responseAttachments = sqliteTable(
	'response_attachments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		responseId: integer('response_id')
			.notNull()
			.references(() => responses.id, { onDelete: 'cascade' }),
		/** The name the user gave the file (shown, never used as a path). */
		fileName: text('file_name').notNull(),
		/** SHA-256 of the content; stored as `<hash>` in the attachments folder. */
		hash: text('hash').notNull(),
		mime: text('mime').notNull(),
		bytes: integer('bytes').notNull(),
		createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
	},
	(t) => [index('response_attachments_response_idx').on(t.responseId)],
)
export type ResponseAttachment = typeof responseAttachments.$inferSelect
