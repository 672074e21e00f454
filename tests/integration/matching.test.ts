// The matcher over a real database: the sample file's expected match (examples/README.md), the matches and
// opportunities API (shape, status codes, errors), and the CLI's --json document.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { matchesForDemand, opportunitiesForListing } from '#app/modules/matching/load.server.ts'
import { loader as matchesLoader } from '#app/routes/api.v1.demands.$ref_.matches.tsx'
import { loader as opportunitiesLoader } from '#app/routes/api.v1.listings.$ref_.opportunities.tsx'
import type { Db } from '#db/client.server.ts'
import { getRequest, installAppDb } from '#tests/setup/app.ts'
import { SAMPLE_FILE, tempDir } from '#tests/setup/db.ts'

const SAMPLE = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as Record<string, unknown[]>
const TODAY = '2027-01-15'
let db: Db

beforeAll(() => {
	db = installAppDb()
	const report = importDocument(db, SAMPLE, { actor: { kind: 'operator', label: 'test' } })
	expect(report.ok).toBe(true)
	// A second, weaker pump and an unverified organization's listing (never a candidate).
	const extra = importDocument(
		db,
		{
			organizations: [{ ref: 'ORG-UNV', name: '未认证泵业', uscc: '91360100MA35XK0Q21', kind: 'enterprise', region: '360100', verified: false }],
			listings: [
				{ ref: 'LST-WEAK', org: 'ORG-EX-2', title: '小型排水泵车', category: '030301', specs: [{ name: '流量', value: 500, unit: 'L/s' }, { name: '扬程', value: 18, unit: 'm' }], price: { min: 900000 }, leadTimeDays: 30 },
				{ ref: 'LST-UNV', org: 'ORG-UNV', title: '排水抢险车', category: '030301', specs: [{ name: '排水流量', value: 5000, unit: 'm3/h' }] },
			],
		},
		{ actor: { kind: 'operator', label: 'test' } },
	)
	expect(extra.ok).toBe(true)
})

