// The JSON API's plumbing (interchange.md §3): who calls (an organization API token or the session cookie), in which
// language, how often, and errors in one shape — `{ error: { code, message, issues? } }` — so bad input is a 4xx, never a 500.
import { timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import { translate, type Locale } from '#app/i18n/translate.ts'
import type { Db } from '#db/client.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { callerFor } from '#app/modules/accounts/auth.server.ts'
import { csrfToken } from '#app/http/csrf.server.ts'
import { permissionsOf, type OrgKind, type Permission } from '#app/modules/accounts/permissions.ts'
import { clientAddress, hit, LIMITS as RATE_LIMITS } from '#app/http/rate-limit.server.ts'
import { getUser } from '#app/modules/accounts/session.server.ts'
import type { Actor } from '#app/modules/audit/changes.server.ts'
import { LIMITS } from '#app/modules/catalog/fields.ts'
import { problemsFromIssues, RecordProblemError, type Problem } from '#app/utils/problems.ts'
import { jsonDepth, MAX_JSON_DEPTH } from '#app/utils/json-depth.ts'
import { BODY_LIMITS, readBodyBytes } from '#app/http/request-body.server.ts'
import { stripControlChars } from '#app/utils/text.ts'
import { tokenOwner } from '#app/modules/accounts/api-tokens.server.ts'

export type Issue = { path: string; message: string }

const STATUS = {
	bad_request: 400,
	unauthorized: 401,
	forbidden: 403,
	not_found: 404,
	method_not_allowed: 405,
	conflict: 409,
	payload_too_large: 413,
	validation_failed: 422,
	rate_limited: 429,
} as const
export type ErrorCode = keyof typeof STATUS

/** A refusal the API answers with the error shape. `key` names a message in `api.errors`; vars are already worded. */
export class ApiError extends Error {
	constructor(
		readonly code: ErrorCode,
		readonly key: string,
		readonly vars: Record<string, unknown> = {},
		readonly issues?: Issue[],
		readonly headers?: Record<string, string>,
	) {
		super(`${code}: ${key}`)
	}
	get status(): number {
		return STATUS[this.code]
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Language: Chinese unless the client asks for English (`?lang=en`, or English first in Accept-Language).

export function apiLocale(request: Request): Locale {
	const q = new URL(request.url).searchParams.get('lang') ?? new URL(request.url).searchParams.get('lng')
	if (q) return q.toLowerCase().startsWith('en') ? 'en' : 'zh-CN'
	const header = request.headers.get('Accept-Language')
	if (!header) return 'zh-CN'
	const ranked = header
		.split(',')
		.map((part, i) => {
			const [tag = '', ...params] = part.trim().split(';')
			const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
			const weight = qParam ? Number(qParam.slice(2)) : 1
			return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, i }
		})
		.filter((x) => x.weight > 0)
		.sort((a, b) => b.weight - a.weight || a.i - b.i)
	for (const { tag } of ranked) {
		if (tag === 'en' || tag.startsWith('en-')) return 'en'
		if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN'
	}
	return 'zh-CN'
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', Vary: 'Accept-Language, Authorization, Cookie', ...headers },
	})
}

export function errorBody(e: ApiError, locale: Locale) {
	const message = translate(locale, `api.errors.${e.key}`, e.vars)
	return { error: { code: e.code, message, ...(e.issues?.length ? { issues: e.issues } : {}) } }
}

/** Zod issues worded exactly as the importer words them (same catalogue, same field paths). */
export function issuesOf(issues: readonly z.core.$ZodIssue[], type: Problem['type'], locale: Locale): Issue[] {
	return problemsFromIssues(issues, { type }, locale).map((p) => ({ path: p.field, message: p.message }))
}

export function invalid(issues: Issue[]): ApiError {
	return new ApiError('validation_failed', 'invalid', { count: issues.length }, issues)
}

