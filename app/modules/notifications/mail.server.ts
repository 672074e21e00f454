// Outgoing mail: written to the mail_outbox table in the same transaction as the change that causes it, then sent
// by SMTP when SMTP_URL is set. Without SMTP the development mailbox page (/mailbox) shows it instead.
import { and, desc, eq, isNull, lt } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { mailOutbox } from '#db/schema/index.ts'

export type Mail = { to: string; subject: string; text: string; kind: string }

export function enqueueMail(db: Db, mail: Mail): number {
	return db.insert(mailOutbox).values(mail).returning({ id: mailOutbox.id }).get().id
}

export function mailboxEnabled(): boolean {
	return !process.env.SMTP_URL
}

export function recentMail(db: Db, limit = 50) {
	return db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(limit).all()
}

/** Sends pending mail through SMTP; failures are kept for the next attempt (up to 5). Returns how many were sent. */
export async function sendPendingMail(db: Db, smtpUrl: string | undefined = process.env.SMTP_URL): Promise<number> {
	if (!smtpUrl) return 0
	const { createTransport } = await import('nodemailer')
	const transport = createTransport(smtpUrl)
	const from = process.env.MAIL_FROM ?? 'no-reply@localhost'
	const pending = db.select().from(mailOutbox).where(and(isNull(mailOutbox.sentAt), lt(mailOutbox.attempts, 5))).limit(50).all()
	let sent = 0
	for (const m of pending) {
		try {
			await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text })
			db.update(mailOutbox).set({ sentAt: new Date().toISOString(), attempts: m.attempts + 1, lastError: null }).where(eq(mailOutbox.id, m.id)).run()
			sent++
		} catch (e) {
			db.update(mailOutbox).set({ attempts: m.attempts + 1, lastError: (e as Error).message }).where(eq(mailOutbox.id, m.id)).run()
		}
	}
	return sent
}
