// The JSON API (/api/v1) and organization API tokens, called through the route loaders and actions as a client would:
// token lifecycle, CRUD of own listings and demands, error shape and language, scoping, import, limits.
import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import * as importRoute from '#app/routes/api.v1.import.tsx'
import * as demandRoute from '#app/routes/api.v1.demands.$ref.tsx'
import * as demandsRoute from '#app/routes/api.v1.demands.tsx'
import * as listingRoute from '#app/routes/api.v1.listings.$ref.tsx'
import * as listingsRoute from '#app/routes/api.v1.listings.tsx'
import * as unknownRoute from '#app/routes/api.v1.$.tsx'
import { action as tokensAction, loader as tokensLoader } from '#app/routes/my.tokens.tsx'
import { sha256 } from '#app/modules/accounts/tokens.server.ts'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { listingRecordById } from '#app/modules/listings/records.server.ts'
import type { Db } from '#db/client.server.ts'
import { apiTokens, auditLog, listings } from '#db/schema/index.ts'
import { dump } from '#tests/setup/db.ts'
import { addMember, BASE, bodyOf, cookieFor, createOrg, createUser, CSRF_TOKEN, formRequest, getRequest, installAppDb, settle, statusOf } from '#tests/setup/app.ts'

type Route = { loader: (args: never) => Promise<Response>; action: (args: never) => Promise<Response> }
type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } }

type CallOptions = { token?: string; cookie?: string; body?: unknown; raw?: BodyInit; headers?: Record<string, string>; params?: Record<string, string> }

/** Calls a route as an HTTP client: GET goes to the loader, every other method to the action. */
async function call(route: Route, method: string, path: string, opts: CallOptions = {}) {
	const headers = new Headers(opts.headers)
	if (opts.token) headers.set('Authorization', `Bearer ${opts.token}`)
	if (opts.cookie) headers.set('Cookie', opts.cookie)
	let body: BodyInit | undefined = opts.raw
	if (opts.body !== undefined) {
		body = JSON.stringify(opts.body)
		headers.set('Content-Type', 'application/json')
	}
	const request = new Request(BASE + path, { method, headers, body, duplex: 'half' } as RequestInit)
	const args = { request, params: opts.params ?? {}, context: {} } as never
	const res = await (method === 'GET' ? route.loader(args) : route.action(args))
	expect(res).toBeInstanceOf(Response)
	const text = await res.text()
	expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
	return { status: res.status, headers: res.headers, body: JSON.parse(text) as unknown }
}

const listingsApi = listingsRoute as unknown as Route
const listingApi = listingRoute as unknown as Route
const demandsApi = demandsRoute as unknown as Route
const demandApi = demandRoute as unknown as Route
const importApi = importRoute as unknown as Route
const unknownApi = unknownRoute as unknown as Route

const args = (request: Request) => ({ request, params: {}, context: {} })

/** Creates a token through the /my/tokens form, as an owner does, and returns it (shown only in that response). */
async function tokenFor(cookie: string, name = '对接系统'): Promise<string> {
	const res = await tokensAction(args(formRequest('/my/tokens', { intent: 'create', name }, cookie)))
	expect(statusOf(res)).toBe(200)
	const body = (await bodyOf(res)) as { created: { token: string; name: string } }
	expect(body.created.name).toBe(name)
	return body.created.token
}

const listing = (ref: string, extra: Record<string, unknown> = {}) => ({
	ref,
	title: '大流量排水抢险车',
	model: 'PS-3000',
	category: '030301',
	scenarios: ['flood', 'waterlogging'],
	specs: [
		{ name: '排水流量', value: 3000, unit: 'm3/h' },
		{ name: '扬程', value: 22, unit: 'm' },
	],
	certifications: [{ type: 'VEH', number: '公告第1批' }],
	price: { min: 1200000, max: 1350000 },
	leadTimeDays: 60,
	stock: 2,
	...extra,
})

const demand = (ref: string, extra: Record<string, unknown> = {}) => ({
	ref,
	title: '2027年防汛排涝装备需求清单',
	deadline: `${new Date().getFullYear() + 1}-03-31`,
	items: [
		{
			ref: `${ref}-1`,
			name: '排水抢险车',
			category: '030301',
			quantity: 6,
			unit: '台',
			specs: [
				{ name: '排水流量', op: '>=', value: 3000, unit: 'm3/h' },
				{ name: '扬程', op: 'between', value: 15, value2: 30, unit: 'm' },
			],
			certifications: ['VEH'],
			budgetPerUnit: 1400000,
		},
	],
	...extra,
})

