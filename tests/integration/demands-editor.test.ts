// The demand-list editor and the spreadsheet upload through their route loaders and actions, as a browser without
// JavaScript uses them: create, publish, copy, close; bad input (field errors, nothing written); permissions; one
// organization never reading or changing another's lists; imports scoped to the member's organization.
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { loader as publicDemandLoader } from '#app/routes/demands.$ref.tsx'
import { loader as demandsLoader } from '#app/routes/demands._index.tsx'
import { todayIso } from '#app/utils/format.ts'
import { action as editAction, loader as editLoader } from '#app/routes/my.demands.$ref.tsx'
import { loader as listLoader } from '#app/routes/my.demands._index.tsx'
import { action as newAction, loader as newLoader } from '#app/routes/my.demands.new.tsx'
import { action as importAction, loader as importLoader } from '#app/routes/my.import.tsx'
import { demandRecordById } from '#app/modules/demands/records.server.ts'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import type { DemandRecord } from '#app/modules/demands/schema.ts'
import type { Db } from '#db/client.server.ts'
import { auditLog, demandLists } from '#db/schema/index.ts'
import { addMember, BASE, bodyOf, cookieFor, createOrg, createUser, CSRF_TOKEN, formRequest, getRequest, installAppDb, settle, statusOf } from '#tests/setup/app.ts'
import { dump } from '#tests/setup/db.ts'

let db: Db
let bureauA: { id: number; ref: string }
let memberA: string
let memberB: string
let enterpriseMember: string
let financeMember: string
const B_REF = 'DEM-B-SECRET'
const YEAR = new Date().getFullYear()
/** Dates a list may be published with: next year's (publishing refuses dates in the past). */
const DEADLINE = `${YEAR + 1}-06-30`
const NEEDED_BY = `${YEAR + 1}-05-31`

beforeAll(async () => {
	db = installAppDb()
	bureauA = createOrg(db, { kind: 'bureau', ref: 'BUR-A' })
	const teamB = createOrg(db, { kind: 'rescue_team', ref: 'TEAM-B' })
	const enterprise = createOrg(db, { kind: 'enterprise', ref: 'ENT-1' })
	const finance = createOrg(db, { kind: 'finance', ref: 'BANK-1' })
	const report = importDocument(db, {
		demands: [{ ref: B_REF, org: 'TEAM-B', title: 'B 队的草稿清单', status: 'draft', items: [{ ref: 'B-01', name: '救生衣', quantity: 30, specs: [{ name: '浮力', op: '>=', value: 150, unit: 'N' }] }] }],
	})
	expect(report.ok).toBe(true)
	const users = await Promise.all([1, 2, 3, 4].map(() => createUser(db)))
	addMember(db, bureauA.id, users[0]!.id, 'member')
	addMember(db, teamB.id, users[1]!.id)
	addMember(db, enterprise.id, users[2]!.id)
	addMember(db, finance.id, users[3]!.id)
	memberA = await cookieFor(db, users[0]!.id)
	memberB = await cookieFor(db, users[1]!.id)
	enterpriseMember = await cookieFor(db, users[2]!.id)
	financeMember = await cookieFor(db, users[3]!.id)
})

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })
type Reply = { status?: string; error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> }

/** Two items; the first has a constraint with every operator, the second leaves its ref blank. */
function fullForm(extra: Record<string, string | string[]> = {}): Record<string, string | string[]> {
	return {
		title: '  2027年度防汛排涝装备采购需求 ',
		kind: 'procurement',
		deadline: DEADLINE,
		region: '360700',
		'items[0].name': '大流量排水抢险车',
		'items[0].category': '030301',
		'items[0].quantity': '2',
		'items[0].unit': '台',
		'items[0].scenarios': ['flood', 'waterlogging'],
		'items[0].certifications': ['VEH'],
		'items[0].budgetPerUnit': '1,200,000',
		'items[0].neededBy': NEEDED_BY,
		'items[0].notes': '含三年质保',
		'items[0].specs[0].name': '排水流量',
		'items[0].specs[0].op': '>=',
		'items[0].specs[0].value': '3000',
		'items[0].specs[0].unit': 'm3/h',
		'items[0].specs[1].name': '整车质量',
		'items[0].specs[1].op': '<=',
		'items[0].specs[1].value': '18t',
		'items[0].specs[2].name': '驱动形式',
		'items[0].specs[2].op': '=',
		'items[0].specs[2].value': '4×2',
		'items[0].specs[3].name': '扬程',
		'items[0].specs[3].op': 'between',
		'items[0].specs[3].value': '15',
		'items[0].specs[3].value2': '30',
		'items[0].specs[3].unit': 'm',
		'items[0].specs[4].name': '防护等级',
		'items[0].specs[4].op': 'in',
		'items[0].specs[4].value': 'IP67|IP68',
		'items[0].specs[5].name': '防爆等级',
		'items[0].specs[5].op': 'has',
		'items[1].name': '移动式照明灯塔',
		'items[1].quantity': '10',
		'items[1].unit': '套',
		'items[1].specs[0].name': '光源类型',
		'items[1].specs[0].op': 'in',
		'items[1].specs[0].value': 'LED、氙气',
		...extra,
	}
}

