// The embedded search engine: SQLite FTS5 tables in the application's own database (listing_fts, demand_item_fts),
// jieba-segmented, ranked by bm25 with field weights, filtered and faceted with plain SQL over the same rows.
import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { DEMAND_KINDS, LISTING_KINDS } from '#db/schema/index.ts'
import {
	CATEGORY_BY_CODE,
	CERTIFICATION_BY_CODE,
	isValidRegionCode,
	QUALIFICATION_ALIASES,
	QUALIFICATION_BY_CODE,
	SCENARIO_BY_CODE,
} from '#app/modules/catalog/reference-data.ts'
import {
	FACETS,
	type EngineHealth,
	type Facet,
	type FacetCounts,
	type Filters,
	type Highlight,
	type IgnoredFilter,
	type SearchEngine,
	type SearchHit,
	type SearchIndex,
	type SearchQuery,
	type SearchResult,
	type SortOrder,
} from './engine.ts'
import { DEMANDS, LISTINGS } from './indexes.ts'
import { excerptParts, highlightParts, matchExpression, parseQuery, type ParsedQuery, type Segmenter, type Synonym } from './query.ts'
import { normalise, segmentForSearch, segmentWords } from './segment.server.ts'
import { indexEmbedded, reindexEmbedded, removeEmbedded } from './sync.server.ts'

export const DEFAULT_FACETS: readonly Facet[] = ['category', 'scenario', 'region', 'certification']
export const MAX_PER_PAGE = 100
/** A listing whose spec is within ±5% of a quantity in the query ranks above text-only matches. */
const SPEC_TOLERANCE = 0.05
const SPEC_BOOST = 1000

export const segmenter: Segmenter = { words: segmentWords, subwords: segmentForSearch, normalise }


type IndexSql = {
	fts: string
	weights: number[]
	/** The rows of the index: `k` is the document id column. */
	from: SQL
	key: SQL
	public: SQL
	category: SQL
	region: SQL
	kind: SQL
	newest: SQL
	price: SQL
	scenarioIn: (codes: string[]) => SQL
	certificationIn: (codes: string[]) => SQL
	qualificationIn: (codes: string[]) => SQL
	scenarioJoin: { join: SQL; col: SQL }
	certificationJoin: { join: SQL; col: SQL }
	qualificationJoin: { join: SQL; col: SQL }
	/** Document ids with a numeric spec (or demand-item constraint) of the dimension between lo and hi. */
	specIds: (dimension: string, lo: number, hi: number) => SQL
}

const list = (xs: string[]) => sql.join(xs.map((x) => sql`${x}`), sql`, `)

