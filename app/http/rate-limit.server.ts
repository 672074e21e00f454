// Fixed-window rate limits on log-in, sign-up, password reset and the API, keyed by action and client address (and
// email where given). Counters live in the database so that every server process counts the same attempts.
import { sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { getDb } from '#app/utils/db.server.ts'

export type Limit = { max: number; windowMs: number }
export const LIMITS = {
	login: { max: 10, windowMs: 15 * 60_000 },
	signup: { max: 5, windowMs: 60 * 60_000 },
	reset: { max: 5, windowMs: 60 * 60_000 },
	api: { max: 300, windowMs: 60_000 },
} satisfies Record<string, Limit>

const DAY = 24 * 3600_000
let sincePrune = 0

/** Counts one attempt; returns the seconds to wait when over the limit, else null. One atomic upsert. */
export function hit(key: string, limit: Limit, now: number = Date.now(), db: Db = getDb()): number | null {
	const row = db.get<{ windowStart: number; count: number }>(sql`
		insert into rate_limits (key, window_start, count) values (${key}, ${now}, 1)
		on conflict (key) do update set
			window_start = case when ${now} - window_start >= ${limit.windowMs} then ${now} else window_start end,
			count = case when ${now} - window_start >= ${limit.windowMs} then 1 else count + 1 end
		returning window_start as windowStart, count`)
	if (++sincePrune >= 1000) {
		sincePrune = 0
		db.run(sql`delete from rate_limits where window_start < ${now - DAY}`)
	}
	if (row.count > limit.max) return Math.max(1, Math.ceil((row.windowStart + limit.windowMs - now) / 1000))
	return null
}

export function reset(key: string, db: Db = getDb()): void {
	db.run(sql`delete from rate_limits where key = ${key}`)
}

/**
 * The header the server (server/app.ts) sets on every request it hands to the app: the client's address, from the
 * socket or, with TRUST_PROXY_HOPS set, from the X-Forwarded-For entry the nearest trusted proxy appended. Any value
 * a client sends under this name is dropped by the server first.
 */
export const CLIENT_ADDRESS_HEADER = 'x-client-address'

export function clientAddress(request: Request): string {
	return request.headers.get(CLIENT_ADDRESS_HEADER) || 'local'
}
