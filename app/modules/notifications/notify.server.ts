// The one way to notify people: a notification row per member of an organization (shown in the notification centre at
// /my/notifications). Mail follows each member's alert settings: `instant` mails are queued here, `daily` ones are
// gathered by the digest job, `off` sends none. Call it inside the writer's transaction: a rolled-back write notifies no one.
import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { alertSettings, memberships, notifications, users, type AlertFrequency, type NotificationKind } from '#db/schema/index.ts'
import { appUrl } from '#app/env.server.ts'
import { enqueueMail } from '#app/modules/notifications/mail.server.ts'
import { safeRedirect } from '#app/utils/safe-redirect.ts'
import { instantMail } from './mail-text.ts'
import { encodeMessage, type NotificationMessage } from './message.ts'

export type NotifyInput = {
	orgId: number
	kind: NotificationKind
	/**
	 * The title as a message key (`alerts.messages.…`) with params, stored as JSON and put into words in each reader's
	 * language when shown (message.ts); params are plain text (rendered escaped). Keep it short, the link carries the details.
	 */
	message: NotificationMessage
	/** A message like the title's, or plain text that is shown as it is (user-written text such as a decline note). */
	body?: NotificationMessage | string | null
	/** A path inside the site, e.g. `/my/demands/DEM-1/responses`. */
	link: string
	/** Notifications with the same key are created once per user (e.g. `response:12`). */
	dedupeKey?: string | null
}

/** The default when a user has never chosen: a daily digest. */
export const DEFAULT_EMAIL_FREQUENCY: AlertFrequency = 'daily'

function checkLink(link: string): void {
	if (safeRedirect(link, '') === '') throw new Error(`notify: link must be a site path: ${link}`)
}

/** Creates one notification per member of the organization (once per dedupe key); returns how many were created. */
export function notifyOrg(db: Db, input: NotifyInput): number {
	checkLink(input.link)
	const members = db.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.orgId, input.orgId)).all()
	let created = 0
	for (const { userId } of members) if (createFor(db, userId, input.orgId, input)) created++
	return created
}

export type NotifyUserInput = Omit<NotifyInput, 'orgId'>

/** One notification for one user (a saved search is the user's own, not their organization's); true when created. */
export function notifyUser(db: Db, userId: number, input: NotifyUserInput): boolean {
	checkLink(input.link)
	return createFor(db, userId, null, input)
}

function createFor(db: Db, userId: number, orgId: number | null, input: NotifyUserInput): boolean {
	const title = encodeMessage(input.message)
	const body = input.body == null ? null : typeof input.body === 'string' ? input.body : encodeMessage(input.body)
	if (input.dedupeKey) {
		const seen = db
			.select({ one: sql`1` })
			.from(notifications)
			.where(and(eq(notifications.userId, userId), eq(notifications.dedupeKey, input.dedupeKey)))
			.get()
		if (seen) return false
	}
	const id = db
		.insert(notifications)
		.values({ userId, orgId, kind: input.kind, title, body, link: input.link, dedupeKey: input.dedupeKey ?? null })
		.returning({ id: notifications.id })
		.get().id
	const who = db
		.select({ email: users.email, locale: users.locale, frequency: alertSettings.email })
		.from(users)
		.leftJoin(alertSettings, eq(alertSettings.userId, users.id))
		.where(eq(users.id, userId))
		.get()
	if (who && (who.frequency ?? DEFAULT_EMAIL_FREQUENCY) === 'instant') {
		enqueueMail(db, { to: who.email, kind: 'alert', ...instantMail({ title, body, link: input.link }, appUrl(), who.locale) })
		db.update(notifications).set({ mailedAt: new Date().toISOString() }).where(eq(notifications.id, id)).run()
	}
	return true
}