function toResponse(e: unknown, locale: Locale): Response {
	if (e instanceof ApiError) return json(errorBody(e, locale), e.status, e.headers)
	if (e instanceof z.ZodError) return toResponse(invalid(issuesOf(e.issues, 'file', locale)), locale)
	if (e instanceof RecordProblemError) return toResponse(invalid(e.problems(locale).map((p) => ({ path: p.field, message: p.message }))), locale)
	if (e instanceof SyntaxError) return toResponse(new ApiError('bad_request', 'badJson', { detail: e.message }), locale)
	if (e instanceof Response) return e
	throw e
}

// ---------------------------------------------------------------------------------------------------------------
// Bodies: JSON up to the import limit (50 MB), counted as the bytes arrive, not trusted from Content-Length.

export const MAX_BODY_BYTES = LIMITS.fileBytes
/** A multipart upload carries the file (≤ 50 MB, checked by the importer) plus its boundaries and headers. */
export const MAX_MULTIPART_BYTES = LIMITS.fileBytes + BODY_LIMITS.envelope

/** One record (a listing, a demand list with its items, a response) as JSON: far below this even for a long catalog. */
export const MAX_RECORD_BYTES = 10 * 1024 * 1024

function tooLarge(max: number): ApiError {
	return new ApiError('payload_too_large', 'tooLarge', { max: Math.round(max / 1024 / 1024) })
}

/** The body, read by the forms' reader (declared lengths refused before reading, the rest counted as it arrives). */
export async function readBody(request: Request, max: number = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer>> {
	try {
		return await readBodyBytes(request, max)
	} catch (e) {
		if (e instanceof Response && e.status === 413) throw tooLarge(max)
		if (e instanceof Response) throw new ApiError('bad_request', 'badJson', { detail: 'unreadable body' })
		throw e
	}
}

/** Parses a JSON body: invalid UTF-8, invalid JSON and too deep a nesting are a 400; control characters in strings are removed. */
export function parseJson(bytes: Uint8Array): unknown {
	let text: string
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
	} catch {
		throw new ApiError('bad_request', 'badJson', { detail: 'not UTF-8' })
	}
	if (jsonDepth(text) > MAX_JSON_DEPTH) throw new ApiError('bad_request', 'tooDeep', { max: MAX_JSON_DEPTH })
	try {
		return JSON.parse(text, (_key, value: unknown) => (typeof value === 'string' ? stripControlChars(value) : value)) as unknown
	} catch (e) {
		throw new ApiError('bad_request', 'badJson', { detail: (e as Error).message })
	}
}

/** A record's JSON body (the importer's endpoint reads up to the file limit instead). */
export async function readJson(request: Request, max: number = MAX_RECORD_BYTES): Promise<unknown> {
	return parseJson(await readBody(request, max))
}

// ---------------------------------------------------------------------------------------------------------------
// Callers

export type ApiOrg = { id: number; ref: string; kind: OrgKind; verified: boolean }
export type ApiCaller = {
	via: 'token' | 'session' | 'anonymous'
	userId: number | null
	org: ApiOrg | null
	platformAdmin: boolean
	permissions: Set<Permission>
	/** The rate-limit bucket: the token, the logged-in user, or the client address. */
	rateKey: string
}

const BEARER = /^Bearer\s+(\S+)\s*$/i

/** The caller of a request: an `Authorization: Bearer` token wins over the session cookie; a bad token is a 401. */
export async function authenticate(db: Db, request: Request, ip: string): Promise<ApiCaller> {
	const auth = request.headers.get('Authorization')
	if (auth !== null) {
		const token = BEARER.exec(auth)?.[1]
		const owner = token ? tokenOwner(db, token) : null
		if (!owner) {
			// Guesses count against the client address, so a bad token is also rate-limited.
			const wait = hit(`api:ip:${ip}`, RATE_LIMITS.api)
			if (wait !== null) throw rateLimited(wait)
			throw new ApiError('unauthorized', 'badToken', {}, undefined, { 'WWW-Authenticate': 'Bearer error="invalid_token"' })
		}
		return {
			via: 'token',
			userId: null,
			org: { id: owner.orgId, ref: owner.orgRef, kind: owner.orgKind, verified: owner.verified },
			platformAdmin: false,
			// A token acts as a (non-owner) member of its organization: it may publish, never manage members or tokens.
			permissions: permissionsOf({ platformRole: 'none', membership: { role: 'member', orgKind: owner.orgKind } }),
			rateKey: `api:token:${owner.tokenId}`,
		}
	}
	const user = await getUser(request)
	if (user) {
		const caller = callerFor(db, user)
		const m = caller.membership
		return {
			via: 'session',
			userId: user.id,
			org: m ? { id: m.orgId, ref: m.orgRef, kind: m.orgKind, verified: m.verified } : null,
			platformAdmin: user.platformRole === 'admin',
			permissions: caller.permissions,
			rateKey: `api:user:${user.id}`,
		}
	}
	return { via: 'anonymous', userId: null, org: null, platformAdmin: false, permissions: new Set(), rateKey: `api:ip:${ip}` }
}