const recordOf = (ref: string): DemandRecord | null => {
	const row = db.select({ id: demandLists.id }).from(demandLists).where(eq(demandLists.ref, ref)).get()
	return row ? demandRecordById(db, row.id) : null
}
const refFrom = (res: unknown) => {
	expect(res).toBeInstanceOf(Response)
	const location = (res as Response).headers.get('Location')!
	const m = /^\/my\/demands\/([^?]+)\?saved=(\w+)$/.exec(location)
	expect(m, location).not.toBeNull()
	return { ref: decodeURIComponent(m![1]!), notice: m![2]! }
}

describe('creating, publishing, copying and closing a demand list', () => {
	let ref = ''

	it('saves a draft with two items and a constraint of every operator', async () => {
		const res = await settle(newAction(args(formRequest('/my/demands/new', { ...fullForm(), _action: 'draft' }, memberA))))
		const saved = refFrom(res)
		ref = saved.ref
		expect(ref).toBe(`DEM-${YEAR}-001`)
		expect(saved.notice).toBe('draft')
		expect(recordOf(ref)).toEqual({
			ref,
			org: 'BUR-A',
			title: '2027年度防汛排涝装备采购需求',
			kind: 'procurement',
			deadline: DEADLINE,
			region: '360700',
			status: 'draft',
			items: [
				{
					ref: `${ref}-01`,
					name: '大流量排水抢险车',
					category: '030301',
					quantity: 2,
					unit: '台',
					scenarios: ['flood', 'waterlogging'],
					specs: [
						{ name: '排水流量', op: '>=', value: 3000, unit: 'm3/h' },
						{ name: '整车质量', op: '<=', value: 18, unit: 't' },
						{ name: '驱动形式', op: '=', value: '4×2' },
						{ name: '扬程', op: 'between', value: 15, value2: 30, unit: 'm' },
						{ name: '防护等级', op: 'in', value: ['IP67', 'IP68'] },
						{ name: '防爆等级', op: 'has' },
					],
					certifications: ['VEH'],
					budgetPerUnit: 1_200_000,
					neededBy: NEEDED_BY,
					notes: '含三年质保',
				},
				{ ref: `${ref}-02`, name: '移动式照明灯塔', quantity: 10, unit: '套', specs: [{ name: '光源类型', op: 'in', value: ['LED', '氙气'] }] },
			],
		})
		// A draft is not public, but the organization sees it with its counts.
		expect(statusOf(await settle(publicDemandLoader(args(getRequest(`/demands/${ref}`), { ref }))))).toBe(404)
		const list = await listLoader(args(getRequest('/my/demands', memberA)))
		expect(list.counts).toEqual({ all: 1, draft: 1, published: 0, closed: 0 })
		expect(list.rows.map((r) => [r.ref, r.status, r.itemCount])).toEqual([[ref, 'draft', 2]])
		const audit = db.select().from(auditLog).where(eq(auditLog.entity, 'demand_list')).all().at(-1)!
		expect(audit.action).toBe('web.create')
		expect(audit.actor).toBe('org:BUR-A')
	})

	it('loads the list into the editor with what was saved', async () => {
		const d = await editLoader(args(getRequest(`/my/demands/${ref}?saved=draft`, memberA), { ref }))
		expect(d.mode).toBe('edit')
		expect(d.status).toBe('draft')
		expect(d.notice).toBe('draft')
		const items = d.defaultValue.items!
		expect(items[0]!.specs![4]).toEqual({ name: '防护等级', op: 'in', value: 'IP67|IP68', value2: undefined, unit: undefined })
		expect(items[0]!.specs![3]).toMatchObject({ value: '15', value2: '30', unit: 'm' })
		expect(items[1]!.ref).toBe(`${ref}-02`)
	})

	it('publishes it, keeping the item refs, and it appears on the public page', async () => {
		const fields = fullForm({ 'items[0].ref': `${ref}-01`, 'items[1].ref': `${ref}-02`, _action: 'publish' })
		const saved = refFrom(await settle(editAction(args(formRequest(`/my/demands/${ref}`, fields, memberA), { ref }))))
		expect(saved).toEqual({ ref, notice: 'published' })
		const row = db.select().from(demandLists).where(eq(demandLists.ref, ref)).get()!
		expect(row.status).toBe('published')
		expect(row.publishedAt).not.toBeNull()
		const page = await publicDemandLoader(args(getRequest(`/demands/${ref}`), { ref }))
		expect(page.list.title).toBe('2027年度防汛排涝装备采购需求')
		expect(page.items.map((i) => i.ref)).toEqual([`${ref}-01`, `${ref}-02`])
		expect(page.items[0]!.constraints).toHaveLength(6)
	})

	it('"save" keeps a published list published; "draft" takes it back', async () => {
		const fields = fullForm({ 'items[0].ref': `${ref}-01`, 'items[1].ref': `${ref}-02`, title: '改过的标题', _action: 'save' })
		expect(refFrom(await settle(editAction(args(formRequest(`/my/demands/${ref}`, fields, memberA), { ref }))))).toEqual({ ref, notice: 'published' })
		expect(recordOf(ref)!.title).toBe('改过的标题')
		expect(recordOf(ref)!.status).toBe('published')
	})

	it('copies it as a new draft with new refs and the same items', async () => {
		const saved = refFrom(await settle(editAction(args(formRequest(`/my/demands/${ref}`, { _action: 'duplicate' }, memberA), { ref }))))
		expect(saved.notice).toBe('copied')
		const copyRef = saved.ref
		expect(copyRef).toBe(`DEM-${YEAR}-002`)
		const original = recordOf(ref)!
		const copy = recordOf(copyRef)!
		expect(copy.status).toBe('draft')
		expect(copy.title).toBe('改过的标题（副本）')
		expect(copy.items.map((i) => i.ref)).toEqual([`${copyRef}-01`, `${copyRef}-02`])
		const withoutRefs = (r: DemandRecord) => r.items.map(({ ref: _ref, ...rest }) => rest)
		expect(withoutRefs(copy)).toEqual(withoutRefs(original))
		expect(original.status).toBe('published')
	})

	it('closes it for responses', async () => {
		const saved = refFrom(await settle(editAction(args(formRequest(`/my/demands/${ref}`, { _action: 'close' }, memberA), { ref }))))
		expect(saved).toEqual({ ref, notice: 'closed' })
		expect(recordOf(ref)!.status).toBe('closed')
		// Still public, shown as closed.
		const page = await publicDemandLoader(args(getRequest(`/demands/${ref}`), { ref }))
		expect(page.list.open).toBe(false)
		const list = await listLoader(args(getRequest('/my/demands', memberA)))
		expect(list.counts).toEqual({ all: 2, draft: 1, published: 0, closed: 1 })
		const closedOnly = await listLoader(args(getRequest('/my/demands?status=closed', memberA)))
		expect(closedOnly.rows.map((r) => r.ref)).toEqual([ref])
	})

	it('takes a ref typed by the member, and numbers blank item refs after it', async () => {
		const fields = fullForm({ ref: ' BUR-A-2027-07 ', _action: 'publish' })
		const saved = refFrom(await settle(newAction(args(formRequest('/my/demands/new', fields, memberA)))))
		expect(saved).toEqual({ ref: 'BUR-A-2027-07', notice: 'published' })
		expect(recordOf('BUR-A-2027-07')!.items.map((i) => i.ref)).toEqual(['BUR-A-2027-07-01', 'BUR-A-2027-07-02'])
	})
})

