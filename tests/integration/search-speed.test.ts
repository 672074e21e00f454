// The fast paths of the embedded engine (issue 4 benchmarks) give exactly what plain SQL gives: totals, every facet's
// counts, the order of every sort with its tie-breaks, on every page; and the in-memory attribute cache follows every
// write: in the same connection, from another connection, inside a transaction, after a rollback and a full re-index.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { writeContext } from '#app/modules/audit/changes.server.ts'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { listingRecord } from '#app/modules/listings/schema.ts'
import { saveListing } from '#app/modules/listings/write.server.ts'
import { openDatabase, closeDatabase, type Db } from '#db/client.server.ts'
import { EmbeddedEngine, segmenter } from '#search/embedded.server.ts'
import { FACETS, type Facet, type Filters, type SearchQuery, type SortOrder } from '#search/engine.ts'
import { CATEGORY_BOOST, HEAD_BOOST, HEAD_TYPED_BOOST, matchExpression, SECONDARY_CATEGORY, TITLE_BOOST, titleHeads, TYPED_BOOST } from '#search/query.ts'
import { createTestDb } from '#tests/setup/db.ts'

const DEMO = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../db/seed/demo.json'), 'utf8')) as unknown
const operator = { kind: 'operator', label: 'test' } as const

let db: Db
let file: string
let engine: EmbeddedEngine

beforeAll(() => {
	;({ db, file } = createTestDb())
	const report = importDocument(db, DEMO, { actor: operator })
	if (!report.ok) throw new Error(JSON.stringify(report.problems.slice(0, 3)))
	engine = new EmbeddedEngine(db)
})

// The reference: every public listing, its attributes and (for a text query) its bm25 relevance, straight from SQL, plus
// the category boost for a word that names the listing's category (排水 → 030301), the boost of a synonym's term as typed,
// of a title that ends in the thing asked for, and of a title holding every word of a query of several.
type Ref = { id: number; ref: string; title: string; category: string | null; region: string; kind: string; price: number | null; newest: string; r: number | null }

function reference(q: string, filters: Filters): Ref[] {
	const parsed = engine.parse(q)
	const expr = matchExpression(parsed.groups)
	const named = parsed.categories.flatMap((c) => c.codes)
	const rows = db.all<Ref>(sql`select l.id, l.ref, l.title, l.category_code as category, o.region_code as region, l.kind, l.price_min as price,
			coalesce(l.published_at, l.created_at) as newest, ${expr ? sql`-m.b` : sql`null`} as r
		from listings l join organizations o on o.id = l.org_id
		${expr ? sql`join (select rowid as id, bm25(listing_fts, 10, 6, 4, 2, 1.5, 1) as b from listing_fts where listing_fts match ${expr}) m on m.id = l.id` : sql``}
		where l.status = 'published' and o.verified_at is not null`)
	const first = parsed.categories.map((c) => c.codes[0]!)
	// A synonym's term as typed (空呼) ranks its holders above those holding only an expansion.
	const typed = parsed.groups
		.filter((g) => g.alternatives.length > 1)
		.map((g) => new Set(db.all<{ id: number }>(sql`select rowid as id from listing_fts where listing_fts match ${matchExpression([{ source: g.source, alternatives: [g.alternatives[0]!] }])!}`).map((x) => x.id)))
	const inTitle = new Set(expr && parsed.groups.length > 1 ? db.all<{ id: number }>(sql`select rowid as id from listing_fts where listing_fts match ${`title : (${expr})`}`).map((x) => x.id) : [])
	const head = parsed.head
	for (const row of rows) {
		if (row.r === null) continue
		if (first.some((c) => row.category?.startsWith(c))) row.r += CATEGORY_BOOST
		else if (named.some((c) => row.category?.startsWith(c))) row.r += CATEGORY_BOOST * SECONDARY_CATEGORY
		for (const ids of typed) if (ids.has(row.id)) row.r += TYPED_BOOST
		if (inTitle.has(row.id)) row.r += TITLE_BOOST
		const ends = head ? titleHeads(row.title, segmenter) : []
		if (head && ends.some((e) => head.typed.includes(e))) row.r += HEAD_BOOST + HEAD_TYPED_BOOST
		else if (head && ends.some((e) => head.forms.includes(e))) row.r += HEAD_BOOST
	}
	return rows.filter((row) => (Object.keys(filters) as Facet[]).every((f) => passes(row, f, filters[f]!)))
}

