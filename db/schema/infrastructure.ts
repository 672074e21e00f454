// Cross-cutting tables: the audit log of every mutation and the durable search outbox.
import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
		userId: integer('user_id'),
		orgId: integer('org_id'),
		/** Who acted when there is no user: `cli`, `seed`, `api-token:<id>`. */
		actor: text('actor'),
		action: text('action').notNull(),
		entity: text('entity').notNull(),
		entityId: integer('entity_id'),
		before: text('before', { mode: 'json' }),
		after: text('after', { mode: 'json' }),
		ip: text('ip'),
	},
	(t) => [index('audit_log_entity_idx').on(t.entity, t.entityId), index('audit_log_at_idx').on(t.at)],
)

export const searchOutbox = sqliteTable(
	'search_outbox',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		entity: text('entity').notNull(),
		entityId: integer('entity_id').notNull(),
		op: text('op', { enum: ['upsert', 'delete'] }).notNull(),
		revision: integer('revision').notNull().default(1),
		attempts: integer('attempts').notNull().default(0),
		lockedUntil: text('locked_until'),
		deadAt: text('dead_at'),
		lastError: text('last_error'),
		updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
	},
	(t) => [uniqueIndex('search_outbox_entity_idx').on(t.entity, t.entityId)],
)

/** Fixed-window attempt counters (log-in, sign-up, reset, API): in the database so every server process sees them. */
export const rateLimits = sqliteTable('rate_limits', {
	key: text('key').primaryKey(),
	windowStart: integer('window_start').notNull(),
	count: integer('count').notNull(),
})
