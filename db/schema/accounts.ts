// People and their access: users, memberships in organizations, sessions and organization API tokens.
// Secrets (password hashes, session ids, token hashes) never leave the server.
import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { organizations } from './organizations.ts'

export const users = sqliteTable('users', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	passwordHash: text('password_hash'),
	locale: text('locale', { enum: ['zh-CN', 'en'] })
		.notNull()
		.default('zh-CN'),
	platformRole: text('platform_role', { enum: ['none', 'reviewer', 'admin'] })
		.notNull()
		.default('none'),
	/** When the user last proved they read mail sent to `email` (a reset link, a confirmation link, or sign-up from an
	 * invitation link sent to it); null: never. Sign-up alone proves nothing. */
	emailVerifiedAt: text('email_verified_at'),
	createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
})
export type User = typeof users.$inferSelect

export const memberships = sqliteTable(
	'memberships',
	{
		orgId: integer('org_id')
			.notNull()
			.references(() => organizations.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role', { enum: ['owner', 'member'] }).notNull(),
		createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
	},
	(t) => [primaryKey({ columns: [t.orgId, t.userId] }), index('memberships_user_idx').on(t.userId)],
)

export const sessions = sqliteTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: text('expires_at').notNull(),
		/** The organization the user is acting for (a user may belong to several). */
		activeOrgId: integer('active_org_id').references(() => organizations.id, { onDelete: 'set null' }),
		createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
	},
	(t) => [index('sessions_user_idx').on(t.userId)],
)

export const apiTokens = sqliteTable(
	'api_tokens',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		orgId: integer('org_id')
			.notNull()
			.references(() => organizations.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		prefix: text('prefix').notNull(),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		lastUsedAt: text('last_used_at'),
		revokedAt: text('revoked_at'),
		createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
	},
	(t) => [index('api_tokens_org_idx').on(t.orgId)],
)

export const passwordResets = sqliteTable(
	'password_resets',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** SHA-256 of the emailed token; the token itself is never stored. */
		tokenHash: text('token_hash').notNull().unique(),
		expiresAt: text('expires_at').notNull(),
		usedAt: text('used_at'),
		createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
	},
	(t) => [index('password_resets_user_idx').on(t.userId)],
)

/** Links that confirm a user's email address (needed, for instance, before accepting an invitation). */
export const emailVerifications = sqliteTable(
	'email_verifications',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** The address the link was sent to: it confirms this address only. */
		email: text('email').notNull(),
		/** SHA-256 of the emailed token; the token itself is never stored. */
		tokenHash: text('token_hash').notNull().unique(),
		expiresAt: text('expires_at').notNull(),
		usedAt: text('used_at'),
		createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
	},
	(t) => [index('email_verifications_user_idx').on(t.userId)],
)

export const invitations = sqliteTable(
	'invitations',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		orgId: integer('org_id')
			.notNull()
			.references(() => organizations.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		role: text('role', { enum: ['owner', 'member'] }).notNull().default('member'),
		tokenHash: text('token_hash').notNull().unique(),
		invitedBy: integer('invited_by').references(() => users.id, { onDelete: 'set null' }),
		expiresAt: text('expires_at').notNull(),
		acceptedAt: text('accepted_at'),
		revokedAt: text('revoked_at'),
		createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
	},
	(t) => [index('invitations_org_idx').on(t.orgId), index('invitations_email_idx').on(t.email)],
)

/** Mail waits here; it is sent by SMTP when SMTP_URL is set, and shown on the development mailbox page otherwise. */
export const mailOutbox = sqliteTable(
	'mail_outbox',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		to: text('to').notNull(),
		subject: text('subject').notNull(),
		text: text('text').notNull(),
		kind: text('kind').notNull(),
		createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
		sentAt: text('sent_at'),
		attempts: integer('attempts').notNull().default(0),
		lastError: text('last_error'),
	},
	(t) => [index('mail_outbox_to_idx').on(t.to), index('mail_outbox_pending_idx').on(t.sentAt)],
)