let db: Db
// Enterprise A and B (each with an owner), a rescue team, a bureau, a plain member of A, a platform admin.
const A = { org: { id: 0, ref: '' }, user: { id: 0, email: '' }, cookie: '', token: '' }
const B = { org: { id: 0, ref: '' }, user: { id: 0, email: '' }, cookie: '', token: '' }
const team = { org: { id: 0, ref: '' }, cookie: '', token: '' }
const bureau = { org: { id: 0, ref: '' }, cookie: '', token: '' }
let memberCookie = ''
let adminCookie = ''

beforeAll(async () => {
	db = installAppDb()
	for (const [who, kind] of [
		[A, 'enterprise'],
		[B, 'enterprise'],
		[team, 'rescue_team'],
		[bureau, 'bureau'],
	] as const) {
		who.org = createOrg(db, { kind })
		const user = await createUser(db)
		if ('user' in who) who.user = user
		addMember(db, who.org.id, user.id, 'owner')
		who.cookie = await cookieFor(db, user.id)
		who.token = await tokenFor(who.cookie)
	}
	const member = await createUser(db)
	addMember(db, A.org.id, member.id, 'member')
	memberCookie = await cookieFor(db, member.id)
	const admin = await createUser(db, { platformRole: 'admin' })
	adminCookie = await cookieFor(db, admin.id)
})

describe('API tokens', () => {
	it('are shown once, stored only as a SHA-256 hash with a display prefix, work as Bearer tokens and stop when revoked', async () => {
		const token = await tokenFor(A.cookie, 'ERP 同步')
		expect(token).toMatch(/^eex_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/)
		const row = db.select().from(apiTokens).where(eq(apiTokens.tokenHash, sha256(token))).get()!
		expect(row).toMatchObject({ orgId: A.org.id, name: 'ERP 同步', prefix: token.slice(0, 12), createdBy: A.user.id, lastUsedAt: null, revokedAt: null })
		// the secret itself is nowhere in the table
		expect(JSON.stringify(db.select().from(apiTokens).all())).not.toContain(token.slice(13))

		// the list shows it without the secret
		const page = (await tokensLoader(args(getRequest('/my/tokens', A.cookie)))) as { tokens: { id: number; name: string; prefix: string; lastUsedAt: string | null }[] }
		const listed = page.tokens.find((t) => t.id === row.id)!
		expect(listed).toMatchObject({ name: 'ERP 同步', prefix: token.slice(0, 12), lastUsedAt: null })
		expect(JSON.stringify(page)).not.toContain(token)

		// it works, and its use is recorded
		const ok = await call(listingsApi, 'GET', '/api/v1/listings?mine=1', { token })
		expect(ok.status).toBe(200)
		expect(db.select().from(apiTokens).where(eq(apiTokens.id, row.id)).get()!.lastUsedAt).not.toBeNull()

		// another organization's owner cannot revoke it
		const foreign = await tokensAction(args(formRequest('/my/tokens', { intent: 'revoke', id: String(row.id) }, B.cookie)))
		expect(statusOf(foreign)).toBe(404)
		expect((await call(listingsApi, 'GET', '/api/v1/listings?mine=1', { token })).status).toBe(200)

		// revoked by its owner: refused with the error shape
		const revoke = await tokensAction(args(formRequest('/my/tokens', { intent: 'revoke', id: String(row.id) }, A.cookie)))
		expect(statusOf(revoke)).toBe(200)
		expect(await bodyOf(revoke)).toMatchObject({ revoked: 'ERP 同步' })
		expect(db.select().from(apiTokens).where(eq(apiTokens.id, row.id)).get()!.revokedAt).not.toBeNull()
		const refused = await call(listingsApi, 'GET', '/api/v1/listings?mine=1', { token })
		expect(refused.status).toBe(401)
		expect(refused.body).toEqual({ error: { code: 'unauthorized', message: 'API 令牌无效或已撤销' } })
		expect(refused.headers.get('WWW-Authenticate')).toMatch(/^Bearer/)
		// token creation and revocation are in the audit log
		const audit = db.select().from(auditLog).where(and(eq(auditLog.entity, 'api_token'), eq(auditLog.entityId, row.id))).all()
		expect(audit.map((a) => a.action)).toEqual(['web.create', 'web.revoke'])
	})

	it('refuses a wrong or malformed token with 401 and the error shape, in English on request', async () => {
		const wrong = await call(listingsApi, 'GET', '/api/v1/listings?mine=1', { token: `${A.token.slice(0, -4)}AAAA` })
		expect(wrong.status).toBe(401)
		expect(wrong.body).toEqual({ error: { code: 'unauthorized', message: 'API 令牌无效或已撤销' } })
		const malformed = await call(listingsApi, 'GET', '/api/v1/listings?mine=1&lang=en', { headers: { Authorization: 'Basic dXNlcjpwYXNz' } })
		expect(malformed.status).toBe(401)
		expect(malformed.body).toEqual({ error: { code: 'unauthorized', message: 'The API token is invalid or has been revoked' } })
	})

	it('are managed only by owners, and the form refuses an empty name', async () => {
		expect(statusOf(await settle(tokensLoader(args(getRequest('/my/tokens', memberCookie)))))).toBe(403)
		expect(statusOf(await settle(tokensAction(args(formRequest('/my/tokens', { intent: 'create', name: 'x' }, memberCookie)))))).toBe(403)
		const empty = await tokensAction(args(formRequest('/my/tokens', { intent: 'create', name: '  ' }, A.cookie)))
		expect(statusOf(empty)).toBe(400)
		expect(((await bodyOf(empty)) as { result: { error: Record<string, string[]> } }).result.error.name).toEqual(['必填，不能为空'])
		// without the CSRF token the form is refused
		const forged = new Request(`${BASE}/my/tokens`, { method: 'POST', body: new URLSearchParams({ intent: 'create', name: 'x' }), headers: { Cookie: A.cookie } })
		expect(statusOf(await settle(tokensAction(args(forged))))).toBe(403)
	})
})