const INDEX_SQL: Record<SearchIndex, IndexSql> = {
	listings: {
		fts: 'listing_fts',
		weights: LISTINGS.searchable.map((f) => f.weight),
		from: sql`listings l join organizations o on o.id = l.org_id`,
		key: sql`l.id`,
		public: sql`l.status = 'published' and o.verified_at is not null`,
		category: sql`l.category_code`,
		region: sql`o.region_code`,
		kind: sql`l.kind`,
		newest: sql`coalesce(l.published_at, l.created_at)`,
		price: sql`l.price_min`,
		scenarioIn: (c) => sql`exists (select 1 from listing_scenarios x where x.listing_id = l.id and x.scenario_code in (${list(c)}))`,
		certificationIn: (c) => sql`exists (select 1 from listing_certifications x where x.listing_id = l.id and x.type_code in (${list(c)}))`,
		qualificationIn: (c) => sql`exists (select 1 from organization_qualifications x where x.org_id = o.id and x.code in (${list(c)}))`,
		scenarioJoin: { join: sql`join listing_scenarios x on x.listing_id = l.id`, col: sql`x.scenario_code` },
		certificationJoin: { join: sql`join listing_certifications x on x.listing_id = l.id`, col: sql`x.type_code` },
		qualificationJoin: { join: sql`join organization_qualifications x on x.org_id = o.id`, col: sql`x.code` },
		specIds: (dim, lo, hi) => sql`select listing_id as id from listing_specs where dimension = ${dim} and canonical_value between ${lo} and ${hi}`,
	},
	demands: {
		fts: 'demand_item_fts',
		weights: DEMANDS.searchable.map((f) => f.weight),
		from: sql`demand_items i join demand_lists d on d.id = i.list_id join organizations o on o.id = d.org_id`,
		key: sql`i.id`,
		public: sql`d.status = 'published' and o.verified_at is not null`,
		category: sql`i.category_code`,
		region: sql`coalesce(d.region_code, o.region_code)`,
		kind: sql`d.kind`,
		newest: sql`coalesce(d.published_at, d.created_at)`,
		price: sql`i.budget_per_unit`,
		scenarioIn: (c) => sql`exists (select 1 from demand_item_scenarios x where x.item_id = i.id and x.scenario_code in (${list(c)}))`,
		certificationIn: (c) =>
			sql`exists (select 1 from required_certifications x where x.owner_kind = 'demand_item' and x.owner_id = i.id and x.type_code in (${list(c)}))`,
		qualificationIn: (c) => sql`exists (select 1 from organization_qualifications x where x.org_id = o.id and x.code in (${list(c)}))`,
		scenarioJoin: { join: sql`join demand_item_scenarios x on x.item_id = i.id`, col: sql`x.scenario_code` },
		certificationJoin: { join: sql`join required_certifications x on x.owner_kind = 'demand_item' and x.owner_id = i.id`, col: sql`x.type_code` },
		qualificationJoin: { join: sql`join organization_qualifications x on x.org_id = o.id`, col: sql`x.code` },
		specIds: (dim, lo, hi) =>
			sql`select owner_id as id from constraints where owner_kind = 'demand_item' and dimension = ${dim} and canonical_value between ${lo} and ${hi}`,
	},
}

/** Keeps the known filter values (deduplicated, qualification aliases mapped to codes) and reports the others. */
export function normaliseFilters(index: SearchIndex, filters: Filters | undefined): { filters: Filters; ignored: IgnoredFilter[] } {
	const out: Filters = {}
	const ignored: IgnoredFilter[] = []
	const kinds: readonly string[] = index === 'listings' ? LISTING_KINDS : DEMAND_KINDS
	for (const facet of FACETS) {
		const values = filters?.[facet]
		if (!values?.length) continue
		const kept = new Set<string>()
		for (const raw of values) {
			const v = String(raw).trim()
			if (!v) continue
			let code: string | null = null
			if (facet === 'category') code = CATEGORY_BY_CODE.has(v) ? v : null
			else if (facet === 'scenario') code = SCENARIO_BY_CODE.has(v) ? v : null
			else if (facet === 'region') code = isValidRegionCode(v) ? v : null
			else if (facet === 'certification') code = CERTIFICATION_BY_CODE.has(v.toUpperCase()) ? v.toUpperCase() : null
			else if (facet === 'qualification') code = QUALIFICATION_BY_CODE.has(v) ? v : (QUALIFICATION_ALIASES[v] ?? null)
			else if (facet === 'kind') code = kinds.includes(v) ? v : null
			if (code) kept.add(code)
			else ignored.push({ facet, value: v.slice(0, 100) })
		}
		if (kept.size) out[facet] = [...kept]
	}
	return { filters: out, ignored }
}

function regionCondition(col: SQL, code: string): SQL {
	if (code.endsWith('0000')) return sql`substr(${col}, 1, 2) = ${code.slice(0, 2)}`
	if (code.endsWith('00')) return sql`substr(${col}, 1, 4) = ${code.slice(0, 4)}`
	return sql`${col} = ${code}`
}

function filterCondition(s: IndexSql, facet: Facet, values: string[]): SQL {
	switch (facet) {
		case 'category':
			// Codes are checked against the taxonomy, so they hold no LIKE wildcards.
			return sql`(${sql.join(values.map((c) => sql`${s.category} like ${c + '%'}`), sql` or `)})`
		case 'region':
			return sql`(${sql.join(values.map((c) => regionCondition(s.region, c)), sql` or `)})`
		case 'kind':
			return sql`${s.kind} in (${list(values)})`
		case 'scenario':
			return s.scenarioIn(values)
		case 'certification':
			return s.certificationIn(values)
		case 'qualification':
			return s.qualificationIn(values)
	}
}

