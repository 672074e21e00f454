// The one check for redirect targets a request supplies (redirectTo after log-in, sign-up, a language switch, a
// confirmation link…): only a path of this site passes; anything else becomes the fallback. Pure, no I/O.

/** A fixed origin to resolve targets against: a target that resolves anywhere else leaves the site. */
const HERE = 'http://here.invalid'
/** C0 and C1 control characters (browsers drop tab, CR and LF inside URLs: `/\t/evil` is `//evil`), and backslashes
 * (browsers read `\` as `/` in http URLs: `/\evil` is `//evil`). */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\]/
const MAX_LENGTH = 2048

function unsafe(path: string): boolean {
	return !path.startsWith('/') || path.startsWith('//') || UNSAFE.test(path)
}

/**
 * `to` when it is a path of this site (`/my/listings?page=2#x`), else `fallback`. Refused: anything not starting with
 * one `/`, control characters, backslashes, `//`, the same in the path after percent-decoding it once, twice or three
 * times (a proxy or a second redirect may decode: `/%2F/evil.example`, `/%255Cevil.example`), and whatever a URL
 * parser resolves to another origin. Encoded characters in the query are left alone (a search for `\` is `?q=%5C`).
 * The path returned is the parser's normal form, so what was checked is what the browser is sent.
 */
export function safeRedirect(to: unknown, fallback = '/my'): string {
	if (typeof to !== 'string' || to.length > MAX_LENGTH || unsafe(to)) return fallback
	let decoded = to.split(/[?#]/, 1)[0]!
	for (let i = 0; i < 3; i++) {
		let next: string
		try {
			next = decodeURIComponent(decoded)
		} catch {
			return fallback
		}
		if (next === decoded) break
		if (unsafe(next)) return fallback
		decoded = next
	}
	let url: URL
	try {
		url = new URL(to, HERE)
	} catch {
		return fallback
	}
	if (url.origin !== HERE) return fallback
	const path = url.pathname + url.search + url.hash
	return unsafe(path) ? fallback : path
}
