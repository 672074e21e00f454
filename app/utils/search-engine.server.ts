// The app's search engine: the search layer's engine over the app's database, with Meilisearch when the configuration
// (MEILI_HOST, parsed by app/env.server.ts) names one. App code asks here; the search layer never reads configuration.
import type { Db } from '#db/client.server.ts'
import { getSearchEngine as engineOver } from '#search/index.server.ts'
import type { SearchEngine } from '#search/engine.ts'
import { meiliOptionsFromEnv } from '#search/meilisearch.server.ts'
import { env } from '#app/env.server.ts'
import { getDb } from './db.server.ts'

export function getSearchEngine(db: Db = getDb()): SearchEngine {
	return engineOver(db, meiliOptionsFromEnv(env()))
}

/** Up to `limit` public listings whose title holds every word of a name (the embedded index, always current). */
export { listingsTitled } from '#search/embedded.server.ts'
