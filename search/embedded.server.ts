// The embedded search engine: SQLite FTS5 tables in the application's own database (listing_fts, demand_item_fts),
// jieba-segmented, ranked by bm25 with field weights; filtered and faceted in one pass over the matched documents' attributes
// held in memory (search/doc-cache.server.ts), with SQLite ranking only the top of the page when nothing is filtered.
import type Database from 'better-sqlite3'
import type { Db } from '#db/client.server.ts'
import { DEMAND_KINDS, LISTING_KINDS } from '#db/schema/index.ts'
import {
	CATEGORY_BY_CODE,
	CERTIFICATION_BY_CODE,
	isValidRegionCode,
	QUALIFICATION_ALIASES,
	QUALIFICATION_BY_CODE,
	SCENARIO_BY_CODE,
} from '#db/reference/codes.ts'
import {
	FACETS,
	type EngineHealth,
	type Facet,
	type FacetCounts,
	type Filters,
	type Highlight,
	type IgnoredFilter,
	type MatchedSpec,
	type SearchEngine,
	type SearchHit,
	type SearchIndex,
	type SearchChange,
	type SearchQuery,
	type SearchResult,
	type SortOrder,
} from './engine.ts'
import { DEMANDS, LISTINGS } from './indexes.ts'
import { AT_LEAST, backoffReading, CATEGORY_BOOST, compoundBackoff, HEAD_BOOST, HEAD_TYPED_BOOST, TITLE_BOOST, SECONDARY_CATEGORY, TYPED_BOOST, excerptParts, highlightParts, matchExpression, quantityBoost, scenarioBoost, specMeets, specRange, parseQuery, type ParsedQuery, type Quantity, type ScenarioMention, type Segmenter, type Synonym } from './query.ts'
import { normalise, segmentForSearch, segmentWords } from './segment.server.ts'
import { docCache, isMulti, type DocCache } from './doc-cache.server.ts'
import { applyEmbedded, clientOf, indexEmbedded, prepared, reindexEmbedded, removeEmbedded } from './sync.server.ts'

export const DEFAULT_FACETS: readonly Facet[] = ['category', 'scenario', 'region', 'certification']
export const MAX_PER_PAGE = 100
/** In the relaxed form, each dropped modifier a document has anyway outranks any bm25 difference. */
const WORDS_BOOST = 100
/** A document whose text has the scenario word (but no tag for it) ranks above the rest, below tagged ones. */
const SCENARIO_TEXT_BOOST = 200
/** What mentioning a scenario adds to a document tagged with it (its bm25 for the word comes on top for a query of scenario words alone). */
const MENTION_BOOST = 20
/** At most this much for a tagged document whose category is all tagged with the head scenario (below SECONDARY_SCENARIO's step). */
const CENTRALITY_BOOST = 100

export const segmenter: Segmenter = { words: segmentWords, subwords: segmentForSearch, normalise }


/** The SQL of one index: its FTS5 table and bm25 weights, the page's rows by id, and documents by numeric spec. */
type IndexSql = {
	fts: string
	/** The FTS5 column of the document's name (title of a listing, name of a demand item). */
	name: string
	weights: number[]
	/** The hits' display columns for ids given as a JSON array. */
	hydrate: string
	/** Documents with a numeric spec (or demand-item constraint) of the dimension between lo and hi: id, the canonical
	 * value, and the spec as written (name, value, unit). */
	specIds: string
}

type SpecRow = { id: number; v: number; name: string; value: number | null; unit: string | null }

/**
 * Documents with a spec that matches the query's quantities (both engines): the summed boost (for each quantity, its
 * best spec) and the spec shown on the result, the first quantity's.
 */
export function specMatches(client: Database.Database, index: SearchIndex, quantities: readonly Quantity[]): Map<number, { b: number; spec: MatchedSpec }> {
	const out = new Map<number, { b: number; spec: MatchedSpec }>()
	for (const q of quantities) {
		const best = new Map<number, { b: number; spec: MatchedSpec }>()
		for (const t of q.targets) {
			const atLeast = AT_LEAST.has(t.dimension)
			for (const r of prepared(client, INDEX_SQL[index].specIds).all(t.dimension, ...specRange(t.value, atLeast)) as SpecRow[]) {
				const b = quantityBoost(t.value, r.v, atLeast)
				const known = best.get(r.id)
				if (!known || b > known.b) best.set(r.id, { b, spec: { name: r.name, value: r.value, unit: r.unit, meets: specMeets(t.value, r.v, atLeast) } })
			}
		}
		for (const [id, m] of best) {
			const known = out.get(id)
			out.set(id, known ? { b: known.b + m.b, spec: known.spec } : m)
		}
	}
	return out
}

