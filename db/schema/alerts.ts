// Alerts: saved searches and "new matching demand / listing" notifications, shown in the in-app notification centre
// and mailed (at once or as a daily digest) through the mail outbox.
import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { organizations } from './organizations.ts'
import { users } from './accounts.ts'

export const ALERT_FREQUENCIES = ['instant', 'daily', 'off'] as const
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number]

export const savedSearches = sqliteTable(
	'saved_searches',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		/** The search page's query string (`q=…&category=…&tab=…`): the whole state of a search. */
		query: text('query').notNull(),
		frequency: text('frequency', { enum: ALERT_FREQUENCIES }).notNull().default('daily'),
		/** Documents with an id above this (per index) have not been alerted yet. */
		lastSeenId: integer('last_seen_id').notNull().default(0),
		lastRunAt: text('last_run_at'),
		createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
	},
	(t) => [index('saved_searches_user_idx').on(t.userId)],
)
export type SavedSearch = typeof savedSearches.$inferSelect

export const NOTIFICATION_KINDS = ['matching_demand', 'matching_listing', 'saved_search', 'response_received', 'response_decided'] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export const notifications = sqliteTable(
	'notifications',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** The organization the user was notified for (links act for it). */
		orgId: integer('org_id').references(() => organizations.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
		title: text('title').notNull(),
		body: text('body'),
		/** A path inside the site (never an outside URL). */
		link: text('link').notNull(),
		/** What the notification is about, to avoid notifying twice (`demand_item:12→listing:34`). */
		dedupeKey: text('dedupe_key'),
		createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
		readAt: text('read_at'),
		/** Set once mailed (instantly or in a digest). */
		mailedAt: text('mailed_at'),
	},
	(t) => [index('notifications_user_idx').on(t.userId, t.readAt), index('notifications_dedupe_idx').on(t.userId, t.dedupeKey)],
)
export type Notification = typeof notifications.$inferSelect

export const alertSettings = sqliteTable('alert_settings', {
	userId: integer('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	/** How "new matching demand / listing" alerts are mailed. */
	email: text('email', { enum: ALERT_FREQUENCIES }).notNull().default('daily'),
	lastDigestAt: text('last_digest_at'),
	updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
})
export type AlertSettings = typeof alertSettings.$inferSelect

/** Cursors of background jobs (e.g. the alert scan: the last listing / demand list it has looked at). */
export const jobState = sqliteTable('job_state', {
	name: text('name').primaryKey(),
	cursor: text('cursor'),
	updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
})
