// The Meilisearch side of the index declarations (search/indexes.ts), as code: the settings of both indexes, the
// filter attributes a document carries, and the filter expressions the engine sends (every value quoted and escaped).
import type { Settings } from 'meilisearch'
import type { Facet, Filters, SearchIndex } from './engine.ts'
import { DEMANDS, LISTINGS } from './indexes.ts'
import type { Synonym } from './query.ts'

/** The pre-segmented field: jieba search-mode tokens of every searchable field, space-joined (see decision 006). */
export const SUBWORDS = 'subwords'

/** The document attribute behind each facet: a category filter matches its descendants through `categoryPath`. */
export const FACET_ATTRIBUTE: Record<Facet, string> = {
	category: 'categoryPath',
	scenario: 'scenario',
	region: 'region',
	certification: 'certification',
	qualification: 'qualification',
	kind: 'kind',
}

/** Searchable fields in the embedded engine's weight order (Meilisearch's `attribute` rule ranks earlier fields first), then the sub-words. */
export const SEARCHABLE: Record<SearchIndex, string[]> = {
	listings: [...LISTINGS.searchable.map((f) => f.field), SUBWORDS],
	demands: [...DEMANDS.searchable.map((f) => f.field), SUBWORDS],
}

const FILTERABLE_COMMON = ['categoryPath', 'region', 'kind', 'scenario', 'certification', 'qualification', 'orgId', 'id', 'heads']
export const FILTERABLE: Record<SearchIndex, string[]> = {
	listings: FILTERABLE_COMMON,
	// Items of one demand list are replaced together (delete by listId, then add what is public).
	demands: [...FILTERABLE_COMMON, 'listId'],
}

export const SORTABLE = ['price', 'newest', 'id']

/**
 * `sort` first: an explicit sort (newest, price) is the user's order, as in the embedded engine, not a tie-breaker
 * after relevance. Without one, the usual relevance rules apply and ties go to the newest, as in the embedded engine.
 */
export const RANKING_RULES = ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'newest:desc']

/** Facet values returned per facet: the category tree has a few hundred codes, every one countable. */
export const MAX_VALUES_PER_FACET = 1000
/** The most hits a query can page through (and the largest total it reports). */
export const MAX_TOTAL_HITS = 10_000

/** Category code and every ancestor (codes are two digits per level): 030301 → 03, 0303, 030301. */
export function categoryPath(code: string | null | undefined): string[] {
	if (!code) return []
	const out: string[] = []
	for (let len = 2; len <= code.length; len += 2) out.push(code.slice(0, len))
	return out
}

/** A region code with its city (XXXX00) and province (XX0000), as the embedded engine's region filter and counts treat it. */
export function regionPath(code: string | null | undefined): string[] {
	if (!code) return []
	return [...new Set([code, code.slice(0, 4) + '00', code.slice(0, 2) + '0000'])]
}

/**
 * The synonym dictionary as Meilisearch reads it: each term (as typed, and as our segmenter splits it when that
 * differs) maps to its expansions, each pre-segmented into words the way documents' sub-words are. One direction,
 * exactly as the embedded engine expands: a query for the term also finds the expansions, not the other way round.
 */
export function synonymsSetting(
	synonyms: Synonym[],
	words: (text: string) => string[],
	normalise: (text: string) => string,
	pieces: (word: string) => string[] | null = () => null,
): Record<string, string[]> {
	const out: Record<string, string[]> = {}
	for (const s of synonyms) {
		const term = normalise(s.term).trim()
		if (!term) continue
		// Each expansion as segmented, and with its words that documents may hold only in pieces (橡皮艇 → 橡皮 皮艇) in
		// pieces, as the embedded engine accepts either.
		const expansions = [
			...new Set(
				[...s.expansions, ...(s.related ?? [])].flatMap((e) => {
					const ws = words(e)
					return [ws.join(' '), ws.flatMap((w) => pieces(w) ?? [w]).join(' ')]
				}),
			),
		].filter(Boolean)
		if (!expansions.length) continue
		for (const key of new Set([term, words(term).join(' ')])) {
			if (!key) continue
			out[key] = [...new Set([...(out[key] ?? []), ...expansions.filter((e) => e !== key)])]
		}
	}
	return out
}

/** The settings of an index, declared in full so that applying them twice changes nothing. */
export function meiliSettings(index: SearchIndex, synonyms: Record<string, string[]>): Settings {
	return {
		searchableAttributes: SEARCHABLE[index],
		filterableAttributes: FILTERABLE[index],
		sortableAttributes: SORTABLE,
		displayedAttributes: ['*'],
		rankingRules: RANKING_RULES,
		synonyms,
		// Chinese segmentation for every field (without it Meilisearch may take Han text for Japanese).
		localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
		// A model number or code one letter off is another product: no typos there, nor on numbers.
		typoTolerance: { enabled: true, disableOnAttributes: index === 'listings' ? ['model', SUBWORDS] : [SUBWORDS], disableOnNumbers: true },
		faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'alpha' } },
		pagination: { maxTotalHits: MAX_TOTAL_HITS },
	}
}

/** A filter value as a double-quoted Meilisearch string: backslashes and double quotes escaped. */
export function quoteFilterValue(value: string | number): string {
	return `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/** `attr IN ["a", "b"]` (or `attr = "a"` for one value); attribute names are ours, never user text. */
export function inFilter(attribute: string, values: readonly (string | number)[]): string {
	if (values.length === 1) return `${attribute} = ${quoteFilterValue(values[0]!)}`
	return `${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`
}

/** The filter expression for the facets' values: OR within a facet, AND across facets; `except` leaves one facet out. */
export function filterExpression(filters: Filters, extra: (string | null)[] = [], except?: Facet): string | undefined {
	const parts: string[] = []
	for (const [facet, values] of Object.entries(filters) as [Facet, string[]][]) {
		if (facet === except || !values.length) continue
		parts.push(inFilter(FACET_ATTRIBUTE[facet], values))
	}
	for (const e of extra) if (e) parts.push(e)
	if (!parts.length) return undefined
	return parts.length === 1 ? parts[0] : parts.map((p) => `(${p})`).join(' AND ')
}
