// GET /api/v1/search and `npm run cli -- search / reindex`: the same JSON shape (interchange.md §3, §4), bad
// parameters as a 400 in the error shape (or exit 2), unknown filter values ignored visibly.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { loader } from '#app/routes/api.v1.search.tsx'
import { getRequest, installAppDb } from '#tests/setup/app.ts'
import { SAMPLE_FILE, tempDir } from '#tests/setup/db.ts'

const SAMPLE = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as unknown

async function api(query: string, headers: Record<string, string> = {}) {
	const request = getRequest(`/api/v1/search${query}`)
	for (const [k, v] of Object.entries(headers)) request.headers.set(k, v)
	const res = await loader({ request, params: {}, context: {} })
	return { status: res.status, body: (await res.json()) as Record<string, unknown> & { hits: Record<string, unknown>[]; total: number } }
}

describe('GET /api/v1/search', () => {
	beforeAll(() => {
		const db = installAppDb()
		const report = importDocument(db, SAMPLE, { actor: { kind: 'operator', label: 'test' } })
		expect(report.ok).toBe(true)
	})

	it('answers exactly { total, page, perPage, hits: [{ id, ref, title, org, category, highlight }], facets }', async () => {
		const { status, body } = await api(`?q=${encodeURIComponent('龙吸水')}`)
		expect(status).toBe(200)
		expect(Object.keys(body).sort()).toEqual(['facets', 'hits', 'page', 'perPage', 'total'])
		expect(body.total).toBe(1)
		expect(Object.keys(body.hits[0]!).sort()).toEqual(['category', 'highlight', 'id', 'org', 'ref', 'title'])
		expect(body.hits[0]).toMatchObject({ ref: 'LST-EX-1', title: '大流量排水抢险车', org: '示例排水装备有限公司', category: '030301' })
		expect(Object.keys(body.facets as object).sort()).toEqual(['category', 'certification', 'region', 'scenario'])
		expect(body.facets).toMatchObject({ category: { '03': 1, '0303': 1, '030301': 1 }, scenario: { flood: 1, waterlogging: 1 }, region: { '360000': 1, '360100': 1 }, certification: { VEH: 1 } })
		expect(body).toMatchObject({ page: 1, perPage: 20 })
	})

	it('filters with repeated parameters, pages, sorts, and lists by filters without a query', async () => {
		const both = await api('?category=030301&category=020101&sort=price_desc')
		expect(both.body.hits.map((h) => h.ref)).toEqual(['LST-EX-1', 'LST-EX-3'])
		const and = await api('?category=030301&category=020101&region=360400')
		expect(and.body.hits.map((h) => h.ref)).toEqual(['LST-EX-3'])
		const page2 = await api('?perPage=1&page=2&sort=price_asc')
		expect(page2.body).toMatchObject({ total: 2, page: 2, perPage: 1 })
		expect(page2.body.hits.map((h) => h.ref)).toEqual(['LST-EX-1'])
	})

	it('searches open demand items with index=demands', async () => {
		const { body } = await api(`?index=demands&q=${encodeURIComponent('排水')}`)
		expect(body.hits).toEqual([expect.objectContaining({ ref: 'DEM-EX-1-1', title: '排水抢险车', list: { ref: 'DEM-EX-1', title: '2027年防汛排涝装备需求清单' } })])
	})

	it('ignores unknown filter values visibly', async () => {
		const { status, body } = await api('?category=0303&scenario=moon')
		expect(status).toBe(200)
		expect(body.ignored).toEqual([{ facet: 'scenario', value: 'moon' }])
		expect(body.total).toBe(1)
	})

	it.each([['?sort=cheapest'], ['?page=0'], ['?perPage=500'], ['?page=abc'], ['?index=orgs'], ['?colour=red']])('%s is a 400 in the error shape', async (q) => {
		const { status, body } = await api(q)
		expect(status).toBe(400)
		expect(body.error).toMatchObject({ code: 'bad_request', message: '查询参数不正确' })
		expect((body.error as { issues: unknown[] }).issues.length).toBeGreaterThan(0)
	})

	it('says the error in English when asked', async () => {
		const { body } = await api('?sort=x', { 'Accept-Language': 'en' })
		expect((body.error as { message: string }).message).not.toMatch(/[\u4e00-\u9fff]/)
	})

	it.each([['"'], ['*'], ['AND'], ['NEAR('], ['x'.repeat(10_000)], ['\u0000\u0001\ufffe']])('hostile q %#: 200, never a 500', async (q) => {
		const { status } = await api(`?q=${encodeURIComponent(q)}`)
		expect(status).toBe(200)
	})
})

const run = promisify(execFile)
const ROOT = path.resolve(import.meta.dirname, '../..')
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '', MEILI_HOST: '' } })
		return { code: 0, stdout, stderr }
	} catch (e) {
		const err = e as { code: number; stdout: string; stderr: string }
		return { code: err.code, stdout: err.stdout, stderr: err.stderr }
	}
}

describe('npm run cli -- search / reindex', () => {
	let db: string
	beforeAll(async () => {
		db = path.join(tempDir(), 'search-cli.db')
		expect((await cli('import', SAMPLE_FILE, '--db', db)).code).toBe(0)
	})

	it('search 龙吸水 --json finds LST-EX-1 (never the draft LST-EX-2) in the API shape', async () => {
		const r = await cli('search', '龙吸水', '--db', db, '--json')
		expect(r.code).toBe(0)
		const doc = JSON.parse(r.stdout) as { total: number; hits: { ref: string }[] }
		expect(Object.keys(doc).sort()).toEqual(['facets', 'hits', 'page', 'perPage', 'total'])
		expect(doc.hits.map((h) => h.ref)).toEqual(['LST-EX-1'])
		const human = await cli('search', '龙吸水', '--db', db)
		expect(human.stdout).toContain('LST-EX-1  大流量排水抢险车  — 示例排水装备有限公司')
		expect(human.stdout).not.toContain('LST-EX-2')
	})

	it('repeats flags (OR within a facet), lists by filters with an empty query, limits and pages', async () => {
		const r = await cli('search', '--category', '030301', '--category', '020101', '--limit', '1', '--page', '2', '--sort', 'price_asc', '--db', db, '--json')
		const doc = JSON.parse(r.stdout) as { total: number; page: number; perPage: number; hits: { ref: string }[] }
		expect(doc).toMatchObject({ total: 2, page: 2, perPage: 1 })
		expect(doc.hits.map((h) => h.ref)).toEqual(['LST-EX-1'])
		const unknown = JSON.parse((await cli('search', '--kind', 'spaceship', '--db', db, '--json')).stdout) as { ignored: unknown; total: number }
		expect(unknown).toMatchObject({ total: 2, ignored: [{ facet: 'kind', value: 'spaceship' }] })
	})

	it('rejects bad options with exit 2', async () => {
		expect((await cli('search', 'x', '--limit', '0', '--db', db)).code).toBe(2)
		expect((await cli('search', 'x', '--sort', 'best', '--db', db)).code).toBe(2)
	})

	it('reindex rebuilds the index from the database', async () => {
		const r = await cli('reindex', '--db', db, '--json')
		expect(r.code).toBe(0)
		expect(JSON.parse(r.stdout)).toEqual({ ok: true, engine: 'embedded', documents: { listings: 2, demands: 1 } })
		expect(JSON.parse((await cli('search', '龙吸水', '--db', db, '--json')).stdout)).toMatchObject({ total: 1 })
	})
})