const INDEX_SQL: Record<SearchIndex, IndexSql> = {
	listings: {
		fts: 'listing_fts',
		name: 'title',
		weights: LISTINGS.searchable.map((f) => f.weight),
		hydrate: `select l.id, l.ref, l.title, o.name as org, l.category_code as category, l.model, l.description as body, null as listRef, null as listTitle
			from listings l join organizations o on o.id = l.org_id where l.id in (select value from json_each(?))`,
		specIds: `select listing_id as id, canonical_value as v, name, value_num as value, unit from listing_specs where dimension = ? and canonical_value between ? and ?`,
	},
	demands: {
		fts: 'demand_item_fts',
		name: 'name',
		weights: DEMANDS.searchable.map((f) => f.weight),
		hydrate: `select i.id, i.ref, i.name as title, o.name as org, i.category_code as category, null as model, i.notes as body, d.ref as listRef, d.title as listTitle
			from demand_items i join demand_lists d on d.id = i.list_id join organizations o on o.id = d.org_id where i.id in (select value from json_each(?))`,
		specIds: `select owner_id as id, canonical_value as v, name, value_num as value, unit from constraints where owner_kind = 'demand_item' and dimension = ? and canonical_value between ? and ?`,
	},
}

/** Keeps the known filter values (deduplicated, qualification aliases mapped to codes) and reports the others. */
export function normaliseFilters(index: SearchIndex, filters: Filters | undefined): { filters: Filters; ignored: IgnoredFilter[] } {
	const out: Filters = {}
	const ignored: IgnoredFilter[] = []
	const kinds: readonly string[] = index === 'listings' ? LISTING_KINDS : DEMAND_KINDS
	for (const facet of FACETS) {
		const values = filters?.[facet]
		if (!values?.length) continue
		const kept = new Set<string>()
		for (const raw of values) {
			const v = String(raw).trim()
			if (!v) continue
			let code: string | null = null
			if (facet === 'category') code = CATEGORY_BY_CODE.has(v) ? v : null
			else if (facet === 'scenario') code = SCENARIO_BY_CODE.has(v) ? v : null
			else if (facet === 'region') code = isValidRegionCode(v) ? v : null
			else if (facet === 'certification') code = CERTIFICATION_BY_CODE.has(v.toUpperCase()) ? v.toUpperCase() : null
			else if (facet === 'qualification') code = QUALIFICATION_BY_CODE.has(v) ? v : (QUALIFICATION_ALIASES[v] ?? null)
			else if (facet === 'kind') code = kinds.includes(v) ? v : null
			if (code) kept.add(code)
			else ignored.push({ facet, value: v.slice(0, 100) })
		}
		if (kept.size) out[facet] = [...kept]
	}
	return { filters: out, ignored }
}

/** Whether a stored region code lies in a filter region (a province XX0000 or city XXXX00 includes its parts). */
function inRegion(v: string, code: string): boolean {
	if (code.endsWith('0000')) return v.slice(0, 2) === code.slice(0, 2)
	if (code.endsWith('00')) return v.slice(0, 4) === code.slice(0, 4)
	return v === code
}

/** Counts per category code at every level of the taxonomy present (a parent counts its descendants). */
export function rollUpCategories(rows: { v: string | null; n: number }[]): Record<string, number> {
	const out: Record<string, number> = {}
	for (const { v, n } of rows) {
		if (!v) continue
		for (let len = 2; len <= v.length; len += 2) {
			const code = v.slice(0, len)
			out[code] = (out[code] ?? 0) + n
		}
	}
	return out
}

/** Counts per region code, also rolled up to the city (XXXX00) and province (XX0000) it belongs to. */
export function rollUpRegions(rows: { v: string | null; n: number }[]): Record<string, number> {
	const out: Record<string, number> = {}
	for (const { v, n } of rows) {
		if (!v) continue
		for (const code of new Set([v, v.slice(0, 4) + '00', v.slice(0, 2) + '0000'])) out[code] = (out[code] ?? 0) + n
	}
	return out
}

type HitRow = { id: number; ref: string; title: string; org: string; category: string | null; model: string | null; body: string | null; listRef: string | null; listTitle: string | null }

