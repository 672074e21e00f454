// One contract for every search engine (issue 4): the embedded FTS5 engine and the Meilisearch engine against the fake
// Meilisearch of tests/fakes (wire behaviour only) always; the Meilisearch engine against a real server whenever
// MEILI_HOST is set:
//   docker run --rm -p 7700:7700 -e MEILI_MASTER_KEY=dev-master-key getmeili/meilisearch:v1.16
//   MEILI_HOST=http://127.0.0.1:7700 MEILI_API_KEY=dev-master-key npx vitest run tests/integration/search-contract.test.ts
// Each run uses its own index prefix and deletes its indexes afterwards. Changes reach Meilisearch as in production:
// through the outbox (drained after each write), and every Meilisearch index is rebuilt (reindex) before the tests.
// Every test runs on every engine, the fake included: none had to be restricted to real engines. The fake does not
// rank like Meilisearch (docs/decisions/006), so the ordering assertions are evidence only on the real server.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeContext } from '#app/modules/audit/changes.server.ts'
import { RELATED_BELOW, RELATED_MAX, relatedListings } from '#app/modules/discovery/page.server.ts'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { listingRecord } from '#app/modules/listings/schema.ts'
import { saveListing } from '#app/modules/listings/write.server.ts'
import { unverifyOrganization, verifyOrganization } from '#app/modules/organizations/review.server.ts'
import type { Db } from '#db/client.server.ts'
import { EmbeddedEngine } from '#search/embedded.server.ts'
import type { SearchEngine, SearchQuery } from '#search/engine.ts'
import { MeiliEngine } from '#search/meilisearch.server.ts'
import { clearCoveredByRebuild, drainAll } from '#search/outbox.server.ts'
import { toResponse } from '#search/response.ts'
import { startFakeMeilisearch } from '#tests/fakes/meilisearch.ts'
import { createUser } from '#tests/setup/app.ts'
import { createTestDb, SAMPLE_FILE } from '#tests/setup/db.ts'

type Server = { host: string; apiKey?: string; close?: () => Promise<void> }
type EngineEntry = {
	name: string
	/** Where Meilisearch runs (none: the embedded engine). */
	server: (() => Promise<Server>) | null
}
const engines: EngineEntry[] = [
	{ name: 'embedded', server: null },
	{
		name: 'meilisearch (fake server)',
		server: async () => {
			const fake = await startFakeMeilisearch()
			return { host: fake.url, close: () => fake.close() }
		},
	},
	...(process.env.MEILI_HOST
		? [{ name: 'meilisearch', server: async () => ({ host: process.env.MEILI_HOST!, apiKey: process.env.MEILI_API_KEY || undefined }) }]
		: []),
]

const DEMO = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../db/seed/demo.json'), 'utf8')) as unknown
const SAMPLE = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as unknown

function loaded(doc: unknown): Db {
	const { db } = createTestDb()
	const report = importDocument(db, doc, { actor: { kind: 'operator', label: 'test' } })
	if (!report.ok) throw new Error(JSON.stringify(report.problems.slice(0, 3)))
	return db
}

const refsOf = (r: { hits: { ref: string }[] }) => r.hits.map((h) => h.ref)

