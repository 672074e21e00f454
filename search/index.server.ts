// Which search engine answers: the embedded FTS5 engine over the app's database. Meilisearch is chosen by MEILI_HOST
// once its engine exists; until then a configured host is reported once and every result says it fell back.
import { sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { EmbeddedEngine } from './embedded.server.ts'
import type { SearchEngine, SearchQuery, SearchResult } from './engine.ts'
import { reindexEmbedded } from './sync.server.ts'

let warned = false
const checked = new WeakSet<Db>()

/** A database migrated before the search tables existed has public records but an empty index: build it once. */
function ensureIndexed(db: Db): void {
	if (checked.has(db)) return
	checked.add(db)
	const empty = (table: string) => !db.get(sql`select 1 from ${sql.raw(table)} limit 1`)
	if (empty('listing_fts') && db.get(sql`select 1 from listings l join organizations o on o.id = l.org_id where l.status = 'published' and o.verified_at is not null limit 1`)) {
		reindexEmbedded(db, 'listings')
	}
	if (empty('demand_item_fts') && db.get(sql`select 1 from demand_items i join demand_lists d on d.id = i.list_id join organizations o on o.id = d.org_id where d.status = 'published' and o.verified_at is not null limit 1`)) {
		reindexEmbedded(db, 'demands')
	}
}

/** Wraps an engine so every result says which configured engine could not answer. */
class FallbackEngine implements SearchEngine {
	constructor(
		private readonly inner: SearchEngine,
		private readonly fallback: { from: string; reason: string },
	) {}
	get name() {
		return this.inner.name
	}
	async search(query: SearchQuery): Promise<SearchResult> {
		return { ...(await this.inner.search(query)), fallback: this.fallback }
	}
	index: SearchEngine['index'] = (i, ids) => this.inner.index(i, ids)
	remove: SearchEngine['remove'] = (i, ids) => this.inner.remove(i, ids)
	apply: SearchEngine['apply'] = (c) => this.inner.apply(c)
	reindex: SearchEngine['reindex'] = (i) => this.inner.reindex(i)
	health: SearchEngine['health'] = async () => ({ ...(await this.inner.health()), detail: `${this.fallback.from}: ${this.fallback.reason}` })
}

export function getSearchEngine(db: Db = getDb()): SearchEngine {
	ensureIndexed(db)
	const embedded = new EmbeddedEngine(db)
	const host = process.env.MEILI_HOST
	if (host) {
		const reason = 'the Meilisearch engine is not available in this build; using the embedded engine'
		if (!warned) {
			warned = true
			console.warn(`search: MEILI_HOST=${host} is set, but ${reason}`)
		}
		return new FallbackEngine(embedded, { from: 'meilisearch', reason })
	}
	return embedded
}