describe('bad input: a field error beside the field, nothing written, what was typed kept', () => {
	it('refuses a list without items', async () => {
		const before = dump(db)
		const res = await newAction(args(formRequest('/my/demands/new', { title: '空清单', kind: 'procurement', _action: 'publish' }, memberA)))
		expect(statusOf(res)).toBe(400)
		const body = (await bodyOf(res)) as Reply
		expect(body.error!.items).toEqual(['至少需要 1 项'])
		expect(body.initialValue!.title).toBe('空清单')
		expect(dump(db)).toEqual(before)
	})

	it('names each problem at its row: quantity 0, between without value2, >= with text, unknown certification', async () => {
		const before = dump(db)
		const fields = fullForm({
			'items[0].quantity': '0',
			'items[0].specs[0].value': '很大',
			'items[0].specs[3].value2': '',
			'items[0].certifications': ['VEH', 'NOT-A-CERT'],
			'items[1].specs[1].name': '功率',
			'items[1].specs[1].op': 'between',
			'items[1].specs[1].value': '10',
			'items[1].specs[1].value2': '5',
			'items[1].specs[2].name': '防爆',
			'items[1].specs[2].op': 'has',
			'items[1].specs[2].value': 'Ex d',
			_action: 'publish',
		})
		const res = await newAction(args(formRequest('/my/demands/new', fields, memberA)))
		expect(statusOf(res)).toBe(400)
		const body = (await bodyOf(res)) as Reply
		expect(body.error).toEqual({
			'items[0].quantity': ['必须大于 0'],
			'items[0].specs[0].value': ['运算符 “>=” 需要数值'],
			'items[0].specs[3].value2': ['“between” 需要上限 value2'],
			'items[0].certifications[1]': ['未知的认证类型 “NOT-A-CERT”'],
			'items[1].specs[1].value2': ['上限 value2 不能小于下限 value'],
			'items[1].specs[2].value': ['“has” 不带取值'],
		})
		// The rejected form comes back as typed.
		const items = body.initialValue!.items as Record<string, unknown>[]
		expect(items[0]!.quantity).toBe('0')
		expect((items[0]!.specs as Record<string, unknown>[])[0]!.value).toBe('很大')
		expect(items[0]!.certifications).toEqual(['VEH', 'NOT-A-CERT'])
		expect(dump(db)).toEqual(before)
	})

	it('words the same problems in English for an English user', async () => {
		const res = await newAction(args(formRequest('/my/demands/new?lng=en', fullForm({ 'items[0].specs[3].value2': '', 'items[1].quantity': 'viele' }), memberA)))
		const body = (await bodyOf(res)) as Reply
		expect(body.error).toEqual({
			'items[0].specs[3].value2': ['"between" needs an upper bound value2'],
			'items[1].quantity': ['Enter the quantity as a number'],
		})
	})

	it('refuses a missing title, name and quantity, then an item ref used twice', async () => {
		const before = dump(db)
		const fields = fullForm({ title: '  ', 'items[1].name': '', 'items[1].quantity': '' })
		const body = (await bodyOf(await newAction(args(formRequest('/my/demands/new', fields, memberA))))) as Reply
		expect(body.error).toEqual({
			title: ['必填，不能为空'],
			'items[1].name': ['必填，不能为空'],
			'items[1].quantity': ['必填，不能为空'],
		})
		const twice = fullForm({ 'items[0].ref': 'X-1', 'items[1].ref': ' X-1 ' })
		const dup = (await bodyOf(await newAction(args(formRequest('/my/demands/new', twice, memberA))))) as Reply
		expect(dup.error).toEqual({ 'items[1]': ['条目编号 “X-1” 重复（与第 1 条相同）'] })
		expect(dump(db)).toEqual(before)
	})

	it('adds and removes rows without JavaScript (Conform list intents) and writes nothing', async () => {
		const before = dump(db)
		const insert = JSON.stringify({ type: 'insert', payload: { name: 'items[0].specs', defaultValue: { op: '>=' } } })
		const res = await newAction(args(formRequest('/my/demands/new', { ...fullForm(), __intent__: insert }, memberA)))
		expect(statusOf(res)).toBe(200)
		const body = (await bodyOf(res)) as Reply
		const specs = (body.initialValue!.items as { specs: unknown[] }[])[0]!.specs
		expect(specs).toHaveLength(7)
		expect(specs[6]).toEqual({ op: '>=' })
		const remove = JSON.stringify({ type: 'remove', payload: { name: 'items', index: 0 } })
		const removed = (await bodyOf(await newAction(args(formRequest('/my/demands/new', { ...fullForm(), __intent__: remove }, memberA))))) as Reply
		expect((removed.initialValue!.items as { name: string }[]).map((i) => i.name)).toEqual(['移动式照明灯塔'])
		// A tampered intent is bad input, not a crash.
		expect(statusOf(await newAction(args(formRequest('/my/demands/new', { ...fullForm(), __intent__: '{not json' }, memberA))))).toBe(400)
		expect(dump(db)).toEqual(before)
	})

	it('refuses a form without the CSRF token', async () => {
		const body = new URLSearchParams({ title: 'x', 'items[0].name': 'y', 'items[0].quantity': '1' })
		const req = new Request(`${BASE}/my/demands/new`, { method: 'POST', body, headers: { Cookie: memberA, 'Content-Type': 'application/x-www-form-urlencoded' } })
		expect(statusOf(await settle(newAction(args(req))))).toBe(403)
	})
})

