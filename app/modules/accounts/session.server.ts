// Sessions: a random id in an HttpOnly, SameSite=Lax cookie (Secure over HTTPS); only its SHA-256 is stored.
// Log-in rotates the session (the old one is deleted), log-out deletes it.
import { createCookie, redirect } from '@remix-run/node'
import { and, asc, eq, gt } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { memberships, organizations, sessions, users } from '#db/schema/index.ts'
import { getDb } from '#app/utils/db.server.ts'
import type { MemberRole, OrgKind, PlatformRole } from './permissions.ts'
import { newToken, sha256 } from './tokens.server.ts'

export const SESSION_DAYS = 30
const sessionCookie = createCookie('__session', { path: '/', sameSite: 'lax', httpOnly: true, maxAge: SESSION_DAYS * 86400 })

export function isHttps(request: Request): boolean {
	return new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https'
}

async function sessionIdFrom(request: Request): Promise<string | null> {
	const v: unknown = await sessionCookie.parse(request.headers.get('Cookie'))
	return typeof v === 'string' && v.length >= 32 ? v : null
}

export type SessionUser = {
	id: number
	email: string
	name: string
	platformRole: PlatformRole
	/** The user has proven they read mail sent to `email` (see users.emailVerifiedAt). */
	emailVerified: boolean
	sessionHash: string
	activeOrgId: number | null
}

export function sessionUser(db: Db, sessionId: string, now = new Date()): SessionUser | null {
	const hash = sha256(sessionId)
	const row = db
		.select({ id: users.id, email: users.email, name: users.name, platformRole: users.platformRole, emailVerifiedAt: users.emailVerifiedAt, activeOrgId: sessions.activeOrgId })
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(and(eq(sessions.id, hash), gt(sessions.expiresAt, now.toISOString())))
		.get()
	if (!row) return null
	const { emailVerifiedAt, ...rest } = row
	return { ...rest, emailVerified: emailVerifiedAt !== null, sessionHash: hash }
}

export async function getUser(request: Request): Promise<SessionUser | null> {
	const id = await sessionIdFrom(request)
	return id ? sessionUser(getDb(), id) : null
}

export async function getUserId(request: Request): Promise<number | null> {
	return (await getUser(request))?.id ?? null
}

function loginRedirect(request: Request): never {
	const url = new URL(request.url)
	throw redirect(`/login?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`)
}

export async function requireUser(request: Request): Promise<SessionUser> {
	const user = await getUser(request)
	if (!user) loginRedirect(request)
	return user
}

export async function requireUserId(request: Request): Promise<number> {
	return (await requireUser(request)).id
}

export async function requireAnonymous(request: Request): Promise<void> {
	if (await getUser(request)) throw redirect('/my')
}

/** Creates a session for the user (deleting the one the request carried) and returns its Set-Cookie header. */
export async function startSession(request: Request, userId: number): Promise<string> {
	const db = getDb()
	const old = await sessionIdFrom(request)
	if (old) db.delete(sessions).where(eq(sessions.id, sha256(old))).run()
	return newSessionCookie(db, userId, isHttps(request))
}

/** Creates a session row and returns the cookie value that carries it (used by startSession and by tests). */
export async function newSessionCookie(db: Db, userId: number, secure = false): Promise<string> {
	const id = newToken(32)
	const expiresAt = new Date(Date.now() + SESSION_DAYS * 86400_000).toISOString()
	db.insert(sessions).values({ id: sha256(id), userId, expiresAt }).run()
	return sessionCookie.serialize(id, { secure })
}

export async function endSession(request: Request): Promise<string> {
	const id = await sessionIdFrom(request)
	if (id) getDb().delete(sessions).where(eq(sessions.id, sha256(id))).run()
	return sessionCookie.serialize('', { maxAge: 0, secure: isHttps(request) })
}

/** Ends every session of a user (after a password reset), except optionally one. */
export function endAllSessions(db: Db, userId: number): void {
	db.delete(sessions).where(eq(sessions.userId, userId)).run()
}

export type Membership = { orgId: number; orgRef: string; orgName: string; orgKind: OrgKind; role: MemberRole; verified: boolean }

export function membershipsOf(db: Db, userId: number): Membership[] {
	return db
		.select({
			orgId: organizations.id,
			orgRef: organizations.ref,
			orgName: organizations.name,
			orgKind: organizations.kind,
			role: memberships.role,
			verifiedAt: organizations.verifiedAt,
		})
		.from(memberships)
		.innerJoin(organizations, eq(organizations.id, memberships.orgId))
		.where(eq(memberships.userId, userId))
		.orderBy(asc(memberships.createdAt), asc(organizations.id))
		.all()
		.map(({ verifiedAt, ...m }) => ({ ...m, verified: verifiedAt !== null }))
}

/** The organization the user acts for: the session's choice if still a member, else the first membership. */
export function activeMembership(db: Db, user: SessionUser): Membership | null {
	const all = membershipsOf(db, user.id)
	return all.find((m) => m.orgId === user.activeOrgId) ?? all[0] ?? null
}

export function setActiveOrg(db: Db, user: SessionUser, orgId: number): boolean {
	if (!membershipsOf(db, user.id).some((m) => m.orgId === orgId)) return false
	db.update(sessions).set({ activeOrgId: orgId }).where(eq(sessions.id, user.sessionHash)).run()
	return true
}