describe('listings through the API', () => {
	it('creates, reads, replaces, patches and archives an own listing with a Bearer token', async () => {
		const input = listing('API-L-1', { status: 'draft' })
		const created = await call(listingsApi, 'POST', '/api/v1/listings', { token: A.token, body: input })
		expect(created.status).toBe(201)
		const expected = { ...input, org: A.org.ref, kind: 'equipment' }
		expect(created.body).toEqual(expected)
		expect(created.headers.get('Location')).toBe('/api/v1/listings/API-L-1')
		const id = db.select({ id: listings.id }).from(listings).where(eq(listings.ref, 'API-L-1')).get()!.id
		expect(listingRecordById(db, id)).toEqual(expected)
		// written as the organization through the API, with an audit row
		expect(db.select().from(auditLog).where(and(eq(auditLog.entity, 'listing'), eq(auditLog.entityId, id))).all().map((a) => [a.action, a.actor, a.orgId])).toEqual([
			['api.create', `org:${A.org.ref}`, A.org.id],
		])

		const read = await call(listingApi, 'GET', '/api/v1/listings/API-L-1', { token: A.token, params: { ref: 'API-L-1' } })
		expect(read).toMatchObject({ status: 200, body: expected })
		const mine = await call(listingsApi, 'GET', '/api/v1/listings?mine=1', { token: A.token })
		expect(mine.body).toMatchObject({ total: 1, page: 1, perPage: 20, records: [expected] })

		// the same ref again is a conflict
		const again = await call(listingsApi, 'POST', '/api/v1/listings', { token: A.token, body: input })
		expect(again.status).toBe(409)
		expect((again.body as ErrorBody).error.code).toBe('conflict')

		const replacement = listing('API-L-1', { title: '大流量排水抢险车（第二代）', status: 'published', specs: [{ name: '排水流量', value: 4000, unit: 'm3/h' }] })
		const put = await call(listingApi, 'PUT', '/api/v1/listings/API-L-1', { token: A.token, body: replacement, params: { ref: 'API-L-1' } })
		expect(put.status).toBe(200)
		expect(put.body).toEqual({ ...replacement, org: A.org.ref, kind: 'equipment' })
		expect(db.select({ id: listings.id }).from(listings).where(eq(listings.ref, 'API-L-1')).get()!.id).toBe(id)

		// the body's ref, when given, must be the address's
		const moved = await call(listingApi, 'PUT', '/api/v1/listings/API-L-1', { token: A.token, body: { ...replacement, ref: 'API-L-OTHER' }, params: { ref: 'API-L-1' } })
		expect(moved.status).toBe(422)
		expect((moved.body as ErrorBody).error.issues).toEqual([{ path: 'ref', message: '编号应与请求地址中的 “API-L-1” 一致' }])

		const patch = await call(listingApi, 'PATCH', '/api/v1/listings/API-L-1', { token: A.token, body: { stock: 9, model: null }, params: { ref: 'API-L-1' } })
		expect(patch.status).toBe(200)
		const { model: _dropped, ...withoutModel } = replacement
		expect(patch.body).toEqual({ ...withoutModel, org: A.org.ref, kind: 'equipment', stock: 9 })

		// published now: anyone may read it
		expect((await call(listingApi, 'GET', '/api/v1/listings/API-L-1', { params: { ref: 'API-L-1' } })).status).toBe(200)

		const del = await call(listingApi, 'DELETE', '/api/v1/listings/API-L-1', { token: A.token, params: { ref: 'API-L-1' } })
		expect(del.status).toBe(200)
		expect(del.body).toEqual({ ...withoutModel, org: A.org.ref, kind: 'equipment', stock: 9, status: 'archived' })
		// archived: no longer public, still there for its owner
		expect((await call(listingApi, 'GET', '/api/v1/listings/API-L-1', { params: { ref: 'API-L-1' } })).status).toBe(404)
		expect((await call(listingApi, 'GET', '/api/v1/listings/API-L-1', { token: A.token, params: { ref: 'API-L-1' } })).status).toBe(200)
	})

	it('answers bad JSON with 400 and the error shape', async () => {
		const res = await call(listingsApi, 'POST', '/api/v1/listings', { token: A.token, raw: '{"ref": "X",', headers: { 'Content-Type': 'application/json' } })
		expect(res.status).toBe(400)
		const body = res.body as ErrorBody
		expect(Object.keys(body)).toEqual(['error'])
		expect(body.error.code).toBe('bad_request')
		expect(body.error.message).toMatch(/^请求体不是有效的 JSON：/)
	})

	it('answers an invalid record with 422 and issues naming the paths, worded exactly as the importer words them', async () => {
		const bad = { ref: 'API-BAD-1', title: '', category: '999999', specs: [{ name: '流量', value: true }], stock: -1, colour: 'red' }
		const res = await call(listingsApi, 'POST', '/api/v1/listings', { token: A.token, body: bad })
		expect(res.status).toBe(422)
		const { error } = res.body as ErrorBody
		expect(error.code).toBe('validation_failed')
		expect(error.message).toBe(`记录未通过校验，共 ${error.issues!.length} 个问题`)
		const issues = new Map(error.issues!.map((i) => [i.path, i.message]))
		expect(issues.get('title')).toBe('必填，不能为空')
		expect(issues.get('category')).toBe('未知的装备分类代码 “999999”')
		expect(issues.get('colour')).toBe('未知字段 “colour”（请检查拼写）')
		expect(issues.get('stock')).toBe('不能小于 0')
		expect(issues.has('specs.0.value')).toBe(true)
		// the importer reports the same record with the same paths and the same words
		const report = importDocument(db, { listings: [{ ...bad, org: A.org.ref }] }, { actor: { kind: 'organization', orgId: A.org.id, orgRef: A.org.ref } })
		expect(report.ok).toBe(false)
		if (!report.ok) expect(error.issues).toEqual(report.problems.map((p) => ({ path: p.field, message: p.message })))
		expect(db.select().from(listings).where(eq(listings.ref, 'API-BAD-1')).get()).toBeUndefined()

		// in English when asked, by header or by query
		const en = await call(listingsApi, 'POST', '/api/v1/listings', { token: A.token, body: bad, headers: { 'Accept-Language': 'en-US,en;q=0.9,zh-CN;q=0.5' } })
		const enIssues = new Map((en.body as ErrorBody).error.issues!.map((i) => [i.path, i.message]))
		expect((en.body as ErrorBody).error.message).toBe(`The record is invalid: ${enIssues.size} problem(s)`)
		expect(enIssues.get('title')).toBe('is required')
		expect(enIssues.get('colour')).toBe('unknown field "colour" (check the spelling)')
		const q = await call(listingsApi, 'POST', '/api/v1/listings?lang=en', { token: A.token, body: bad })
		expect(q.body).toEqual(en.body)
		// a Chinese browser's header stays Chinese
		const zh = await call(listingsApi, 'POST', '/api/v1/listings', { token: A.token, body: bad, headers: { 'Accept-Language': 'zh-CN,zh;q=0.9,en;q=0.8' } })
		expect(zh.body).toEqual(res.body)
	})

	it('refuses a bureau creating a listing with 403, and a record of another organization', async () => {
		const res = await call(listingsApi, 'POST', '/api/v1/listings', { token: bureau.token, body: listing('API-BUREAU-1') })
		expect(res.status).toBe(403)
		expect(res.body).toEqual({ error: { code: 'forbidden', message: '应急管理部门不能发布供给（允许：企业、金融机构、科研机构）' } })
		const other = await call(listingsApi, 'POST', '/api/v1/listings', { token: A.token, body: listing('API-OTHER-1', { org: B.org.ref }) })
		expect(other.status).toBe(403)
		expect((other.body as ErrorBody).error.issues).toEqual([{ path: 'org', message: `只能创建或修改本机构（${A.org.ref}）的记录` }])
		expect(db.select().from(listings).where(eq(listings.ref, 'API-BUREAU-1')).get()).toBeUndefined()
		expect(db.select().from(listings).where(eq(listings.ref, 'API-OTHER-1')).get()).toBeUndefined()
	})

	it("never shows another organization's draft, and treats its records as not found for writes", async () => {
		const draft = await call(listingsApi, 'POST', '/api/v1/listings', { token: B.token, body: listing('API-B-DRAFT', { status: 'draft' }) })
		expect(draft.status).toBe(201)
		const published = await call(listingsApi, 'POST', '/api/v1/listings', { token: B.token, body: listing('API-B-PUB') })
		expect(published.status).toBe(201)

		const peek = await call(listingApi, 'GET', '/api/v1/listings/API-B-DRAFT', { token: A.token, params: { ref: 'API-B-DRAFT' } })
		expect(peek.status).toBe(404)
		expect(peek.body).toEqual({ error: { code: 'not_found', message: '没有找到该记录' } })
		expect((await call(listingApi, 'GET', '/api/v1/listings/API-B-DRAFT', { params: { ref: 'API-B-DRAFT' } })).status).toBe(404)
		expect((await call(listingApi, 'GET', '/api/v1/listings/API-B-DRAFT', { token: B.token, params: { ref: 'API-B-DRAFT' } })).status).toBe(200)
		// the published one is public
		expect((await call(listingApi, 'GET', '/api/v1/listings/API-B-PUB', { token: A.token, params: { ref: 'API-B-PUB' } })).body).toEqual(published.body)
		// A's own list does not include B's records
		const mine = (await call(listingsApi, 'GET', '/api/v1/listings?mine=1', { token: A.token })).body as { records: { org: string }[] }
		expect(mine.records.every((r) => r.org === A.org.ref)).toBe(true)

		const before = dump(db)
		for (const ref of ['API-B-DRAFT', 'API-B-PUB']) {
			const put = await call(listingApi, 'PUT', `/api/v1/listings/${ref}`, { token: A.token, body: listing(ref, { title: '被篡改' }), params: { ref } })
			expect(put.status).toBe(404)
			expect(put.body).toEqual(peek.body)
			expect((await call(listingApi, 'PATCH', `/api/v1/listings/${ref}`, { token: A.token, body: { title: '被篡改' }, params: { ref } })).status).toBe(404)
			expect((await call(listingApi, 'DELETE', `/api/v1/listings/${ref}`, { token: A.token, params: { ref } })).status).toBe(404)
		}
		// taking over B's ref by creating it is a conflict, not a write
		expect((await call(listingsApi, 'POST', '/api/v1/listings', { token: A.token, body: listing('API-B-PUB') })).status).toBe(409)
		const after = dump(db)
		delete before.api_tokens
		delete after.api_tokens
		expect(after).toEqual(before)
		expect((await call(listingApi, 'GET', '/api/v1/listings/API-B-PUB', { params: { ref: 'API-B-PUB' } })).body).toEqual(published.body)
	})

	it('needs a caller for ?mine=1, and lists only public records without it', async () => {
		const anon = await call(listingsApi, 'GET', '/api/v1/listings?mine=1')
		expect(anon.status).toBe(401)
		expect((anon.body as ErrorBody).error.code).toBe('unauthorized')
		const pub = (await call(listingsApi, 'GET', '/api/v1/listings?perPage=100')).body as { records: { ref: string; status: string }[] }
		expect(pub.records.map((r) => r.ref)).toContain('API-B-PUB')
		expect(pub.records.every((r) => r.status === 'published')).toBe(true)
		const badQuery = await call(listingsApi, 'GET', '/api/v1/listings?perPage=1000&mine=yes')
		expect(badQuery.status).toBe(400)
		expect((badQuery.body as ErrorBody).error.issues!.map((i) => i.path).sort()).toEqual(['mine', 'perPage'])
	})
})

