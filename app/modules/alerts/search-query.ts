// A saved search's query string (pure): normalised from what the search page sent, shown as chips, named by default.
import type { Locale } from '#app/i18n/translate.ts'
import { facetValueLabel } from '#app/modules/discovery/labels.ts'
import type { NotificationMessage } from '#app/modules/notifications/message.ts'
import { FACETS, type Facet, type SearchIndex } from '#search/engine.ts'
import { parseSearchState, searchParamsOf, type SearchState } from '#search/params.ts'

/** Longer query strings are refused (a search page URL is far shorter). */
export const MAX_QUERY_CHARS = 2000
export const MAX_NAME_CHARS = 60

/** The search's state as a query string without page or language (`q=…&index=demands&category=…`). */
export function normalizeQuery(raw: string): string {
	const params = new URLSearchParams(raw.startsWith('?') ? raw.slice(1) : raw)
	return searchParamsOf({ ...parseSearchState(params), page: 1 }).toString()
}

export function stateOf(query: string): SearchState {
	return parseSearchState(new URLSearchParams(query))
}


export { facetValueLabel }

export type Chip = { kind: 'index' | 'q' | 'sort' | Facet; value: string }

/** The parts of a search, in reading order: which tab, the words, each filter value (labelled), the order if not default. */
export function chipsOf(query: string, locale: Locale): Chip[] {
	const s = stateOf(query)
	const chips: Chip[] = [{ kind: 'index', value: s.index }]
	if (s.q.trim()) chips.push({ kind: 'q', value: s.q.trim() })
	for (const facet of FACETS) for (const v of s.filters[facet] ?? []) chips.push({ kind: facet, value: facetValueLabel(facet, v, s.index, locale) })
	if (s.sort) chips.push({ kind: 'sort', value: s.sort })
	return chips
}

/** A name for a search nobody named: its words, else its first filters, else the tab ("全部需求"). */
export function defaultName(query: string, locale: Locale): string {
	const s = stateOf(query)
	const words = s.q.trim().replace(/\s+/g, ' ')
	const filters = FACETS.flatMap((f) => (s.filters[f] ?? []).map((v) => facetValueLabel(f, v, s.index, locale)))
	const what = locale === 'en' ? (s.index === 'listings' ? 'supply' : 'demand') : s.index === 'listings' ? '供给' : '需求'
	const name = words
		? [words, ...filters.slice(0, 2)].join(' · ')
		: filters.length
			? `${filters.slice(0, 3).join(' · ')}${locale === 'en' ? ` (${what})` : `（${what}）`}`
			: locale === 'en'
				? `All ${what}`
				: `全部${what}`
	return name.length > MAX_NAME_CHARS ? `${name.slice(0, MAX_NAME_CHARS - 1)}…` : name
}

/** The search page of a saved search, newest first (what a "new results" notification leads to). */
export function savedSearchLink(query: string): string {
	const s = stateOf(query)
	const qs = searchParamsOf({ ...s, sort: s.sort ?? 'newest', page: 1 }).toString()
	return `/search?${qs}`
}

/** The title of a saved search's new results (a message, put into words per reader: see message.ts). */
export function savedSearchMessage(name: string, count: number, more: boolean): NotificationMessage {
	const key = more ? 'alerts.messages.savedSearchMore' : count === 1 ? 'alerts.messages.savedSearchOne' : 'alerts.messages.savedSearch'
	return { key, params: { name, count } }
}
