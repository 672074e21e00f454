// Starts the search outbox worker once per server process, when an external engine (MEILI_HOST) is configured.
// Remix re-evaluates server modules on every change under `remix vite:dev`: the worker lives on globalThis so it starts once.
import { env } from '#app/env.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { getSearchEngine } from '#app/utils/search-engine.server.ts'
import { startOutboxWorker, type OutboxWorker } from '#search/outbox.server.ts'

const g = globalThis as unknown as { __searchOutboxWorker?: OutboxWorker }

/** Starts the worker if MEILI_HOST is set and it is not running yet; returns it (or null when there is nothing to drain to). */
export function ensureOutboxWorker(): OutboxWorker | null {
	if (g.__searchOutboxWorker) return g.__searchOutboxWorker
	if (!env().MEILI_HOST || env().NODE_ENV === 'test') return null
	const db = getDb()
	// Resolved on every tick: whichever engine getSearchEngine hands out now (never the embedded one, see startOutboxWorker).
	g.__searchOutboxWorker = startOutboxWorker(db, () => getSearchEngine(db))
	return g.__searchOutboxWorker
}