describe('demands through the API', () => {
	it('creates, reads, replaces and closes an own demand list with items', async () => {
		const input = demand('API-D-1')
		const created = await call(demandsApi, 'POST', '/api/v1/demands', { token: team.token, body: input })
		expect(created.status).toBe(201)
		const expected = { ...input, org: team.org.ref, kind: 'procurement', status: 'published' }
		expect(created.body).toEqual(expected)
		expect((await call(demandApi, 'GET', '/api/v1/demands/API-D-1', { params: { ref: 'API-D-1' } })).body).toEqual(expected)

		const replacement = demand('API-D-1', { title: '防汛排涝装备需求清单（修订）', items: [...input.items, { ref: 'API-D-1-2', name: '救生衣', quantity: 50, unit: '件' }] })
		const put = await call(demandApi, 'PUT', '/api/v1/demands/API-D-1', { token: team.token, body: replacement, params: { ref: 'API-D-1' } })
		expect(put.status).toBe(200)
		expect(put.body).toEqual({ ...replacement, org: team.org.ref, kind: 'procurement', status: 'published' })

		const del = await call(demandApi, 'DELETE', '/api/v1/demands/API-D-1', { token: team.token, params: { ref: 'API-D-1' } })
		expect(del.status).toBe(200)
		expect((del.body as { status: string }).status).toBe('closed')

		// an enterprise may publish demands too, but not write the team's
		expect((await call(demandApi, 'PUT', '/api/v1/demands/API-D-1', { token: A.token, body: replacement, params: { ref: 'API-D-1' } })).status).toBe(404)
		// a demand list without items is invalid, with the importer's words (an empty list counts as absent, as in a file)
		const empty = await call(demandsApi, 'POST', '/api/v1/demands', { token: team.token, body: { ref: 'API-D-2', title: '空清单', items: [] } })
		expect(empty.status).toBe(422)
		expect((empty.body as ErrorBody).error.issues).toEqual([{ path: 'items', message: '必填，不能为空' }])
	})

	it("refuses a rescue team's token writing listings, and a draft demand stays private", async () => {
		const res = await call(listingsApi, 'POST', '/api/v1/listings', { token: team.token, body: listing('API-TEAM-L') })
		expect(res.status).toBe(403)
		const draft = await call(demandsApi, 'POST', '/api/v1/demands', { token: bureau.token, body: demand('API-D-DRAFT', { status: 'draft' }) })
		expect(draft.status).toBe(201)
		expect((await call(demandApi, 'GET', '/api/v1/demands/API-D-DRAFT', { token: team.token, params: { ref: 'API-D-DRAFT' } })).status).toBe(404)
		expect((await call(demandApi, 'GET', '/api/v1/demands/API-D-DRAFT', { token: bureau.token, params: { ref: 'API-D-DRAFT' } })).status).toBe(200)
		const mine = (await call(demandsApi, 'GET', '/api/v1/demands?mine=1&status=draft', { token: bureau.token })).body as { total: number; records: { ref: string }[] }
		expect(mine.records.map((r) => r.ref)).toEqual(['API-D-DRAFT'])
	})
})