const codes = (table: string, key: string, col: string, id: number) =>
	db.all<{ v: string }>(sql`select ${sql.raw(col)} as v from ${sql.raw(table)} where ${sql.raw(key)} = ${id}`).map((x) => x.v)
const orgOf = (listing: number) => db.get<{ o: number }>(sql`select org_id as o from listings where id = ${listing}`)!.o
function values(row: Ref, facet: Facet): string[] {
	switch (facet) {
		case 'category':
			return row.category ? [row.category] : []
		case 'region':
			return [row.region]
		case 'kind':
			return [row.kind]
		case 'scenario':
			return codes('listing_scenarios', 'listing_id', 'scenario_code', row.id)
		case 'certification':
			return [...new Set(codes('listing_certifications', 'listing_id', 'type_code', row.id))]
		case 'qualification':
			return codes('organization_qualifications', 'org_id', 'code', orgOf(row.id))
	}
}
function passes(row: Ref, facet: Facet, wanted: string[]): boolean {
	const have = values(row, facet)
	if (facet === 'category') return have.some((v) => wanted.some((c) => v.startsWith(c)))
	if (facet === 'region')
		return have.some((v) => wanted.some((c) => (c.endsWith('0000') ? v.slice(0, 2) === c.slice(0, 2) : c.endsWith('00') ? v.slice(0, 4) === c.slice(0, 4) : v === c)))
	return have.some((v) => wanted.includes(v))
}
/** Counts of one facet over the documents passing every other facet's filter (categories and regions rolled up). */
function referenceCounts(q: string, filters: Filters, facet: Facet): Record<string, number> {
	const others = Object.fromEntries(Object.entries(filters).filter(([f]) => f !== facet)) as Filters
	const out: Record<string, number> = {}
	for (const row of reference(q, others))
		for (const v of values(row, facet)) {
			const keys = facet === 'category' ? Array.from({ length: v.length / 2 }, (_, i) => v.slice(0, 2 * i + 2)) : facet === 'region' ? [...new Set([v, v.slice(0, 4) + '00', v.slice(0, 2) + '0000'])] : [v]
			for (const k of keys) out[k] = (out[k] ?? 0) + 1
		}
	return out
}
function referenceOrder(rows: Ref[], sort: SortOrder): string[] {
	const byNewest = (a: Ref, b: Ref) => (a.newest !== b.newest ? (a.newest < b.newest ? 1 : -1) : b.id - a.id)
	const price = (asc: boolean) => (a: Ref, b: Ref) =>
		a.price === null || b.price === null ? (a.price === null ? 1 : 0) - (b.price === null ? 1 : 0) || a.id - b.id : a.price !== b.price ? (asc ? a.price - b.price : b.price - a.price) : a.id - b.id
	const cmp = sort === 'relevance' ? (a: Ref, b: Ref) => (a.r !== b.r ? b.r! - a.r! : byNewest(a, b)) : sort === 'newest' ? byNewest : price(sort === 'price_asc')
	return [...rows].sort(cmp).map((r) => r.ref)
}

const QUERIES = ['', '呼吸器', '排水', '救援', '消防', 'drone', '应急 照明', '空呼', '破拆', 'satellite']
const FILTERS: Filters[] = [
	{},
	{ category: ['02'] },
	{ category: ['0303', '020101'], region: ['360100'] },
	{ scenario: ['flood', 'mine_tunnel'] },
	{ certification: ['MA', 'CCC'], region: ['360000'] },
	{ kind: ['service', 'equipment'], scenario: ['flood'] },
	{ qualification: ['high_tech', 'srdi'], category: ['03'] },
]

