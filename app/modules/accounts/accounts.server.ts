// Users: sign-up, log-in checks, password reset by emailed link. Tokens are stored hashed; mail goes to the outbox
// in the same transaction as the reset it announces.
import { and, eq, gt, isNull } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { auditLog, passwordResets, users } from '#db/schema/index.ts'
import { translate, type Locale } from '#app/i18n/translate.ts'
import { enqueueMail } from '../notifications/mail.server.ts'
import { hashPassword, verifyPassword } from './password.server.ts'
import { endAllSessions } from './session.server.ts'
import { newToken, sha256 } from './tokens.server.ts'

export const RESET_TTL_MS = 60 * 60_000

export function findUserByEmail(db: Db, email: string) {
	return db.select().from(users).where(eq(users.email, email)).get() ?? null
}

export async function createUser(db: Db, input: { name: string; email: string; password: string; locale: Locale }): Promise<{ id: number } | { taken: true }> {
	if (findUserByEmail(db, input.email)) return { taken: true }
	const passwordHash = await hashPassword(input.password)
	return db.transaction((tx) => {
		// Checked again inside the transaction: two sign-ups racing for one email must not both succeed.
		if (tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get()) return { taken: true as const }
		const id = tx.insert(users).values({ name: input.name, email: input.email, passwordHash, locale: input.locale }).returning({ id: users.id }).get().id
		tx.insert(auditLog).values({ userId: id, actor: `user:${id}`, action: 'account.signup', entity: 'user', entityId: id }).run()
		return { id }
	})
}

export async function authenticate(db: Db, email: string, password: string): Promise<{ id: number } | null> {
	const user = findUserByEmail(db, email)
	const ok = await verifyPassword(user?.passwordHash ?? null, password)
	return ok && user ? { id: user.id } : null
}

/** Sends a reset link when the email is registered; says nothing either way (no account enumeration). */
export function requestPasswordReset(db: Db, email: string, origin: string, locale: Locale, now = new Date()): void {
	const user = findUserByEmail(db, email)
	if (!user) return
	const token = newToken(32)
	const link = `${origin}/reset-password?token=${encodeURIComponent(token)}`
	db.transaction((tx) => {
		tx.insert(passwordResets).values({ userId: user.id, tokenHash: sha256(token), expiresAt: new Date(now.getTime() + RESET_TTL_MS).toISOString() }).run()
		enqueueMail(tx as unknown as Db, {
			to: user.email,
			kind: 'password_reset',
			subject: translate(locale, 'accounts.resetMailSubject'),
			text: translate(locale, 'accounts.resetMailText', { name: user.name, link }),
		})
	})
}

function liveReset(db: Db, token: string, now: Date) {
	return (
		db
			.select()
			.from(passwordResets)
			.where(and(eq(passwordResets.tokenHash, sha256(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now.toISOString())))
			.get() ?? null
	)
}

export function isResetTokenValid(db: Db, token: string, now = new Date()): boolean {
	return liveReset(db, token, now) !== null
}

/** Sets the new password, uses up the token and ends every session of the user. Returns the user id, or null. */
export async function resetPassword(db: Db, token: string, password: string, now = new Date()): Promise<number | null> {
	if (!liveReset(db, token, now)) return null
	const passwordHash = await hashPassword(password)
	return db.transaction((tx) => {
		const reset = liveReset(tx as unknown as Db, token, now)
		if (!reset) return null
		tx.update(passwordResets).set({ usedAt: now.toISOString() }).where(eq(passwordResets.id, reset.id)).run()
		tx.update(users).set({ passwordHash }).where(eq(users.id, reset.userId)).run()
		endAllSessions(tx as unknown as Db, reset.userId)
		tx.insert(auditLog).values({ userId: reset.userId, actor: `user:${reset.userId}`, action: 'account.password_reset', entity: 'user', entityId: reset.userId }).run()
		return reset.userId
	})
}
