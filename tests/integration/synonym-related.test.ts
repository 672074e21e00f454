// The dictionary says which words are the same thing as a term and which are only related (ADR 021): a search for the
// term finds both, the matcher takes only the same thing as the item. Over the demo catalogue, with the shipped dictionary
// (migration 0018 moved 救生衣 under 救生圈 and 卫星通信 under 卫星电话 to the related words) and with an entry an admin writes.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSynonym } from '#app/modules/discovery/synonyms.server.ts'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { matchesForDemand } from '#app/modules/matching/load.server.ts'
import type { Db } from '#db/client.server.ts'
import { searchSynonyms } from '#db/schema/index.ts'
import { EmbeddedEngine } from '#search/embedded.server.ts'
import { installAppDb } from '#tests/setup/app.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const operator = { actor: { kind: 'operator' as const, label: 'test' } }
let db: Db
let engine: EmbeddedEngine

const demand = (items: { ref: string; name: string; category: string }[]) => ({
	ref: 'DEM-REL-1',
	org: 'ORG-NC-012',
	title: '水域与通信装备补充',
	kind: 'procurement',
	deadline: '2030-01-01',
	status: 'published',
	items: items.map((i) => ({ ...i, quantity: 2 })),
})
const eligible = async (ref: string) => {
	const m = await matchesForDemand(db, 'DEM-REL-1', { limit: 30, today: '2027-01-15' })
	return m!.items.find((i) => i.item.ref === ref)!.candidates.filter((c) => c.eligible).map((c) => c.listing.title)
}

beforeAll(() => {
	db = installAppDb()
	expect(importDocument(db, JSON.parse(readFileSync(path.join(ROOT, 'db/seed/demo.json'), 'utf8')), operator).ok).toBe(true)
	engine = new EmbeddedEngine(db)
})

describe('same thing and related words', () => {
	it('the shipped dictionary keeps the life jackets of 救生圈 and the satellite vehicles of 卫星电话 as related words only', () => {
		const row = (term: string) => db.select().from(searchSynonyms).where(eq(searchSynonyms.term, term)).get()!
		expect(row('救生圈')).toMatchObject({ expansions: [] })
		expect(row('救生圈').related).toContain('救生衣')
		expect(row('卫星电话')).toMatchObject({ expansions: ['卫星手持终端'], related: ['卫星通信'] })
	})

	it('a search for the term still finds the related things, after the same thing', async () => {
		const buoy = (await engine.search({ index: 'listings', q: '救生圈', perPage: 20 })).hits.map((h) => h.title)
		expect(buoy[0]).toBe('动力救生圈')
		expect(buoy).toContain('水域救援救生衣')
		const phone = (await engine.search({ index: 'listings', q: '卫星电话', perPage: 20 })).hits.map((h) => h.title)
		expect(phone[0]).toBe('天通卫星手持终端')
		expect(phone).toContain('卫星通信指挥车')
	})

	it('listings found only through a related word come after those that say the thing: satellite puts 卫星 before 北斗', async () => {
		// satellite: 卫星 is the same thing, 北斗 (a satellite system the monitoring stations use) only related
		const hits = (await engine.search({ index: 'listings', q: 'satellite', perPage: 20 })).hits.map((h) => h.title)
		const firstRelated = hits.findIndex((t) => t.includes('北斗'))
		expect(firstRelated).toBeGreaterThanOrEqual(5)
		expect(hits.slice(0, firstRelated).filter((t) => t.includes('卫星')).length).toBeGreaterThanOrEqual(5)
		expect(hits.slice(firstRelated).some((t) => t.includes('卫星'))).toBe(false)
	})

	it('the matcher takes only the same thing: no life jacket for a 救生圈, no command vehicle for a 卫星电话', async () => {
		expect(importDocument(db, { demands: [demand([{ ref: 'DEM-REL-1-1', name: '救生圈', category: '030305' }, { ref: 'DEM-REL-1-2', name: '卫星电话', category: '030102' }])] }, operator).ok).toBe(true)
		const buoys = await eligible('DEM-REL-1-1')
		expect(buoys).toContain('动力救生圈')
		expect(buoys.filter((t) => t.includes('救生衣'))).toEqual([])
		const phones = await eligible('DEM-REL-1-2')
		expect(phones).toContain('天通卫星手持终端')
		expect(phones.filter((t) => t.includes('指挥车'))).toEqual([])
	})

	it('an entry an admin writes with related words only: found by search, never eligible', async () => {
		const done = createSynonym(db, { kind: 'operator', label: 'test' }, { term: '救援抛绳袋', expansions: [], related: ['救生抛投器'] })
		expect(done.ok).toBe(true)
		expect((await engine.search({ index: 'listings', q: '救援抛绳袋' })).hits.map((h) => h.title)).toContain('救生抛投器')
		expect(importDocument(db, { demands: [demand([{ ref: 'DEM-REL-1-1', name: '救援抛绳袋', category: '030305' }])] }, operator).ok).toBe(true)
		expect(await eligible('DEM-REL-1-1')).toEqual([])
	})
})
