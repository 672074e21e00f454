// The listing editor through its route loaders and actions, as a browser without JavaScript uses it: create, publish,
// every kind of bad input (a field error, nothing written), permissions, and one organization never touching another's.
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { action as editAction, loader as editLoader } from '#app/routes/my.listings.$ref.tsx'
import { loader as listLoader } from '#app/routes/my.listings._index.tsx'
import { action as newAction, loader as newLoader } from '#app/routes/my.listings.new.tsx'
import { listingRecordById } from '#app/modules/listings/records.server.ts'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { getPublicListing } from '#app/modules/listings/queries.server.ts'
import type { ListingRecord } from '#app/modules/listings/schema.ts'
import type { Db } from '#db/client.server.ts'
import { auditLog, listingSpecs, listings } from '#db/schema/index.ts'
import { addMember, bodyOf, cookieFor, createOrg, createUser, formRequest, getRequest, installAppDb, settle, statusOf } from '#tests/setup/app.ts'
import { dump } from '#tests/setup/db.ts'

let db: Db
let orgA: { id: number; ref: string }
let memberA: string
let bureauMember: string
let unverifiedMember: string
let financeMember: string
const B_REF = 'LST-B-SECRET'

beforeAll(async () => {
	db = installAppDb()
	orgA = createOrg(db, { kind: 'enterprise', ref: 'ENT-A' })
	const orgB = createOrg(db, { kind: 'enterprise', ref: 'ENT-B' })
	const bureau = createOrg(db, { kind: 'bureau', ref: 'BUR-1' })
	const unverified = createOrg(db, { kind: 'enterprise', ref: 'ENT-NEW', verified: false })
	const finance = createOrg(db, { kind: 'finance', ref: 'BANK-1' })
	const report = importDocument(db, {
		listings: [
			{ ref: B_REF, org: 'ENT-B', title: 'B 的草稿泵车', category: '030301', status: 'draft', specs: [{ name: '排水流量', value: 3000, unit: 'm3/h' }] },
			// Public listings whose spec names the editor suggests for drainage equipment.
			{ ref: 'PUB-1', org: 'ENT-B', title: '排水泵车一', category: '030301', specs: [{ name: '排水流量', value: 1000, unit: 'm3/h' }, { name: '扬程', value: 20, unit: 'm' }] },
			{ ref: 'PUB-2', org: 'ENT-B', title: '排水泵车二', category: '030301', specs: [{ name: '排水流量', value: 2000, unit: 'm3/h' }] },
		],
	})
	expect(report.ok).toBe(true)
	const users = await Promise.all([1, 2, 3, 4].map(() => createUser(db)))
	addMember(db, orgA.id, users[0]!.id, 'member')
	addMember(db, bureau.id, users[1]!.id)
	addMember(db, unverified.id, users[2]!.id)
	addMember(db, finance.id, users[3]!.id)
	memberA = await cookieFor(db, users[0]!.id)
	bureauMember = await cookieFor(db, users[1]!.id)
	unverifiedMember = await cookieFor(db, users[2]!.id)
	financeMember = await cookieFor(db, users[3]!.id)
})

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })
type Reply = { status?: string; error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> }

/** A complete, valid listing as the form posts it. */
function fullForm(status: string): Record<string, string | string[]> {
	return {
		kind: 'equipment',
		title: '  移动式排水抢险泵车 ',
		model: 'PSC-3000',
		category: '030301',
		scenarios: ['flood', 'waterlogging'],
		description: '大流量排水，适用于城市内涝。',
		keywords: '排水，防汛; 泵车、排水',
		'specs[0].name': '排水流量',
		'specs[0].value': '80',
		'specs[0].unit': 'L/s',
		'specs[1].name': '扬程',
		'specs[1].value': '20',
		'specs[1].unit': 'm',
		'specs[2].name': '防护等级',
		'specs[2].value': 'IP67',
		'specs[2].unit': '',
		'specs[3].name': '',
		'specs[3].value': '',
		'specs[3].unit': '',
		'certifications[0].type': 'CCC',
		'certifications[0].number': '2020010111223344',
		'certifications[0].validUntil': '2028-12-31',
		'price.min': '1200000',
		'price.max': '1500000',
		leadTimeDays: '30',
		monthlyCapacity: '20',
		stock: '3',
		status,
	}
}

