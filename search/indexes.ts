// What is searchable, declared as code: one index of published listings of verified organizations, one of the items
// of published (open) demand lists of verified organizations. Every engine builds its documents with toDocument.
import { wholeCategoryWords } from '#db/reference/query-words.ts'
import type { SearchIndex } from './engine.ts'

/** A listing as the index loaders read it (only public ones are ever loaded). */
export type ListingRow = {
	id: number
	ref: string
	kind: string
	title: string
	model: string | null
	keywords: string | null
	description: string | null
	/** The spec values written as text (Ex ia IIC T4 Ga, IP68, LEL/O2/CO/H2S), space-separated. */
	specText?: string | null
	categoryCode: string | null
	categoryZh: string | null
	categoryEn: string | null
	orgName: string
	regionCode: string
	priceMin: number | null
	publishedAt: string | null
}

/** A demand item of an open list, with its list and organization. */
export type DemandItemRow = {
	id: number
	ref: string
	name: string
	notes: string | null
	categoryCode: string | null
	categoryZh: string | null
	categoryEn: string | null
	listId: number
	listRef: string
	listTitle: string
	listKind: string
	orgName: string
	regionCode: string
	budgetPerUnit: number | null
	publishedAt: string | null
}

/** The searchable text of a document, by field, in decreasing weight (the FTS5 column order of the embedded engine). */
export type ListingDocument = {
	id: number
	ref: string
	title: string
	model: string
	keywords: string
	category: string
	org: string
	description: string
}
export type DemandItemDocument = { id: number; ref: string; listId: number; name: string; listTitle: string; category: string; org: string; notes: string }

export type IndexDefinition<Row, Doc> = {
	uid: SearchIndex
	primaryKey: 'id'
	/** Field weights for ranking, in the order of the searchable fields. */
	searchable: readonly { field: Exclude<keyof Doc, 'id' | 'ref' | 'listId'>; weight: number }[]
	toDocument(row: Row): Doc
}

function keywordsOf(json: string | null): string {
	if (!json) return ''
	try {
		const v = JSON.parse(json) as unknown
		return Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string').join(' ') : ''
	} catch {
		return ''
	}
}

/**
 * The category text of a document: its category's names and the words that name the whole category (船 for 水上救援装备),
 * so a query naming the class finds members whose own text does not say it.
 */
const label = (code: string | null, zh: string | null, en: string | null) => [zh, en, ...wholeCategoryWords(code)].filter(Boolean).join(' ')

export const LISTINGS: IndexDefinition<ListingRow, ListingDocument> = {
	uid: 'listings',
	primaryKey: 'id',
	searchable: [
		{ field: 'title', weight: 10 },
		{ field: 'model', weight: 6 },
		{ field: 'keywords', weight: 4 },
		{ field: 'category', weight: 2 },
		{ field: 'org', weight: 1.5 },
		{ field: 'description', weight: 1 },
	],
	toDocument: (r) => ({
		id: r.id,
		ref: r.ref,
		title: r.title,
		// Model numbers are also stored without separators so "RHZKF6.8" and "rhzkf68" both find "RHZKF6.8/30".
		model: r.model ? `${r.model} ${r.model.replace(/[^\p{L}\p{N}]+/gu, '')}` : '',
		keywords: keywordsOf(r.keywords),
		category: label(r.categoryCode, r.categoryZh, r.categoryEn),
		org: r.orgName,
		// What the specs say in words (防爆等级 Ex ia IIC T4 Ga, 检测气体 LEL/O2/CO/H2S) is searched like the description.
		description: r.specText ? `${r.description ?? ''} ${r.specText}` : (r.description ?? ''),
	}),
}

export const DEMANDS: IndexDefinition<DemandItemRow, DemandItemDocument> = {
	uid: 'demands',
	primaryKey: 'id',
	searchable: [
		{ field: 'name', weight: 10 },
		{ field: 'listTitle', weight: 4 },
		{ field: 'category', weight: 2 },
		{ field: 'org', weight: 1.5 },
		{ field: 'notes', weight: 1 },
	],
	toDocument: (r) => ({
		id: r.id,
		ref: r.ref,
		listId: r.listId,
		name: r.name,
		listTitle: r.listTitle,
		category: label(r.categoryCode, r.categoryZh, r.categoryEn),
		org: r.orgName,
		notes: r.notes ?? '',
	}),
}
