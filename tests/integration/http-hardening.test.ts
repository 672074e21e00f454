// Issue 9, findings 3, 9, 10 and 11, through HTTP against the real server (production build, server/index.ts):
// malformed and oversized requests are refused with a 4xx and the usual error page or the API's error shape, never a
// 500; bodies over a route's limit are refused before they are read; the log-in limit counts the socket's address
// unless a proxy hop is configured; every response says nosniff; control characters never reach the database.
import http from 'node:http'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { organizations } from '#db/schema/index.ts'
import { addMember, anonymousCookie, cookieFor, createOrg, createUser, CSRF_TOKEN } from '#tests/setup/app.ts'
import { startServer, type RunningServer } from '#tests/setup/server.ts'

let server: RunningServer
let cookie: string
let anonymous: string

beforeAll(async () => {
	server = await startServer({
		arrange: async (db) => {
			const org = createOrg(db, { kind: 'enterprise', ref: 'ORG-HTTP' })
			importDocument(db, {
				listings: [{ ref: 'HTTP-L1', org: 'ORG-HTTP', title: '正压式空气呼吸器', category: '030301' }],
				demands: [{ ref: 'HTTP-D1', org: 'ORG-HTTP', title: '需求清单', deadline: '2099-01-01', items: [{ ref: 'I1', name: '呼吸器', category: '030301', quantity: 2, unit: '套' }] }],
			})
			const u = await createUser(db, { platformRole: 'admin' })
			addMember(db, org.id, u.id, 'owner')
			cookie = await cookieFor(db, u.id)
		},
	})
	anonymous = await anonymousCookie()
}, 90_000)

afterAll(async () => {
	await server?.stop()
})

const FORM_ROUTES = [
	'/login',
	'/signup',
	'/reset-password',
	'/forgot-password',
	'/locale',
	'/logout',
	'/orgs/new',
	'/my/org',
	'/my/switch',
	'/my/tokens',
	'/my/alerts',
	'/my/notifications',
	'/my/inventory',
	'/my/gap',
	'/my/import',
	'/my/demands/new',
	'/my/listings/new',
	'/my/listings/HTTP-L1',
	'/my/listings/HTTP-L1/images',
	'/my/demands/HTTP-D1',
	'/my/demands/HTTP-D1/responses',
	'/my/standards/new',
	'/my/responses',
	'/my/responses/new',
	'/invitations/accept',
	'/admin/review',
	'/admin/synonyms',
	'/admin/categories',
	'/admin/search',
	'/admin/jobs',
]

async function post(path: string, init: { body?: BodyInit; headers?: Record<string, string>; cookie?: string } = {}) {
	const res = await fetch(server.url + path, {
		method: 'POST',
		body: init.body ?? '',
		headers: { Cookie: init.cookie ?? cookie, ...init.headers },
		redirect: 'manual',
	})
	return { status: res.status, headers: res.headers, text: await res.text() }
}

/** A POST whose headers declare `length` bytes of body, none of which is ever sent; resolves with the answer. */
function declaredOnly(path: string, length: number, headers: Record<string, string>): Promise<{ status: number; text: string; headers: Headers }> {
	return new Promise((resolve, reject) => {
		const req = http.request(server.url + path, { method: 'POST', headers: { ...headers, 'Content-Length': String(length) } }, (res) => {
			let text = ''
			res.setEncoding('utf8')
			res.on('data', (c: string) => (text += c))
			res.on('end', () => {
				const h = new Headers()
				for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h.set(k, v)
				resolve({ status: res.statusCode ?? 0, text, headers: h })
				req.destroy()
			})
		})
		req.on('error', reject)
		req.flushHeaders()
	})
}

/** A 4xx with the usual error page (HTML, the status shown, no stack trace). */
function expectErrorPage(r: { status: number; text: string; headers: Headers }, status: number) {
	expect(r.status).toBe(status)
	expect(r.headers.get('content-type')).toMatch(/text\/html/)
	expect(r.text).toContain(`>${status}</p>`)
	expect(r.text).not.toMatch(/\n\s+at .+:\d+:\d+/)
}

