// The HTTP server around the Remix request handler: what only the server can know or do before the app sees a
// request — the client's real address, a request id, a hard ceiling on bodies — and headers on every response.
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { createRequestHandler } from '@remix-run/express'
import type { ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express, { type NextFunction, type Request as ExpressRequest, type Response as ExpressResponse } from 'express'
import onHeaders from 'on-headers'
import { translate } from '#app/i18n/translate.ts'
import { CLIENT_ADDRESS_HEADER } from '#app/http/rate-limit.server.ts'
import { LIMITS } from '#app/modules/catalog/fields.ts'
import { BODY_LIMITS } from '#app/http/request-body.server.ts'

/**
 * No route accepts more than the largest upload (an import file) plus its multipart envelope; a longer declared body
 * is refused here before anything is read. Each route's own, smaller limit is enforced where it reads its body.
 */
export const MAX_REQUEST_BYTES = LIMITS.fileBytes + BODY_LIMITS.envelope

export type AppOptions = {
	/** The server build, or (development) a function that loads the current one. */
	build: ServerBuild | (() => Promise<ServerBuild>)
	mode: 'development' | 'production' | 'test'
	/** Reverse proxies in front of the server that append to X-Forwarded-For (0: none; use the socket's peer). */
	trustProxyHops: number
	/** The client build's folder (production), served as static files. */
	clientDir?: string
	/** Express middleware that comes before everything else (the Vite dev server in development). */
	before?: express.RequestHandler[]
}

const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'X-Frame-Options': 'DENY',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Cross-Origin-Opener-Policy': 'same-origin',
}

/** `::ffff:127.0.0.1` is how Node reports an IPv4 peer on a dual-stack socket. */
export function normalizeAddress(address: string | undefined): string {
	if (!address) return 'unknown'
	return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Refuses a request without reading its body: the API's error shape for /api/*, otherwise the site's error page (the
 * request is rewritten to GET /refused/<status>, which the app renders in the user's language). The connection is
 * closed afterwards, so an unread body is dropped, not drained.
 */
function refuse(req: ExpressRequest, res: ExpressResponse, next: NextFunction, status: 403 | 413) {
	res.setHeader('Connection', 'close')
	if (req.path.startsWith('/api/')) {
		const locale = /^\s*en\b/i.test(String(req.headers['accept-language'] ?? '')) || req.query.lang === 'en' ? 'en' : 'zh-CN'
		const error =
			status === 403
				? { code: 'forbidden', message: translate(locale, 'api.errors.csrf') }
				: { code: 'payload_too_large', message: translate(locale, 'api.errors.tooLarge', { max: Math.round(MAX_REQUEST_BYTES / 1024 / 1024) }) }
		res.status(status).set('Cache-Control', 'no-store').json({ error })
		return
	}
	if (req.path.endsWith('.data')) {
		// A data request of the app's own client never comes from another site or carries such a body.
		res.status(status).type('text/plain').send(String(status))
		return
	}
	req.method = 'GET'
	req.url = `/refused/${status}`
	// The Remix adapter builds the request's URL from originalUrl.
	req.originalUrl = req.url
	delete req.headers['content-length']
	delete req.headers['content-type']
	delete req.headers['transfer-encoding']
	res.locals.refused = status
	next()
}

/** The host the browser addressed: the Host header, or the nearest trusted proxy's X-Forwarded-Host. */
function addressedHost(req: ExpressRequest, trustProxyHops: number): string | undefined {
	const forwarded = trustProxyHops > 0 ? String(req.headers['x-forwarded-host'] ?? '').split(',')[0]?.trim() : ''
	return forwarded || req.headers.host
}

/** A cross-site write: an Origin header (other than `null`) that is not a URL or names another host. */
export function foreignOrigin(origin: string | undefined, host: string | undefined): boolean {
	if (origin === undefined || origin === 'null') return false
	try {
		const url = new URL(origin)
		return url.origin === 'null' || url.host !== host
	} catch {
		return true
	}
}

export function createApp(options: AppOptions): express.Express {
	const app = express()
	app.disable('x-powered-by')
	// Express derives req.ip from the socket, or from X-Forwarded-For counting this many trusted hops from the right.
	app.set('trust proxy', options.trustProxyHops > 0 ? options.trustProxyHops : false)

	app.use((req, res, next) => {
		const id = randomUUID()
		req.headers['x-request-id'] = id
		res.setHeader('X-Request-Id', id)
		// The app reads the client's address from this header only; a client's own value never gets through.
		req.headers[CLIENT_ADDRESS_HEADER] = normalizeAddress(req.ip)
		// On every response (pages, JSON, downloads, static files, refusals), set just before the headers go out so the
		// app's own values win and nothing is sent twice.
		onHeaders(res, () => {
			for (const [k, v] of Object.entries(SECURITY_HEADERS)) if (!res.getHeader(k)) res.setHeader(k, v)
			// Answered before the body was read to the end (a refusal): the rest is not read, so the connection cannot be
			// reused; saying so lets the client open a new one instead of writing into a closed one.
			if (!req.complete) res.setHeader('Connection', 'close')
		})
		next()
	})

	app.use((req, res, next) => {
		// Without a proxy, forwarding headers are whatever the client made up (Remix would compare Origin with them).
		if (options.trustProxyHops === 0) for (const h of ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-for']) delete req.headers[h]
		// Browsers send `Origin: null` from pages with a no-referrer policy (the password-reset page has one), sandboxed
		// frames and some redirects. It names no site, so it proves nothing either way: the CSRF token of forms and the
		// API's own check decide. Remix would refuse it as a foreign origin with a 500.
		if (req.headers.origin === 'null') delete req.headers.origin
		if (!UNSAFE.has(req.method)) return next()
		if (foreignOrigin(req.headers.origin, addressedHost(req, options.trustProxyHops))) return refuse(req, res, next, 403)
		const declared = req.headers['content-length']
		if (declared !== undefined && Number(declared) > MAX_REQUEST_BYTES) return refuse(req, res, next, 413)
		next()
	})

	for (const mw of options.before ?? []) app.use(mw)
	app.use(compression())
	if (options.clientDir) {
		// Fingerprinted build assets never change; everything else in the client build (favicon, robots) may.
		app.use('/assets', express.static(path.join(options.clientDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: true }))
		app.use(express.static(options.clientDir, { maxAge: '1h', index: false }))
	}

	app.all('*', createRequestHandler({ build: options.build as ServerBuild, mode: options.mode }))

	// Whatever escapes: a plain 500 without details (they go to the log with the request id).
	app.use((error: unknown, req: ExpressRequest, res: ExpressResponse, _next: NextFunction) => {
		console.error(`[${String(req.headers['x-request-id'])}] ${req.method} ${req.originalUrl}`, error)
		if (res.headersSent) return res.end()
		// A body the parser could not read (e.g. a broken chunked encoding) is the client's fault.
		const status = typeof error === 'object' && error !== null && 'status' in error && (error as { status: number }).status === 400 ? 400 : 500
		res.status(status).set({ 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
		res.send(status === 400 ? '请求无法读取。\nThe request could not be read.\n' : '服务器出错，请稍后再试。\nSomething went wrong on the server; please try again later.\n')
	})
	return app
}