describe('the sample: match DEM-EX-1 --item DEM-EX-1-1', () => {
	it('ranks LST-EX-1 eligible first with the reasons of the examples README', async () => {
		const doc = await matchesForDemand(db, 'DEM-EX-1', { itemRef: 'DEM-EX-1-1', limit: 10, today: TODAY })
		expect(doc!.items).toHaveLength(1)
		const { item, candidates } = doc!.items[0]!
		expect(item).toMatchObject({ ref: 'DEM-EX-1-1', name: '排水抢险车', quantity: 6, neededBy: '2027-05-31' })
		expect(candidates.map((c) => [c.listing.ref, c.eligible])).toEqual([
			['LST-EX-1', true],
			['LST-WEAK', false],
		])
		const first = candidates[0]!
		expect(first.listing).toEqual({ ref: 'LST-EX-1', title: '大流量排水抢险车', category: '030301', org: { ref: 'ORG-EX-1', name: '示例排水装备有限公司' } })
		expect(first.score).toBeGreaterThan(0)
		expect(first.score).toBeLessThanOrEqual(1)
		const reason = (c: string) => first.reasons.find((r) => r.criterion === c)
		expect(reason('spec:排水流量')).toEqual({ criterion: 'spec:排水流量', ok: true, detail: '排水流量 3000 m3/h ≥ 要求 3000 m3/h' })
		expect(reason('spec:扬程')).toEqual({ criterion: 'spec:扬程', ok: true, detail: '扬程 22 m 在要求范围 15–30 m 内' })
		expect(reason('certification:VEH')).toMatchObject({ ok: true })
		expect(reason('budget')).toEqual({ criterion: 'budget', ok: true, detail: '最低单价 1200000 元 ≤ 预算 1400000 元' })
		expect(reason('lead_time')).toEqual({ criterion: 'lead_time', ok: true, detail: '交货期 60 天，距需用日期 2027-05-31 还有 136 天' })
		// 流量 is 排水流量 for pumps: 500 L/s = 1800 m3/h < 3000; VEH missing.
		const weak = candidates[1]!
		expect(weak.reasons.find((r) => r.criterion === 'spec:排水流量')).toEqual({
			criterion: 'spec:排水流量',
			ok: false,
			detail: '排水流量（流量） 500 L/s（= 1800 m3/h） 低于要求 3000 m3/h',
		})
		expect(weak.reasons.find((r) => r.criterion === 'certification:VEH')!.ok).toBe(false)
	})
	it('the lead-time rule depends on today: 60 days before 2027-05-31 is the last day that fits', async () => {
		const at = await matchesForDemand(db, 'DEM-EX-1', { limit: 10, today: '2027-04-01' })
		expect(at!.items[0]!.candidates[0]).toMatchObject({ eligible: true })
		const late = await matchesForDemand(db, 'DEM-EX-1', { limit: 10, today: '2027-04-02' })
		expect(late!.items[0]!.candidates.every((c) => !c.eligible)).toBe(true)
	})
	it('maxItems bounds the items matched and says how many were left out; without it every item is matched', async () => {
		const all = await matchesForDemand(db, 'DEM-EX-1', { limit: 3, today: TODAY })
		expect(all!.items).toHaveLength(1)
		expect(all!.truncated).toBeUndefined()
		const none = await matchesForDemand(db, 'DEM-EX-1', { limit: 3, today: TODAY, maxItems: 0 })
		expect(none).toEqual({ items: [], truncated: { shown: 0, total: 1 } })
		expect((await matchesForDemand(db, 'DEM-EX-1', { limit: 3, today: TODAY, maxItems: 1 }))!.truncated).toBeUndefined()
	})
	it('reverse: LST-EX-1 is eligible for DEM-EX-1-1; LST-EX-3 (a breathing apparatus) has no opportunity', async () => {
		const doc = await opportunitiesForListing(db, 'LST-EX-1', { limit: 20, today: TODAY })
		expect(doc!.opportunities.map((o) => [o.item.demand.ref, o.item.ref, o.eligible])).toEqual([['DEM-EX-1', 'DEM-EX-1-1', true]])
		expect(doc!.opportunities[0]!.item.demand).toEqual({ ref: 'DEM-EX-1', title: '2027年防汛排涝装备需求清单', org: { ref: 'ORG-EX-4', name: '示例省应急管理部门' } })
		expect((await opportunitiesForListing(db, 'LST-EX-3', { limit: 20, today: TODAY }))!.opportunities).toEqual([])
		// Past the list's deadline (2027-03-31) the item is no longer open.
		expect((await opportunitiesForListing(db, 'LST-EX-1', { limit: 20, today: '2027-04-01' }))!.opportunities).toEqual([])
	})
	it('reverse follows demand changes at once: a new list, a list turned draft, the same day and connection', async () => {
		const refs = async () => (await opportunitiesForListing(db, 'LST-EX-1', { limit: 20, today: TODAY }))!.opportunities.map((o) => o.item.ref).sort()
		expect(await refs()).toEqual(['DEM-EX-1-1'])
		const demand = (status: string, quantity: number) => ({
			demands: [
				{
					ref: 'DEM-CACHE',
					org: 'ORG-EX-4',
					title: '排涝补充清单',
					status,
					deadline: '2027-03-31',
					items: [{ ref: 'DEM-CACHE-1', name: '排水抢险车', category: '030301', quantity, unit: '台', specs: [{ name: '排水流量', op: '>=', value: 1000, unit: 'm3/h' }] }],
				},
			],
		})
		const actor = { actor: { kind: 'operator', label: 'test' } } as const
		expect(importDocument(db, demand('published', 2), actor).ok).toBe(true)
		expect(await refs()).toEqual(['DEM-CACHE-1', 'DEM-EX-1-1'])
		expect(importDocument(db, demand('published', 3), actor).ok).toBe(true)
		const doc = await opportunitiesForListing(db, 'LST-EX-1', { limit: 20, today: TODAY })
		expect(doc!.opportunities.find((o) => o.item.ref === 'DEM-CACHE-1')!.item.quantity).toBe(3)
		expect(importDocument(db, demand('draft', 3), actor).ok).toBe(true)
		expect(await refs()).toEqual(['DEM-EX-1-1'])
	})

	it('drafts, unverified organizations and unknown refs are not public', async () => {
		expect(await opportunitiesForListing(db, 'LST-EX-2', { limit: 20, today: TODAY })).toBeNull()
		expect(await opportunitiesForListing(db, 'LST-UNV', { limit: 20, today: TODAY })).toBeNull()
		expect(await matchesForDemand(db, 'NOPE', { limit: 10, today: TODAY })).toBeNull()
		expect(await matchesForDemand(db, 'DEM-EX-1', { itemRef: 'NOPE', limit: 10, today: TODAY })).toBeNull()
	})
})

