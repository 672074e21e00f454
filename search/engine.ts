// The search engine interface (issue 4). Two engines implement it: the embedded SQLite FTS5 engine (default) and
// Meilisearch (when MEILI_HOST is set). Pages, the JSON API and the CLI talk only to this interface.

export type SearchIndex = 'listings' | 'demands'

/** Facets of interchange.md §3; a filter value list is OR within a facet, AND across facets. */
export const FACETS = ['category', 'scenario', 'region', 'certification', 'qualification', 'kind'] as const
export type Facet = (typeof FACETS)[number]
export type Filters = Partial<Record<Facet, string[]>>

export type SortOrder = 'relevance' | 'newest' | 'price_asc' | 'price_desc'

export type SearchQuery = {
	index: SearchIndex
	/** The user's text as typed; empty lists by filters. Engines never pass it to a query language unescaped. */
	q: string
	filters?: Filters
	sort?: SortOrder
	page?: number
	perPage?: number
	/** Facets to count (counts honour the other facets' filters, and the category count includes descendants). */
	facets?: readonly Facet[]
	/** Only documents with every word (no fallback to documents with any of them); used for suggestions. */
	strict?: boolean
}

/** A highlighted fragment: the original text split into plain and matched parts (rendered safely by React). */
export type Highlight = { field: string; parts: { text: string; match: boolean }[] }

export type SearchHit = {
	id: number
	ref: string
	title: string
	/** Organization name. */
	org: string
	category: string | null
	highlight: Highlight[]
	score?: number
	/** Demand items only: the demand list the item belongs to (the page to link to). */
	list?: { ref: string; title: string }
	/** The spec that matched a quantity of the query, as the supplier wrote it; `meets` false for a near miss below. */
	matchedSpec?: MatchedSpec
}

export type MatchedSpec = { name: string; value: number | null; unit: string | null; meets: boolean }

/** A filter value the engine does not know: ignored, and said so (never an error). */
export type IgnoredFilter = { facet: Facet; value: string }

export type FacetCounts = Partial<Record<Facet, Record<string, number>>>

export type SearchResult = {
	total: number
	page: number
	perPage: number
	hits: SearchHit[]
	facets: FacetCounts
	/** Terms the engine actually searched for after segmentation and synonym expansion (shown as "searched for"). */
	terms?: string[]
	/** Set when no document had every word, so the modifiers (service words, sizes, model codes) were left out. */
	relaxed?: boolean
	/**
	 * Set when nothing held the query's thing and it was read as a kind of its last character (救生舟: names ending in 舟,
	 * 艇 or 船 that mention 救生): the words still required and the name endings (search/query.ts compoundBackoff).
	 */
	readAs?: { rest: string[]; ends: string[] }
	/** Scenarios the query named (暴雪 → ice_snow): they ranked tagged documents first instead of being required words. */
	scenarios?: { word: string; codes: string[] }[]
	/** Words of the query that name a category (照明 → 030103): its documents ranked first. */
	categories?: { word: string; codes: string[] }[]
	/** Set when the configured engine was unreachable and another answered. */
	fallback?: { from: string; reason: string }
	/** Filter values that were not applied because they are unknown. */
	ignored?: IgnoredFilter[]
	/** Set when the query was longer than the engine reads (its start was searched). */
	truncated?: boolean
}

/**
 * One changed entity, as the search outbox records it: the engine re-derives every document it affects (a listing; the
 * items of a demand list, including removed ones; everything of an organization; `synonyms`: the synonym dictionary
 * changed, `id` = 0). A taxonomy label change is enqueued as the listings and demand lists of that category.
 */
export type SearchEntity = 'listing' | 'demand_list' | 'organization' | 'synonyms'
export type SearchChange = { entity: SearchEntity; id: number }

export type EngineHealth = { engine: string; ok: boolean; documents: Record<SearchIndex, number>; outboxLag: number; detail?: string }

export interface SearchEngine {
	readonly name: string
	search(query: SearchQuery): Promise<SearchResult>
	/** (Re)indexes the given entities from the database; unknown or no-longer-public ids are removed. */
	index(index: SearchIndex, ids: number[]): Promise<void>
	remove(index: SearchIndex, ids: number[]): Promise<void>
	/** Brings the index in step with changed entities (the outbox worker's call; the embedded engine is already in step). */
	apply(changes: SearchChange[]): Promise<void>
	/** Rebuilds an index from the database. */
	reindex(index: SearchIndex): Promise<{ documents: number }>
	health(): Promise<EngineHealth>
}