/** Counts per category code at every level of the taxonomy present (a parent counts its descendants). */
export function rollUpCategories(rows: { v: string | null; n: number }[]): Record<string, number> {
	const out: Record<string, number> = {}
	for (const { v, n } of rows) {
		if (!v) continue
		for (let len = 2; len <= v.length; len += 2) {
			const code = v.slice(0, len)
			out[code] = (out[code] ?? 0) + n
		}
	}
	return out
}

/** Counts per region code, also rolled up to the city (XXXX00) and province (XX0000) it belongs to. */
export function rollUpRegions(rows: { v: string | null; n: number }[]): Record<string, number> {
	const out: Record<string, number> = {}
	for (const { v, n } of rows) {
		if (!v) continue
		for (const code of new Set([v, v.slice(0, 4) + '00', v.slice(0, 2) + '0000'])) out[code] = (out[code] ?? 0) + n
	}
	return out
}

type HitRow = { id: number; ref: string; title: string; org: string; category: string | null; model: string | null; body: string | null; listRef: string | null; listTitle: string | null; r: number | null }

export class EmbeddedEngine implements SearchEngine {
	readonly name = 'embedded'
	constructor(private readonly db: Db) {}

	synonyms(): Synonym[] {
		const rows = this.db.all<{ term: string; expansions: string }>(sql`select term, expansions from search_synonyms`)
		return rows.map((r) => {
			let expansions: string[] = []
			try {
				const v = JSON.parse(r.expansions) as unknown
				if (Array.isArray(v)) expansions = v.filter((x): x is string => typeof x === 'string')
			} catch {
				expansions = []
			}
			return { term: r.term, expansions }
		})
	}

	parse(q: string): ParsedQuery {
		return parseQuery(q, this.synonyms(), segmenter)
	}

	async search(query: SearchQuery): Promise<SearchResult> {
		return this.searchSync(query)
	}

