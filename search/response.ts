// The search result as the JSON API and the CLI print it (interchange.md §3): the same shape from both.
import type { SearchIndex, SearchResult } from './engine.ts'

export type SearchResponse = Pick<SearchResult, 'total' | 'page' | 'perPage' | 'facets' | 'ignored' | 'fallback'> & {
	hits: (Pick<SearchResult['hits'][number], 'id' | 'ref' | 'title' | 'org' | 'category' | 'highlight' | 'list'>)[]
}

export function toResponse(result: SearchResult, index: SearchIndex): SearchResponse {
	return {
		total: result.total,
		page: result.page,
		perPage: result.perPage,
		hits: result.hits.map((h) => ({
			id: h.id,
			ref: h.ref,
			title: h.title,
			org: h.org,
			category: h.category,
			highlight: h.highlight,
			...(index === 'demands' && h.list ? { list: h.list } : {}),
		})),
		facets: {
			category: result.facets.category ?? {},
			scenario: result.facets.scenario ?? {},
			region: result.facets.region ?? {},
			certification: result.facets.certification ?? {},
		},
		...(result.ignored?.length ? { ignored: result.ignored } : {}),
		...(result.fallback ? { fallback: result.fallback } : {}),
	}
}
