import { describe, expect, it } from 'vitest'
import { activeFilters, onIndex, parseSearchState, replaceFilter, searchHref, withoutFilter } from './params.ts'

const parse = (qs: string) => parseSearchState(new URLSearchParams(qs))

describe('search page URL state', () => {
	it('reads repeated facets, the index, sort and page', () => {
		const s = parse('q=空呼&index=demands&category=03&category=0201&category=03&region=360100&sort=price_asc&page=3')
		expect(s).toEqual({ q: '空呼', index: 'demands', filters: { category: ['03', '0201'], region: ['360100'] }, sort: 'price_asc', page: 3 })
	})

	it('drops bad values instead of failing', () => {
		expect(parse('index=orgs&sort=cheapest&page=-1&category=&colour=red')).toEqual({ q: '', index: 'listings', filters: {}, sort: null, page: 1 })
		expect(parse('page=1.5').page).toBe(1)
		expect(parse(`q=${'x'.repeat(20_000)}`).q).toHaveLength(10_000)
		expect(parse(`scenario=${'a'.repeat(500)}`).filters.scenario![0]).toHaveLength(200)
		expect(parse(Array.from({ length: 80 }, (_, i) => `region=${i}`).join('&')).filters.region).toHaveLength(50)
	})

	it('writes the state back as a clean URL that reads the same', () => {
		const s = parse('q=a b&category=03&category=0201&sort=newest&page=2')
		const href = searchHref(s, 'en')
		expect(href).toBe('/search?q=a+b&category=03&category=0201&sort=newest&page=2&lng=en')
		expect(parse(href.split('?')[1]!)).toEqual(s)
		expect(searchHref(parse(''))).toBe('/search')
	})

	it('removes and widens filters, back to page 1', () => {
		const s = parse('category=030301&category=0201&region=360100&page=4')
		expect(withoutFilter(s, 'category', '030301')).toMatchObject({ filters: { category: ['0201'], region: ['360100'] }, page: 1 })
		expect(withoutFilter(s, 'region', '360100').filters).toEqual({ category: ['030301', '0201'] })
		expect(replaceFilter(s, 'category', '030301', '0303')).toMatchObject({ filters: { category: ['0303', '0201'] }, page: 1 })
		expect(activeFilters(s)).toEqual([
			{ facet: 'category', value: '030301' },
			{ facet: 'category', value: '0201' },
			{ facet: 'region', value: '360100' },
		])
	})

	it('switching tabs keeps the words and shared filters but not the kind, the sort or the page', () => {
		const s = parse('q=泵&kind=equipment&scenario=flood&sort=price_desc&page=2')
		expect(onIndex(s, 'demands')).toEqual({ q: '泵', index: 'demands', filters: { scenario: ['flood'] }, sort: null, page: 1 })
	})
})