describe.each(engines)('search contract: $name engine', ({ server: startServer }) => {
	let server: Server | null = null
	const made: MeiliEngine[] = []
	const run = `c${process.pid}_${Date.now().toString(36)}`
	async function make(db: Db): Promise<SearchEngine> {
		if (!server) return new EmbeddedEngine(db)
		const e = new MeiliEngine(db, { host: server.host, ...(server.apiKey ? { apiKey: server.apiKey } : {}), prefix: `${run}_${made.length}_` })
		made.push(e)
		const startedAt = new Date()
		await e.reindex('listings')
		await e.reindex('demands')
		clearCoveredByRebuild(db, startedAt)
		return e
	}
	/** After a write: the embedded index is already in step; Meilisearch gets the outbox, as the worker would send it. */
	async function synced(db: Db, e: SearchEngine): Promise<void> {
		if (e instanceof MeiliEngine) {
			const r = await drainAll(db, e)
			expect(r).toMatchObject({ failed: 0, dead: 0 })
		}
	}
	afterAll(async () => {
		for (const e of made) await e.dropIndexes()
		await server?.close?.()
	})
	let demoDb: Db
	let sampleDb: Db
	let demo: SearchEngine
	let sample: SearchEngine
	const find = (e: SearchEngine, q: string, more: Partial<SearchQuery> = {}) => e.search({ index: 'listings', q, ...more })
	/** Every public hit of a query (all pages). */
	async function all(e: SearchEngine, q: string, more: Partial<SearchQuery> = {}) {
		const refs: string[] = []
		for (let page = 1; ; page++) {
			const r = await find(e, q, { ...more, page, perPage: 100 })
			refs.push(...refsOf(r))
			if (refs.length >= r.total || r.hits.length === 0) return { refs, total: r.total }
		}
	}
	const publicRefs = (db: Db, where = sql`1 = 1`) =>
		db
			.all<{ ref: string }>(sql`select l.ref from listings l join organizations o on o.id = l.org_id
				where l.status = 'published' and o.verified_at is not null and ${where} order by l.ref`)
			.map((r) => r.ref)

	beforeAll(async () => {
		server = startServer ? await startServer() : null
		demoDb = loaded(DEMO)
		sampleDb = loaded(SAMPLE)
		demo = await make(demoDb)
		sample = await make(sampleDb)
	}, 120_000)

	describe('the sample import file', () => {
		it('finds LST-EX-1 for 龙吸水 and never the draft LST-EX-2', async () => {
			const r = await find(sample, '龙吸水')
			expect(refsOf(r)).toEqual(['LST-EX-1'])
			expect(r.hits[0]).toMatchObject({ title: '大流量排水抢险车', org: '示例排水装备有限公司', category: '030301' })
			expect(refsOf(await find(sample, '移动式排水泵站'))).not.toContain('LST-EX-2')
			expect((await all(sample, '')).refs.sort()).toEqual(['LST-EX-1', 'LST-EX-3'])
		})

		it('finds open demand items on the demand tab, with their list', async () => {
			const r = await sample.search({ index: 'demands', q: '排水抢险车' })
			expect(r.hits.map((h) => [h.ref, h.list?.ref])).toEqual([['DEM-EX-1-1', 'DEM-EX-1']])
			expect(r.hits[0]!.highlight[0]!.parts).toEqual([{ text: '排水抢险车', match: true }])
		})
	})

	describe('the demo data', () => {
		it('正压式空气呼吸器 puts the positive-pressure air breathing apparatus first, highlighted in the original title', async () => {
			const r = await find(demo, '正压式空气呼吸器')
			expect(r.total).toBeGreaterThanOrEqual(5)
			expect(refsOf(r).slice(0, 5).sort()).toEqual(['LST-0063', 'LST-0064', 'LST-0065', 'LST-0066', 'LST-0067'])
			const title = r.hits.find((h) => h.ref === 'LST-0063')!.highlight.find((h) => h.field === 'title')!
			expect(title.parts).toEqual([
				{ text: '正压式空气呼吸器', match: true },
				{ text: '(碳纤维气瓶)', match: false },
			])
		})

		it('空呼 finds them through the synonym dictionary, even without the keyword', async () => {
			const ctx = writeContext(sampleDb, { kind: 'operator', label: 'test' }, 'test')
			sampleDb.transaction((t) =>
				saveListing({ ...ctx, db: t as unknown as Db }, listingRecord.parse({ ref: 'LST-SYN-1', org: 'ORG-EX-2', title: '正压式空气呼吸器（试用型）', category: '020101' })),
			)
			await synced(sampleDb, sample)
			const r = await find(sample, '空呼')
			expect(refsOf(r)).toContain('LST-SYN-1')
			expect(r.terms).toEqual(expect.arrayContaining(['空呼', '正压式', '空气呼吸器']))
			expect(refsOf(await find(demo, '空呼')).slice(0, 5).sort()).toEqual(['LST-0063', 'LST-0064', 'LST-0065', 'LST-0066', 'LST-0067'])
		})

		it('排水 3000m3/h ranks the listing with a 3000 m³/h spec first; 3000方 finds it too', async () => {
			expect(refsOf(await find(demo, '排水 3000m3/h'))[0]).toBe('LST-0238')
			expect(refsOf(await find(demo, '排水 3000立方米/小时'))[0]).toBe('LST-0238')
			// 3000方 alone: every listing with at least 3,000 m³/h (or about 3,000 m³), the 3,000 m³/h pump first
			const alone = await find(demo, '3000方')
			expect(refsOf(alone)[0]).toBe('LST-0238')
			expect(alone.hits[0]!.matchedSpec).toMatchObject({ value: 3000, meets: true })
			const r = await find(demo, '排水 3000m3/h')
			expect(r.total).toBeGreaterThan(1)
		})

		it('what a spec says in words is searched: Ex ia finds the intrinsically safe gas detectors, and a saved spec is found at once', async () => {
			const r = await find(demo, 'Ex ia 气体检测仪')
			expect(refsOf(r)).toEqual(expect.arrayContaining(['LST-0022', 'LST-0023', 'LST-0025']))
			// every hit says Ex ia somewhere: the marking is required like any word of the query
			expect(r.relaxed).toBeUndefined()
			expect(refsOf(await find(sample, 'ExdIIBT4'))).toEqual([])
			const ctx = writeContext(sampleDb, { kind: 'operator', label: 'test' }, 'test')
			sampleDb.transaction((t) =>
				saveListing(
					{ ...ctx, db: t as unknown as Db },
					listingRecord.parse({ ref: 'LST-SPEC-1', org: 'ORG-EX-2', title: '防爆对讲机', category: '030102', specs: [{ name: '防爆标志', value: 'ExdIIBT4' }] }),
				),
			)
			await synced(sampleDb, sample)
			expect(refsOf(await find(sample, 'ExdIIBT4'))).toEqual(['LST-SPEC-1'])
		})

		it('a scenario word ranks, it is never required: forest-fire drones with infrared, tagged ones first (issue 11)', async () => {
			const r = await find(demo, '森林火灾 无人机 红外')
			expect(r.relaxed).toBeUndefined()
			expect(r.total).toBeGreaterThan(0)
			// the forest-fire reconnaissance drone (无人机 + 红外, tagged 森林草原火灾) is among the first
			expect(refsOf(r).slice(0, 10)).toContain('LST-0306')
			expect(r.terms).toContain('森林火灾')
			// a query of scenario words alone lists the equipment tagged with them
			const snow = await find(demo, '暴雪')
			expect(snow.total).toBeGreaterThan(0)
			const exact = await find(demo, '正压式空气呼吸器')
			expect(exact.relaxed).toBeUndefined()
		})

		it('a word that names a category ranks that category first and says so; it stays a required word (issue 11)', async () => {
			for (const q of ['照明', '内涝 照明']) {
				const r = await find(demo, q, { perPage: 100 })
				expect(r.categories, q).toEqual([{ word: '照明', codes: ['030103'] }])
				const inCategory = r.hits.map((h) => h.category?.startsWith('030103') ?? false)
				// lighting first, then the other listings that mention it (a tethered drone with a floodlight, a pump with lamps)
				expect(inCategory[0], q).toBe(true)
				expect(inCategory, q).toContain(false)
				expect(inCategory.slice(inCategory.indexOf(false)), q).not.toContain(true)
			}
			// the scenario and the category together: tagged lighting first
			const both = await find(demo, '内涝 照明')
			expect(both.scenarios?.map((s) => s.word)).toEqual(['内涝'])
			expect(both.total).toBe((await find(demo, '照明')).total)
		})

		it('a word that names a whole category finds its members even when their text does not say it (船 → boats; issue 11)', async () => {
			const boats = await find(demo, '内涝 救援 船', { perPage: 50 })
			expect(boats.categories).toEqual([{ word: '船', codes: ['030305'] }])
			// 冲锋舟 and 救生艇 never say 船: the category's everyday name is part of their category text
			expect(refsOf(boats)).toEqual(expect.arrayContaining(['LST-0287', 'LST-0290', 'LST-0291']))
			// the category's members first (a listing that only mentions 船艇 in its text may follow)
			expect(boats.hits.slice(0, 15).every((h) => h.category?.startsWith('030305'))).toBe(true)
			// tagged for urban waterlogging (the scenario 内涝 names) before those tagged only for floods
			expect(refsOf(boats).indexOf('LST-0287')).toBeLessThan(refsOf(boats).indexOf('LST-0290'))
			// a task word names the categories that do it, the first one first: 搜救 is life detection, then breaching tools
			const search = await find(demo, '地震 搜救', { perPage: 50 })
			const kinds = search.hits.map((h) => h.category)
			expect(kinds.slice(0, 5)).toEqual(Array(5).fill('030201'))
			expect(kinds).toContain('030202')
		})

		it('names that end in the thing asked for come first: boats before the 船用救生衣 for 船, boats before the outboard motor 冲锋舟 also finds (issue 11)', async () => {
			const boats = refsOf(await find(demo, '内涝 救援 船', { perPage: 20 }))
			// 充气救生艇, 冲锋舟, 玻璃钢冲锋舟, 充气式橡皮艇, 钢质应急救援船: every one before the life jackets and throw bags
			const vessels = ['LST-0287', 'LST-0289', 'LST-0290', 'LST-0291', 'LST-0292', 'LST-0288', 'LST-0302']
			const others = ['LST-0296', 'LST-0297', 'LST-0295', 'LST-0298', 'LST-0299', 'LST-0293']
			expect(boats.slice(0, vessels.length).sort()).toEqual([...vessels].sort())
			for (const r of others) if (boats.includes(r)) expect(boats.indexOf(r), r).toBeGreaterThan(vessels.length - 1)
			const assault = refsOf(await find(demo, '冲锋舟', { perPage: 20 }))
			// the 60马力舷外机 holds 冲锋舟 in its text; the boats' names end in it or in a synonym of it
			expect(assault.slice(0, 6).sort()).toEqual(['LST-0287', 'LST-0288', 'LST-0289', 'LST-0290', 'LST-0291', 'LST-0292'])
		})

		it('a compound nobody writes is read as a kind of its last character: 救生舟 finds boats, 应急灯 lamps; 灭火毯 and 救护车 stay empty (issue 11)', async () => {
			const boats = await find(demo, '救生舟', { perPage: 50 })
			// No document holds 舟 as a word of its own (the embedded index); Meilisearch may match it inside 冲锋舟 at once.
			if (demo instanceof EmbeddedEngine) expect(boats.relaxed).toBe(true)
			// the answer says how the query was read (the page words it: names ending in 舟、艇、船 that mention 救生)
			expect(boats.total).toBeGreaterThan(1)
			if (boats.relaxed) {
				expect(boats.readAs).toEqual({ rest: ['救生'], ends: ['舟', '艇', '船'] })
				expect(boats.hits.every((h) => /[船艇舟]$/.test(h.title.replace(/\(.*\)$/, '')))).toBe(true)
				expect((await find(demo, '救生舟', { strict: true })).total).toBe(0)
			}
			const lamps = await find(demo, '应急灯', { perPage: 50 })
			expect(lamps.total).toBeGreaterThan(2)
			expect(lamps.hits.every((h) => h.title.replace(/\(.*\)$/, '').endsWith('灯'))).toBe(true)
			for (const q of ['灭火毯', '救护车', '充电宝']) expect((await find(demo, q)).total, q).toBe(0)
		})

		it('the last scenario named is the head: 暴雪 停电 asks for what a blackout needs (issue 11)', async () => {
			const r = await find(demo, '暴雪 停电', { perPage: 10 })
			expect(r.scenarios?.map((s) => s.word).sort()).toEqual(['停电', '暴雪'])
			// a de-icer for power lines (tagged for both) first, then generators and power stations (tagged for outages),
			// before snow ploughs (tagged for snow only)
			expect(r.hits[0]!.ref).toBe('LST-0342')
			expect(r.hits.slice(1, 10).filter((h) => h.category === '030101').length).toBeGreaterThan(5)
			expect(refsOf(r)).toContain('LST-0150')
			expect(refsOf(r)).not.toContain('LST-0337')
		})

		it('the name of a spec goes with its number: 无人机 载重 30kg lists drones, not nothing (issue 11)', async () => {
			const r = await find(demo, '无人机 载重 30kg')
			expect(r.total).toBeGreaterThan(0)
			// drones and the rest of aviation rescue; the drones that carry 30 kg first, with the spec shown
			expect(r.hits.slice(0, 10).every((h) => h.category === '030306')).toBe(true)
			expect(r.hits[0]!.title).toContain('无人机')
			expect(r.hits[0]!.matchedSpec).toMatchObject({ meets: true })
			expect((await find(demo, '无人机 载重 30kg', { strict: true })).total).toBe(0)
		})

		it('when no listing has every word, only the modifiers go (service words, sizes): never the thing asked for', async () => {
			// 20套 is a count, 消防 a service word: the breathing apparatus is still what is asked for.
			const r = await find(demo, '正压式空气呼吸器 20套')
			expect(r.relaxed).toBe(true)
			expect(refsOf(r).slice(0, 5)).toEqual(expect.arrayContaining(['LST-0063', 'LST-0064']))
			expect((await find(demo, '正压式空气呼吸器 20套', { strict: true })).total).toBe(0)
			// Equipment nobody offers gets the empty answer, not listings sharing one word (机器人, 消防).
			for (const q of ['水下 机器人', '消防 摩托车']) expect((await find(demo, q)).total, q).toBe(0)
		})

		it('a search with few hits shows 同类装备 of the top hit category apart from them; many hits, no hits or page 2 show none', async () => {
			const state = (q: string, page = 1) => ({ index: 'listings' as const, q, filters: {}, page })
			const r = await find(demo, '避火服')
			expect(r.total).toBeGreaterThan(0)
			expect(r.total).toBeLessThan(RELATED_BELOW)
			const related = (await relatedListings(demo, state('避火服'), r))!
			expect(related.category).toBe(r.hits[0]!.category)
			expect(related.hits.length).toBeGreaterThan(0)
			expect(related.hits.length).toBeLessThanOrEqual(RELATED_MAX)
			expect(related.hits.every((h) => h.category === related.category)).toBe(true)
			expect(related.hits.some((h) => refsOf(r).includes(h.ref))).toBe(false)
			// The most like the top hit first: a 防护服 before anything else of the category.
			expect(related.hits[0]!.title).toContain('防护服')
			// Within the filters: a region without such listings gives none.
			const elsewhere = await relatedListings(demo, { ...state('避火服'), filters: { region: ['110000'] } }, r)
			expect(elsewhere).toBeNull()
			const many = await find(demo, '防护服')
			expect(many.total).toBeGreaterThanOrEqual(RELATED_BELOW)
			expect(await relatedListings(demo, state('防护服'), many)).toBeNull()
			expect(await relatedListings(demo, state('水下 机器人'), await find(demo, '水下 机器人'))).toBeNull()
			expect(await relatedListings(demo, state('避火服', 2), r)).toBeNull()
			// A category the query names wins over the top hit's: 移动照明灯塔 finds one rental service that says every word,
			// and its neighbours are lights, not other services.
			const lamp = await find(demo, '移动照明灯塔')
			const lights = await relatedListings(demo, state('移动照明灯塔'), lamp)
			expect(lights?.category).toBe('030103')
			expect(lights!.hits.every((h) => h.category?.startsWith('030103'))).toBe(true)
			// …but never outside the visitor's category filter: there the top hit's category stands.
			const serviceFilter = { category: [lamp.hits[0]!.category!] }
			const filtered = await find(demo, '移动照明灯塔', { filters: serviceFilter })
			const inFilter = await relatedListings(demo, { ...state('移动照明灯塔'), filters: serviceFilter }, filtered)
			expect(inFilter === null || inFilter.category === lamp.hits[0]!.category).toBe(true)
		})

		it('every item name of the demo standards finds its thing: what a team officer pastes from a gap report', async () => {
			const standards = (DEMO as { standards: { items: { name: string }[] }[] }).standards
			const names = [...new Set(standards.flatMap((s) => s.items.map((i) => i.name)))]
			expect(names.length).toBeGreaterThanOrEqual(40)
			const none: string[] = []
			for (const name of names) if ((await find(demo, name)).total === 0) none.push(name)
			expect(none).toEqual([])
		})

		it('attribute words (气动, 备用, 便携式) are modifiers too: the 气动救生抛投器 of a standard finds the 救生抛投器 nobody calls pneumatic', async () => {
			const r = await find(demo, '气动救生抛投器')
			expect(r.relaxed).toBe(true)
			expect(r.hits.length).toBeGreaterThan(0)
			expect(r.hits.every((h) => h.title.includes('抛投器'))).toBe(true)
			expect((await find(demo, '气动救生抛投器', { strict: true })).total).toBe(0)
		})

		it('RHZKF matches model numbers by prefix', async () => {
			const r = await all(demo, 'RHZKF')
			expect(r.refs.sort()).toEqual(['LST-0063', 'LST-0064', 'LST-0065', 'LST-0067'])
			const hit = (await find(demo, 'rhzkf6.8')).hits.find((h) => h.ref === 'LST-0064')!
			expect(hit.highlight.find((h) => h.field === 'model')?.parts[0]).toEqual({ text: 'RHZKF6', match: true })
		})

		it('English keywords find the Chinese listings', async () => {
			expect((await all(demo, 'drainage truck')).refs.sort()).toEqual(['LST-0236', 'LST-0237', 'LST-0238'])
			expect(refsOf(await find(demo, 'breathing apparatus'))).toEqual(expect.arrayContaining(['LST-0063', 'LST-0068']))
		})

		it('filters: OR within a facet, AND across facets, category including descendants', async () => {
			const a = await all(demo, '', { filters: { category: ['020101'] } })
			const b = await all(demo, '', { filters: { category: ['030301'] } })
			const both = await all(demo, '', { filters: { category: ['020101', '030301'] } })
			expect(both.total).toBe(a.total + b.total)
			expect(both.refs.sort()).toEqual([...a.refs, ...b.refs].sort())
			const parent = await all(demo, '', { filters: { category: ['03'] } })
			expect(parent.refs.sort()).toEqual(publicRefs(demoDb, sql`l.category_code like '03%'`))
			const andRegion = await all(demo, '', { filters: { category: ['03'], region: ['360100', '360400'] } })
			expect(andRegion.refs.sort()).toEqual(publicRefs(demoDb, sql`l.category_code like '03%' and o.region_code in ('360100', '360400')`))
			const province = await all(demo, '', { filters: { region: ['360000'] } })
			expect(province.total).toBe(publicRefs(demoDb).length)
			const cert = await all(demo, '', { filters: { certification: ['MA', 'KA'], scenario: ['mine_tunnel'] } })
			expect(cert.refs.sort()).toEqual(
				publicRefs(
					demoDb,
					sql`exists (select 1 from listing_certifications c where c.listing_id = l.id and c.type_code in ('MA', 'KA'))
						and exists (select 1 from listing_scenarios s where s.listing_id = l.id and s.scenario_code = 'mine_tunnel')`,
				),
			)
			expect(cert.total).toBeGreaterThan(0)
		})

		it('says which filter values it ignored, and still answers', async () => {
			const r = await find(demo, '', { filters: { category: ['0303', 'nope'], certification: ['XX'] } })
			expect(r.ignored).toEqual([
				{ facet: 'category', value: 'nope' },
				{ facet: 'certification', value: 'XX' },
			])
			expect(r.total).toBe(publicRefs(demoDb, sql`l.category_code like '0303%'`).length)
		})

		it('counts facets: categories include descendants, and a facet ignores its own filter', async () => {
			const r = await find(demo, '')
			const cat = r.facets.category!
			const total = publicRefs(demoDb).length
			expect(r.total).toBe(total)
			expect(cat['03']).toBe(publicRefs(demoDb, sql`l.category_code like '03%'`).length)
			expect(cat['0303']).toBe(Object.entries(cat).filter(([c]) => c.length === 6 && c.startsWith('0303')).reduce((n, [, v]) => n + v, 0))
			expect(r.facets.region!['360000']).toBe(total)
			const filtered = await find(demo, '', { filters: { category: ['0303'] } })
			expect(filtered.total).toBe(cat['0303'])
			// Other categories stay countable (to widen the search), the other facets narrow to the filter.
			expect(filtered.facets.category!['02']).toBe(cat['02'])
			const flood = publicRefs(
				demoDb,
				sql`l.category_code like '0303%' and exists (select 1 from listing_scenarios s where s.listing_id = l.id and s.scenario_code = 'flood')`,
			)
			expect(filtered.facets.scenario!.flood).toBe(flood.length)
		})

		it('sorts by newest, price ascending and descending', async () => {
			const asc = await find(demo, '', { sort: 'price_asc', perPage: 50, filters: { category: ['0201'] } })
			const prices = (refs: string[]) =>
				refs.map((ref) => demoDb.get<{ p: number | null }>(sql`select price_min as p from listings where ref = ${ref}`)!.p)
			const pa = prices(refsOf(asc)).filter((p): p is number => p !== null)
			expect(pa).toEqual([...pa].sort((x, y) => x - y))
			const desc = await find(demo, '', { sort: 'price_desc', perPage: 50, filters: { category: ['0201'] } })
			const pd = prices(refsOf(desc)).filter((p): p is number => p !== null)
			expect(pd).toEqual([...pd].sort((x, y) => y - x))
			expect(pd.length).toBeGreaterThan(3)
		})

		it('never returns drafts, archived listings or those of unverified organizations', async () => {
			const everything = await all(demo, '')
			expect(everything.refs.sort()).toEqual(publicRefs(demoDb))
			const hidden = demoDb.all<{ ref: string; title: string }>(sql`select l.ref, l.title from listings l join organizations o on o.id = l.org_id
				where l.status != 'published' or o.verified_at is null`)
			expect(hidden.length).toBeGreaterThan(0)
			for (const h of hidden.slice(0, 10)) expect(refsOf(await find(demo, h.title, { perPage: 100 }))).not.toContain(h.ref)
		})

		it('finds open demand items and never those of draft or closed lists', async () => {
			const r = await demo.search({ index: 'demands', q: '排水', perPage: 100 })
			expect(r.total).toBeGreaterThan(0)
			const open = new Set(
				demoDb
					.all<{ id: number }>(sql`select i.id from demand_items i join demand_lists d on d.id = i.list_id join organizations o on o.id = d.org_id
						where d.status = 'published' and o.verified_at is not null`)
					.map((x) => x.id),
			)
			expect(r.hits.every((h) => open.has(h.id))).toBe(true)
			const everything = await demo.search({ index: 'demands', q: '', perPage: 100 })
			expect(everything.total).toBe(open.size)
		})
	})

	describe('sync in the same transaction', () => {
		it('a listing is searchable as soon as its transaction commits, and not when it rolls back', async () => {
			const ctx = writeContext(sampleDb, { kind: 'operator', label: 'test' }, 'test')
			const record = (status: 'published' | 'draft' | 'archived', title = '蛟龙牌轻型破拆工具组') =>
				listingRecord.parse({ ref: 'LST-SYNC-1', org: 'ORG-EX-1', title, model: 'QX-77', category: '030202', status })
			expect(() =>
				sampleDb.transaction((t) => {
					saveListing({ ...ctx, db: t as unknown as Db }, record('published'))
					throw new Error('rolled back')
				}),
			).toThrow('rolled back')
			await synced(sampleDb, sample)
			expect(refsOf(await find(sample, '蛟龙'))).not.toContain('LST-SYNC-1')

			sampleDb.transaction((t) => saveListing({ ...ctx, db: t as unknown as Db }, record('published')))
			await synced(sampleDb, sample)
			expect(refsOf(await find(sample, '蛟龙'))).toContain('LST-SYNC-1')
			expect(refsOf(await find(sample, 'QX'))).toContain('LST-SYNC-1')

			sampleDb.transaction((t) => saveListing({ ...ctx, db: t as unknown as Db }, record('published', '飞鹰牌重型液压扩张器')))
			await synced(sampleDb, sample)
			expect(refsOf(await find(sample, '蛟龙'))).not.toContain('LST-SYNC-1')
			expect(refsOf(await find(sample, '飞鹰'))).toContain('LST-SYNC-1')

			sampleDb.transaction((t) => saveListing({ ...ctx, db: t as unknown as Db }, record('draft', '飞鹰牌重型液压扩张器')))
			await synced(sampleDb, sample)
			expect(refsOf(await find(sample, '飞鹰'))).not.toContain('LST-SYNC-1')
			sampleDb.transaction((t) => saveListing({ ...ctx, db: t as unknown as Db }, record('archived', '飞鹰牌重型液压扩张器')))
			await synced(sampleDb, sample)
			expect(refsOf(await find(sample, '飞鹰'))).not.toContain('LST-SYNC-1')
		})

		it('a quantity asks for at least that much: the asked value first, nearest above next, a near miss below last (issue 11)', async () => {
			const ctx = writeContext(sampleDb, { kind: 'operator', label: 'test' }, 'test')
			const pump = (ref: string, flow: number | null) =>
				listingRecord.parse({
					ref,
					org: 'ORG-EX-1',
					title: '鲲鹏牌排涝泵车',
					category: '030202',
					status: 'published',
					...(flow === null ? {} : { specs: [{ name: '排水流量', value: flow, unit: 'm3/h' }] }),
				})
			const pumps: [string, number | null][] = [
				['LST-QTY-2900', 2900],
				['LST-QTY-15000', 15000],
				['LST-QTY-NONE', null],
				['LST-QTY-4200', 4200],
				['LST-QTY-3000', 3000],
			]
			sampleDb.transaction((t) => {
				for (const [ref, flow] of pumps) saveListing({ ...ctx, db: t as unknown as Db }, pump(ref, flow))
			})
			await synced(sampleDb, sample)
			for (const q of ['鲲鹏牌 排涝泵车 3000方', '鲲鹏牌 排涝泵车 3000m3/h']) {
				const r = await find(sample, q)
				expect(refsOf(r), q).toEqual(['LST-QTY-3000', 'LST-QTY-4200', 'LST-QTY-15000', 'LST-QTY-2900', 'LST-QTY-NONE'])
				// the card shows which spec matched, as the supplier wrote it, and whether it meets the need
				expect(r.hits[0]!.matchedSpec).toEqual({ name: '排水流量', value: 3000, unit: 'm3/h', meets: true })
				expect(r.hits[3]!.matchedSpec).toEqual({ name: '排水流量', value: 2900, unit: 'm3/h', meets: false })
				expect(r.hits[4]!.matchedSpec).toBeUndefined()
			}
			// the API keeps its documented shape
			expect(Object.keys(toResponse(await find(sample, '鲲鹏牌 3000方'), 'listings').hits[0]!)).not.toContain('matchedSpec')
		})

		it("an organization's records leave the index when its verification is withdrawn and return when verified", async () => {
			const admin = await createUser(sampleDb, { platformRole: 'admin' })
			const reviewer = { userId: admin.id, platformRole: 'admin' }
			const org = sampleDb.get<{ id: number }>(sql`select id from organizations where ref = 'ORG-EX-1'`)!.id
			expect(refsOf(await find(sample, '龙吸水'))).toEqual(['LST-EX-1'])
			expect(unverifyOrganization(sampleDb, reviewer, org, '资料过期')).toEqual({ ok: true })
			await synced(sampleDb, sample)
			expect((await find(sample, '龙吸水')).total).toBe(0)
			expect(verifyOrganization(sampleDb, reviewer, org)).toEqual({ ok: true })
			await synced(sampleDb, sample)
			expect(refsOf(await find(sample, '龙吸水'))).toEqual(['LST-EX-1'])
		})

		it('reindex rebuilds the same index from the database', async () => {
			const before = await all(demo, '呼吸器')
			expect(await demo.reindex('listings')).toEqual({ documents: publicRefs(demoDb).length })
			await demo.reindex('demands')
			expect(await all(demo, '呼吸器')).toEqual(before)
			const health = await demo.health()
			expect(health).toMatchObject({ ok: true, documents: { listings: publicRefs(demoDb).length } })
		})
	})

	describe('hostile queries', () => {
		const HOSTILE = ['"', '""', '*', 'AND', 'OR', 'NOT', 'NEAR(', 'NEAR(a b', ')', '(', 'title:', '^', '-', '{a b}: c', '"a" AND *', 'x'.repeat(10_000), '排水'.repeat(5_000), '\u0000\u0001\u0002', '\ud800\udfff\ufffe', String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i)), '   ', '\'; drop table listings; --', '%_\\']
		it.each(HOSTILE.map((q) => [q.slice(0, 20), q]))('%j never throws', async (_, q) => {
			for (const index of ['listings', 'demands'] as const) {
				const r = await demo.search({ index, q, filters: { category: [q.slice(0, 100)] } })
				expect(r.total).toBeGreaterThanOrEqual(0)
				expect(Array.isArray(r.hits)).toBe(true)
			}
			expect(demoDb.get<{ n: number }>(sql`select count(*) as n from listings`)!.n).toBeGreaterThan(300)
		})

		it('queries of only scenario or category words, only a unit, only punctuation or mixed scripts are answered sensibly (issue 11)', async () => {
			// only a scenario word: the tagged equipment; only a category word: that category first
			expect((await find(demo, '内涝')).total).toBeGreaterThan(0)
			expect((await find(demo, '担架')).hits[0]?.category).toMatch(/^030203/)
			// only a unit or only punctuation: nothing to search for, so the whole catalogue (as an empty query), never an error
			for (const q of ['m3/h', '方', '！？。，', '、、、']) {
				const r = await find(demo, q)
				expect(r.total, q).toBeGreaterThanOrEqual(0)
			}
			// mixed scripts: the English word through the categories' English names and the glossary, with the Chinese one
			const mixed = await find(demo, 'pump 排水')
			expect(mixed.total).toBeGreaterThan(0)
			expect(mixed.hits[0]!.category).toMatch(/^0303/)
		})

		it('a huge query is searched by its start and says so', async () => {
			const r = await find(demo, '空呼 ' + 'x'.repeat(10_000))
			expect(r.truncated).toBe(true)
		})
	})
})
