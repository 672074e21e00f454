// The baselines the embedded engine is measured against (issue 4, Benchmarks): a naive SQL LIKE search with facet counts
// by GROUP BY, and MiniSearch and FlexSearch fed with the same jieba tokenizer. Each answers the same question as the
// engine: total, the first page of hits with highlighted titles, and counts for every facet (category including its
// ancestors). MiniSearch and FlexSearch are imported dynamically so a missing package is reported, not a crash.
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict'
import type { Db } from '#db/client.server.ts'
import { FACETS, type Facet, type FacetCounts, type Highlight } from '#search/engine.ts'

export type BenchResult = { total: number; refs: string[]; highlights: Highlight[]; facets: FacetCounts }
export type Baseline = { name: string; build(): Promise<{ documents: number }>; search(q: string, perPage: number): BenchResult }

let jieba: Jieba | undefined
/** jieba search-mode tokens, lower-cased, without whitespace and punctuation (index and query side alike). */
export function tokenize(text: string): string[] {
	jieba ??= Jieba.withDict(dict)
	return jieba
		.cutForSearch(text.toLowerCase(), true)
		.map((t) => t.trim())
		.filter((t) => t && !/^[\p{P}\p{S}\s]+$/u.test(t))
}

/** The original text split into plain and matched parts for the given terms (longest match first). */
export function highlightText(field: string, text: string, terms: readonly string[]): Highlight {
	const ts = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length)
	const lower = text.toLowerCase()
	const parts: Highlight['parts'] = []
	let plain = ''
	for (let i = 0; i < text.length; ) {
		const t = ts.find((t) => lower.startsWith(t, i))
		if (t) {
			if (plain) parts.push({ text: plain, match: false })
			plain = ''
			parts.push({ text: text.slice(i, i + t.length), match: true })
			i += t.length
		} else {
			plain += text[i]
			i++
		}
	}
	if (plain) parts.push({ text: plain, match: false })
	return { field, parts }
}

/** A public listing as the in-memory baselines index it, with the values of every facet. */
export type BenchDoc = {
	id: number
	ref: string
	title: string
	model: string
	keywords: string
	category: string
	org: string
	description: string
	facets: Record<Facet, string[]>
}

/** The category code and its ancestors ('030301' → '03', '0303', '030301'): a category count includes descendants. */
function withAncestors(code: string | null): string[] {
	if (!code) return []
	const out: string[] = []
	for (let i = 2; i <= code.length; i += 2) out.push(code.slice(0, i))
	return out
}

const PUBLIC = `l.status = 'published' and o.verified_at is not null`

/** Published listings of verified organizations, with everything the baselines index and count. */
export function loadDocs(db: Db): BenchDoc[] {
	const c = db.$client
	const rows = c
		.prepare(
			`select l.id, l.ref, l.title, coalesce(l.model, '') as model, coalesce(l.keywords, '[]') as keywords, l.category_code,
				coalesce(cat.name_zh, '') as category, o.name as org, coalesce(l.description, '') as description, o.region_code, o.kind as org_kind, o.id as org_id
			from listings l join organizations o on o.id = l.org_id left join categories cat on cat.code = l.category_code
			where ${PUBLIC} order by l.id`,
		)
		.all() as {
		id: number
		ref: string
		title: string
		model: string
		keywords: string
		category_code: string | null
		category: string
		org: string
		description: string
		region_code: string
		org_kind: string
		org_id: number
	}[]
	const many = (sql: string) => {
		const m = new Map<number, string[]>()
		for (const r of c.prepare(sql).all() as { id: number; v: string }[]) m.set(r.id, [...(m.get(r.id) ?? []), r.v])
		return m
	}
	const scenarios = many(`select listing_id as id, scenario_code as v from listing_scenarios`)
	const certs = many(`select distinct listing_id as id, type_code as v from listing_certifications`)
	const quals = many(`select org_id as id, code as v from organization_qualifications`)
	return rows.map((r) => ({
		id: r.id,
		ref: r.ref,
		title: r.title,
		model: r.model,
		keywords: (JSON.parse(r.keywords) as string[]).join(' '),
		category: r.category,
		org: r.org,
		description: r.description,
		facets: {
			category: withAncestors(r.category_code),
			scenario: scenarios.get(r.id) ?? [],
			region: [r.region_code],
			certification: certs.get(r.id) ?? [],
			qualification: quals.get(r.org_id) ?? [],
			kind: [r.org_kind],
		},
	}))
}

