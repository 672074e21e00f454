// Which search engine answers: the embedded FTS5 engine over the app's database, or, with MEILI_HOST set, Meilisearch
// with the embedded engine behind it (a short circuit breaker, then answers from the embedded index, which is always
// up to date because writers update it in their own transaction).
import { sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { EmbeddedEngine } from './embedded.server.ts'
import type { SearchEngine, SearchQuery, SearchResult } from './engine.ts'
import { MeiliEngine, SearchUnavailableError, unavailableReason, type MeiliOptions } from './meilisearch.server.ts'
import { reindexEmbedded } from './sync.server.ts'

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

/** After a failure, Meilisearch is not asked again for `ms` (a down server must not cost every keystroke a timeout). */
export class CircuitBreaker {
	private openUntil = 0
	private reason = ''
	constructor(
		readonly ms = 30_000,
		private readonly now: () => number = Date.now,
	) {}
	/** The reason while open, null when Meilisearch may be asked. */
	openReason(): string | null {
		return this.now() < this.openUntil ? this.reason : null
	}
	trip(reason: string): void {
		this.openUntil = this.now() + this.ms
		this.reason = reason
	}
	close(): void {
		this.openUntil = 0
	}
}

/**
 * Meilisearch first, the embedded engine when it cannot answer (the result says so in `fallback`). Writes are the
 * outbox worker's apply() (Meilisearch only: the embedded index is already in step) and full rebuilds (both).
 */
export class MeiliWithFallback implements SearchEngine {
	readonly name = 'meilisearch'
	constructor(
		readonly meili: MeiliEngine,
		readonly embedded: EmbeddedEngine,
		readonly breaker: CircuitBreaker = new CircuitBreaker(),
	) {}

	private async fallback(query: SearchQuery, reason: string): Promise<SearchResult> {
		return { ...(await this.embedded.search(query)), fallback: { from: 'meilisearch', reason } }
	}

	async search(query: SearchQuery): Promise<SearchResult> {
		const open = this.breaker.openReason()
		if (open) return this.fallback(query, open)
		try {
			const result = await this.meili.search(query)
			this.breaker.close()
			return result
		} catch (e) {
			const reason = unavailableReason(e)
			if (reason) {
				this.breaker.trip(reason)
				console.warn(`search: Meilisearch unavailable (${reason}); answering from the embedded index for ${this.breaker.ms / 1000} s`)
				return this.fallback(query, reason)
			}
			// Anything else is a bug on our side or the server's; the searcher still gets an answer (and the log says why).
			console.warn(`search: Meilisearch failed (${e instanceof Error ? e.message : String(e)}); answering from the embedded index`)
			return this.fallback(query, e instanceof Error ? e.message : String(e))
		}
	}

	async index(index: Parameters<SearchEngine['index']>[0], ids: number[]): Promise<void> {
		await this.embedded.index(index, ids)
		await this.meili.index(index, ids)
	}
	async remove(index: Parameters<SearchEngine['remove']>[0], ids: number[]): Promise<void> {
		await this.embedded.remove(index, ids)
		await this.meili.remove(index, ids)
	}
	apply: SearchEngine['apply'] = (changes) => this.meili.apply(changes)

	/** Rebuilds the embedded index, then Meilisearch; the count is Meilisearch's (the CLI reports both). */
	async reindex(index: Parameters<SearchEngine['reindex']>[0]): Promise<{ documents: number }> {
		await this.embedded.reindex(index)
		try {
			return await this.meili.reindex(index)
		} catch (e) {
			if (e instanceof SearchUnavailableError) throw new SearchUnavailableError(`${e.reason} (the embedded index was rebuilt)`, { cause: e })
			throw e
		}
	}
	health: SearchEngine['health'] = () => this.meili.health()
}

/** One breaker per Meilisearch server and index prefix, shared by every engine handed out in this process. */
const breakers = new Map<string, CircuitBreaker>()

/** The engine over `db`: Meilisearch (with the embedded engine behind it) when the caller hands its options, else the
 * embedded engine. The app hands what its configuration says (app/utils/search-engine.server.ts). */
export function getSearchEngine(db: Db, meili: MeiliOptions | null = null): SearchEngine {
	ensureIndexed(db)
	const embedded = new EmbeddedEngine(db)
	if (meili) {
		const key = `${meili.host}|${meili.prefix}`
		let breaker = breakers.get(key)
		if (!breaker) breakers.set(key, (breaker = new CircuitBreaker()))
		return new MeiliWithFallback(new MeiliEngine(db, meili), embedded, breaker)
	}
	return embedded
}