const expected = (ref: string, status: ListingRecord['status']): ListingRecord => ({
	ref,
	org: 'ENT-A',
	kind: 'equipment',
	title: '移动式排水抢险泵车',
	model: 'PSC-3000',
	category: '030301',
	scenarios: ['flood', 'waterlogging'],
	description: '大流量排水，适用于城市内涝。',
	keywords: ['排水', '防汛', '泵车'],
	specs: [
		{ name: '排水流量', value: 80, unit: 'L/s' },
		{ name: '扬程', value: 20, unit: 'm' },
		{ name: '防护等级', value: 'IP67' },
	],
	certifications: [{ type: 'CCC', number: '2020010111223344', validUntil: '2028-12-31' }],
	price: { min: 1200000, max: 1500000 },
	leadTimeDays: 30,
	monthlyCapacity: 20,
	stock: 3,
	status,
})

const idOf = (ref: string) => db.select({ id: listings.id }).from(listings).where(eq(listings.ref, ref)).get()?.id

describe('creating and publishing', () => {
	let ref: string

	it('saves a draft and reads back exactly what was submitted, specs with units and canonical values', async () => {
		const res = (await settle(newAction(args(formRequest('/my/listings/new', fullForm('draft'), memberA))))) as Response
		expect(res.status).toBe(302)
		const location = res.headers.get('Location')!
		expect(location).toMatch(/^\/my\/listings\/LST-ENT-A-1\?saved=1$/)
		ref = decodeURIComponent(location.split('/')[3]!.split('?')[0]!)
		const id = idOf(ref)!
		expect(listingRecordById(db, id)).toEqual(expected(ref, 'draft'))
		const specs = db.select().from(listingSpecs).where(eq(listingSpecs.listingId, id)).all()
		expect(specs.map((s) => [s.name, s.valueNum, s.valueText, s.unit, s.dimension, s.canonicalValue])).toEqual([
			['排水流量', 80, null, 'L/s', 'flow', 288],
			['扬程', 20, null, 'm', 'length', 20],
			['防护等级', null, 'IP67', null, null, null],
		])
		// a draft is private
		expect(getPublicListing(db, ref)).toBeNull()
		const audit = db.select().from(auditLog).where(eq(auditLog.entityId, id)).all()
		expect(audit.map((a) => [a.action, a.actor, a.entity])).toEqual([['web.create', 'org:ENT-A', 'listing']])
	})

	it('shows the saved draft in the editor with a notice, and in the list with its status', async () => {
		const page = await editLoader(args(getRequest(`/my/listings/${ref}?saved=1`, memberA), { ref }))
		expect(page.saved).toBe(true)
		expect(page.status).toBe('draft')
		expect(page.publicHref).toBeNull()
		expect(page.kinds).toEqual(['equipment', 'service'])
		expect(page.defaults).toMatchObject({ title: '移动式排水抢险泵车', keywords: '排水，防汛，泵车', price: { min: '1200000', max: '1500000' } })
		// the usual spec names of the category, most frequent first
		expect(page.specNames['030301']).toEqual(['排水流量', '扬程'])
		const list = await listLoader(args(getRequest('/my/listings', memberA)))
		expect(list.counts).toEqual({ all: 1, draft: 1, published: 0, archived: 0 })
		expect(list.result.rows.map((r) => [r.ref, r.status, r.specCount])).toEqual([[ref, 'draft', 3]])
		const published = await listLoader(args(getRequest('/my/listings?status=published', memberA)))
		expect(published.result.rows).toEqual([])
	})

	it('publishes: the record changes status only, and the public page shows it', async () => {
		const res = (await settle(editAction(args(formRequest(`/my/listings/${ref}`, fullForm('published'), memberA), { ref })))) as Response
		expect(res.status).toBe(302)
		expect(res.headers.get('Location')).toBe(`/my/listings/${ref}?saved=1`)
		expect(listingRecordById(db, idOf(ref)!)).toEqual(expected(ref, 'published'))
		const pub = getPublicListing(db, ref)!
		expect(pub.listing.publishedAt).not.toBeNull()
		expect(pub.specs.map((s) => s.name)).toEqual(['排水流量', '扬程', '防护等级'])
		const page = await editLoader(args(getRequest(`/my/listings/${ref}`, memberA), { ref }))
		expect(page.publicHref).toBe(`/listings/${ref}`)
	})

	it('edits a published listing in place (same id), and archives it', async () => {
		const id = idOf(ref)
		const changed = { ...fullForm('published'), title: '移动式排水抢险泵车（升级版）', 'specs[1].value': '25' }
		await settle(editAction(args(formRequest(`/my/listings/${ref}`, changed, memberA), { ref })))
		expect(idOf(ref)).toBe(id)
		const record = listingRecordById(db, id!)!
		expect(record.title).toBe('移动式排水抢险泵车（升级版）')
		expect(record.specs![1]).toEqual({ name: '扬程', value: 25, unit: 'm' })
		await settle(editAction(args(formRequest(`/my/listings/${ref}`, { ...changed, status: 'archived' }, memberA), { ref })))
		expect(listingRecordById(db, id!)!.status).toBe('archived')
		expect(getPublicListing(db, ref)).toBeNull()
		const list = await listLoader(args(getRequest('/my/listings?status=archived', memberA)))
		expect(list.result.rows.map((r) => r.ref)).toEqual([ref])
	})

	it('gives each new listing its own ref', async () => {
		const res = (await settle(newAction(args(formRequest('/my/listings/new', { kind: 'service', title: '排水抢险服务', status: 'draft' }, memberA))))) as Response
		expect(res.headers.get('Location')).toBe('/my/listings/LST-ENT-A-2?saved=1')
		// a service needs no category
		expect(listingRecordById(db, idOf('LST-ENT-A-2')!)).toEqual({ ref: 'LST-ENT-A-2', org: 'ENT-A', kind: 'service', title: '排水抢险服务', status: 'draft' })
	})
})