describe('finding 9: malformed form requests are a 4xx with the error page, never a 500', () => {
	it.each(FORM_ROUTES)('%s refuses a text/plain, a JSON and a broken multipart body', async (path) => {
		const plain = await post(path, { body: 'csrf=x', headers: { 'Content-Type': 'text/plain' } })
		const json = await post(path, { body: '{"csrf":"x"}', headers: { 'Content-Type': 'application/json' } })
		const multipart = await post(path, { body: '--zz\r\nContent-Disposition: form-data; name="csrf"\r\n\r\nx', headers: { 'Content-Type': 'multipart/form-data; boundary=zz' } })
		for (const r of [plain, json, multipart]) {
			expect(r.status, `${path}: ${r.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
			expect(r.status, `${path}: ${r.text.slice(0, 200)}`).toBeLessThan(500)
		}
		expectErrorPage(plain, 415)
		expectErrorPage(json, 415)
	})

	it('a broken multipart body to an upload route is a 400', async () => {
		const broken = { body: '--zz\r\nContent-Disposition: form-data; name="csrf"\r\n\r\nx', headers: { 'Content-Type': 'multipart/form-data; boundary=zz' } }
		expectErrorPage(await post('/my/responses/new', broken), 400)
		expect((await post('/my/listings/HTTP-L1/images', broken)).status).toBe(400)
		expect((await post('/my/import', broken)).status).toBe(400)
	})

	it.each(['/login', '/signup', '/my/org', '/api/v1/listings'])('%s refuses a foreign or malformed Origin with a 403', async (path) => {
		for (const origin of ['http://evil.example', '::::', 'http://[', 'javascript:alert(1)']) {
			const r = await post(path, { body: `csrf=${CSRF_TOKEN}`, headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' } })
			expect(r.status, `${path} Origin: ${origin}`).toBe(403)
			if (path.startsWith('/api/')) expect(JSON.parse(r.text)).toMatchObject({ error: { code: 'forbidden' } })
			else expectErrorPage(r, 403)
		}
	})

	it('a same-site Origin still works (log-in with wrong credentials is a 400 form answer, not a refusal)', async () => {
		const r = await post('/login', {
			cookie: anonymous,
			body: new URLSearchParams({ csrf: CSRF_TOKEN, email: 'nobody@example.com', password: 'wrong-password' }).toString(),
			headers: { Origin: server.url, 'Content-Type': 'application/x-www-form-urlencoded' },
		})
		expect(r.status).toBe(400)
	})

	it('`Origin: null` (a page with a no-referrer policy, e.g. after a password reset) is left to the CSRF token, not a 500', async () => {
		const body = new URLSearchParams({ csrf: CSRF_TOKEN, email: 'nobody@example.com', password: 'wrong-password' }).toString()
		const withToken = await post('/login', { cookie: anonymous, body, headers: { Origin: 'null', 'Content-Type': 'application/x-www-form-urlencoded' } })
		expect(withToken.status).toBe(400)
		const withoutCookie = await post('/logout', { cookie: '', body: 'csrf=forged', headers: { Origin: 'null', 'Content-Type': 'application/x-www-form-urlencoded' } })
		expectErrorPage(withoutCookie, 403)
	})

	it('deeply nested JSON to the API is a 400 in the error shape', async () => {
		const deep = '['.repeat(100_000) + ']'.repeat(100_000)
		const r = await post('/api/v1/listings', { body: deep, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': CSRF_TOKEN, Cookie: `${cookie}` } })
		expect(r.status).toBe(400)
		expect(JSON.parse(r.text)).toMatchObject({ error: { code: 'bad_request' } })
	})

	it('the error page is in the language the user chose', async () => {
		const r = await post('/login?lng=en', { cookie: anonymous, body: 'x', headers: { 'Content-Type': 'text/plain' } })
		expect(r.status).toBe(415)
		expect(r.text).toContain('Unsupported format')
	})
})

describe('finding 3: bodies over a route limit are refused with 413 before they are read', () => {
	it('a declared 100 MB urlencoded POST to /login is answered at once, and the server stays responsive', async () => {
		const started = Date.now()
		// The headers announce 100 MB and not one byte follows: an answer can only come from refusing before reading.
		const r = await declaredOnly('/login', 100 * 1024 * 1024, { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: anonymous })
		expectErrorPage(r, 413)
		expect(r.headers.get('connection')).toBe('close')
		expect(Date.now() - started).toBeLessThan(5_000)
		expect((await fetch(server.url + '/login')).status).toBe(200)
	})

	it('a real 3 MB form body (sent, not just declared) and a chunked one are a 413', async () => {
		const big = 'name=' + 'a'.repeat(3 * 1024 * 1024)
		expectErrorPage(await post('/login', { cookie: anonymous, body: big, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), 413)
		const chunked = new ReadableStream<Uint8Array>({
			start(c) {
				for (let i = 0; i < 40; i++) c.enqueue(new TextEncoder().encode('b'.repeat(64 * 1024)))
				c.close()
			},
		})
		const res = await fetch(server.url + '/signup', {
			method: 'POST',
			body: chunked,
			headers: { Cookie: anonymous, 'Content-Type': 'application/x-www-form-urlencoded' },
			duplex: 'half',
		})
		expect(res.status).toBe(413)
	})

	it('a body over every route limit is refused by the server itself, for the API in its error shape', async () => {
		const r = await declaredOnly('/api/v1/listings', 200 * 1024 * 1024, { 'Content-Type': 'application/json' })
		expect(r.status).toBe(413)
		expect(JSON.parse(r.text)).toMatchObject({ error: { code: 'payload_too_large' } })
	})
})

describe('finding 10: the log-in limit counts the socket address unless a proxy is configured', () => {
	async function attempt(url: string, forwardedFor: string) {
		const res = await fetch(url + '/login', {
			method: 'POST',
			body: new URLSearchParams({ csrf: CSRF_TOKEN, email: 'victim@example.com', password: 'guess-guess' }),
			headers: { Cookie: anonymous, 'X-Forwarded-For': forwardedFor },
			redirect: 'manual',
		})
		return res.status
	}

	it('rotating X-Forwarded-For does not reset the count when no proxy is trusted (the default)', async () => {
		const statuses: number[] = []
		for (let i = 0; i < 12; i++) statuses.push(await attempt(server.url, `198.51.100.${i}`))
		expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true)
		expect(statuses.slice(10)).toEqual([429, 429])
	})

	it('with TRUST_PROXY_HOPS=1 the address the proxy appended is the client', async () => {
		const proxied = await startServer({ env: { TRUST_PROXY_HOPS: '1' } })
		try {
			const first: number[] = []
			for (let i = 0; i < 11; i++) first.push(await attempt(proxied.url, `203.0.113.9, 192.0.2.1`))
			expect(first.at(-1)).toBe(429)
			// Another client behind the same proxy is counted on its own; what it wrote before the proxy's entry is ignored.
			expect(await attempt(proxied.url, `192.0.2.2`)).toBe(400)
			expect(await attempt(proxied.url, `192.0.2.1, 192.0.2.2`)).toBe(400)
		} finally {
			await proxied.stop()
		}
	}, 90_000)
})

describe('finding 11: nosniff everywhere, and control characters stripped from text', () => {
	it.each(['/api/v1/search?q=呼吸器', '/search/suggest?q=呼吸', '/downloads/import-template.xlsx', '/favicon.svg', '/', '/no-such-page'])(
		'%s is sent with X-Content-Type-Options: nosniff (once)',
		async (path) => {
			const res = await fetch(server.url + path, { headers: { Cookie: cookie } })
			expect(res.status).toBeLessThan(500)
			expect(res.headers.get('x-content-type-options')).toBe('nosniff')
			expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
		},
	)

	it('a NUL and escape codes typed into a form field never reach the database', async () => {
		const uscc = server.db.select({ uscc: organizations.uscc }).from(organizations).where(eq(organizations.ref, 'ORG-HTTP')).get()!.uscc
		const r = await post('/my/org', {
			body: new URLSearchParams({
				csrf: CSRF_TOKEN,
				intent: 'update',
				name: '测试\u0000机构\u001b[31m',
				kind: 'enterprise',
				region: '360100',
				uscc,
				contact: '张三\u0007',
				address: '南昌市\u0085红谷滩',
			}).toString(),
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		})
		expect(r.status, r.text.slice(0, 300)).toBe(302)
		const row = server.db.select().from(organizations).where(eq(organizations.ref, 'ORG-HTTP')).get()!
		expect(row.name).toBe('测试机构[31m')
		expect(row.contact).toBe('张三')
		expect(JSON.stringify(row)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/)
	})

	it('the same through the JSON API', async () => {
		const res = await fetch(server.url + '/api/v1/listings', {
			method: 'POST',
			body: JSON.stringify({ ref: 'HTTP-NUL', title: '呼吸器\u0000\u001f备用', category: '030301' }),
			headers: { Cookie: cookie, 'Content-Type': 'application/json', 'X-CSRF-Token': CSRF_TOKEN },
		})
		expect(res.status, await res.clone().text()).toBeLessThan(300)
		const title = server.db.$client.prepare(`select title from listings where ref = 'HTTP-NUL'`).get() as { title: string }
		expect(title.title).toBe('呼吸器备用')
	})
})

describe('finding 9: deeply nested JSON in an import file is a problem report, not a crash', () => {
	it.each([
		['a JSON document', 'deep.json', `{"listings":${'['.repeat(50_000)}${']'.repeat(50_000)}}`],
		['an NDJSON line', 'deep.ndjson', `{"type":"listing","x":${'['.repeat(50_000)}${']'.repeat(50_000)}}\n`],
	])('%s', async (_what, name, text) => {
		const form = new FormData()
		form.set('csrf', CSRF_TOKEN)
		form.set('file', new Blob([text], { type: 'application/json' }), name)
		const res = await fetch(server.url + '/my/import', { method: 'POST', body: form, headers: { Cookie: cookie } })
		expect(res.status).toBe(422)
		expect(await res.text()).toContain('32')
	})
})