describe('who may publish demand lists', () => {
	it('sends a visitor to log in', async () => {
		const res = (await settle(listLoader(args(getRequest('/my/demands'))))) as Response
		expect(res.status).toBe(302)
		expect(res.headers.get('Location')).toBe('/login?redirectTo=%2Fmy%2Fdemands')
	})

	it('lets an enterprise publish a finance or technology need', async () => {
		const d = await newLoader(args(getRequest('/my/demands/new', enterpriseMember)))
		expect(d.defaultValue.kind).toBe('finance')
		const fields = { title: '应急装备研发融资需求', kind: 'finance', deadline: DEADLINE, 'items[0].name': '流动资金贷款', 'items[0].quantity': '1', 'items[0].unit': '笔', _action: 'publish' }
		const saved = refFrom(await settle(newAction(args(formRequest('/my/demands/new', fields, enterpriseMember)))))
		expect(recordOf(saved.ref)).toMatchObject({ org: 'ENT-1', kind: 'finance', status: 'published' })
	})

	it('refuses a financial institution (403) everywhere, writing nothing', async () => {
		const before = dump(db)
		expect(statusOf(await settle(listLoader(args(getRequest('/my/demands', financeMember)))))).toBe(403)
		expect(statusOf(await settle(newLoader(args(getRequest('/my/demands/new', financeMember)))))).toBe(403)
		expect(statusOf(await settle(newAction(args(formRequest('/my/demands/new', { ...fullForm(), _action: 'publish' }, financeMember)))))).toBe(403)
		expect(dump(db)).toEqual(before)
	})
})

