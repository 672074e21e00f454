// The one way to notify people: a notification row per member of an organization (shown in the notification centre at
// /my/notifications). Mail follows each member's alert settings: `instant` mails are queued here, `daily` ones are
// gathered by the digest job, `off` sends none. Call it inside the writer's transaction: a rolled-back write notifies no one.
import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { memberships, notifications, type NotificationKind } from '#db/schema/index.ts'

export type NotifyInput = {
	orgId: number
	kind: NotificationKind
	/** Plain text (rendered escaped); keep it short, the link carries the details. */
	title: string
	body?: string | null
	/** A path inside the site, e.g. `/my/demands/DEM-1/responses`. */
	link: string
	/** Notifications with the same key are created once per user (e.g. `response:12`). */
	dedupeKey?: string | null
}

/** Creates one notification per member of the organization (once per dedupe key); returns how many were created. */
export function notifyOrg(db: Db, input: NotifyInput): number {
	if (!input.link.startsWith('/') || input.link.startsWith('//')) throw new Error(`notifyOrg: link must be a site path: ${input.link}`)
	const members = db.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.orgId, input.orgId)).all()
	let created = 0
	for (const { userId } of members) {
		if (input.dedupeKey) {
			const seen = db
				.select({ one: sql`1` })
				.from(notifications)
				.where(and(eq(notifications.userId, userId), eq(notifications.dedupeKey, input.dedupeKey)))
				.get()
			if (seen) continue
		}
		db.insert(notifications)
			.values({ userId, orgId: input.orgId, kind: input.kind, title: input.title, body: input.body ?? null, link: input.link, dedupeKey: input.dedupeKey ?? null })
			.run()
		created++
	}
	return created
}