describe('bad input gives a field error and writes nothing', () => {
	const cases: [string, Record<string, string | string[]>, string, string][] = [
		['missing title', { title: '' }, 'title', '必填，不能为空'],
		['unknown category', { category: '999999' }, 'category', '未知的装备分类代码 “999999”'],
		['equipment without category', { category: '' }, 'category', '装备类供给必须填写分类'],
		['price min above max', { 'price.min': '200', 'price.max': '100' }, 'price.max', '最高价不能低于最低价'],
		['non-numeric lead time', { leadTimeDays: '三十' }, 'leadTimeDays', '交货期请填写整数天数'],
		['negative stock', { stock: '-1' }, 'stock', '不能小于 0'],
		['date in another format', { 'certifications[0].validUntil': '2028/12/31' }, 'certifications[0].validUntil', '日期格式应为 YYYY-MM-DD'],
		['date that does not exist', { 'certifications[0].validUntil': '2027-02-30' }, 'certifications[0].validUntil', '不是有效的日期'],
		['unknown certification', { 'certifications[0].type': 'XYZ' }, 'certifications[0].type', '未知的认证类型 “XYZ”'],
		['spec row without a value', { 'specs[1].value': '' }, 'specs[1].value', '必填，不能为空'],
		['spec row without a name', { 'specs[2].name': '' }, 'specs[2].name', '必填，不能为空'],
		['unit too long', { 'specs[0].unit': 'x'.repeat(31) }, 'specs[0].unit', '不能超过 30 个字符'],
		['a kind the organization does not offer', { kind: 'finance_product' }, 'kind', '应为以下之一：equipment, service'],
		['unknown scenario', { scenarios: ['flood', 'moonquake'] }, 'scenarios[1]', '未知的场景代码 “moonquake”'],
	]

	for (const [name, change, field, message] of cases) {
		it(name, async () => {
			const before = dump(db)
			const res = await settle(newAction(args(formRequest('/my/listings/new', { ...fullForm('published'), ...change }, memberA))))
			expect(statusOf(res)).toBe(400)
			const body = (await bodyOf(res)) as Reply
			expect(body.error?.[field]).toEqual([message])
			// nothing else went wrong, and nothing was written
			expect(Object.keys(body.error ?? {}).filter((k) => body.error![k])).toEqual([field])
			expect(dump(db)).toEqual(before)
		})
	}

	it('101 spec rows', async () => {
		const before = dump(db)
		const form = fullForm('draft')
		for (let i = 0; i < 101; i++) Object.assign(form, { [`specs[${i}].name`]: `参数${i}`, [`specs[${i}].value`]: String(i), [`specs[${i}].unit`]: 'kg' })
		const res = await settle(newAction(args(formRequest('/my/listings/new', form, memberA))))
		expect(statusOf(res)).toBe(400)
		expect(((await bodyOf(res)) as Reply).error?.specs).toEqual(['最多 100 项'])
		expect(dump(db)).toEqual(before)
	})

	it('keeps everything typed when the form is rejected', async () => {
		const typed = { ...fullForm('published'), title: '' }
		const body = (await bodyOf(await settle(newAction(args(formRequest('/my/listings/new', typed, memberA)))))) as Reply
		expect(body.initialValue!.title).toBeUndefined()
		expect(body.initialValue).toMatchObject({
			model: 'PSC-3000',
			keywords: '排水，防汛; 泵车、排水',
			scenarios: ['flood', 'waterlogging'],
			specs: [
				{ name: '排水流量', value: '80', unit: 'L/s' },
				{ name: '扬程', value: '20', unit: 'm' },
				{ name: '防护等级', value: 'IP67' },
				// blank fields are not echoed, but the empty row keeps its place
				undefined,
			],
			certifications: [{ type: 'CCC', number: '2020010111223344', validUntil: '2028-12-31' }],
			price: { min: '1200000', max: '1500000' },
			leadTimeDays: '30',
		})
	})

	it('rejects an edit the same way, leaving the stored listing as it was', async () => {
		const before = dump(db)
		const res = await settle(editAction(args(formRequest('/my/listings/LST-ENT-A-2', { kind: 'service', title: 'x'.repeat(201), status: 'published' }, memberA), { ref: 'LST-ENT-A-2' })))
		expect(statusOf(res)).toBe(400)
		expect(((await bodyOf(res)) as Reply).error?.title).toEqual(['不能超过 200 个字符'])
		expect(dump(db)).toEqual(before)
	})

	it('answers in English to an English user', async () => {
		const res = await settle(newAction(args(formRequest('/my/listings/new?lng=en', { ...fullForm('draft'), 'price.min': '9', 'price.max': '1' }, memberA))))
		expect(((await bodyOf(res)) as Reply).error?.['price.max']).toEqual(['the maximum price must not be below the minimum'])
	})
})

