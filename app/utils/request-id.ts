// The request id on error pages: which id belongs to the failed request (the document's, or a data request's the
// browser made later), how a data request's error carries it, and how hydration shows the same id as the server.
import { isRouteErrorResponse } from '@remix-run/react'
import { createContext, useContext } from 'react'
import { useRootData } from '#app/utils/root-data.ts'

/** Set by server/app.ts on every request before the app sees it (and sent back as the X-Request-Id header). */
export const REQUEST_ID_HEADER = 'x-request-id'

const TAG = /\[request ([\w-]{1,100})\]$/

/** An error text with the request id appended: how a failed data request's error names its request. */
export function withRequestIdTag(text: string, id: string): string {
	return `${text ? `${text} ` : ''}[request ${id}]`
}

/**
 * The id a failed data request's error carries (app/http/data-request-id.server.ts puts it at the end of a thrown
 * Response's status text or of an exception's sanitised message); null for errors of the document request.
 */
export function taggedRequestId(error: unknown): string | null {
	const text = isRouteErrorResponse(error) ? error.statusText : error instanceof Error ? error.message : ''
	return TAG.exec(text ?? '')?.[1] ?? null
}

/**
 * The document request's id where the root loader did not run or failed (a refused POST, a broken root loader): given
 * by the server render (app/entry.server.tsx), and in the browser read back from the error view's `data-request-id`,
 * which the server rendered from this same value, so hydration shows the same id.
 */
const DocumentRequestIdContext = createContext<string | null>(
	typeof document !== 'undefined' ? (document.querySelector('[data-request-id]')?.getAttribute('data-request-id') ?? null) : null,
)
export const DocumentRequestIdProvider = DocumentRequestIdContext.Provider

/**
 * The id to quote for `error`: a failed data request's own (client-side navigations, forms, fetchers), else the
 * document request's from the root loader, else the one the server render was given. Null when none is known.
 */
export function useRequestId(error: unknown): string | null {
	const rendered = useContext(DocumentRequestIdContext)
	const root = useRootData()
	return taggedRequestId(error) ?? root?.requestId ?? rendered
}
