// The search page's loader and its autocomplete resource route (/search/suggest): public titles only (never drafts,
// never unverified organizations), at most eight, and bad input is an empty list or a page, never an error.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { withCheckChar } from '#app/modules/catalog/uscc.ts'
import { loader as searchLoader } from '#app/routes/search.tsx'
import { loader as suggestLoader } from '#app/routes/search.suggest.tsx'
import { getRequest, installAppDb } from '#tests/setup/app.ts'
import { SAMPLE_FILE } from '#tests/setup/db.ts'

const SAMPLE = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as unknown

async function suggest(q: string, index?: string) {
	const params = new URLSearchParams({ q })
	if (index) params.set('index', index)
	const res = await suggestLoader({ request: getRequest(`/search/suggest?${params.toString()}`), params: {}, context: {} })
	expect(res.status).toBe(200)
	expect(res.headers.get('Content-Type')).toMatch(/application\/json/)
	return ((await res.json()) as { suggestions: string[] }).suggestions
}

async function page(query: string) {
	return searchLoader({ request: getRequest(`/search${query}`), params: {}, context: {} })
}

const listing = (ref: string, org: string, title: string, extra: Record<string, unknown> = {}) => ({
	ref,
	org,
	title,
	category: '030301',
	price: { min: 1000, max: 2000 },
	...extra,
})

beforeAll(() => {
	const db = installAppDb()
	expect(importDocument(db, SAMPLE, { actor: { kind: 'operator', label: 'test' } }).ok).toBe(true)
	const more = {
		organizations: [
			{ ref: 'ORG-UI-1', name: '提示测试装备有限公司', uscc: withCheckChar('91360100MA35UX001'), kind: 'enterprise', region: '360100' },
			{ ref: 'ORG-UI-2', name: '未认证装备有限公司', uscc: withCheckChar('91360100MA35UX002'), kind: 'enterprise', region: '360100', verified: false },
		],
		listings: [
			...Array.from({ length: 10 }, (_, i) => listing(`LST-UI-${i + 1}`, 'ORG-UI-1', `提示测试泵${String.fromCharCode(65 + i)}型`)),
			listing('LST-UI-DRAFT', 'ORG-UI-1', '草稿专用排涝机器人', { status: 'draft' }),
			listing('LST-UI-UNVERIFIED', 'ORG-UI-2', '未认证排涝机器人'),
		],
		demands: [
			{
				ref: 'DEM-UI-DRAFT',
				org: 'ORG-EX-4',
				title: '草稿需求',
				status: 'draft',
				items: [{ ref: 'DEM-UI-DRAFT-1', name: '草稿专用救生艇', category: '030305', quantity: 2, unit: '艘' }],
			},
		],
	}
	const report = importDocument(db, more, { actor: { kind: 'operator', label: 'test' } })
	expect(report).toMatchObject({ ok: true })
})

describe('/search/suggest', () => {
	it('suggests public titles that start with what was typed, first', async () => {
		expect((await suggest('大流量'))[0]).toBe('大流量排水抢险车')
		expect(await suggest('正压')).toContain('正压氧气呼吸器')
	})

	it('suggests at most eight distinct titles', async () => {
		const s = await suggest('提示测试泵')
		expect(s).toHaveLength(8)
		expect(new Set(s).size).toBe(8)
		expect(s.every((t) => t.startsWith('提示测试泵'))).toBe(true)
	})

	it('never suggests drafts or listings of unverified organizations', async () => {
		expect(await suggest('移动式')).not.toContain('移动式排水泵站')
		expect(await suggest('排水泵站')).not.toContain('移动式排水泵站')
		expect(await suggest('草稿专用')).toEqual([])
		expect(await suggest('排涝机器人')).toEqual([])
		expect(await suggest('未认证')).toEqual([])
		expect(await suggest('草稿专用', 'demands')).toEqual([])
	})

	it('suggests open demand items on the demand index', async () => {
		expect(await suggest('排水', 'demands')).toEqual(['排水抢险车'])
		expect(await suggest('大流量', 'demands')).toEqual([])
	})

	it.each([[''], ['   '], ['"AND NEAR('], ['\u0000\u0001'], ['x'.repeat(10_000)]])('hostile or empty input %# is a short list, never an error', async (q) => {
		const s = await suggest(q)
		expect(Array.isArray(s)).toBe(true)
		expect(s.length).toBeLessThanOrEqual(8)
	})

	it('does not treat LIKE wildcards as wildcards', async () => {
		expect(await suggest('%')).toEqual([])
		expect(await suggest('_')).toEqual([])
	})
})

describe('/search loader', () => {
	it('returns the hits with highlights, the facets, and the other tab count', async () => {
		const data = await page(`?q=${encodeURIComponent('龙吸水')}`)
		expect(data.result.hits.map((h) => h.ref)).toEqual(['LST-EX-1'])
		expect(data.result.hits[0]!.highlight[0]!.parts.some((p) => p.match)).toBe(true)
		expect(data.result.facets.category).toMatchObject({ '03': 1, '030301': 1 })
		expect(data.totals).toEqual({ listings: 1, demands: 1 })
		expect(data.listings[data.result.hits[0]!.id]).toMatchObject({ priceMin: expect.any(Number) })
	})

	it('offers ways out of an empty result, each with its count', async () => {
		const data = await page(`?q=${encodeURIComponent('龙吸水')}&category=020101&scenario=moon`)
		expect(data.result.total).toBe(0)
		expect(data.result.ignored).toEqual([{ facet: 'scenario', value: 'moon' }])
		expect(data.relaxations.map((r) => [r.kind, r.facet, r.value, r.to ?? null, r.total])).toEqual([
			['remove', 'category', '020101', null, 1],
			['parent', 'category', '020101', '0201', 0],
		])
	})

	it('reads bad parameters leniently and answers a hostile query', async () => {
		const data = await page(`?q=${encodeURIComponent(`"AND NEAR(${'x'.repeat(2000)}`)}&sort=cheapest&page=abc&index=orgs`)
		expect(data.state).toMatchObject({ index: 'listings', sort: null, page: 1 })
		expect(data.result.truncated).toBe(true)
	})
})