function countFacets(docs: Iterable<BenchDoc>): FacetCounts {
	const counts: Record<string, Record<string, number>> = Object.fromEntries(FACETS.map((f) => [f, {}]))
	for (const d of docs)
		for (const f of FACETS) {
			const c = counts[f]!
			for (const v of d.facets[f]) c[v] = (c[v] ?? 0) + 1
		}
	return counts
}

const FIELDS = ['title', 'model', 'keywords', 'category', 'org', 'description'] as const
const BOOST: Record<(typeof FIELDS)[number], number> = { title: 6, model: 5, keywords: 4, category: 3, org: 2, description: 1 }

function firstPage(docs: BenchDoc[], terms: string[], total: number, facets: FacetCounts): BenchResult {
	return {
		total,
		refs: docs.map((d) => d.ref),
		highlights: docs.flatMap((d) => [highlightText('title', d.title, terms), highlightText('description', d.description.slice(0, 160), terms)]),
		facets,
	}
}

/** Naive SQL: every whitespace-separated word must occur (LIKE %w%) in one of the fields; facets by GROUP BY. */
export function likeBaseline(db: Db): Baseline {
	const c = db.$client
	const statements = new Map<number, { page: import('better-sqlite3').Statement; facets: import('better-sqlite3').Statement }>()
	const prepare = (words: number) => {
		const cond = Array.from(
			{ length: words },
			() => `(l.title like ? escape '\\' or l.model like ? escape '\\' or l.keywords like ? escape '\\' or cat.name_zh like ? escape '\\' or o.name like ? escape '\\' or l.description like ? escape '\\')`,
		).join(' and ')
		const m = `select l.id, l.ref, l.title, l.description, l.category_code, l.published_at, o.region_code, o.kind, o.id as org_id
			from listings l join organizations o on o.id = l.org_id left join categories cat on cat.code = l.category_code
			where ${PUBLIC}${words ? ` and ${cond}` : ''}`
		return {
			page: c.prepare(`with m as (${m}) select ref, title, coalesce(description, '') as description, (select count(*) from m) as total
				from m order by (title like ? escape '\\') desc, published_at desc, id desc limit ?`),
			facets: c.prepare(`with m as materialized (${m})
				select 'category' as f, category_code as v, count(*) as n from m where category_code is not null group by 2
				union all select 'scenario', s.scenario_code, count(*) from m join listing_scenarios s on s.listing_id = m.id group by 2
				union all select 'region', region_code, count(*) from m group by 2
				union all select 'certification', t.type_code, count(distinct t.listing_id) from m join listing_certifications t on t.listing_id = m.id group by 2
				union all select 'qualification', q.code, count(*) from m join organization_qualifications q on q.org_id = m.org_id group by 2
				union all select 'kind', kind, count(*) from m group by 2`),
		}
	}
	return {
		name: 'SQL LIKE',
		async build() {
			const row = c.prepare(`select count(*) as n from listings l join organizations o on o.id = l.org_id where ${PUBLIC}`).get() as { n: number }
			return { documents: row.n }
		},
		search(q, perPage) {
			const words = q.split(/\s+/).filter(Boolean).slice(0, 8)
			let s = statements.get(words.length)
			if (!s) statements.set(words.length, (s = prepare(words.length)))
			const params = words.flatMap((w) => Array<string>(6).fill(`%${w.replace(/[\\%_]/g, (x) => `\\${x}`)}%`))
			const first = words[0] ? `%${words[0].replace(/[\\%_]/g, (x) => `\\${x}`)}%` : '%'
			const page = s.page.all(...params, first, perPage) as { ref: string; title: string; description: string; total: number }[]
			const facets: Record<string, Record<string, number>> = Object.fromEntries(FACETS.map((f) => [f, {}]))
			for (const r of s.facets.all(...params) as { f: Facet; v: string; n: number }[]) {
				if (r.f === 'category') for (const a of withAncestors(r.v)) facets.category![a] = (facets.category![a] ?? 0) + r.n
				else facets[r.f]![r.v] = r.n
			}
			const terms = words.map((w) => w.toLowerCase())
			return {
				total: page[0]?.total ?? 0,
				refs: page.map((p) => p.ref),
				highlights: page.flatMap((p) => [highlightText('title', p.title, terms), highlightText('description', p.description.slice(0, 160), terms)]),
				facets,
			}
		},
	}
}

export class NotInstalled extends Error {}