/** Session settings for searching, set once per connection: a somewhat larger page cache (8 MB) and in-memory temporary storage. */
const tuned = new WeakSet<Database.Database>()
function tune(client: Database.Database): void {
	if (tuned.has(client)) return
	tuned.add(client)
	client.pragma('cache_size = -8000')
	client.pragma('temp_store = memory')
}

/** Whether the document's value (or value set) passes a facet's filter, per dictionary id. */
function passTable(cache: DocCache, facet: Facet, values: string[]): Uint8Array {
	if (isMulti(facet)) {
		const sets = cache.sets[facet].sets
		const want = new Set(values)
		const out = new Uint8Array(sets.length)
		for (let i = 1; i < sets.length; i++) out[i] = sets[i]!.some((c) => want.has(c)) ? 1 : 0
		return out
	}
	const codes = cache.dict[facet as 'category' | 'region' | 'kind'].values
	const out = new Uint8Array(codes.length)
	for (let i = 1; i < codes.length; i++) {
		const v = codes[i]!
		out[i] =
			facet === 'category' ? (values.some((c) => v.startsWith(c)) ? 1 : 0) : facet === 'region' ? (values.some((c) => inRegion(v, c)) ? 1 : 0) : values.includes(v) ? 1 : 0
	}
	return out
}

/**
 * The scenario boost of each document (scenarioBoost of its tags), plus, for a tagged one, up to CENTRALITY_BOOST by how
 * central the head scenario is to its category: the share of the category's documents tagged with it (for 地震, life
 * detectors, all tagged, before generators, tagged for four scenarios of which earthquakes are one).
 */
function scenarioFit(cache: DocCache, mentions: readonly ScenarioMention[]): (slot: number) => number {
	const sets = cache.sets.scenario.sets
	const bySet = new Float64Array(sets.length)
	for (let i = 1; i < sets.length; i++) bySet[i] = scenarioBoost(mentions, sets[i]!)
	const head = mentions.reduce((a, b) => (b.at > a.at ? b : a)).codes[0]
	if (!head) return (slot) => bySet[cache.attr.scenario[slot]!]!
	const headSet = passTable(cache, 'scenario', [head])
	const categories = cache.dict.category.values.length
	const all = new Int32Array(categories)
	const tagged = new Int32Array(categories)
	for (let slot = 0; slot < cache.size; slot++) {
		if (!cache.live[slot]) continue
		const c = cache.attr.category[slot]!
		all[c]!++
		if (headSet[cache.attr.scenario[slot]!]) tagged[c]!++
	}
	return (slot) => {
		const b = bySet[cache.attr.scenario[slot]!]!
		if (!b) return 0
		const c = cache.attr.category[slot]!
		return b + (all[c] ? (CENTRALITY_BOOST * tagged[c]!) / all[c]! : 0)
	}
}

/** Adds the first n slots' values to the counts per dictionary id. */
function countInto(counts: Int32Array, attr: Uint32Array, slots: ArrayLike<number>, n: number): void {
	for (let i = 0; i < n; i++) counts[attr[slots[i]!]!]!++
}

/** Turns counts per dictionary id into counts per code (sorted by code), rolled up for categories and regions. */
function facetCounts(cache: DocCache, facet: Facet, counts: Int32Array): Record<string, number> {
	const rows: { v: string; n: number }[] = []
	if (isMulti(facet)) {
		const per = new Map<string, number>()
		const sets = cache.sets[facet].sets
		for (let i = 1; i < counts.length; i++) if (counts[i]) for (const c of sets[i]!) per.set(c, (per.get(c) ?? 0) + counts[i]!)
		for (const [v, n] of per) rows.push({ v, n })
	} else {
		const codes = cache.dict[facet as 'category' | 'region' | 'kind'].values
		for (let i = 1; i < counts.length; i++) if (counts[i]) rows.push({ v: codes[i]!, n: counts[i]! })
	}
	rows.sort((a, b) => (a.v < b.v ? -1 : a.v > b.v ? 1 : 0))
	if (facet === 'category') return rollUpCategories(rows)
	if (facet === 'region') return rollUpRegions(rows)
	return Object.fromEntries(rows.map((r) => [r.v, r.n]))
}

