// The search page's state as URL parameters (pure): reading them leniently (a bad value is dropped, never an error,
// because a page must always render) and writing them back, so every link on the page keeps the whole state.
import { FACETS, type Facet, type Filters, type SearchIndex, type SortOrder } from './engine.ts'

export const SORTS: readonly SortOrder[] = ['relevance', 'newest', 'price_asc', 'price_desc']
/** More than anybody types; the engine reads the first 200 characters and says when it cut the rest. */
export const MAX_Q_PARAM = 10_000
const MAX_VALUES = 50
const MAX_VALUE_CHARS = 200

export type SearchState = {
	q: string
	index: SearchIndex
	filters: Filters
	sort: SortOrder | null
	page: number
}

export function parseSearchState(params: URLSearchParams): SearchState {
	const q = (params.get('q') ?? '').slice(0, MAX_Q_PARAM)
	const index: SearchIndex = params.get('index') === 'demands' ? 'demands' : 'listings'
	const filters: Filters = {}
	for (const facet of FACETS) {
		const values = [
			...new Set(
				params
					.getAll(facet)
					.map((v) => v.trim().slice(0, MAX_VALUE_CHARS))
					.filter(Boolean),
			),
		].slice(0, MAX_VALUES)
		if (values.length) filters[facet] = values
	}
	const rawSort = params.get('sort')
	const sort = SORTS.includes(rawSort as SortOrder) ? (rawSort as SortOrder) : null
	const n = Number(params.get('page'))
	const page = Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1
	return { q, index, filters, sort, page }
}

/** The URL parameters of a state (empty values left out, page 1 implied), plus `lng` when the visitor chose one. */
export function searchParamsOf(state: SearchState, lng?: string | null): URLSearchParams {
	const out = new URLSearchParams()
	if (state.q) out.set('q', state.q)
	if (state.index !== 'listings') out.set('index', state.index)
	for (const facet of FACETS) for (const v of state.filters[facet] ?? []) out.append(facet, v)
	if (state.sort) out.set('sort', state.sort)
	if (state.page > 1) out.set('page', String(state.page))
	if (lng) out.set('lng', lng)
	return out
}

export function searchHref(state: SearchState, lng?: string | null): string {
	const qs = searchParamsOf(state, lng).toString()
	return qs ? `/search?${qs}` : '/search'
}

/** The state with one filter value removed (back to page 1). */
export function withoutFilter(state: SearchState, facet: Facet, value: string): SearchState {
	const rest = (state.filters[facet] ?? []).filter((v) => v !== value)
	const filters: Filters = { ...state.filters }
	if (rest.length) filters[facet] = rest
	else delete filters[facet]
	return { ...state, filters, page: 1 }
}

/** The state with one filter value replaced by another (back to page 1). */
export function replaceFilter(state: SearchState, facet: Facet, value: string, by: string): SearchState {
	const next = (state.filters[facet] ?? []).map((v) => (v === value ? by : v))
	return { ...state, filters: { ...state.filters, [facet]: [...new Set(next)] }, page: 1 }
}

/** The other tab: same words and the filters both indexes share (the kind codes differ), page 1, default sort. */
export function onIndex(state: SearchState, index: SearchIndex): SearchState {
	const { kind: _kind, ...filters } = state.filters
	return { ...state, index, filters: index === state.index ? state.filters : filters, page: 1, sort: index === state.index ? state.sort : null }
}

export function activeFilters(state: SearchState): { facet: Facet; value: string }[] {
	return FACETS.flatMap((facet) => (state.filters[facet] ?? []).map((value) => ({ facet, value })))
}
