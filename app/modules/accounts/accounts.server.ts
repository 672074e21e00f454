// Users: sign-up, log-in checks, password reset and email confirmation by emailed link. Tokens are stored hashed;
// mail goes to the outbox in the same transaction as the change it announces; its links start at APP_URL, never at
// the address a request came in on (a forged Host header must not reach anyone's mailbox).
import { and, eq, gt, isNull, sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { auditLog, emailVerifications, passwordResets, users } from '#db/schema/index.ts'
import { appUrl } from '#app/env.server.ts'
import { translate, type Locale } from '#app/i18n/translate.ts'
import { enqueueMail } from '../notifications/mail.server.ts'
import { hashPassword, verifyPassword } from './password.server.ts'
import { endAllSessions } from './session.server.ts'
import { newToken, sha256 } from './tokens.server.ts'

export const RESET_TTL_MS = 60 * 60_000
export const VERIFY_TTL_MS = 24 * 60 * 60_000

export function findUserByEmail(db: Db, email: string) {
	return db.select().from(users).where(eq(users.email, email)).get() ?? null
}

/**
 * A new account. Its address counts as confirmed only when the caller has proof the person read mail sent to it
 * (`emailVerified`: sign-up from an invitation link sent to that very address); a bare sign-up proves nothing.
 */
export async function createUser(
	db: Db,
	input: { name: string; email: string; password: string; locale: Locale; emailVerified?: boolean },
	now = new Date(),
): Promise<{ id: number } | { taken: true }> {
	if (findUserByEmail(db, input.email)) return { taken: true }
	const passwordHash = await hashPassword(input.password)
	return db.transaction((tx) => {
		// Checked again inside the transaction: two sign-ups racing for one email must not both succeed.
		if (tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get()) return { taken: true as const }
		const emailVerifiedAt = input.emailVerified ? now.toISOString() : null
		const id = tx.insert(users).values({ name: input.name, email: input.email, passwordHash, locale: input.locale, emailVerifiedAt }).returning({ id: users.id }).get().id
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
export function requestPasswordReset(db: Db, email: string, locale: Locale, now = new Date()): void {
	const user = findUserByEmail(db, email)
	if (!user) return
	const token = newToken(32)
	const link = `${appUrl()}/reset-password?token=${encodeURIComponent(token)}`
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

/**
 * Sets the new password, uses up every reset link of the user (not only this one: a link mailed earlier must not
 * outlive the password it was meant to replace) and ends every session of the user. Following the link proves the
 * address, so it counts as confirmed from now on. Returns the user id, or null.
 */
export async function resetPassword(db: Db, token: string, password: string, now = new Date()): Promise<number | null> {
	if (!liveReset(db, token, now)) return null
	const passwordHash = await hashPassword(password)
	return db.transaction((tx) => {
		const reset = liveReset(tx as unknown as Db, token, now)
		if (!reset) return null
		tx.update(passwordResets).set({ usedAt: now.toISOString() }).where(and(eq(passwordResets.userId, reset.userId), isNull(passwordResets.usedAt))).run()
		tx.update(users)
			.set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()})` })
			.where(eq(users.id, reset.userId))
			.run()
		endAllSessions(tx as unknown as Db, reset.userId)
		tx.insert(auditLog).values({ userId: reset.userId, actor: `user:${reset.userId}`, action: 'account.password_reset', entity: 'user', entityId: reset.userId }).run()
		return reset.userId
	})
}

/**
 * Mails the user a link that confirms their address. `next` is the site path to return to afterwards (it travels in
 * the link and is checked again when used).
 */
export function requestEmailVerification(db: Db, user: { id: number; email: string; name: string }, next: string, locale: Locale, now = new Date()): void {
	const token = newToken(32)
	const link = `${appUrl()}/verify-email?${new URLSearchParams({ token, next })}`
	db.transaction((tx) => {
		tx.insert(emailVerifications).values({ userId: user.id, email: user.email, tokenHash: sha256(token), expiresAt: new Date(now.getTime() + VERIFY_TTL_MS).toISOString() }).run()
		enqueueMail(tx as unknown as Db, {
			to: user.email,
			kind: 'email_verification',
			subject: translate(locale, 'accounts.verifyMailSubject'),
			text: translate(locale, 'accounts.verifyMailText', { name: user.name, email: user.email, link }),
		})
	})
}

export type VerifyRefusal = 'invalid' | 'otherAccount'

/** A confirmation link that is neither used nor expired. */
const liveVerification = (token: string, now: Date) =>
	and(eq(emailVerifications.tokenHash, sha256(token)), isNull(emailVerifications.usedAt), gt(emailVerifications.expiresAt, now.toISOString()))

/**
 * Confirms the address with an emailed link, for the signed-in user it was sent to (someone else's link confirms
 * nothing for them, and the link's owner must be signed in: reading the mail and holding the account are both
 * proven). Uses up every confirmation link of the user.
 */
export function confirmEmail(db: Db, token: string, userId: number, now = new Date()): { ok: true } | { refused: VerifyRefusal } {
	return db.transaction((tx) => {
		const row = tx
			.select({ id: emailVerifications.id, userId: emailVerifications.userId, email: emailVerifications.email, current: users.email })
			.from(emailVerifications)
			.innerJoin(users, eq(users.id, emailVerifications.userId))
			.where(liveVerification(token, now))
			.get()
		// A link for an address the account no longer has proves nothing about the account.
		if (!row || row.email !== row.current) return { refused: 'invalid' as const }
		if (row.userId !== userId) return { refused: 'otherAccount' as const }
		const stamp = now.toISOString()
		tx.update(emailVerifications).set({ usedAt: stamp }).where(and(eq(emailVerifications.userId, userId), isNull(emailVerifications.usedAt))).run()
		tx.update(users).set({ emailVerifiedAt: stamp }).where(eq(users.id, userId)).run()
		tx.insert(auditLog).values({ userId, actor: `user:${userId}`, action: 'account.email_verified', entity: 'user', entityId: userId }).run()
		return { ok: true as const }
	})
}

/** Whether a confirmation link is still usable (the page shows its button only then). */
export function isVerificationTokenLive(db: Db, token: string, now = new Date()): boolean {
	return (
		db
			.select({ id: emailVerifications.id })
			.from(emailVerifications)
			.where(liveVerification(token, now))
			.get() !== undefined
	)
}