describe('publishing a demand list through the API (interchange.md, ADR 019)', () => {
	it('keeps the record as the contract defines it: no deadline and past dates are taken as given, unlike the editor', async () => {
		const past = await call(demandsApi, 'POST', '/api/v1/demands', {
			token: team.token,
			body: demand('API-D-PAST', { deadline: '2020-01-01', items: [{ ref: 'API-D-PAST-1', name: '救生衣', quantity: 5, unit: '件', neededBy: '2020-02-01' }] }),
		})
		expect(past.status).toBe(201)
		expect((past.body as { deadline?: string }).deadline).toBe('2020-01-01')
		const { deadline: _d, ...withoutDeadline } = demand('API-D-NODL')
		const none = await call(demandsApi, 'POST', '/api/v1/demands', { token: team.token, body: withoutDeadline })
		expect(none.status).toBe(201)
		expect((none.body as { deadline?: string }).deadline).toBeUndefined()
	})
})

describe('session callers', () => {
	it('may write with the session cookie only from the same origin or with the X-CSRF-Token header', async () => {
		const body = listing('API-SESSION-1')
		const bare = await call(listingsApi, 'POST', '/api/v1/listings', { cookie: A.cookie, body })
		expect(bare.status).toBe(403)
		expect((bare.body as ErrorBody).error.code).toBe('forbidden')
		const crossSite = await call(listingsApi, 'POST', '/api/v1/listings', { cookie: A.cookie, body, headers: { Origin: 'https://evil.example', 'X-CSRF-Token': CSRF_TOKEN } })
		expect(crossSite.status).toBe(403)
		const wrongToken = await call(listingsApi, 'POST', '/api/v1/listings', { cookie: A.cookie, body, headers: { 'X-CSRF-Token': 'x'.repeat(CSRF_TOKEN.length) } })
		expect(wrongToken.status).toBe(403)
		expect(db.select().from(listings).where(eq(listings.ref, 'API-SESSION-1')).get()).toBeUndefined()

		const withHeader = await call(listingsApi, 'POST', '/api/v1/listings', { cookie: A.cookie, body, headers: { 'X-CSRF-Token': CSRF_TOKEN } })
		expect(withHeader.status).toBe(201)
		const sameOrigin = await call(listingApi, 'DELETE', '/api/v1/listings/API-SESSION-1', { cookie: A.cookie, headers: { Origin: BASE }, params: { ref: 'API-SESSION-1' } })
		expect(sameOrigin.status).toBe(200)
		// the member (not an owner) writes as the organization, recorded with their user id
		const audit = db.select().from(auditLog).where(and(eq(auditLog.entity, 'listing'), eq(auditLog.action, 'api.create'), eq(auditLog.userId, A.user.id))).all()
		expect(audit).toHaveLength(1)
		// reads need no CSRF proof
		expect((await call(listingsApi, 'GET', '/api/v1/listings?mine=1', { cookie: memberCookie })).status).toBe(200)
	})
})

