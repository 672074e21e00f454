// Server rendering (Remix's default Node entry) plus a CSP nonce per request and security headers on every response.
import { randomBytes } from 'node:crypto'
import { PassThrough } from 'node:stream'
import { createReadableStreamFromReadable, type EntryContext, type HandleDataRequestFunction } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { isbot } from 'isbot'
import { renderToPipeableStream } from 'react-dom/server'
import { getLocale } from '#app/i18n/locale.server.ts'
import { NonceProvider } from '#app/utils/nonce.tsx'
import { RequestLocaleProvider } from '#app/utils/root-data.ts'
import { ensureOutboxWorker } from '#app/utils/outbox-worker.server.ts'
import { ensureAlertWorker } from '#app/utils/alert-worker.server.ts'
import { applySecurityHeaders } from '#app/utils/security-headers.server.ts'
import { StripNulBytes } from '#app/utils/strip-nul.server.ts'

const ABORT_DELAY = 5_000

// With Meilisearch configured, the server process drains the search outbox into it (no-op otherwise).
ensureOutboxWorker()
// Alerts (matching scan, saved searches, daily digest) run once a minute in the server process.
ensureAlertWorker()

export default async function handleRequest(request: Request, responseStatusCode: number, responseHeaders: Headers, remixContext: EntryContext) {
	const nonce = randomBytes(16).toString('base64')
	const locale = await getLocale(request)
	const waitForAll = isbot(request.headers.get('user-agent') ?? '') || remixContext.isSpaMode
	return new Promise((resolve, reject) => {
		let shellRendered = false
		const { pipe, abort } = renderToPipeableStream(
			<NonceProvider value={nonce}>
				<RequestLocaleProvider value={locale}>
					<RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
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

export const handleDataRequest: HandleDataRequestFunction = (response) => {
	applySecurityHeaders(response.headers)
	return response
}
