// A fixed-window rate limiter kept in memory (one app process serves one SQLite database).
// Used on log-in, sign-up and password reset, keyed by action and client address (and email where given).

type Window = { start: number; count: number }
const windows = new Map<string, Window>()

export type Limit = { max: number; windowMs: number }
export const LIMITS = {
	login: { max: 10, windowMs: 15 * 60_000 },
	signup: { max: 5, windowMs: 60 * 60_000 },
	reset: { max: 5, windowMs: 60 * 60_000 },
	api: { max: 300, windowMs: 60_000 },
} satisfies Record<string, Limit>

/** Counts one attempt; returns the seconds to wait when over the limit, else null. */
export function hit(key: string, limit: Limit, now: number = Date.now()): number | null {
	const w = windows.get(key)
	if (!w || now - w.start >= limit.windowMs) {
		windows.set(key, { start: now, count: 1 })
		if (windows.size > 50_000) prune(now)
		return null
	}
	w.count++
	if (w.count > limit.max) return Math.ceil((w.start + limit.windowMs - now) / 1000)
	return null
}

export function reset(key: string): void {
	windows.delete(key)
}

function prune(now: number) {
	for (const [k, w] of windows) if (now - w.start > 24 * 3600_000) windows.delete(k)
}

export function clientAddress(request: Request): string {
	// Behind a proxy, the entry the proxy appended (the last one) is the client it saw; earlier entries are whatever
	// the client sent and could be forged to dodge the limit. remix-serve exposes nothing else we could use.
	return request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || 'local'
}
