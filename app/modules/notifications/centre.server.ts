// The notification centre's queries: a user's own notifications only (the user is in every `where`).
import { and, desc, eq, isNull, sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { notifications } from '#db/schema/index.ts'

export const CENTRE_PER_PAGE = 20

/** The header bell's number: one indexed count (notifications_user_idx covers user_id, read_at). */
export function unreadCount(db: Db, userId: number): number {
	return db.select({ n: sql<number>`count(*)` }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt))).get()!.n
}

export function notificationsPage(db: Db, userId: number, page: number, perPage = CENTRE_PER_PAGE) {
	const total = db.select({ n: sql<number>`count(*)` }).from(notifications).where(eq(notifications.userId, userId)).get()!.n
	const rows = db
		.select({
			id: notifications.id,
			kind: notifications.kind,
			title: notifications.title,
			body: notifications.body,
			link: notifications.link,
			createdAt: notifications.createdAt,
			readAt: notifications.readAt,
		})
		.from(notifications)
		.where(eq(notifications.userId, userId))
		.orderBy(desc(notifications.id))
		.limit(perPage)
		.offset((page - 1) * perPage)
		.all()
	return { total, rows, unread: unreadCount(db, userId) }
}

/** Marks one of the user's notifications read; its link, or null when it is not the user's. */
export function markRead(db: Db, userId: number, id: number, now = new Date()): string | null {
	const row = db.select({ link: notifications.link, readAt: notifications.readAt }).from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, userId))).get()
	if (!row) return null
	if (!row.readAt) db.update(notifications).set({ readAt: now.toISOString() }).where(and(eq(notifications.id, id), eq(notifications.userId, userId))).run()
	return row.link
}

export function markAllRead(db: Db, userId: number, now = new Date()): number {
	return db.update(notifications).set({ readAt: now.toISOString() }).where(and(eq(notifications.userId, userId), isNull(notifications.readAt))).run().changes
}