describe('import', () => {
	const ownDoc = () => ({ listings: [{ ...listing('API-IMP-1'), org: A.org.ref }] })

	it('imports the caller organization’s records from a JSON body and from a multipart upload', async () => {
		const json = await call(importApi, 'POST', '/api/v1/import', { token: A.token, body: ownDoc() })
		expect(json.status).toBe(200)
		expect(json.body).toMatchObject({ ok: true, counts: { listing: { created: 1, updated: 0, unchanged: 0 } } })
		const form = new FormData()
		form.set('file', new File([JSON.stringify(ownDoc())], 'listings.json', { type: 'application/json' }))
		const upload = await call(importApi, 'POST', '/api/v1/import', { token: A.token, raw: form })
		expect(upload.status).toBe(200)
		expect(upload.body).toMatchObject({ ok: true, counts: { listing: { created: 0, updated: 0, unchanged: 1 } } })
		const missing = await call(importApi, 'POST', '/api/v1/import', { token: A.token, raw: new FormData() })
		expect(missing.status).toBe(400)
		expect((missing.body as ErrorBody).error.issues).toEqual([{ path: 'file', message: '请在 file 字段中上传导入文件' }])
	})

	it("rejects another organization's record with the scope problem and writes nothing", async () => {
		const before = dump(db)
		const doc = { listings: [{ ...listing('API-IMP-2'), org: A.org.ref }, { ...listing('API-IMP-3'), org: B.org.ref }] }
		const res = await call(importApi, 'POST', '/api/v1/import', { token: A.token, body: doc })
		expect(res.status).toBe(422)
		const body = res.body as { ok: false; problems: { type: string; ref: string; field: string; code: string; message: string }[] } & ErrorBody
		expect(body.ok).toBe(false)
		expect(body.problems).toEqual([expect.objectContaining({ type: 'listing', ref: 'API-IMP-3', field: 'org', code: 'scope.otherOrg', message: `只能导入本机构（${A.org.ref}）的记录` })])
		expect(body.error).toEqual({ code: 'validation_failed', message: '导入被拒绝：发现 1 个问题，未写入任何数据' })
		const after = dump(db)
		delete before.api_tokens
		delete after.api_tokens
		expect(after).toEqual(before)
	})

	it('lets a platform admin logged in by session import any organization’s records as the operator', async () => {
		const doc = { listings: [{ ...listing('API-IMP-ADMIN'), org: B.org.ref }] }
		const res = await call(importApi, 'POST', '/api/v1/import', { cookie: adminCookie, body: doc, headers: { 'X-CSRF-Token': CSRF_TOKEN } })
		expect(res.status).toBe(200)
		const id = db.select({ id: listings.id, orgId: listings.orgId }).from(listings).where(eq(listings.ref, 'API-IMP-ADMIN')).get()!
		expect(id.orgId).toBe(B.org.id)
		expect(db.select().from(auditLog).where(and(eq(auditLog.entity, 'listing'), eq(auditLog.entityId, id.id))).get()!.actor).toBe('admin')
		// without a session or token there is no import
		expect((await call(importApi, 'POST', '/api/v1/import', { body: doc })).status).toBe(401)
	})
})