describe("one organization never reads or changes another's lists", () => {
	it('shows B only its own lists', async () => {
		const list = await listLoader(args(getRequest('/my/demands', memberB)))
		expect(list.rows.map((r) => r.ref)).toEqual([B_REF])
		const listA = await listLoader(args(getRequest('/my/demands', memberA)))
		expect(listA.rows.map((r) => r.ref)).not.toContain(B_REF)
	})

	it("answers 404 to A for B's list, whatever A asks, and B's list is unchanged", async () => {
		const before = dump(db)
		const ref = B_REF
		expect(statusOf(await settle(editLoader(args(getRequest(`/my/demands/${ref}`, memberA), { ref }))))).toBe(404)
		for (const _action of ['publish', 'save', 'draft', 'close', 'duplicate']) {
			const res = await settle(editAction(args(formRequest(`/my/demands/${ref}`, { ...fullForm(), _action }, memberA), { ref })))
			expect(statusOf(res), _action).toBe(404)
		}
		expect(dump(db)).toEqual(before)
		expect(recordOf(B_REF)).toMatchObject({ org: 'TEAM-B', status: 'draft', title: 'B 队的草稿清单' })
	})

	it("refuses to create a list under a ref another organization uses", async () => {
		const before = dump(db)
		const res = await newAction(args(formRequest('/my/demands/new', { ...fullForm(), ref: B_REF, _action: 'publish' }, memberA)))
		expect(statusOf(res)).toBe(409)
		expect(((await bodyOf(res)) as Reply).error!.ref).toEqual([`编号 “${B_REF}” 已被使用，请换一个，或留空自动生成`])
		expect(dump(db)).toEqual(before)
	})
})

