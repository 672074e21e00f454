// The label of a facet value (a category, scenario, region, certification, qualification or kind code) in a locale,
// for the search page's facets and chips and for saved searches.
import type { Locale } from '#app/i18n/translate.ts'
import { label } from '#app/utils/format.ts'
import type { Facet, SearchIndex } from '#search/engine.ts'

export function facetValueLabel(facet: Facet, value: string, index: SearchIndex, locale: Locale): string {
	switch (facet) {
		case 'category':
			return label.category(value, locale)
		case 'scenario':
			return label.scenario(value, locale)
		case 'region':
			return label.region(value, locale)
		case 'certification':
			return label.certification(value, locale)
		case 'qualification':
			return label.qualification(value, locale)
		case 'kind':
			return index === 'listings' ? label.listingKind(value, locale) : label.demandKind(value, locale)
	}
}
