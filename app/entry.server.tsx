// Server rendering (Remix's default Node entry) plus a CSP nonce per request and security headers on every response,
// and the request id where error pages and the log need it.
import { randomBytes } from 'node:crypto'
import { PassThrough } from 'node:stream'
import { createReadableStreamFromReadable, type EntryContext, type HandleDataRequestFunction, type HandleErrorFunction } from '@remix-run/node'
import { isRouteErrorResponse, RemixServer } from '@remix-run/react'
import { isbot } from 'isbot'
import { renderToPipeableStream } from 'react-dom/server'
import { env } from '#app/env.server.ts'
import { getLocale } from '#app/i18n/locale.server.ts'
import { NonceProvider } from '#app/utils/nonce.tsx'
import { RequestLocaleProvider } from '#app/utils/root-data.ts'
import { DocumentRequestIdProvider, REQUEST_ID_HEADER } from '#app/utils/request-id.ts'
import { ensureOutboxWorker } from '#app/modules/discovery/outbox-worker.server.ts'
import { ensureJobRunner } from '#app/modules/jobs/start.server.ts'
import { applySecurityHeaders } from '#app/http/security-headers.server.ts'
import { tagDataRequestErrors } from '#app/http/data-request-id.server.ts'
import { StripNulBytes } from '#app/utils/strip-nul.server.ts'

const ABORT_DELAY = 5_000

// Configuration is parsed at start-up, before any request: a bad variable stops the server with a message naming it.
env()

// With Meilisearch configured, the server process drains the search outbox into it (no-op otherwise).
ensureOutboxWorker()
// Background jobs (the alerts: matching scan, saved searches, daily digest) run in the server process, one holder
// at a time across processes (app/modules/jobs).
ensureJobRunner()

export default async function handleRequest(request: Request, responseStatusCode: number, responseHeaders: Headers, remixContext: EntryContext) {
	const nonce = randomBytes(16).toString('base64')
	const locale = await getLocale(request)
	const waitForAll = isbot(request.headers.get('user-agent') ?? '') || remixContext.isSpaMode
	return new Promise((resolve, reject) => {
		let shellRendered = false
		const { pipe, abort } = renderToPipeableStream(
			<NonceProvider value={nonce}>
				<RequestLocaleProvider value={locale}>
					<DocumentRequestIdProvider value={request.headers.get(REQUEST_ID_HEADER)}>
						<RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
					</DocumentRequestIdProvider>
				</RequestLocaleProvider>
			</NonceProvider>,
			{
				nonce,
				[waitForAll ? 'onAllReady' : 'onShellReady']() {
					shellRendered = true
					const body = new PassThrough()
					// React 18 may emit NUL bytes at 2 KB chunk ends next to multi-byte characters: drop them.
					const clean = body.pipe(new StripNulBytes())
					responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
					applySecurityHeaders(responseHeaders, nonce)
					resolve(new Response(createReadableStreamFromReadable(clean), { headers: responseHeaders, status: responseStatusCode }))
					pipe(body)
				},
				onShellError(error: unknown) {
					reject(error)
				},
				onError(error: unknown) {
					responseStatusCode = 500
					// Errors after the shell are logged; before it they reject and Remix renders the error boundary.
					if (shellRendered) console.error(error)
				},
			},
		)
		setTimeout(abort, ABORT_DELAY)
	})
}

// A failed data request (client-side navigation, form, fetcher) tells the browser's error view its own request id.
export const handleDataRequest: HandleDataRequestFunction = async (response, { request }) => {
	applySecurityHeaders(response.headers)
	const id = request.headers.get(REQUEST_ID_HEADER)
	return id ? tagDataRequestErrors(response, request, id) : response
}

// Errors of loaders, actions and rendering are logged with the request id the error page shows (Remix's own handler
// logs them without it).
export const handleError: HandleErrorFunction = (error, { request }) => {
	if (request.signal.aborted) return
	// As Remix's: the router's own 4xx (405, no route) carry the underlying error. The path without its query, which
	// may hold a token (password reset, invitation).
	const cause = isRouteErrorResponse(error) && 'error' in error && error.error ? error.error : error
	console.error(`[${request.headers.get(REQUEST_ID_HEADER) ?? '-'}] ${request.method} ${new URL(request.url).pathname}`, cause)
}
