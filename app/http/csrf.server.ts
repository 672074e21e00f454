// CSRF protection for every form: a random token in an HttpOnly cookie, echoed in a hidden field and compared on
// POST (double submit), plus a same-origin check of the Origin header when the browser sends one.
import { createCookie } from '@remix-run/node'
import { timingSafeEqual } from 'node:crypto'
import { sameOrigin } from '#app/http/request-body.server.ts'
import { isHttps } from '#app/modules/accounts/session.server.ts'
import { newToken } from '#app/modules/accounts/tokens.server.ts'

export const CSRF_FIELD = 'csrf'
const csrfCookie = createCookie('csrf', { path: '/', sameSite: 'lax', httpOnly: true })

/** The request's token, and a Set-Cookie header when a new one had to be made. */
export async function csrfToken(request: Request): Promise<{ token: string; setCookie: string | null }> {
	const existing: unknown = await csrfCookie.parse(request.headers.get('Cookie'))
	if (typeof existing === 'string' && existing.length >= 32) return { token: existing, setCookie: null }
	const token = newToken(32)
	return { token, setCookie: await csrfCookie.serialize(token, { secure: isHttps(request) }) }
}

/** A Set-Cookie value carrying the given token (tests use it to act like a browser that loaded the form). */
export function csrfCookieFor(token: string): Promise<string> {
	return csrfCookie.serialize(token)
}

/** Throws a 403 response when the form's token does not match the cookie, or the request comes from another origin. */
export async function validateCsrf(request: Request, form: FormData): Promise<void> {
	if (!sameOrigin(request)) throw forbidden()
	const cookie: unknown = await csrfCookie.parse(request.headers.get('Cookie'))
	const field = form.get(CSRF_FIELD)
	if (typeof cookie !== 'string' || typeof field !== 'string' || cookie.length !== field.length) throw forbidden()
	if (!timingSafeEqual(Buffer.from(cookie), Buffer.from(field))) throw forbidden()
}

function forbidden(): Response {
	return new Response('表单已过期或来源无效，请刷新页面后重试。/ The form expired or came from another site; reload the page and try again.', {
		status: 403,
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	})
}