	/** Synchronous: the temporary hit table is private to this call because nothing else runs in between. */
	searchSync(query: SearchQuery): SearchResult {
		const s = INDEX_SQL[query.index]
		const db = this.db
		const perPage = Math.min(Math.max(Math.trunc(query.perPage ?? 20) || 20, 1), MAX_PER_PAGE)
		const page = Math.max(Math.trunc(query.page ?? 1) || 1, 1)
		const { filters, ignored } = normaliseFilters(query.index, query.filters)
		const parsed = this.parse(query.q ?? '')
		const expr = matchExpression(parsed.groups)
		const searching = expr !== null || parsed.quantities.length > 0

		if (searching) {
			db.run(sql`create temp table if not exists search_hits (id integer primary key, r real not null)`)
			db.run(sql`delete from temp.search_hits`)
			if (expr !== null) {
				const weights = sql.raw(s.weights.join(', '))
				const fts = sql.raw(s.fts)
				db.run(sql`insert into temp.search_hits (id, r) select rowid, -bm25(${fts}, ${weights}) from ${fts} where ${fts} match ${expr}`)
			}
			for (const q of parsed.quantities) {
				const specs = sql.join(
					q.targets.map((t) => s.specIds(t.dimension, t.value * (1 - SPEC_TOLERANCE), t.value * (1 + SPEC_TOLERANCE))),
					sql` union `,
				)
				if (expr !== null) db.run(sql`update temp.search_hits set r = r + ${SPEC_BOOST} where id in (${specs})`)
				else {
					// Quantities alone: documents with a matching spec (and still public: the join below checks).
					const fts = sql.raw(s.fts)
					db.run(sql`insert into temp.search_hits (id, r) select id, ${SPEC_BOOST} from (${specs})
						where id in (select rowid from ${fts}) on conflict(id) do update set r = r + ${SPEC_BOOST}`)
				}
			}
		}

		const from = searching ? sql`${s.from} join temp.search_hits h on h.id = ${s.key}` : s.from
		const where = (except?: Facet) =>
			sql.join(
				[
					s.public,
					...(Object.entries(filters) as [Facet, string[]][]).filter(([f]) => f !== except).map(([f, v]) => filterCondition(s, f, v)),
				],
				sql` and `,
			)

		const total = db.get<{ n: number }>(sql`select count(*) as n from ${from} where ${where()}`)?.n ?? 0
		const sort: SortOrder = query.sort ?? (searching ? 'relevance' : 'newest')
		const order =
			sort === 'relevance' && searching
				? sql`h.r desc, ${s.newest} desc, ${s.key} desc`
				: sort === 'price_asc'
					? sql`${s.price} is null, ${s.price} asc, ${s.key} asc`
					: sort === 'price_desc'
						? sql`${s.price} is null, ${s.price} desc, ${s.key} asc`
						: sql`${s.newest} desc, ${s.key} desc`
		const columns =
			query.index === 'listings'
				? sql`l.id, l.ref, l.title, o.name as org, l.category_code as category, l.model, l.description as body, null as listRef, null as listTitle`
				: sql`i.id, i.ref, i.name as title, o.name as org, i.category_code as category, null as model, i.notes as body, d.ref as listRef, d.title as listTitle`
		const rows = db.all<HitRow>(
			sql`select ${columns}, ${searching ? sql`h.r` : sql`null`} as r from ${from} where ${where()} order by ${order} limit ${perPage} offset ${(page - 1) * perPage}`,
		)

		const facets: FacetCounts = {}
		for (const facet of query.facets ?? DEFAULT_FACETS) {
			if (!FACETS.includes(facet)) continue
			const w = where(facet)
			const grouped = (col: SQL, join: SQL = sql``) =>
				db.all<{ v: string | null; n: number }>(sql`select ${col} as v, count(distinct ${s.key}) as n from ${from} ${join} where ${w} group by v`)
			if (facet === 'category') facets.category = rollUpCategories(grouped(s.category))
			else if (facet === 'region') facets.region = rollUpRegions(grouped(s.region))
			else {
				const rows =
					facet === 'kind'
						? grouped(s.kind)
						: facet === 'scenario'
							? grouped(s.scenarioJoin.col, s.scenarioJoin.join)
							: facet === 'certification'
								? grouped(s.certificationJoin.col, s.certificationJoin.join)
								: grouped(s.qualificationJoin.col, s.qualificationJoin.join)
				facets[facet] = Object.fromEntries(rows.filter((r) => r.v !== null).map((r) => [r.v!, r.n]))
			}
		}

		const terms = parsed.terms
		const hits: SearchHit[] = rows.map((r) => {
			const highlight: Highlight[] = [{ field: 'title', parts: highlightParts(r.title, searching ? terms : []) }]
			if (searching && r.model) {
				const parts = highlightParts(r.model, terms)
				if (parts.some((p) => p.match)) highlight.push({ field: 'model', parts })
			}
			if (searching && r.body) {
				const parts = excerptParts(r.body, terms)
				if (parts) highlight.push({ field: query.index === 'listings' ? 'description' : 'notes', parts })
			}
			return {
				id: r.id,
				ref: r.ref,
				title: r.title,
				org: r.org,
				category: r.category,
				highlight,
				...(r.r !== null ? { score: Math.round(r.r * 1000) / 1000 } : {}),
				...(r.listRef ? { list: { ref: r.listRef, title: r.listTitle ?? '' } } : {}),
			}
		})
		return {
			total,
			page,
			perPage,
			hits,
			facets,
			terms,
			...(ignored.length ? { ignored } : {}),
			...(parsed.truncated ? { truncated: true } : {}),
		}
	}

	async index(index: SearchIndex, ids: number[]): Promise<void> {
		this.db.transaction((t) => indexEmbedded(t as unknown as Db, index, ids))
	}

	async remove(index: SearchIndex, ids: number[]): Promise<void> {
		this.db.transaction((t) => removeEmbedded(t as unknown as Db, index, ids))
	}

	async reindex(index: SearchIndex): Promise<{ documents: number }> {
		return { documents: reindexEmbedded(this.db, index) }
	}

	async health(): Promise<EngineHealth> {
		const count = (table: string) => this.db.get<{ n: number }>(sql`select count(*) as n from ${sql.raw(table)}`)?.n ?? 0
		return {
			engine: this.name,
			ok: true,
			documents: { listings: count('listing_fts'), demands: count('demand_item_fts') },
			// Updated in the writer's transaction: the embedded index never lags.
			outboxLag: 0,
		}
	}
}