function rateLimited(seconds: number): ApiError {
	return new ApiError('rate_limited', 'rateLimited', { seconds }, undefined, { 'Retry-After': String(seconds) })
}

/** The caller's organization; anonymous callers get a 401, members of no organization a 403. */
export function requireOrg(caller: ApiCaller): ApiOrg {
	if (caller.via === 'anonymous') throw new ApiError('unauthorized', 'unauthorized', {}, undefined, { 'WWW-Authenticate': 'Bearer' })
	if (!caller.org) throw new ApiError('forbidden', 'noOrg')
	return caller.org
}

/** The organization as the actor of a write (audit log, importer scope). */
export function orgActor(caller: ApiCaller, org: ApiOrg): Actor & { kind: 'organization' } {
	return { kind: 'organization', orgId: org.id, orgRef: org.ref, ...(caller.userId !== null ? { userId: caller.userId } : {}) }
}

/**
 * Writes with a session cookie could be forged by another site (the browser sends the cookie along), so they must
 * prove they come from our pages: a same-origin Origin header, or the csrf cookie echoed in X-CSRF-Token.
 * A token in the Authorization header is never sent by a browser on its own, so token requests need neither.
 */
export async function checkSameOrigin(request: Request): Promise<void> {
	const origin = request.headers.get('Origin')
	if (origin && origin !== 'null') {
		let host: string | null = null
		try {
			host = new URL(origin).host
		} catch {
			host = null
		}
		if (host === new URL(request.url).host) return
		throw new ApiError('forbidden', 'csrf')
	}
	const header = request.headers.get('X-CSRF-Token')
	if (header) {
		const { token, setCookie } = await csrfToken(request)
		if (setCookie === null && token.length === header.length && timingSafeEqual(Buffer.from(token), Buffer.from(header))) return
	}
	throw new ApiError('forbidden', 'csrf')
}

// ---------------------------------------------------------------------------------------------------------------
// The wrapper every /api/v1 route's loader and action call.

export type ApiContext = { request: Request; params: Record<string, string | undefined>; locale: Locale; db: Db; caller: ApiCaller; ip: string }
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
export type Handlers = Partial<Record<Method, (ctx: ApiContext) => Promise<Response> | Response>>

/**
 * Authenticates, rate-limits and dispatches by method; anything thrown as an ApiError (or a zod or JSON error)
 * becomes the error shape in the caller's language. Unexpected errors are rethrown: they are bugs, not bad input.
 */
export async function handleApi(args: { request: Request; params: Record<string, string | undefined> }, handlers: Handlers): Promise<Response> {
	const { request } = args
	const locale = apiLocale(request)
	try {
		const method = (request.method === 'HEAD' ? 'GET' : request.method.toUpperCase()) as Method
		const db = getDb()
		const ip = clientAddress(request)
		const caller = await authenticate(db, request, ip)
		const wait = hit(caller.rateKey, RATE_LIMITS.api)
		if (wait !== null) throw rateLimited(wait)
		const handler = handlers[method]
		if (!handler) throw new ApiError('method_not_allowed', 'methodNotAllowed', { method: request.method }, undefined, { Allow: Object.keys(handlers).join(', ') })
		if (method !== 'GET' && caller.via === 'session') await checkSameOrigin(request)
		return await handler({ request, params: args.params, locale, db, caller, ip })
	} catch (e) {
		return toResponse(e, locale)
	}
}