describe('the embedded engine agrees with plain SQL', () => {
	it.each(QUERIES.map((q) => [q]))('%j: totals and all six facets under every filter combination', async (q) => {
		for (const filters of FILTERS) {
			const r = await engine.search({ index: 'listings', q, filters, facets: FACETS })
			expect(r.total, JSON.stringify(filters)).toBe(reference(q, filters).length)
			for (const f of FACETS) expect(r.facets[f], `${f} ${JSON.stringify(filters)}`).toEqual(referenceCounts(q, filters, f))
		}
	})

	it.each(QUERIES.map((q) => [q]))('%j: every sort, every page, in the reference order with its tie-breaks', async (q) => {
		for (const filters of FILTERS.slice(0, 4))
			for (const sort of ['relevance', 'newest', 'price_asc', 'price_desc'] as const) {
				if (sort === 'relevance' && !q) continue
				const expected = referenceOrder(reference(q, filters), sort)
				const got: string[] = []
				for (let page = 1; page <= 3; page++) {
					const r = await engine.search({ index: 'listings', q, filters, sort, page, perPage: 7, facets: [] })
					got.push(...r.hits.map((h) => h.ref))
					if (q) for (const h of r.hits) expect(h.score).toBeCloseTo(reference(q, filters).find((x) => x.ref === h.ref)!.r!, 2)
				}
				expect(got, `${sort} ${JSON.stringify(filters)}`).toEqual(expected.slice(0, 21))
			}
	})

	it('a deep page past the end is empty but keeps the total', async () => {
		const r = await engine.search({ index: 'listings', q: '呼吸器', page: 1000, perPage: 50 })
		expect(r.hits).toEqual([])
		expect(r.total).toBe(reference('呼吸器', {}).length)
	})
})

describe('the attribute cache follows every write', () => {
	const ctx = () => writeContext(db, operator, 'test')
	const save = (d: Db, fields: Record<string, unknown>) =>
		saveListing({ ...ctx(), db: d }, listingRecord.parse({ ref: 'LST-CACHE-1', org: 'ORG-NC-001', title: '雷霆牌移动排涝泵站', category: '030301', ...fields }))
	const floodCount = async () => (await engine.search({ index: 'listings', q: '雷霆牌', facets: ['scenario', 'category'] })).facets

	it('in the same connection, inside a transaction (its own rows, then none after the rollback), and from another connection', async () => {
		db.transaction((t) => save(t as unknown as Db, { scenarios: ['flood'] }))
		expect(await floodCount()).toEqual({ scenario: { flood: 1 }, category: { '03': 1, '0303': 1, '030301': 1 } })

		expect(() =>
			db.transaction((t) => {
				save(t as unknown as Db, { scenarios: ['earthquake_geo'], category: '020101' })
				const inside = engine.searchSync({ index: 'listings', q: '雷霆牌', facets: ['scenario'], filters: { category: ['02'] } })
				expect(inside.total).toBe(1)
				expect(inside.facets.scenario).toEqual({ earthquake_geo: 1 })
				throw new Error('rolled back')
			}),
		).toThrow('rolled back')
		expect(await floodCount()).toEqual({ scenario: { flood: 1 }, category: { '03': 1, '0303': 1, '030301': 1 } })

		const other = openDatabase(file)
		try {
			other.transaction((t) => save(t as unknown as Db, { scenarios: ['flood', 'waterlogging'], status: 'published' }))
			expect((await floodCount()).scenario).toEqual({ flood: 1, waterlogging: 1 })
			other.transaction((t) => save(t as unknown as Db, { status: 'draft' }))
			expect((await engine.search({ index: 'listings', q: '雷霆牌' })).total).toBe(0)
		} finally {
			closeDatabase(other)
		}
	})

	it('after a full re-index', async () => {
		db.transaction((t) => save(t as unknown as Db, { status: 'published', scenarios: ['flood'] }))
		const before = await engine.search({ index: 'listings', q: '', facets: FACETS })
		await engine.reindex('listings')
		expect(await engine.search({ index: 'listings', q: '', facets: FACETS })).toEqual(before)
		expect((await floodCount()).scenario).toEqual({ flood: 1 })
	})

	it('sorts by newest across texts that are not canonical timestamps', async () => {
		const query: SearchQuery = { index: 'listings', q: '', sort: 'newest', perPage: 5, facets: [] }
		db.run(sql`update listings set published_at = '2099-01-01' where ref = 'LST-CACHE-1'`)
		db.transaction((t) => save(t as unknown as Db, { status: 'published', scenarios: ['flood'] }))
		// saveListing keeps an existing publication date, so the odd text is what sorts.
		const published = db.get<{ p: string }>(sql`select published_at as p from listings where ref = 'LST-CACHE-1'`)!.p
		expect((await engine.search(query)).hits.map((h) => h.ref)).toEqual(referenceOrder(reference('', {}), 'newest').slice(0, 5))
		expect(published.length > 0).toBe(true)
	})
})
