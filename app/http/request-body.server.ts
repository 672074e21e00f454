// Reading a form POST safely: where it comes from, what it claims to be, how big it is, whether it parses. Every
// refusal is a thrown Response with a 4xx status (403, 413, 415, 400) that the error page words in the user's language.
import { appUrl } from '#app/env.server.ts'
import { stripControlChars } from '#app/utils/text.ts'

const KB = 1024
const MB = 1024 * KB

/**
 * Body limits by kind of request. A form is text typed by a person (the largest, a standard or demand list with a few
 * hundred item rows, stays well under 1 MB). Uploads carry their own documented file limit plus room for the
 * multipart envelope (boundaries, part headers and the form's other fields).
 */
export const BODY_LIMITS = {
	form: 2 * MB,
	envelope: 1 * MB,
} as const

/** How much of an undeclared-length body over the limit is read and discarded before the connection is closed. */
const DISCARD_BUDGET = 8 * MB

export type RequestRefusal = 'crossOrigin' | 'unsupportedType' | 'tooLarge' | 'malformed'
const STATUS: Record<RequestRefusal, number> = { crossOrigin: 403, unsupportedType: 415, tooLarge: 413, malformed: 400 }

/** A refused request: the status says what was wrong, the body names the refusal for the error page. */
export function refuse(reason: RequestRefusal): Response {
	return new Response(reason, {
		status: STATUS[reason],
		headers: { 'Content-Type': 'text/plain; charset=utf-8', ...(reason === 'tooLarge' ? { Connection: 'close' } : {}) },
	})
}

/** True when the request's Origin header, if any, is this site (the address it was reached at, or APP_URL's). */
export function sameOrigin(request: Request): boolean {
	const origin = request.headers.get('Origin')
	// Browsers send no Origin on some same-origin requests, and `null` from privacy-sensitive contexts; the CSRF token
	// (forms) and the API's own checks cover those.
	if (origin === null || origin === 'null') return true
	let parsed: URL
	try {
		parsed = new URL(origin)
	} catch {
		return false
	}
	if (parsed.origin === 'null') return false
	if (parsed.host === new URL(request.url).host) return true
	try {
		return parsed.origin === new URL(appUrl()).origin
	} catch {
		return false
	}
}

function mediaType(request: Request): string {
	return (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
}

/** Reads at most `max` bytes of the body; more is a 413 (a declared length over the limit is refused before reading). */
export async function readBodyBytes(request: Request, max: number): Promise<Uint8Array<ArrayBuffer>> {
	const declared = request.headers.get('Content-Length')
	if (declared !== null && (!/^\d+$/.test(declared.trim()) || Number(declared) > max)) throw refuse(/^\d+$/.test(declared.trim()) ? 'tooLarge' : 'malformed')
	if (!request.body) return new Uint8Array(0)
	const reader = request.body.getReader()
	const chunks: Uint8Array[] = []
	let total = 0
	for (;;) {
		let part: ReadableStreamReadResult<Uint8Array>
		try {
			part = await reader.read()
		} catch {
			throw refuse('malformed')
		}
		if (part.done) break
		total += part.value.byteLength
		if (total > max) {
			// A body of undeclared length: read a little more and throw it away, so the client, still sending, can read
			// the 413 instead of a reset connection; past that budget, stop (the 413 closes the connection).
			let discarded = 0
			while (discarded < DISCARD_BUDGET) {
				const next = await reader.read().catch(() => ({ done: true as const, value: undefined }))
				if (next.done) break
				discarded += next.value.byteLength
			}
			reader.releaseLock()
			throw refuse('tooLarge')
		}
		chunks.push(part.value)
	}
	const out = new Uint8Array(total)
	let at = 0
	for (const c of chunks) {
		out.set(c, at)
		at += c.byteLength
	}
	return out
}

export type ReadFormOptions = {
	/** Accept multipart/form-data (file uploads); otherwise only urlencoded forms. */
	multipart?: boolean
	/** The body limit in bytes; defaults to BODY_LIMITS.form. */
	maxBytes?: number
}

/**
 * The form of a POST, or a thrown 4xx Response: a foreign Origin (403) is refused before anything is read, then a
 * content type other than a form's (415), a body over the limit (413, before reading when the length is declared) and
 * a body that does not parse (400). Control characters other than tab and line breaks are removed from every text field.
 */
export async function readForm(request: Request, options: ReadFormOptions = {}): Promise<FormData> {
	if (!sameOrigin(request)) throw refuse('crossOrigin')
	const type = mediaType(request)
	const multipart = type === 'multipart/form-data'
	if (type !== 'application/x-www-form-urlencoded' && !(multipart && options.multipart)) throw refuse('unsupportedType')
	const bytes = await readBodyBytes(request, options.maxBytes ?? BODY_LIMITS.form)
	let parsed: FormData
	if (multipart) {
		try {
			parsed = await new Response(bytes, { headers: { 'Content-Type': request.headers.get('Content-Type')! } }).formData()
		} catch {
			throw refuse('malformed')
		}
	} else {
		parsed = new FormData()
		let text: string
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
		} catch {
			throw refuse('malformed')
		}
		try {
			for (const [k, v] of new URLSearchParams(text)) parsed.append(k, v)
		} catch {
			throw refuse('malformed')
		}
	}
	const clean = new FormData()
	for (const [k, v] of parsed.entries()) clean.append(stripControlChars(k), typeof v === 'string' ? stripControlChars(v) : v)
	return clean
}