describe('/my/import', () => {
	function upload(name: string, content: string | Uint8Array<ArrayBuffer>, cookie: string, csrf = CSRF_TOKEN): Request {
		const form = new FormData()
		form.set('csrf', csrf)
		form.set('file', new File([content], name))
		return new Request(`${BASE}/my/import`, { method: 'POST', body: form, headers: { Cookie: cookie } })
	}
	type Outcome = { kind: string; message?: string; counts?: [string, { created: number; updated: number; unchanged: number }][]; problems?: { type: string; ref?: string; field: string; code: string; message: string }[] }

	it('shows the form to any member, with the organization it imports for', async () => {
		expect((await importLoader(args(getRequest('/my/import', financeMember)))).org.ref).toBe('BANK-1')
		expect(statusOf(await settle(importLoader(args(getRequest('/my/import')))))).toBe(302)
	})

	it("imports a JSON file of the member's own organization", async () => {
		const doc = { demands: [{ ref: 'IMP-A-1', org: 'BUR-A', title: '导入的需求', deadline: DEADLINE, items: [{ ref: 'IMP-A-1-01', name: '冲锋舟', quantity: 4, specs: [{ name: '载员', op: '>=', value: 8, unit: '人' }] }] }] }
		const res = await importAction(args(upload('demands.json', JSON.stringify(doc), memberA)))
		expect(statusOf(res)).toBe(200)
		const body = (await bodyOf(res)) as Outcome
		expect(body).toEqual({ kind: 'ok', file: 'demands.json', counts: [['demand', { created: 1, updated: 0, unchanged: 0 }]] })
		expect(recordOf('IMP-A-1')).toMatchObject({ org: 'BUR-A', status: 'published', items: [{ ref: 'IMP-A-1-01', quantity: 4 }] })
		// The same file again changes nothing.
		const again = (await bodyOf(await importAction(args(upload('demands.json', JSON.stringify(doc), memberA))))) as Outcome
		expect(again.counts).toEqual([['demand', { created: 0, updated: 0, unchanged: 1 }]])
	})

	it("refuses a file holding another organization's record, and writes nothing", async () => {
		const before = dump(db)
		const ndjson = [
			{ type: 'demand', ref: 'IMP-A-2', org: 'BUR-A', title: '本机构的', deadline: DEADLINE, items: [{ ref: 'x-1', name: '头盔', quantity: 1 }] },
			{ type: 'demand', ref: 'IMP-B-2', org: 'TEAM-B', title: '别人的', items: [{ ref: 'y-1', name: '头盔', quantity: 1 }] },
		]
			.map((r) => JSON.stringify(r))
			.join('\n')
		const res = await importAction(args(upload('mixed.ndjson', ndjson, memberA)))
		expect(statusOf(res)).toBe(422)
		const body = (await bodyOf(res)) as Outcome
		expect(body.kind).toBe('rejected')
		expect(body.problems!.map((p) => [p.ref, p.field, p.code])).toEqual([['IMP-B-2', 'org', 'scope.otherOrg']])
		expect(body.problems![0]!.message).toBe('只能导入本机构（BUR-A）的记录')
		expect(dump(db)).toEqual(before)
	})

	it('lists every problem of a broken file instead of failing', async () => {
		const before = dump(db)
		const broken = await importAction(args(upload('broken.json', '{"demands": [ {"ref": ', memberA)))
		expect(statusOf(broken)).toBe(422)
		const body = (await bodyOf(broken)) as Outcome
		expect(body.problems!.map((p) => [p.type, p.code])).toEqual([['file', 'file.badJson']])
		const invalid = { demands: [{ ref: 'IMP-A-3', org: 'BUR-A', title: '', items: [{ ref: 'z', name: '泵', quantity: 0 }], colour: 'red' }] }
		const many = (await bodyOf(await importAction(args(upload('invalid.json', JSON.stringify(invalid), memberA))))) as Outcome
		expect(many.problems!.map((p) => p.field).sort()).toEqual(['colour', 'items.0.quantity', 'title'])
		const notASheet = (await bodyOf(await importAction(args(upload('data.xlsx', 'this is not a zip', memberA))))) as Outcome
		expect(notASheet.problems![0]!.code).toBe('file.badXlsx')
		expect(dump(db)).toEqual(before)
	})

	it('says a file over 50 MB is too large, and asks for a file when none is sent', async () => {
		const big = new Uint8Array(50 * 1024 * 1024 + 1)
		const res = await importAction(args(upload('huge.json', big, memberA)))
		expect(statusOf(res)).toBe(413)
		expect(((await bodyOf(res)) as Outcome).message).toBe('文件超过 50 MB 上限，请拆分后分批导入。')
		const empty = await importAction(args(upload('empty.json', '', memberA)))
		expect(statusOf(empty)).toBe(400)
		expect(((await bodyOf(empty)) as Outcome).message).toBe('请选择要导入的文件')
	})

	it('refuses an upload without the CSRF token', async () => {
		expect(statusOf(await settle(importAction(args(upload('demands.json', '{}', memberA, 'wrong-token-wrong-token-wrong-token-xx')))))).toBe(403)
	})
})