/** "a ranks before b" for a sort order, over cache slots and their relevance scores. */
function comparator(cache: DocCache, sort: SortOrder, searching: boolean): (a: number, ra: number, b: number, rb: number) => boolean {
	const { newest, newestKey, price, ids } = cache
	const byNewest = cache.textDates
		? (a: number, b: number) => (newest[a]! !== newest[b]! ? newest[a]! > newest[b]! : ids[a]! > ids[b]!)
		: (a: number, b: number) => (newestKey[a]! !== newestKey[b]! ? newestKey[a]! > newestKey[b]! : ids[a]! > ids[b]!)
	if (sort === 'relevance' && searching) return (a, ra, b, rb) => (ra !== rb ? ra > rb : byNewest(a, b))
	if (sort === 'price_asc' || sort === 'price_desc') {
		const asc = sort === 'price_asc'
		return (a, _ra, b) => {
			const pa = price[a]!
			const pb = price[b]!
			const na = Number.isNaN(pa)
			const nb = Number.isNaN(pb)
			if (na !== nb) return nb
			if (!na && pa !== pb) return asc ? pa < pb : pa > pb
			return ids[a]! < ids[b]!
		}
	}
	return (a, _ra, b) => byNewest(a, b)
}

/** The first k of n candidates in order (a bounded heap with the worst kept at the top), best first. */
function topK(
	slots: Int32Array,
	scores: Float64Array,
	n: number,
	k: number,
	before: (a: number, ra: number, b: number, rb: number) => boolean,
	reverse = false,
): { slot: number; r: number }[] {
	if (k <= 0) return []
	const hs: number[] = []
	const hr: number[] = []
	// Max-heap on "worse": the root is the worst kept candidate.
	const worse = (i: number, j: number) => before(hs[j]!, hr[j]!, hs[i]!, hr[i]!)
	const swap = (i: number, j: number) => {
		const s = hs[i]!
		hs[i] = hs[j]!
		hs[j] = s
		const r = hr[i]!
		hr[i] = hr[j]!
		hr[j] = r
	}
	const down = (i: number) => {
		for (;;) {
			const l = 2 * i + 1
			const r = l + 1
			let m = i
			if (l < hs.length && worse(l, m)) m = l
			if (r < hs.length && worse(r, m)) m = r
			if (m === i) return
			swap(i, m)
			i = m
		}
	}
	// Candidates come in id order; later ids win ties in the newest and relevance orders, so they are offered first.
	for (let y = 0; y < n; y++) {
		const x = reverse ? n - 1 - y : y
		const s = slots[x]!
		const r = scores[x]!
		if (hs.length < k) {
			hs.push(s)
			hr.push(r)
			for (let i = hs.length - 1; i > 0; ) {
				const p = (i - 1) >> 1
				if (!worse(i, p)) break
				swap(i, p)
				i = p
			}
		} else if (before(s, r, hs[0]!, hr[0]!)) {
			hs[0] = s
			hr[0] = r
			down(0)
		}
	}
	const order = hs.map((_, i) => i).sort((i, j) => (before(hs[i]!, hr[i]!, hs[j]!, hr[j]!) ? -1 : before(hs[j]!, hr[j]!, hs[i]!, hr[i]!) ? 1 : 0))
	return order.map((i) => ({ slot: hs[i]!, r: hr[i]! }))
}

/**
 * Up to `limit` public listings whose title holds every word of `name` (no synonyms, no ranking: the cheap question
 * "who names this thing", for the matcher's candidates outside an item's category). Empty for a name without words.
 */
export function listingsTitled(db: Db, name: string, limit: number): number[] {
	const parsed = parseQuery(name, [], segmenter, [])
	const expr = matchExpression(parsed.groups)
	if (!expr) return []
	const client = clientOf(db)
	return prepared(client, `select rowid from listing_fts where listing_fts match ? limit ?`).pluck(true).all(`title : (${expr})`, limit) as number[]
}

const dictionaries = new WeakMap<Database.Database, { signature: string; synonyms: Synonym[] }>()

function readSynonyms(client: Database.Database): Synonym[] {
	const rows = prepared(client, `select term, expansions, related from search_synonyms`).all() as { term: string; expansions: string; related: string | null }[]
	const list = (json: string | null): string[] => {
		try {
			const v = JSON.parse(json ?? '[]') as unknown
			return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
		} catch {
			return []
		}
	}
	return rows.map((r) => {
		const related = list(r.related)
		return { term: r.term, expansions: list(r.expansions), ...(related.length ? { related } : {}) }
	})
}

export class EmbeddedEngine implements SearchEngine {
	readonly name = 'embedded'
	constructor(private readonly db: Db) {}

	private get client(): Database.Database {
		return clientOf(this.db)
	}

