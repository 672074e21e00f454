// What the search page and its autocomplete read: one engine search with every facet, the other tab's count, the
// card details of the hits (public rows only), ways out of an empty result, and title suggestions for a prefix.
import { sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { coverImages } from '#app/modules/listings/media.server.ts'
import { bigramSet, normaliseForText } from '#app/modules/matching/text.ts'
import { FACETS, type Facet, type SearchEngine, type SearchHit, type SearchIndex, type SearchResult } from '#search/engine.ts'
import { getSearchEngine } from '#app/utils/search-engine.server.ts'
import { activeFilters, onIndex, replaceFilter, withoutFilter, type SearchState } from '#search/params.ts'

export const PER_PAGE = 20
export const SUGGEST_LIMIT = 8
const SUGGEST_MAX_CHARS = 50

export type ListingExtra = { model: string | null; kind: string; priceMin: number | null; priceMax: number | null; stock: number | null; regionCode: string; cover: string | null; coverIllustration: boolean }
export type DemandExtra = { quantity: number; unit: string | null; deadline: string | null; regionCode: string | null; kind: string }

/** A way out of an empty result: the state to go to and how many results it has. */
export type Relaxation = { kind: 'remove' | 'parent'; facet: Facet; value: string; to?: string; state: SearchState; total: number }

const PUBLIC_LISTING = sql`l.status = 'published' and o.verified_at is not null`
const PUBLIC_DEMAND = sql`d.status = 'published' and o.verified_at is not null`

function listingExtras(db: Db, ids: number[]): Record<number, ListingExtra> {
	if (!ids.length) return {}
	const rows = db.all<{ id: number; model: string | null; kind: string; price_min: number | null; price_max: number | null; stock: number | null; region_code: string }>(
		sql`select l.id, l.model, l.kind, l.price_min, l.price_max, l.stock, o.region_code from listings l join organizations o on o.id = l.org_id
			where ${PUBLIC_LISTING} and l.id in (${sql.join(ids, sql`, `)})`,
	)
	const covers = coverImages(db, rows.map((r) => r.id))
	return Object.fromEntries(
		rows.map((r) => [r.id, { model: r.model, kind: r.kind, priceMin: r.price_min, priceMax: r.price_max, stock: r.stock, regionCode: r.region_code, cover: covers.get(r.id)?.hash ?? null, coverIllustration: covers.get(r.id)?.illustration ?? false }]),
	)
}

function demandExtras(db: Db, ids: number[]): Record<number, DemandExtra> {
	if (!ids.length) return {}
	const rows = db.all<{ id: number; quantity: number; unit: string | null; deadline: string | null; region_code: string | null; kind: string }>(
		sql`select i.id, i.quantity, i.unit, d.deadline, coalesce(d.region_code, o.region_code) as region_code, d.kind
			from demand_items i join demand_lists d on d.id = i.list_id join organizations o on o.id = d.org_id
			where ${PUBLIC_DEMAND} and i.id in (${sql.join(ids, sql`, `)})`,
	)
	return Object.fromEntries(rows.map((r) => [r.id, { quantity: r.quantity, unit: r.unit, deadline: r.deadline, regionCode: r.region_code, kind: r.kind }]))
}

/** A listing search with fewer hits than this also shows listings of its top hit's category (同类装备) below them. */
export const RELATED_BELOW = 10
/** How many such listings are shown. */
export const RELATED_MAX = 6
/** How many of the category's listings are read to choose them (the most like the top hit first). */
const RELATED_POOL = 100

export type Related = { category: string; total: number; hits: SearchHit[] }

const titleGrams = (title: string) => bigramSet(normaliseForText(title))

/**
 * Listings of the category the query names (照明 in 移动照明灯塔), else of the top hit's, that did not match every word, for
 * a listing search that found only a few (避火服: one 避火防护服, then the 隔热 and 灭火 suits beside it): the ones whose titles
 * share most with the query and the top hit first, at most
 * RELATED_MAX, within the same filters. Shown apart from the results, under their own heading; never counted in `total`.
 * Null on later pages, for an empty query, no hits (the empty state stays empty) or enough hits.
 */
export async function relatedListings(engine: SearchEngine, state: Pick<SearchState, 'q' | 'filters' | 'index' | 'page'>, result: SearchResult): Promise<Related | null> {
	if (state.index !== 'listings' || !state.q.trim() || (state.page ?? 1) !== 1 || result.total === 0 || result.total >= RELATED_BELOW) return null
	const top = result.hits[0]
	// The category the query names (照明 in 移动照明灯塔) when it lies within the category filter, else the top hit's.
	const within = (code: string) => !state.filters.category?.length || state.filters.category.some((f) => code.startsWith(f))
	const named = result.categories?.flatMap((c) => c.codes).find(within)
	const category = named ?? top?.category
	if (!top || !category) return null
	const pool = await engine.search({ index: 'listings', q: '', filters: { ...state.filters, category: [category] }, perPage: RELATED_POOL, facets: [] })
	const shown = new Set(result.hits.map((h) => h.id))
	const like = titleGrams(state.q)
	if (top.category === category) for (const g of titleGrams(top.title)) like.add(g)
	const share = (title: string) => {
		let n = 0
		for (const g of titleGrams(title)) if (like.has(g)) n++
		return n
	}
	const hits = pool.hits
		.filter((h) => !shown.has(h.id))
		.map((h, i) => ({ h, i, n: share(h.title) }))
		.sort((a, b) => b.n - a.n || a.i - b.i)
		.slice(0, RELATED_MAX)
		.map((r) => r.h)
	if (!hits.length) return null
	const inCategory = result.hits.filter((h) => h.category?.startsWith(category)).length
	return { category, total: Math.max(hits.length, pool.total - inCategory), hits }
}

export async function searchPage(db: Db, state: SearchState) {
	const engine = getSearchEngine(db)
	const result: SearchResult = await engine.search({
		index: state.index,
		q: state.q,
		filters: state.filters,
		sort: state.sort ?? undefined,
		page: state.page,
		perPage: PER_PAGE,
		facets: FACETS,
	})
	const count = async (s: SearchState) => (await engine.search({ index: s.index, q: s.q, filters: s.filters, perPage: 1, facets: [] })).total
	const otherIndex: SearchIndex = state.index === 'listings' ? 'demands' : 'listings'
	const totals = { [state.index]: result.total, [otherIndex]: await count(onIndex(state, otherIndex)) } as Record<SearchIndex, number>

	const related = await relatedListings(engine, state, result)
	const ids = [...result.hits, ...(related?.hits ?? [])].map((h) => h.id)
	const listings = state.index === 'listings' ? listingExtras(db, ids) : {}
	const demands = state.index === 'demands' ? demandExtras(db, ids) : {}

	// An empty result offers ways out, each with the number of results it leads to.
	const relaxations: Relaxation[] = []
	let didYouMean: string[] = []
	if (result.total === 0) {
		const ignored = new Set((result.ignored ?? []).map((i) => `${i.facet}\u0000${i.value}`))
		for (const { facet, value } of activeFilters(state).slice(0, 12)) {
			if (ignored.has(`${facet}\u0000${value}`)) continue
			if (facet === 'category' && value.length > 2) {
				const parent = value.slice(0, -2)
				const next = replaceFilter(state, facet, value, parent)
				relaxations.push({ kind: 'parent', facet, value, to: parent, state: next, total: await count(next) })
			}
			const next = withoutFilter(state, facet, value)
			relaxations.push({ kind: 'remove', facet, value, state: next, total: await count(next) })
		}
		// The ways that lead somewhere first (a stable sort keeps the filters' order otherwise).
		relaxations.sort((a, b) => Number(b.total > 0) - Number(a.total > 0))
		if (state.q.trim()) didYouMean = (await suggestTitles(db, state.index, state.q)).slice(0, 5)
	}

	return { result, totals, listings, demands, relaxations, didYouMean, related }
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

function titlesLike(db: Db, index: SearchIndex, pattern: string, limit: number): string[] {
	const rows =
		index === 'listings'
			? db.all<{ t: string }>(
					sql`select l.title as t from listings l join organizations o on o.id = l.org_id
						where ${PUBLIC_LISTING} and l.title like ${pattern} escape '\\' group by l.title order by length(l.title), l.title limit ${limit}`,
				)
			: db.all<{ t: string }>(
					sql`select i.name as t from demand_items i join demand_lists d on d.id = i.list_id join organizations o on o.id = d.org_id
						where ${PUBLIC_DEMAND} and i.name like ${pattern} escape '\\' group by i.name order by length(i.name), i.name limit ${limit}`,
				)
	return rows.map((r) => r.t)
}

/**
 * Up to eight public titles for what the visitor has typed so far: titles starting with it, then the engine's best
 * hits (synonyms, model numbers), then titles containing it. Drafts and unverified organizations never appear.
 */
export async function suggestTitles(db: Db, index: SearchIndex, raw: string, limit = SUGGEST_LIMIT): Promise<string[]> {
	// Control characters and runs of spaces are nobody's title.
	const text = raw.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, SUGGEST_MAX_CHARS)
	if (!text) return []
	const out = new Set<string>()
	const add = (titles: string[]) => {
		for (const t of titles) if (out.size < limit) out.add(t)
	}
	add(titlesLike(db, index, `${likeEscape(text)}%`, limit))
	if (out.size < limit) {
		const found = await getSearchEngine(db).search({ index, q: text, perPage: limit * 2, facets: [], strict: true })
		// Text without any searchable word (punctuation only) lists everything: that is no suggestion.
		if (found.terms?.length) add(found.hits.map((h) => h.title))
	}
	if (out.size < limit) add(titlesLike(db, index, `%${likeEscape(text)}%`, limit))
	return [...out]
}