async function importOptional(name: string): Promise<unknown> {
	try {
		return await import(name)
	} catch (e) {
		throw new NotInstalled(`${name} is not installed (npm install -D ${name}): ${(e as Error).message.split('\n')[0]}`)
	}
}

/** MiniSearch: every query term must match (AND), field boosts like the engine's weights, the same jieba tokens. */
export async function miniSearchBaseline(db: Db): Promise<Baseline> {
	const mod = (await importOptional('minisearch')) as { default: new (options: object) => MiniSearchLike }
	type MiniSearchLike = { addAll(docs: object[]): void; search(q: string, options?: object): { id: number; score: number }[]; documentCount: number }
	let docs = new Map<number, BenchDoc>()
	const index = new mod.default({
		fields: [...FIELDS],
		idField: 'id',
		tokenize: tokenize,
		processTerm: (t: string) => t,
		searchOptions: { boost: BOOST, combineWith: 'AND', prefix: (t: string) => /^[a-z0-9][a-z0-9.\-/]*$/.test(t) && t.length >= 3 },
	})
	return {
		name: 'MiniSearch',
		async build() {
			const all = loadDocs(db)
			docs = new Map(all.map((d) => [d.id, d]))
			index.addAll(all)
			return { documents: index.documentCount }
		},
		search(q, perPage) {
			const hits = index.search(q)
			const terms = tokenize(q)
			const matched = hits.map((h) => docs.get(h.id)!)
			return firstPage(matched.slice(0, perPage), terms, hits.length, countFacets(matched))
		},
	}
}

/** FlexSearch: one strict-token index per field with the same jieba tokens; a document matches when one field has every term. */
export async function flexSearchBaseline(db: Db): Promise<Baseline> {
	const mod = (await importOptional('flexsearch')) as { default?: FlexModule } & FlexModule
	type FlexIndex = { add(id: number, text: string): void; search(q: string, options: { limit: number }): number[] }
	type FlexModule = { Index: new (options: object) => FlexIndex }
	const Flex = mod.default ?? mod
	const indexes = FIELDS.map((f) => ({ field: f, index: new Flex.Index({ encode: tokenize, tokenize: 'strict', resolution: 9 }) }))
	let docs = new Map<number, BenchDoc>()
	return {
		name: 'FlexSearch',
		async build() {
			const all = loadDocs(db)
			docs = new Map(all.map((d) => [d.id, d]))
			for (const d of all) for (const { field, index } of indexes) if (d[field]) index.add(d.id, d[field])
			return { documents: all.length }
		},
		search(q, perPage) {
			// Like MiniSearch: every query token must occur in some field (AND across tokens, OR across fields).
			const terms = [...new Set(tokenize(q))]
			let scores: Map<number, number> | undefined
			for (const term of terms) {
				const here = new Map<number, number>()
				for (const { field, index } of indexes)
					index.search(term, { limit: docs.size }).forEach((id, rank) => here.set(id, (here.get(id) ?? 0) + BOOST[field] / (1 + rank / 50)))
				if (!scores) scores = here
				else {
					const both = new Map<number, number>()
					for (const [id, sc] of scores) if (here.has(id)) both.set(id, sc + here.get(id)!)
					scores = both
				}
			}
			const ranked = [...(scores ?? new Map<number, number>()).entries()].sort((a, b) => b[1] - a[1]).map(([id]) => docs.get(id)!)
			return firstPage(ranked.slice(0, perPage), terms, ranked.length, countFacets(ranked))
		},
	}
}

/** What the naive matching baseline needs of a demand item. */
export type NaiveMatchItem = { name: string; category: string | null }

/**
 * The naive matching baseline (issue 11): listings of the item's category first, then by how many distinct characters
 * of the item's name occur in the listing's title (ties keep listing order). No specs, certificates or eligibility.
 */
export function naiveMatchBaseline(db: Db): { name: string; rank(item: NaiveMatchItem, k: number): string[] } {
	const docs = loadDocs(db).map((d, i) => ({ i, ref: d.ref, title: d.title.toLowerCase(), category: d.facets.category.at(-1) ?? null }))
	return {
		name: 'naive: category, shared characters',
		rank(item, k) {
			const chars = [...new Set(item.name.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, ''))]
			return docs
				.map((d) => ({ d, same: item.category !== null && d.category === item.category ? 1 : 0, shared: chars.filter((c) => d.title.includes(c)).length }))
				.sort((a, b) => b.same - a.same || b.shared - a.shared || a.d.i - b.d.i)
				.slice(0, k)
				.map((x) => x.d.ref)
		},
	}
}