async function call(loader: typeof matchesLoader, url: string, params: Record<string, string>) {
	const res = await loader({ request: getRequest(url), params, context: {} })
	return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('GET /api/v1/demands/:ref/matches and /api/v1/listings/:ref/opportunities', () => {
	it('answers { items: [{ item, candidates: [{ listing, score, eligible, reasons }] }] }', async () => {
		const { status, body } = await call(matchesLoader, '/api/v1/demands/DEM-EX-1/matches?limit=1', { ref: 'DEM-EX-1' })
		expect(status).toBe(200)
		expect(Object.keys(body)).toEqual(['items'])
		const items = body.items as { item: Record<string, unknown>; candidates: Record<string, unknown>[] }[]
		expect(Object.keys(items[0]!).sort()).toEqual(['candidates', 'item'])
		expect(items[0]!.candidates).toHaveLength(1)
		expect(Object.keys(items[0]!.candidates[0]!).sort()).toEqual(['eligible', 'listing', 'reasons', 'score'])
		expect((items[0]!.candidates[0]!.reasons as { criterion: string; ok: boolean; detail: string }[]).every((r) => Object.keys(r).sort().join() === 'criterion,detail,ok')).toBe(true)
	})
	it('filters by item, and answers 404 for unknown refs or items and 400 for a bad limit', async () => {
		const one = await call(matchesLoader, '/api/v1/demands/DEM-EX-1/matches?item=DEM-EX-1-1', { ref: 'DEM-EX-1' })
		expect((one.body.items as unknown[]).length).toBe(1)
		const missing = await call(matchesLoader, '/api/v1/demands/NOPE/matches', { ref: 'NOPE' })
		expect(missing).toEqual({ status: 404, body: { error: { code: 'not_found', message: '没有找到该记录' } } })
		expect((await call(matchesLoader, '/api/v1/demands/DEM-EX-1/matches?item=X', { ref: 'DEM-EX-1' })).status).toBe(404)
		for (const bad of ['0', '101', 'abc', '2.5']) {
			const r = await call(matchesLoader, `/api/v1/demands/DEM-EX-1/matches?limit=${bad}`, { ref: 'DEM-EX-1' })
			expect(r.status).toBe(400)
			expect(r.body).toMatchObject({ error: { code: 'bad_request', message: '查询参数不正确', issues: [expect.objectContaining({ path: 'limit' })] } })
		}
		const en = await call(matchesLoader, '/api/v1/demands/DEM-EX-1/matches?limit=x&lang=en', { ref: 'DEM-EX-1' })
		expect((en.body.error as { message: string }).message).not.toMatch(/[\u4e00-\u9fff]/)
		expect((await call(matchesLoader, '/api/v1/demands/DEM-EX-1/matches?colour=red', { ref: 'DEM-EX-1' })).status).toBe(400)
	})
	it('opportunities: { listing, opportunities: [{ item, score, eligible, reasons }] }; 404 for drafts; 400 for a bad limit', async () => {
		const { status, body } = await call(opportunitiesLoader, '/api/v1/listings/LST-EX-3/opportunities', { ref: 'LST-EX-3' })
		expect(status).toBe(200)
		expect(Object.keys(body).sort()).toEqual(['listing', 'opportunities'])
		expect(body.listing).toMatchObject({ ref: 'LST-EX-3', org: { ref: 'ORG-EX-2' } })
		expect((await call(opportunitiesLoader, '/api/v1/listings/LST-EX-2/opportunities', { ref: 'LST-EX-2' })).status).toBe(404)
		expect((await call(opportunitiesLoader, '/api/v1/listings/LST-EX-1/opportunities?limit=-1', { ref: 'LST-EX-1' })).status).toBe(400)
	})
})

const run = promisify(execFile)
const ROOT = path.resolve(import.meta.dirname, '../..')
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '' } })
		return { code: 0, stdout, stderr }
	} catch (e) {
		const err = e as { code: number; stdout: string; stderr: string }
		return { code: err.code, stdout: err.stdout, stderr: err.stderr }
	}
}

describe('npm run cli -- match / opportunities', () => {
	it('prints exactly one JSON document in the API shape with --json, a ✓/✗ table otherwise, exit 1 for unknown refs', async () => {
		const file = path.join(tempDir(), 'cli.db')
		expect((await cli('import', SAMPLE_FILE, '--db', file)).code).toBe(0)
		const json = await cli('match', 'DEM-EX-1', '--item', 'DEM-EX-1-1', '--today', TODAY, '--db', file, '--json')
		expect(json.code).toBe(0)
		const doc = JSON.parse(json.stdout) as { items: { item: { ref: string }; candidates: { listing: { ref: string }; eligible: boolean; reasons: unknown[] }[] }[] }
		expect(doc.items[0]!.item.ref).toBe('DEM-EX-1-1')
		expect(doc.items[0]!.candidates[0]).toMatchObject({ listing: { ref: 'LST-EX-1' }, eligible: true })
		const human = await cli('match', 'DEM-EX-1', '--today', TODAY, '--db', file)
		expect(human.stderr).toBe('')
		expect(human.stdout).toContain('符合要求  LST-EX-1  大流量排水抢险车')
		expect(human.stdout).toMatch(/✓ spec:排水流量\s+排水流量 3000 m3\/h ≥ 要求 3000 m3\/h/)
		const opp = await cli('opportunities', 'LST-EX-1', '--today', TODAY, '--db', file, '--json')
		expect((JSON.parse(opp.stdout) as { opportunities: { item: { ref: string } }[] }).opportunities[0]!.item.ref).toBe('DEM-EX-1-1')
		const unknown = await cli('match', 'NOPE', '--db', file, '--json')
		expect(unknown.code).toBe(1)
		expect(JSON.parse(unknown.stdout)).toMatchObject({ error: { code: 'not_found' } })
		expect((await cli('opportunities', 'NOPE', '--db', file)).stdout).toContain('没有找到公开的供给 NOPE')
		expect((await cli('match', 'DEM-EX-1', '--limit', '0', '--db', file)).code).toBe(2)
	}, 60_000)
})