describe('adding and removing rows without JavaScript', () => {
	it('a list intent answers with the changed form and writes nothing', async () => {
		const before = dump(db)
		const insert = JSON.stringify({ type: 'insert', payload: { name: 'specs' } })
		const added = await settle(newAction(args(formRequest('/my/listings/new', { ...fullForm('draft'), __intent__: insert }, memberA))))
		expect(statusOf(added)).toBe(200)
		expect(((await bodyOf(added)) as Reply).initialValue!.specs).toHaveLength(5)
		const remove = JSON.stringify({ type: 'remove', payload: { name: 'specs', index: 0 } })
		const removed = (await bodyOf(await settle(newAction(args(formRequest('/my/listings/new', { ...fullForm('draft'), __intent__: remove }, memberA)))))) as Reply
		expect((removed.initialValue!.specs as ({ name: string } | undefined)[]).map((s) => s?.name)).toEqual(['扬程', '防护等级', undefined])
		expect(dump(db)).toEqual(before)
	})

	it('a garbled intent is a 400, not a crash', async () => {
		const res = await settle(newAction(args(formRequest('/my/listings/new', { ...fullForm('draft'), __intent__: '{not json' }, memberA))))
		expect(statusOf(res)).toBe(400)
	})
})

describe('who may do what', () => {
	it('a bureau member gets 403 on every editor page and action', async () => {
		for (const p of [listLoader(args(getRequest('/my/listings', bureauMember))), newLoader(args(getRequest('/my/listings/new', bureauMember))), newAction(args(formRequest('/my/listings/new', fullForm('draft'), bureauMember)))]) {
			const res = await settle(p as Promise<unknown>)
			expect(statusOf(res)).toBe(403)
		}
		expect(idOf('LST-BUR-1-1')).toBeUndefined()
	})

	it('anonymous visitors are sent to log in', async () => {
		const res = (await settle(listLoader(args(getRequest('/my/listings'))))) as Response
		expect(res.status).toBe(302)
		expect(res.headers.get('Location')).toBe('/login?redirectTo=%2Fmy%2Flistings')
	})

	it('a form without the CSRF token is refused', async () => {
		const req = new Request('http://localhost/my/listings/new', { method: 'POST', body: new URLSearchParams({ title: 'x', status: 'draft' }), headers: { Cookie: memberA } })
		expect(statusOf(await settle(newAction(args(req))))).toBe(403)
	})

	it("a member of one organization can never read or edit another's listing", async () => {
		const before = listingRecordById(db, idOf(B_REF)!)
		const snapshot = dump(db)
		const page = await settle(editLoader(args(getRequest(`/my/listings/${B_REF}`, memberA), { ref: B_REF })))
		expect(statusOf(page)).toBe(404)
		const post = await settle(editAction(args(formRequest(`/my/listings/${B_REF}`, fullForm('published'), memberA), { ref: B_REF })))
		expect(statusOf(post)).toBe(404)
		// even an invalid form for B's ref is a 404, so a stranger learns nothing about it
		const bad = await settle(editAction(args(formRequest(`/my/listings/${B_REF}`, { title: '' }, memberA), { ref: B_REF })))
		expect(statusOf(bad)).toBe(404)
		expect(listingRecordById(db, idOf(B_REF)!)).toEqual(before)
		expect(dump(db)).toEqual(snapshot)
		const list = await listLoader(args(getRequest('/my/listings', memberA)))
		expect(list.result.rows.map((r) => r.ref)).not.toContain(B_REF)
		// nor does a new listing ever take over another organization's ref
		expect(list.result.rows.every((r) => r.ref.startsWith('LST-ENT-A-'))).toBe(true)
	})

	it("an unverified organization's published listing stays private", async () => {
		const res = (await settle(newAction(args(formRequest('/my/listings/new', fullForm('published'), unverifiedMember))))) as Response
		expect(res.status).toBe(302)
		const ref = 'LST-ENT-NEW-1'
		expect(listingRecordById(db, idOf(ref)!)!.status).toBe('published')
		expect(getPublicListing(db, ref)).toBeNull()
		const page = await editLoader(args(getRequest(`/my/listings/${ref}`, unverifiedMember), { ref }))
		expect(page.publicHref).toBeNull()
		expect(page.org.verified).toBe(false)
	})

	it('a finance organization offers financial products only', async () => {
		const page = await newLoader(args(getRequest('/my/listings/new', financeMember)))
		expect(page.kinds).toEqual(['finance_product'])
		expect(page.defaults.kind).toBe('finance_product')
		const res = (await settle(newAction(args(formRequest('/my/listings/new', { kind: 'finance_product', title: '应急装备融资租赁', category: '0404', status: 'published' }, financeMember))))) as Response
		expect(res.status).toBe(302)
		const wrong = await settle(newAction(args(formRequest('/my/listings/new', { kind: 'equipment', title: '泵', category: '030301', status: 'published' }, financeMember))))
		expect(((await bodyOf(wrong)) as Reply).error?.kind).toEqual(['应为以下之一：finance_product'])
	})
})