	/**
	 * The dictionary, read again only when it changed (its row count, newest id or newest edit moved): every search parses
	 * with it, and reading some 700 entries costs more than the rest of a short query's parse.
	 */
	synonyms(): Synonym[] {
		const client = this.client
		const signature = prepared(client, `select count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(max(updated_at), '') from search_synonyms`).pluck(true).get() as string
		const held = dictionaries.get(client)
		if (held?.signature === signature) return held.synonyms
		const synonyms = readSynonyms(client)
		dictionaries.set(client, { signature, synonyms })
		return synonyms
	}

	parse(q: string): ParsedQuery {
		return parseQuery(q, this.synonyms(), segmenter)
	}

	async search(query: SearchQuery): Promise<SearchResult> {
		return this.searchSync(query)
	}

	/** Synchronous, in one read transaction: the index, its attributes and the hits' rows are one snapshot. */
	searchSync(query: SearchQuery): SearchResult {
		const client = this.client
		tune(client)
		if (client.inTransaction) return this.run(client, query, true)
		return client.transaction(() => this.run(client, query, false))()
	}

	private run(client: Database.Database, query: SearchQuery, inTransaction: boolean): SearchResult {
		const s = INDEX_SQL[query.index]
		const perPage = Math.min(Math.max(Math.trunc(query.perPage ?? 20) || 20, 1), MAX_PER_PAGE)
		const page = Math.max(Math.trunc(query.page ?? 1) || 1, 1)
		const { filters, ignored } = normaliseFilters(query.index, query.filters)
		const parsed = this.parse(query.q ?? '')
		let expr = matchExpression(parsed.groups)
		const searching = expr !== null || parsed.quantities.length > 0 || parsed.scenarios.length > 0
		const cache = docCache(client, query.index, inTransaction)

		const fts = s.fts
		const bm25 = `bm25(${fts}, ${s.weights.join(', ')})`
		const sort: SortOrder = query.sort ?? (searching ? 'relevance' : 'newest')
		const offset = (page - 1) * perPage

		// Candidates: the slots of the matched documents (rowids only: no ranking yet), or of every document.
		let slots: Int32Array
		let n = 0
		/** Spec boosts by slot (queries with quantities). */
		const boost = new Map<number, number>()
		let relaxed = false
		let narrowed = false
		let readAs: SearchResult['readAs']
		// One JSON array is cheaper to read than a row per match.
		const matchIds = (e: string) => JSON.parse(prepared(client, `select json_group_array(rowid) from ${fts} where ${fts} match ?`).pluck(true).get(e) as string) as number[]
		if (expr !== null) {
			let ids = matchIds(expr)
			// Every word together finds nothing ("A级 防化服", "救生艇 8人"): the modifiers (service words, sizes and model
			// codes) may go, never the thing asked for, and documents with more of them rank first. A query for equipment
			// nobody offers ("水下 机器人") gets the empty answer, not listings that share one of its words.
			const thing = parsed.groups.filter((g) => !g.modifier)
			if (!ids.length && !query.strict && thing.length && thing.length < parsed.groups.length) {
				const relaxedExpr = matchExpression(thing)!
				ids = matchIds(relaxedExpr)
				if (ids.length) {
					expr = relaxedExpr
					relaxed = true
					for (const g of parsed.groups) {
						if (!g.modifier) continue
						const one = matchExpression([g])
						if (!one) continue
						for (const id of matchIds(one)) {
							const slot = cache.liveSlot(id)
							if (slot >= 0) boost.set(slot, (boost.get(slot) ?? 0) + WORDS_BOOST)
						}
					}
				}
			}
			// Still nothing: a compound nobody writes (救生船) is read as a kind of its last character that says the rest (救生 … 艇).
			const back = !ids.length && !query.strict ? compoundBackoff(parsed.groups, parsed.head, segmenter) : null
			const backExpr = back && matchExpression(back.groups)
			if (back && backExpr) {
				const ends = cache.headTable(back.heads, back.heads)
				const found = matchIds(backExpr).filter((id) => {
					const slot = cache.liveSlot(id)
					return slot >= 0 && ends[cache.heads[slot]!]
				})
				if (found.length) {
					ids = found
					expr = backExpr
					relaxed = true
					// Fewer candidates than the expression matches: never the bm25-only shortcut below.
					narrowed = true
					readAs = backoffReading(back)
				}
			}
			slots = new Int32Array(ids.length)
			for (const id of ids) {
				const slot = cache.liveSlot(id)
				if (slot >= 0) slots[n++] = slot
			}
		} else if (!searching) {
			slots = new Int32Array(cache.size)
			for (let slot = 0; slot < cache.size; slot++) if (cache.live[slot]) slots[n++] = slot
		} else slots = new Int32Array(0)
		if (parsed.scenarios.length) {
			// Scenario words rank, they never filter: tagged documents first, then those that only mention the word. A query
			// of scenario words alone lists both.
			const fit = scenarioFit(cache, parsed.scenarios)
			const mention = matchExpression(parsed.scenarios, 'OR')
			// Documents that mention the word: a boost plus their bm25 for it (the order among equally tagged documents).
			// With other words, only the matches count and their own bm25 orders them: one intersection, no scoring.
			const mentioned = new Map<number, number>()
			if (mention && expr !== null) {
				for (const id of matchIds(`(${expr}) AND (${mention})`)) mentioned.set(id, 0)
			} else if (mention)
				for (const [id, b] of prepared(client, `select rowid, ${bm25} from ${fts} where ${fts} match ?`).raw(true).all(mention) as [number, number][])
					mentioned.set(id, -b)
			// `mentioned`: the word's own relevance (bm25) in the documents that mention it. Untagged ones come after the
			// tagged ones; among tagged ones, saying it helps a little.
			const rank = (slot: number) => {
				const f = fit(slot)
				const m = mentioned.get(cache.ids[slot]!)
				return m === undefined ? f : m + (f ? f + MENTION_BOOST : SCENARIO_TEXT_BOOST)
			}
			if (expr !== null) {
				for (let i = 0; i < n; i++) {
					const b = rank(slots[i]!)
					if (b) boost.set(slots[i]!, (boost.get(slots[i]!) ?? 0) + b)
				}
			} else if (!parsed.quantities.length) {
				for (let slot = 0; slot < cache.size; slot++) {
					if (!cache.live[slot]) continue
					const b = rank(slot)
					if (b) boost.set(slot, b)
				}
				slots = Int32Array.from(boost.keys())
				n = slots.length
			}
		}
		if (parsed.categories.length && expr !== null) {
			// A word that names a category stays required; documents of that category rank above the others containing it
			// (of the category it names first above those of its other ones: 搜救 is life detection, then breaching tools).
			const first = passTable(cache, 'category', [...new Set(parsed.categories.map((c) => c.codes[0]!))])
			const other = passTable(cache, 'category', [...new Set(parsed.categories.flatMap((c) => c.codes.slice(1)))])
			for (let i = 0; i < n; i++) {
				const c = cache.attr.category[slots[i]!]!
				const b = first[c] ? CATEGORY_BOOST : other[c] ? CATEGORY_BOOST * SECONDARY_CATEGORY : 0
				if (b) boost.set(slots[i]!, (boost.get(slots[i]!) ?? 0) + b)
			}
		}
		if (expr !== null) {
			// A synonym finds documents that say it another way; those that say what the user typed come first (冲锋舟 before
			// the 橡皮艇 it also finds).
			for (const g of parsed.groups) {
				if (g.alternatives.length < 2) continue
				const typed = matchExpression([{ source: g.source, alternatives: [g.alternatives[0]!] }])
				if (!typed) continue
				for (const id of matchIds(typed)) {
					const slot = cache.liveSlot(id)
					if (slot >= 0) boost.set(slot, (boost.get(slot) ?? 0) + TYPED_BOOST)
				}
			}
		}
		if (expr !== null && parsed.groups.length > 1) {
			// Every word in the name (地震预警 in 地震预警信息发布终端) before words spread over the name, tags and description.
			for (const id of matchIds(`${s.name} : (${expr})`)) {
				const slot = cache.liveSlot(id)
				if (slot >= 0) boost.set(slot, (boost.get(slot) ?? 0) + TITLE_BOOST)
			}
		}
		if (parsed.head && expr !== null) {
			// Names that end in the thing asked for (冲锋舟, a 艇 for 船) before those that only mention it (船用救生衣).
			const ends = cache.headTable(parsed.head.typed, parsed.head.forms)
			for (let i = 0; i < n; i++) {
				const e = ends[cache.heads[slots[i]!]!]
				if (e) boost.set(slots[i]!, (boost.get(slots[i]!) ?? 0) + HEAD_BOOST + (e === 2 ? HEAD_TYPED_BOOST : 0))
			}
		}
		/** The spec that earned each document its quantity boost (shown on the result: 排水流量 3000 m3/h ✓). */
		const matchedSpec = new Map<number, MatchedSpec>()
		if (parsed.quantities.length) {
			for (const [id, { b, spec }] of specMatches(client, query.index, parsed.quantities)) {
				const slot = cache.liveSlot(id)
				if (slot < 0) continue
				boost.set(slot, (boost.get(slot) ?? 0) + b)
				matchedSpec.set(id, spec)
			}
			// Quantities alone: every public document with a matching spec is a candidate.
			if (expr === null) {
				slots = Int32Array.from(boost.keys())
				n = slots.length
			}
		}

		// One pass: filter, count facets (each facet ignoring its own filter), keep the passing candidates.
		const active = (Object.entries(filters) as [Facet, string[]][]).map(([f, v]) => ({ facet: f, attr: cache.attr[f], pass: passTable(cache, f, v) }))
		const wanted = [...new Set(query.facets ?? DEFAULT_FACETS)].filter((f) => FACETS.includes(f))
		const counts = new Map<Facet, Int32Array>(
			wanted.map((f) => [f, new Int32Array(isMulti(f) ? cache.sets[f].sets.length : cache.dict[f as 'category' | 'region' | 'kind'].values.length)]),
		)
		// Documents failing exactly one filter still count in that filter's own facet.
		const failedOne = active.map(() => [] as number[])
		const kept = new Int32Array(n)
		let total = 0
		if (!active.length) {
			kept.set(slots.subarray(0, n))
			total = n
		} else
			for (let i = 0; i < n; i++) {
				const slot = slots[i]!
				let fails = 0
				let failed = -1
				for (let k = 0; k < active.length; k++) {
					const a = active[k]!
					if (!a.pass[a.attr[slot]!]) {
						failed = k
						if (++fails > 1) break
					}
				}
				if (fails === 0) kept[total++] = slot
				else if (fails === 1) failedOne[failed]!.push(slot)
			}
		for (const f of wanted) countInto(counts.get(f)!, cache.attr[f], kept, total)
		active.forEach((a, k) => {
			const c = counts.get(a.facet)
			if (c) countInto(c, a.attr, failedOne[k]!, failedOne[k]!.length)
		})
		const facets: FacetCounts = {}
		for (const f of wanted) facets[f] = facetCounts(cache, f, counts.get(f)!)

		// Relevance (-bm25 plus spec boosts) of documents by slot: of the ones given, or of every match.
		const scored = (only: Int32Array | null): { slots: Int32Array; scores: Float64Array; n: number } => {
			const out = { slots: new Int32Array(only ? only.length : n), scores: new Float64Array(only ? only.length : n), n: 0 }
			if (expr === null) {
				for (const slot of only ?? slots.subarray(0, n)) {
					out.slots[out.n] = slot
					out.scores[out.n++] = boost.get(slot) ?? 0
				}
				return out
			}
			// FTS5 evaluates `rowid in (…)` one rowid at a time (about a millisecond each for an expression with synonyms and
			// prefixes), so a list only pays for a handful of rows; otherwise score every match (cheap) and keep the listed.
			const byList = only !== null && only.length <= 20 && only.length * 100 < n
			const wanted = only && !byList ? new Uint8Array(cache.size) : null
			if (wanted) for (const slot of only!) wanted[slot] = 1
			const rows = (
				byList
					? prepared(client, `select rowid, ${bm25} from ${fts} where ${fts} match ? and rowid in (select value from json_each(?))`)
							.raw(true)
							.all(expr, JSON.stringify(Array.from(only!, (slot) => cache.ids[slot]!)))
					: prepared(client, `select rowid, ${bm25} from ${fts} where ${fts} match ?`).raw(true).all(expr)
			) as [number, number][]
			for (const [id, b] of rows) {
				const slot = cache.liveSlot(id)
				if (slot < 0 || (wanted && !wanted[slot])) continue
				if (out.n >= out.slots.length) break
				out.slots[out.n] = slot
				out.scores[out.n++] = -b + (boost.get(slot) ?? 0)
			}
			return out
		}

		// The page: the top (page × perPage) in order, then one query for their rows.
		const k = Math.min(total, offset + perPage)
		const before = comparator(cache, sort, searching)
		let top: { slot: number; r: number }[] = []
		if (offset < total) {
			if (searching && sort === 'relevance') {
				let ranked: { slot: number; r: number }[] | null = null
				if (expr !== null && !boost.size && !active.length && !narrowed) {
					// Unfiltered text search: SQLite keeps the best bm25 rows, a few more than the page to settle ties.
					const limit = k + 16
					const rows = prepared(client, `select rowid, ${bm25} from ${fts} where ${fts} match ? order by 2 limit ?`).raw(true).all(expr, limit) as [number, number][]
					const settled = rows.length < limit || rows[limit - 1]![1] > rows[k - 1]![1]
					const slotsOf = rows.map(([id]) => cache.liveSlot(id))
					if (settled && slotsOf.every((x) => x >= 0))
						ranked = topK(Int32Array.from(slotsOf), Float64Array.from(rows, ([, b]) => -b), rows.length, k, before)
				}
				if (!ranked) {
					const all = scored(total <= 5_000 ? kept.subarray(0, total) : null)
					const pass = new Uint8Array(cache.size)
					for (let i = 0; i < total; i++) pass[kept[i]!] = 1
					let m = 0
					for (let i = 0; i < all.n; i++)
						if (pass[all.slots[i]!]) {
							all.slots[m] = all.slots[i]!
							all.scores[m++] = all.scores[i]!
						}
					ranked = topK(all.slots, all.scores, m, k, before, true)
				}
				top = ranked
			} else {
				top = topK(kept, new Float64Array(total), total, k, before, sort === 'newest' || sort === 'relevance')
				if (searching) {
					const pageSlots = Int32Array.from(top.slice(offset), (h) => h.slot)
					const sc = scored(pageSlots)
					const r = new Map<number, number>()
					for (let i = 0; i < sc.n; i++) r.set(sc.slots[i]!, sc.scores[i]!)
					top = top.map((h) => ({ slot: h.slot, r: r.get(h.slot) ?? 0 }))
				}
			}
		}
		const pageHits = top.slice(offset)
		const pageIds = pageHits.map((h) => cache.ids[h.slot]!)
		const byId = new Map<number, HitRow>()
		if (pageIds.length) for (const r of prepared(client, s.hydrate).all(JSON.stringify(pageIds)) as HitRow[]) byId.set(r.id, r)

		const terms = parsed.terms
		const hits: SearchHit[] = []
		pageIds.forEach((id, i) => {
			const r = byId.get(id)
			if (!r) return
			const highlight: Highlight[] = [{ field: 'title', parts: highlightParts(r.title, searching ? terms : []) }]
			if (searching && r.model) {
				const parts = highlightParts(r.model, terms)
				if (parts.some((p) => p.match)) highlight.push({ field: 'model', parts })
			}
			if (searching && r.body) {
				const parts = excerptParts(r.body, terms)
				if (parts) highlight.push({ field: query.index === 'listings' ? 'description' : 'notes', parts })
			}
			hits.push({
				id: r.id,
				ref: r.ref,
				title: r.title,
				org: r.org,
				category: r.category,
				highlight,
				...(searching ? { score: Math.round(pageHits[i]!.r * 1000) / 1000 } : {}),
				...(r.listRef ? { list: { ref: r.listRef, title: r.listTitle ?? '' } } : {}),
				...(matchedSpec.has(r.id) ? { matchedSpec: matchedSpec.get(r.id)! } : {}),
			})
		})
		return {
			total,
			page,
			perPage,
			hits,
			facets,
			terms,
			...(relaxed ? { relaxed: true } : {}),
			...(readAs ? { readAs } : {}),
			...(parsed.scenarios.length ? { scenarios: parsed.scenarios.map((s) => ({ word: s.source, codes: s.codes })) } : {}),
			...(parsed.categories.length ? { categories: parsed.categories.map((c) => ({ word: c.source, codes: c.codes })) } : {}),
			...(ignored.length ? { ignored } : {}),
			...(parsed.truncated ? { truncated: true } : {}),
		}
	}

	async index(index: SearchIndex, ids: number[]): Promise<void> {
		this.db.transaction((t) => indexEmbedded(t as unknown as Db, index, ids))
	}

	async apply(changes: SearchChange[]): Promise<void> {
		this.client.transaction(() => {
			for (const c of changes) applyEmbedded(this.db, c.entity, c.id)
		})()
	}

	async remove(index: SearchIndex, ids: number[]): Promise<void> {
		this.db.transaction((t) => removeEmbedded(t as unknown as Db, index, ids))
	}

	async reindex(index: SearchIndex): Promise<{ documents: number }> {
		return { documents: reindexEmbedded(this.db, index) }
	}

	async health(): Promise<EngineHealth> {
		const count = (table: string) => (prepared(this.client, `select count(*) from ${table}`).pluck(true).get() as number) ?? 0
		return {
			engine: this.name,
			ok: true,
			documents: { listings: count('listing_fts'), demands: count('demand_item_fts') },
			// Updated in the writer's transaction: the embedded index never lags.
			outboxLag: 0,
		}
	}
}
