import { describe, expect, it } from 'vitest'
import { categoryPath, filterExpression, inFilter, meiliSettings, quoteFilterValue, regionPath, synonymsSetting } from './meili-settings.ts'

describe('Meilisearch settings as code', () => {
	it('declares both indexes in full', () => {
		const synonyms = { 空呼: ['正压式 空气呼吸器'] }
		expect(meiliSettings('listings', synonyms)).toEqual({
			searchableAttributes: ['title', 'model', 'keywords', 'category', 'org', 'description', 'subwords'],
			filterableAttributes: ['categoryPath', 'region', 'kind', 'scenario', 'certification', 'qualification', 'orgId', 'id', 'heads'],
			sortableAttributes: ['price', 'newest', 'id'],
			displayedAttributes: ['*'],
			rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'newest:desc'],
			synonyms,
			localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
			typoTolerance: { enabled: true, disableOnAttributes: ['model', 'subwords'], disableOnNumbers: true },
			faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'alpha' } },
			pagination: { maxTotalHits: 10_000 },
		})
		const demands = meiliSettings('demands', {})
		expect(demands.searchableAttributes).toEqual(['name', 'listTitle', 'category', 'org', 'notes', 'subwords'])
		expect(demands.filterableAttributes).toContain('listId')
		expect(demands.typoTolerance).toEqual({ enabled: true, disableOnAttributes: ['subwords'], disableOnNumbers: true })
	})

	it('builds category and region paths as the embedded engine rolls them up', () => {
		expect(categoryPath('030301')).toEqual(['03', '0303', '030301'])
		expect(categoryPath(null)).toEqual([])
		expect(regionPath('360102')).toEqual(['360102', '360100', '360000'])
		expect(regionPath('360100')).toEqual(['360100', '360000'])
		expect(regionPath('360000')).toEqual(['360000'])
	})

	it('maps each term to its pre-segmented expansions, as typed and as segmented', () => {
		const words = (t: string) => (t === '正压式空气呼吸器' ? ['正压式', '空气呼吸器'] : t === 'Fire Truck' ? ['fire', 'truck'] : t.toLowerCase().split(/\s+/).filter(Boolean))
		const s = synonymsSetting(
			[
				{ term: '空呼', expansions: ['正压式空气呼吸器', '空呼'] },
				{ term: 'Fire Truck', expansions: ['消防车'] },
				{ term: '  ', expansions: ['x'] },
				{ term: 'none', expansions: [] },
			],
			words,
			(t) => t.toLowerCase(),
		)
		expect(s).toEqual({ 空呼: ['正压式 空气呼吸器'], 'fire truck': ['消防车'] })
	})

	it('also gives an expansion with its words that documents hold only in pieces in pieces (橡皮艇 → 橡皮 皮艇)', () => {
		const s = synonymsSetting(
			[{ term: '充气船', expansions: ['橡皮艇', '救生艇'] }],
			(t) => (t === '充气船' ? ['充气', '船'] : [t]),
			(t) => t,
			(w) => (w === '橡皮艇' ? ['橡皮', '皮艇'] : null),
		)
		expect(s).toEqual({ 充气船: ['橡皮艇', '橡皮 皮艇', '救生艇'], '充气 船': ['橡皮艇', '橡皮 皮艇', '救生艇'] })
	})

	it('quotes and escapes every filter value', () => {
		expect(quoteFilterValue('0303')).toBe('"0303"')
		expect(quoteFilterValue(12)).toBe('"12"')
		expect(quoteFilterValue('a"b\\')).toBe('"a\\"b\\\\"')
		expect(inFilter('region', ['360100', '360400'])).toBe('region IN ["360100", "360400"]')
		expect(filterExpression({ category: ['03'], region: ['360100', '360400'] })).toBe('(categoryPath = "03") AND (region IN ["360100", "360400"])')
		expect(filterExpression({ category: ['03'], region: ['360100'] }, [], 'category')).toBe('region = "360100"')
		expect(filterExpression({}, [null])).toBeUndefined()
	})
})
