// Outgoing mail: written to the mail_outbox table in the same transaction as the change that causes it, then sent
// by SMTP when SMTP_URL is set. Without SMTP the mailbox page (/mailbox) shows it instead (to platform admins only
// in production).
import { and, desc, eq, isNull, lt } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { mailOutbox } from '#db/schema/index.ts'
import { env } from '#app/env.server.ts'
import { getDb } from '#app/utils/db.server.ts'

export type Mail = { to: string; subject: string; text: string; kind: string }

export function enqueueMail(db: Db, mail: Mail): number {
	const id = db.insert(mailOutbox).values(mail).returning({ id: mailOutbox.id }).get().id
	kickMailer()
	return id
}

let sending: Promise<unknown> | null = null
let retryTimer: NodeJS.Timeout | null = null

/**
 * Sends the outbox soon, off the request: better-sqlite3 transactions are synchronous, so by the time this runs the
 * transaction that wrote the mail has committed (or rolled back, and there is nothing to send). Failed mail is
 * retried every minute while the process runs.
 */
export function kickMailer(): void {
	if (!env().SMTP_URL) return
	setImmediate(() => {
		if (sending) return
		sending = sendPendingMail(getDb()).finally(() => {
			sending = null
		})
	})
	retryTimer ??= setInterval(() => kickMailer(), 60_000).unref()
}

/** Resolves when the mail being sent now (if any) has been sent; tests and shutdown use it. */
export async function mailerIdle(): Promise<void> {
	await new Promise((r) => setImmediate(r))
	while (sending) await sending
}

/**
 * Who may read the mailbox page. It shows every queued mail, reset and invitation links included, so whoever reads
 * it can take over accounts: nobody once mail leaves by SMTP; in production only platform admins (permission
 * `read:mail:any`, checked by the caller), so a demo without SMTP still works for them; everyone outside production
 * (development and tests).
 */
export type MailboxAccess = 'off' | 'admins' | 'everyone'
export function mailboxAccess(): MailboxAccess {
	if (env().SMTP_URL) return 'off'
	return env().NODE_ENV === 'production' ? 'admins' : 'everyone'
}

export function recentMail(db: Db, limit = 50) {
	return db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(limit).all()
}

/** Sends pending mail through SMTP; failures are kept for the next attempt (up to 5). Returns how many were sent. */
export async function sendPendingMail(db: Db, smtpUrl: string | undefined = env().SMTP_URL): Promise<number> {
	if (!smtpUrl) return 0
	const { createTransport } = await import('nodemailer')
	const transport = createTransport(smtpUrl)
	const from = env().MAIL_FROM
	const pending = db.select().from(mailOutbox).where(and(isNull(mailOutbox.sentAt), lt(mailOutbox.attempts, 5))).limit(50).all()
	let sent = 0
	for (const m of pending) {
		try {
			await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, textEncoding: 'base64' })
			db.update(mailOutbox).set({ sentAt: new Date().toISOString(), attempts: m.attempts + 1, lastError: null }).where(eq(mailOutbox.id, m.id)).run()
			sent++
		} catch (e) {
			db.update(mailOutbox).set({ attempts: m.attempts + 1, lastError: (e as Error).message }).where(eq(mailOutbox.id, m.id)).run()
		}
	}
	return sent
}
