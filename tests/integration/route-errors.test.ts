// Issue 10, item 7, through HTTP against the real server (production build): a page that fails keeps the site's header
// and says what happened in the visitor's language with the id of the request that failed (its X-Request-Id, which the
// server log has too), never an exception's message or stack; a failed data request carries its own id.
import path from 'node:path'
import { decode } from 'turbo-stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { createOrg } from '#tests/setup/app.ts'
import { startServer, type RunningServer } from '#tests/setup/server.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

let server: RunningServer

beforeAll(async () => {
	server = await startServer({
		arrange: (db) => {
			createOrg(db, { kind: 'enterprise', ref: 'ORG-ERR' })
			importDocument(db, {
				listings: [
					{ ref: 'ERR-SOUND', org: 'ORG-ERR', title: '正压式空气呼吸器', category: '030301' },
					{ ref: 'ERR-BROKEN', org: 'ORG-ERR', title: '便携式气体检测仪', category: '030301' },
				],
			})
			// A row the code cannot read (keywords are stored as JSON): the listing page's loader throws on it, as it would
			// on any corrupted row.
			db.$client.prepare(`update listings set keywords = ? where ref = 'ERR-BROKEN'`).run('{not json')
		},
	})
}, 90_000)

afterAll(async () => {
	await server?.stop()
})

async function get(url: string, headers: Record<string, string> = {}) {
	const res = await fetch(server.url + url, { headers, redirect: 'manual' })
	const id = res.headers.get('x-request-id') ?? ''
	expect(id).toMatch(UUID)
	return { status: res.status, id, text: await res.text() }
}

/** The id the page quotes: what follows 请求编号 (or Request ID) up to the end of that text. */
function quotedId(html: string): string | undefined {
	return /(?:请求编号：|Request ID: )([^<]*)</.exec(html)?.[1]
}

function expectNoInternals(text: string) {
	expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/)
	expect(text).not.toMatch(/\bat [\w.<>]+ \(/)
	expect(text).not.toContain(ROOT)
	expect(text).not.toContain('node_modules')
	expect(text).not.toMatch(/\.server\.ts|\.tsx?:\d+/)
	// The exception's own words (drizzle's JSON.parse of the broken row).
	expect(text).not.toContain('{not json')
	expect(text).not.toContain('valid JSON')
}

describe('a page whose loader fails', () => {
	it('a missing record is a 404 inside the page: site header, the Chinese message, and the id of that very response', async () => {
		for (const url of ['/listings/NO-SUCH-REF', '/demands/NO-SUCH']) {
			const r = await get(url)
			expect(r.status, url).toBe(404)
			expect(r.text).toContain('<header role="banner"')
			expect(r.text).toContain('>404</p>')
			expect(r.text).toContain('<h1 class="mt-4 text-2xl font-semibold">没有找到这个页面</h1>')
			expect(r.text).toContain('<title>没有找到这个页面 · 应急装备供需对接平台</title>')
			expect(quotedId(r.text)).toBe(r.id)
		}
	})

	it('in English when the visitor chose English', async () => {
		const r = await get('/listings/NO-SUCH-REF?lng=en')
		expect(r.status).toBe(404)
		expect(r.text).toContain('Page not found')
		expect(r.text).toContain(`Request ID: ${r.id}<`)
	})

	it('an exception is a 500 with the generic message and the id, no stack or file path; the log has the same id', async () => {
		expect((await get('/listings/ERR-SOUND')).status).toBe(200)
		const r = await get('/listings/ERR-BROKEN')
		expect(r.status).toBe(500)
		expect(r.text).toContain('<header role="banner"')
		expect(r.text).toContain('>500</p>')
		expect(r.text).toContain('出错了')
		expect(r.text).toContain('页面暂时无法显示，请稍后再试。')
		expect(quotedId(r.text)).toBe(r.id)
		expectNoInternals(r.text)
		await expect.poll(() => server.output()).toContain(`[${r.id}] GET /listings/ERR-BROKEN`)
	})

	it('a request refused before any page ran (the root loader did not run) still shows its id', async () => {
		const res = await fetch(server.url + '/logout', { method: 'POST', body: 'x', headers: { 'Content-Type': 'text/plain' } })
		const html = await res.text()
		expect(res.status).toBe(415)
		expect(html).toContain('不支持的提交格式')
		expect(quotedId(html)).toBe(res.headers.get('x-request-id'))
	})
})

/** A single fetch answer as the browser's Remix reads it, its error types as plain objects. */
async function decodeData(text: string): Promise<Record<string, { error?: Record<string, unknown> }>> {
	const decoded = await decode(new Response(text).body!, {
		plugins: [
			(type, ...rest) => {
				if (type === 'ErrorResponse') return { value: { data: rest[0], status: rest[1], statusText: rest[2] } }
				if (type === 'SanitizedError') return { value: { name: rest[0], message: rest[1], stack: rest[2] } }
				return undefined
			},
		],
	})
	await decoded.done
	return decoded.value as Record<string, { error?: Record<string, unknown> }>
}

describe('a failed data request (a client-side navigation, form or fetcher)', () => {
	it('a thrown 404 keeps its status and data and names its own request', async () => {
		const r = await get('/listings/NO-SUCH-REF.data?_routes=routes%2Flistings.%24ref')
		expect(r.status).toBe(404)
		expect((await decodeData(r.text))['routes/listings.$ref']).toEqual({ error: { data: 'Not Found', status: 404, statusText: `[request ${r.id}]` } })
	})

	it('an exception stays "Unexpected Server Error", without a stack, and names its own request', async () => {
		const r = await get('/listings/ERR-BROKEN.data?_routes=routes%2Flistings.%24ref')
		expect(r.status).toBe(500)
		expect((await decodeData(r.text))['routes/listings.$ref']).toEqual({ error: { name: 'Error', message: `Unexpected Server Error [request ${r.id}]`, stack: undefined } })
		expectNoInternals(r.text)
	})

	it('answers without an error pass unchanged', async () => {
		const r = await get('/listings/ERR-SOUND.data?_routes=routes%2Flistings.%24ref')
		expect(r.status).toBe(200)
		expect(r.text).not.toContain('[request ')
	})
})
