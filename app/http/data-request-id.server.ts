// The request id inside a failed data request's answer: after a client-side navigation, form or fetcher, the error
// view must quote the id of that request (`/path.data`, its own X-Request-Id), which the page cannot otherwise see.
import { decode, encode, type DecodePlugin, type EncodePlugin } from 'turbo-stream'
import { withRequestIdTag } from '#app/utils/request-id.ts'

/*
 * Single fetch answers are turbo-stream with Remix's plugins. These mirror encodeViaTurboStream in
 * @remix-run/server-runtime and decodeViaTurboStream in @remix-run/react (2.17), and package.json pins the turbo-stream
 * version those pin: the browser decodes what is encoded here.
 */
class ErrorResponseValue {
	constructor(
		readonly data: unknown,
		readonly status: unknown,
		readonly statusText: string,
	) {}
}
class RedirectValue {
	constructor(readonly redirect: unknown) {}
}

const decodeRemix: DecodePlugin = (type, ...rest) => {
	if (type === 'SanitizedError') {
		const error = new Error(typeof rest[1] === 'string' ? rest[1] : '')
		if (typeof rest[0] === 'string') error.name = rest[0]
		return { value: error }
	}
	if (type === 'ErrorResponse') return { value: new ErrorResponseValue(rest[0], rest[1], typeof rest[2] === 'string' ? rest[2] : '') }
	if (type === 'SingleFetchRedirect') return { value: new RedirectValue(rest[0]) }
	if (type === 'SingleFetchClassInstance') return { value: rest[0] }
	if (type === 'SingleFetchFallback') return { value: undefined }
	return undefined
}

const encodeRemix: EncodePlugin = (value) => {
	if (value instanceof ErrorResponseValue) return ['ErrorResponse', value.data, value.status, value.statusText]
	if (value instanceof RedirectValue) return ['SingleFetchRedirect', value.redirect]
	// Never a stack, in any mode (Remix sends one in development).
	if (value instanceof Error) return ['SanitizedError', value.name, value.message, undefined]
	return undefined
}
const encodeFallbacks: EncodePlugin[] = [
	(value) => (value && typeof value === 'object' ? ['SingleFetchClassInstance', Object.fromEntries(Object.entries(value))] : undefined),
	() => ['SingleFetchFallback'],
]

/**
 * A thrown Response keeps its status and data: the id goes at the end of its status text. An exception (already
 * reduced to "Unexpected Server Error" outside development) gets it at the end of its message.
 */
function tagged(error: unknown, id: string): unknown {
	if (error instanceof ErrorResponseValue) return new ErrorResponseValue(error.data, error.status, withRequestIdTag(error.statusText, id))
	if (error instanceof Error) {
		const copy = new Error(withRequestIdTag(error.message, id))
		copy.name = error.name
		return copy
	}
	return error
}

function hasError(value: unknown): value is { error: unknown } {
	return typeof value === 'object' && value !== null && 'error' in value
}

/**
 * A single fetch answer whose route errors name `id`. Loader requests answer `{ [routeId]: { data } | { error } }`,
 * action requests `{ data } | { error }` (@remix-run/server-runtime single-fetch.js). Answers without an error status,
 * and any body this cannot read, pass unchanged.
 */
export async function tagDataRequestErrors(response: Response, request: Request, id: string): Promise<Response> {
	if (response.status < 400 || !response.body || !response.headers.get('Content-Type')?.startsWith('text/x-script')) return response
	// Read whole (an error answer is small, and this app's loaders defer nothing), so a body this cannot decode can
	// still be sent as it was.
	const text = await response.text()
	const init = { status: response.status, statusText: response.statusText, headers: response.headers }
	let value: unknown
	try {
		const decoded = await decode(new Response(text).body!, { plugins: [decodeRemix] })
		await decoded.done
		value = decoded.value
	} catch {
		return new Response(text, init)
	}
	if (request.method !== 'GET') {
		if (hasError(value)) value.error = tagged(value.error, id)
	} else if (typeof value === 'object' && value !== null) {
		for (const result of Object.values(value)) if (hasError(result)) result.error = tagged(result.error, id)
	}
	return new Response(encode(value, { plugins: [encodeRemix], postPlugins: encodeFallbacks, signal: request.signal }), init)
}
