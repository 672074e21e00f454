// Calling route loaders and actions directly, as the browser would: a fresh app database per test file, users
// and organizations to act as, and requests that carry a session cookie and the CSRF token.
import { eq } from 'drizzle-orm'
import { csrfCookieFor } from '#app/http/csrf.server.ts'
import { hashPassword } from '#app/modules/accounts/password.server.ts'
import { newSessionCookie } from '#app/modules/accounts/session.server.ts'
import type { Db } from '#db/client.server.ts'
import { memberships, organizations, users } from '#db/schema/index.ts'
import { withCheckChar } from '#app/modules/catalog/uscc.ts'
import { createTestDb } from './db.ts'

export const CSRF_TOKEN = 'test-csrf-token-0123456789-abcdefghijklmnop'
export const BASE = 'http://localhost'

/** A fresh migrated database that the app's getDb() returns from now on. */
export function installAppDb(): Db {
	const { db } = createTestDb()
	;(globalThis as unknown as { __db?: Db }).__db = db
	return db
}

let seq = 0
/** A user whose email address counts as confirmed unless `emailVerified: false` (as after a bare sign-up). */
export async function createUser(
	db: Db,
	opts: { email?: string; name?: string; password?: string; platformRole?: 'none' | 'reviewer' | 'admin'; emailVerified?: boolean } = {},
) {
	seq++
	const email = opts.email ?? `user${seq}-${Date.now()}@example.com`
	const id = db
		.insert(users)
		.values({
			email,
			name: opts.name ?? `用户${seq}`,
			passwordHash: await hashPassword(opts.password ?? 'password123'),
			platformRole: opts.platformRole ?? 'none',
			emailVerifiedAt: opts.emailVerified === false ? null : new Date().toISOString(),
		})
		.returning({ id: users.id })
		.get().id
	return { id, email }
}

/** An organization with a valid, unique credit code; verified unless told otherwise. */
export function createOrg(db: Db, opts: { kind?: 'enterprise' | 'rescue_team' | 'bureau' | 'finance' | 'research' | 'organizer'; verified?: boolean; ref?: string; name?: string } = {}) {
	seq++
	const body = `91360100MA${String(100000 + seq).padStart(6, '0')}${'0'}`.slice(0, 17)
	const ref = opts.ref ?? `ORG-T-${seq}`
	const id = db
		.insert(organizations)
		.values({
			ref,
			name: opts.name ?? `测试机构${seq}`,
			uscc: withCheckChar(body),
			kind: opts.kind ?? 'enterprise',
			regionCode: '360100',
			verifiedAt: opts.verified === false ? null : new Date().toISOString(),
		})
		.returning({ id: organizations.id })
		.get().id
	return { id, ref }
}

export function addMember(db: Db, orgId: number, userId: number, role: 'owner' | 'member' = 'owner') {
	db.insert(memberships).values({ orgId, userId, role }).run()
}

/** The Cookie header of a browser logged in as the user (with the CSRF cookie set). */
export async function cookieFor(db: Db, userId: number): Promise<string> {
	const session = (await newSessionCookie(db, userId)).split(';')[0]
	const csrf = (await csrfCookieFor(CSRF_TOKEN)).split(';')[0]
	return `${session}; ${csrf}`
}

export async function anonymousCookie(): Promise<string> {
	return (await csrfCookieFor(CSRF_TOKEN)).split(';')[0]!
}

/** A form POST as the browser sends it, with the CSRF field added. */
export function formRequest(path: string, fields: Record<string, string | string[]>, cookie: string, headers: Record<string, string> = {}): Request {
	const body = new URLSearchParams()
	body.set('csrf', CSRF_TOKEN)
	for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x)
	return new Request(BASE + path, { method: 'POST', body, headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded', ...headers } })
}

export function getRequest(path: string, cookie?: string): Request {
	return new Request(BASE + path, { headers: cookie ? { Cookie: cookie } : {} })
}

export function userIdByEmail(db: Db, email: string): number | undefined {
	return db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()?.id
}

/** Runs a loader or action and returns the thrown or returned Response (redirects and 4xx are thrown in Remix). */
export async function settle<T>(p: Promise<T>): Promise<T | Response> {
	try {
		return await p
	} catch (e) {
		if (e instanceof Response) return e
		throw e
	}
}

/** The body of a `data()` result or a Response. */
export async function bodyOf(x: unknown): Promise<unknown> {
	if (x instanceof Response) {
		const text = await x.text()
		try {
			return JSON.parse(text)
		} catch {
			return text
		}
	}
	if (x && typeof x === 'object' && 'data' in x && 'type' in x) return (x as { data: unknown }).data
	return x
}

export function statusOf(x: unknown): number {
	if (x instanceof Response) return x.status
	if (x && typeof x === 'object' && 'init' in x) return ((x as { init?: { status?: number } }).init?.status ?? 200)
	return 200
}