describe('limits and unknown addresses', () => {
	it('refuses a record body over 10 MB with 413, counting the bytes as they arrive', async () => {
		const chunk = new Uint8Array(1024 * 1024).fill(0x20)
		let sent = 0
		const stream = new ReadableStream<Uint8Array>({
			pull(controller) {
				if (sent > 51) return controller.close()
				sent++
				controller.enqueue(chunk)
			},
		})
		const res = await call(listingsApi, 'POST', '/api/v1/listings', { token: A.token, raw: stream, headers: { 'Content-Type': 'application/json' } })
		expect(res.status).toBe(413)
		expect(res.body).toEqual({ error: { code: 'payload_too_large', message: '请求体超过 10 MB 上限' } })
		// reading stopped at the limit plus the 8 MB the reader throws away so the client can read the 413 (and a chunk
		// or two in flight): not the whole 52 MB the client had to send
		expect(sent).toBeLessThanOrEqual(10 + 8 + 3)
		// a declared length over the limit is refused before reading
		const declared = await call(importApi, 'POST', '/api/v1/import', { token: A.token, raw: '{}', headers: { 'Content-Type': 'application/json', 'Content-Length': String(60 * 1024 * 1024) } })
		expect(declared.status).toBe(413)
	})

	it('rate-limits each token (429 with Retry-After) without affecting other callers', async () => {
		const token = await tokenFor(A.cookie, '限流测试')
		for (let i = 0; i < 300; i++) {
			const res = await listingApi.loader({ request: new Request(`${BASE}/api/v1/listings/NONE`, { headers: { Authorization: `Bearer ${token}` } }), params: { ref: 'NONE' }, context: {} } as never)
			expect(res.status).toBe(404)
		}
		const limited = await call(listingApi, 'GET', '/api/v1/listings/NONE', { token, params: { ref: 'NONE' } })
		expect(limited.status).toBe(429)
		expect((limited.body as ErrorBody).error.code).toBe('rate_limited')
		expect((limited.body as ErrorBody).error.message).toMatch(/^请求过于频繁，请 \d+ 秒后再试$/)
		expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
		expect((await call(listingApi, 'GET', '/api/v1/listings/NONE', { token: A.token, params: { ref: 'NONE' } })).status).toBe(404)
	})

	it('answers unknown addresses with 404 and unsupported methods with 405, in the error shape', async () => {
		const res = await call(unknownApi, 'GET', '/api/v1/nothing-here', { params: { '*': 'nothing-here' } })
		expect(res).toMatchObject({ status: 404, body: { error: { code: 'not_found', message: '没有这个接口' } } })
		const del = await call(listingsApi, 'DELETE', '/api/v1/listings', { token: A.token })
		expect(del.status).toBe(405)
		expect(del.headers.get('Allow')).toBe('GET, POST')
	})
})