describe('publishing needs a deadline and dates not in the past (issue 12)', () => {
	const TODAY = todayIso()

	it('refuses to publish a list with a past deadline and need-by date, naming both in Chinese and keeping what was typed', async () => {
		const before = dump(db)
		const fields = fullForm({ ref: 'PAST-1', deadline: '2020-01-01', 'items[0].neededBy': '2020-02-01', _action: 'publish' })
		const res = await newAction(args(formRequest('/my/demands/new', fields, memberA)))
		expect(statusOf(res)).toBe(400)
		const body = (await bodyOf(res)) as Reply
		expect(body.error!.deadline).toEqual([`征集截止日期 2020-01-01 已过，请填写今天（${TODAY}）或以后的日期`])
		expect(body.error!['items[0].neededBy']).toEqual([`需用日期 2020-02-01 已过，请填写今天（${TODAY}）或以后的日期`])
		expect(body.initialValue!.deadline).toBe('2020-01-01')
		expect(dump(db)).toEqual(before)
	})

	it('refuses a requirement whose unit does not measure what its name says (排水流量 ≥ 500 kg), beside the unit, writing nothing', async () => {
		const before = dump(db)
		const fields = fullForm({ ref: 'UNIT-1', 'items[0].specs[0].unit': 'kg', _action: 'draft' })
		const res = await newAction(args(formRequest('/my/demands/new', fields, memberA)))
		expect(statusOf(res)).toBe(400)
		const body = (await bodyOf(res)) as Reply
		expect(body.error!['items[0].specs[0].unit']).toEqual(['单位 “kg” 与技术要求 “排水流量” 的量纲不符（应使用 m3/h / m3/min / L/s / L/min 等单位）'])
		expect(body.initialValue!['items[0].specs[0].unit'] ?? (body.initialValue as { items?: { specs?: { unit?: string }[] }[] }).items?.[0]?.specs?.[0]?.unit).toBe('kg')
		expect(dump(db)).toEqual(before)
	})

	it('asks for a deadline when publishing; a draft may be saved without one, or with a past one', async () => {
		const { deadline: _d, ...noDeadline } = fullForm({ ref: 'PAST-2' })
		const res = await newAction(args(formRequest('/my/demands/new', { ...noDeadline, _action: 'publish' }, memberA)))
		expect(statusOf(res)).toBe(400)
		expect(((await bodyOf(res)) as Reply).error!.deadline).toEqual(['发布前请填写征集截止日期'])
		expect(recordOf('PAST-2')).toBeNull()
		expect(refFrom(await settle(newAction(args(formRequest('/my/demands/new', { ...noDeadline, _action: 'draft' }, memberA)))))).toEqual({ ref: 'PAST-2', notice: 'draft' })
		const past = fullForm({ ref: 'PAST-3', deadline: '2020-01-01', _action: 'draft' })
		expect(refFrom(await settle(newAction(args(formRequest('/my/demands/new', past, memberA)))))).toEqual({ ref: 'PAST-3', notice: 'draft' })
		// and publishing that draft later is refused, in English for an English user
		const publish = await editAction(args(formRequest('/my/demands/PAST-3?lng=en', { ...past, _action: 'publish' }, memberA), { ref: 'PAST-3' }))
		expect(statusOf(publish)).toBe(400)
		expect(((await bodyOf(publish)) as Reply).error!.deadline).toEqual([`the deadline 2020-01-01 has passed; give today (${TODAY}) or a later date`])
		expect(recordOf('PAST-3')!.status).toBe('draft')
	})

	it('lets a list published before its deadline passed be edited with that date, but not moved to another past date', async () => {
		const old = { ref: 'OLD-1', org: 'BUR-A', title: '往年的清单', deadline: '2021-03-31', items: [{ ref: 'OLD-1-01', name: '救生衣', quantity: 30, unit: '件', neededBy: '2021-05-31' }] }
		expect(importDocument(db, { demands: [old] }).ok).toBe(true)
		const form = { title: '往年的清单（更正）', kind: 'procurement', deadline: '2021-03-31', 'items[0].ref': 'OLD-1-01', 'items[0].name': '救生衣', 'items[0].quantity': '30', 'items[0].unit': '件', 'items[0].neededBy': '2021-05-31' }
		expect(refFrom(await settle(editAction(args(formRequest('/my/demands/OLD-1', { ...form, _action: 'save' }, memberA), { ref: 'OLD-1' }))))).toEqual({ ref: 'OLD-1', notice: 'published' })
		expect(recordOf('OLD-1')!.title).toBe('往年的清单（更正）')
		const moved = await editAction(args(formRequest('/my/demands/OLD-1', { ...form, deadline: '2021-04-30', _action: 'save' }, memberA), { ref: 'OLD-1' }))
		expect(statusOf(moved)).toBe(400)
		expect(((await bodyOf(moved)) as Reply).error!.deadline).toEqual([`征集截止日期 2021-04-30 已过，请填写今天（${TODAY}）或以后的日期`])
	})

	it('leaves the import to the contract: an organization may load past lists, which the editor would not publish (ADR 019)', async () => {
		const doc = { demands: [{ ref: 'IMP-PAST', org: 'BUR-A', title: '过期的导入', deadline: '2020-01-01', items: [{ ref: 'IMP-PAST-1', name: '冲锋舟', quantity: 1, neededBy: '2019-12-31' }] }] }
		const res = await importAction(args(new Request(`${BASE}/my/import`, { method: 'POST', body: importForm('past.json', JSON.stringify(doc)), headers: { Cookie: memberA } })))
		expect(statusOf(res)).toBe(200)
		expect(recordOf('IMP-PAST')!.deadline).toBe('2020-01-01')
	})

	it('lists open demand lists first on /demands, closed and past-deadline ones after', async () => {
		expect(importDocument(db, { demands: [{ ref: 'ORD-OPEN', org: 'BUR-A', title: '开放中', deadline: DEADLINE, items: [{ ref: 'ORD-OPEN-1', name: '头盔', quantity: 1 }] }] }).ok).toBe(true)
		// published last, so the newest: before issue 12 it led the list although it has expired
		expect(importDocument(db, { demands: [{ ref: 'ORD-PAST', org: 'BUR-A', title: '已截止', deadline: '2020-01-01', items: [{ ref: 'ORD-PAST-1', name: '头盔', quantity: 1 }] }] }).ok).toBe(true)
		const page = await demandsLoader(args(getRequest('/demands')))
		const open = page.result.rows.map((r) => r.open)
		expect(open.indexOf(false)).toBeGreaterThan(0)
		expect(open.slice(open.indexOf(false))).not.toContain(true)
		expect(page.result.rows.map((r) => r.ref)).toContain('ORD-PAST')
		expect(page.result.rows.findIndex((r) => r.ref === 'ORD-PAST')).toBeGreaterThan(page.result.rows.findIndex((r) => r.ref === 'ORD-OPEN'))
	})
})

function importForm(name: string, content: string): FormData {
	const form = new FormData()
	form.set('csrf', CSRF_TOKEN)
	form.set('file', new File([content], name))
	return form
}
