// The configuration-standard editor through its route loaders and actions, as a browser without JavaScript uses it:
// who may edit which standard (bureau own / other bureau / team / enterprise / anonymous / admin), every validation
// (field errors, nothing written), versioning (a new version moves the teams of the old one), the spreadsheet
// export round trip through importFile, and scoped imports of standards.
import { count, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { importDocument, importFile } from '#app/modules/imports/import-file.server.ts'
import { standardRecordById, teamRecordByOrgId } from '#app/modules/standards/records.server.ts'
import { listPublicStandards } from '#app/modules/standards/queries.server.ts'
import type { StandardRecord } from '#app/modules/standards/schema.ts'
import { loader as publicExport } from '#app/routes/downloads.standard[.xlsx].tsx'
import { action as editAction, loader as editLoader } from '#app/routes/my.standards.$id.tsx'
import { loader as exportLoader } from '#app/routes/my.standards.$id_.export[.xlsx].tsx'
import { loader as listLoader } from '#app/routes/my.standards._index.tsx'
import { action as newAction, loader as newLoader } from '#app/routes/my.standards.new.tsx'
import type { Db } from '#db/client.server.ts'
import { auditLog, inventoryLots, standards, teams } from '#db/schema/index.ts'
import { addMember, anonymousCookie, bodyOf, cookieFor, createOrg, createUser, formRequest, getRequest, installAppDb, settle, statusOf } from '#tests/setup/app.ts'
import { createTestDb } from '#tests/setup/db.ts'

let db: Db
let bureauA: { id: number; ref: string }
let bureauB: { id: number; ref: string }
let team: { id: number; ref: string }
let cookieA: string
let cookieB: string
let cookieTeam: string
let cookieEnterprise: string
let cookieAdmin: string
let platformId: number

const PLATFORM_CODE = 'PLAT-STD/示例站'

beforeAll(async () => {
	db = installAppDb()
	bureauA = createOrg(db, { kind: 'bureau', ref: 'BUR-A' })
	bureauB = createOrg(db, { kind: 'bureau', ref: 'BUR-B' })
	team = createOrg(db, { kind: 'rescue_team', ref: 'TEAM-1' })
	const enterprise = createOrg(db, { kind: 'enterprise', ref: 'ENT-1' })
	// A platform standard (imported by the operator: no owner).
	const report = importDocument(db, {
		standards: [{ code: PLATFORM_CODE, title: '平台示例标准', teamType: 'fire_station', items: [{ ref: 'P-01', name: '头盔', quantity: { perPerson: 1 }, mandatory: true }] }],
	})
	expect(report.ok).toBe(true)
	platformId = db.select({ id: standards.id }).from(standards).where(eq(standards.code, PLATFORM_CODE)).get()!.id
	const [a, b, tm, ent] = await Promise.all([1, 2, 3, 4].map(() => createUser(db)))
	const admin = await createUser(db, { platformRole: 'admin' })
	addMember(db, bureauA.id, a!.id, 'member')
	addMember(db, bureauB.id, b!.id)
	addMember(db, team.id, tm!.id)
	addMember(db, enterprise.id, ent!.id)
	cookieA = await cookieFor(db, a!.id)
	cookieB = await cookieFor(db, b!.id)
	cookieTeam = await cookieFor(db, tm!.id)
	cookieEnterprise = await cookieFor(db, ent!.id)
	cookieAdmin = await cookieFor(db, admin.id)
})

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })
type Reply = { status?: string; error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> }

let seq = 0
/** A valid form of a standard with two items: one per person with requirements, one fixed with a minimum. */
function fullForm(extra: Record<string, string | string[]> = {}): Record<string, string | string[]> {
	seq++
	return {
		code: `JX-TEST-${seq}/防汛队`,
		title: ' 防汛抢险队装备配备标准（测试） ',
		issuer: '江西省应急管理厅',
		teamType: 'flood_rescue',
		level: '市级',
		version: 'v1',
		'items[0].ref': 'FX-01',
		'items[0].name': '救生衣',
		'items[0].category': '030305',
		'items[0].quantity.perPerson': '1.2',
		'items[0].quantity.min': '10',
		'items[0].mandatory': 'on',
		'items[0].serviceLifeYears': '5',
		'items[0].specs[0].name': '浮力',
		'items[0].specs[0].op': '>=',
		'items[0].specs[0].value': '150',
		'items[0].specs[0].unit': 'N',
		'items[0].specs[1].name': '排水流量',
		'items[0].specs[1].op': 'between',
		'items[0].specs[1].value': '3000',
		'items[0].specs[1].value2': '5000',
		'items[0].specs[1].unit': 'm3/h',
		'items[0].certifications': ['CCS'],
		'items[1].name': '排水抢险车',
		'items[1].category': '030301',
		'items[1].quantity.fixed': '2',
		_action: 'publish',
		...extra,
	}
}

const standardCount = () => db.select({ n: count() }).from(standards).get()!.n
const idByCode = (code: string) => db.select({ id: standards.id }).from(standards).where(eq(standards.code, code)).get()?.id
const idFromLocation = (r: unknown) => Number(/\/my\/standards\/(\d+)/.exec((r as Response).headers.get('Location') ?? '')?.[1])

async function create(cookie: string, fields: Record<string, string | string[]>) {
	return settle(newAction(args(formRequest('/my/standards/new', fields, cookie))))
}

describe('who may edit which standard', () => {
	let ownId: number
	beforeAll(async () => {
		const r = await create(cookieA, fullForm({ code: 'BUR-A-STD/一级', _action: 'draft' }))
		expect(statusOf(r)).toBe(302)
		ownId = idFromLocation(r)
	})

	it('anonymous visitors are sent to log in; teams and enterprises are refused', async () => {
		const anon = await settle(listLoader(args(getRequest('/my/standards', await anonymousCookie()))))
		expect(statusOf(anon)).toBe(302)
		expect((anon as Response).headers.get('Location')).toMatch(/^\/login/)
		for (const cookie of [cookieTeam, cookieEnterprise]) {
			expect(statusOf(await settle(listLoader(args(getRequest('/my/standards', cookie)))))).toBe(403)
			expect(statusOf(await settle(newLoader(args(getRequest('/my/standards/new', cookie)))))).toBe(403)
			expect(statusOf(await settle(create(cookie, fullForm())))).toBe(403)
			expect(statusOf(await settle(editLoader(args(getRequest(`/my/standards/${ownId}`, cookie), { id: String(ownId) }))))).toBe(403)
		}
	})

	it('a bureau member creates standards owned by the bureau and lists only its own', async () => {
		expect(db.select({ owner: standards.ownerOrgId }).from(standards).where(eq(standards.id, ownId)).get()!.owner).toBe(bureauA.id)
		const list = (await listLoader(args(getRequest('/my/standards', cookieA)))) as { rows: { id: number; code: string }[] }
		expect(list.rows.map((r) => r.code)).toEqual(['BUR-A-STD/一级'])
		const listB = (await listLoader(args(getRequest('/my/standards', cookieB)))) as { rows: unknown[] }
		expect(listB.rows).toEqual([])
		const audit = db.select().from(auditLog).where(eq(auditLog.entity, 'standard')).all().filter((a) => a.entityId === ownId)
		expect(audit.map((a) => [a.action, a.orgId])).toEqual([['web.create', bureauA.id]])
	})

	it("another bureau can neither read, change, version, publish nor export a bureau's standard", async () => {
		const before = standardRecordById(db, ownId)
		const p = { id: String(ownId) }
		expect(statusOf(await settle(editLoader(args(getRequest(`/my/standards/${ownId}`, cookieB), p))))).toBe(404)
		expect(statusOf(await settle(editAction(args(formRequest(`/my/standards/${ownId}`, { ...fullForm(), title: '篡改' }, cookieB), p))))).toBe(404)
		for (const action of ['newVersion', 'publishStored', 'archive'])
			expect(statusOf(await settle(editAction(args(formRequest(`/my/standards/${ownId}`, { _action: action }, cookieB), p))))).toBe(404)
		expect(statusOf(await settle(exportLoader(args(getRequest(`/my/standards/${ownId}/export.xlsx`, cookieB), p))))).toBe(404)
		expect(standardRecordById(db, ownId)).toEqual(before)
		expect(standardCount()).toBe(2)
	})

	it('a bureau cannot edit the platform standards; a platform admin edits any', async () => {
		const p = { id: String(platformId) }
		expect(statusOf(await settle(editLoader(args(getRequest(`/my/standards/${platformId}`, cookieA), p))))).toBe(404)
		const list = (await listLoader(args(getRequest('/my/standards', cookieAdmin)))) as { rows: { code: string; ownerName: string | null }[] }
		expect(list.rows.map((r) => r.code).sort()).toEqual(['BUR-A-STD/一级', PLATFORM_CODE].sort())
		const form = { title: '平台示例标准（修订）', teamType: 'fire_station', 'items[0].ref': 'P-01', 'items[0].name': '头盔', 'items[0].quantity.perPerson': '1', 'items[0].mandatory': 'on', _action: 'save' }
		const r = await settle(editAction(args(formRequest(`/my/standards/${platformId}`, form, cookieAdmin), p)))
		expect(statusOf(r)).toBe(302)
		expect(standardRecordById(db, platformId)!.title).toBe('平台示例标准（修订）')
		expect(db.select({ owner: standards.ownerOrgId }).from(standards).where(eq(standards.id, platformId)).get()!.owner).toBeNull()
		// The admin also edits a bureau's standard.
		const own = await settle(editLoader(args(getRequest(`/my/standards/${ownId}`, cookieAdmin), { id: String(ownId) })))
		expect(statusOf(own)).toBe(200)
	})

	it('a malformed id is a 404, not a crash', async () => {
		for (const id of ['abc', '0', '-1', '1e3', '99999999'])
			expect(statusOf(await settle(editLoader(args(getRequest(`/my/standards/${id}`, cookieA), { id }))))).toBe(404)
	})
})

describe('validation: clear field errors, nothing written', () => {
	const cases: [string, Record<string, string | string[]>, string, RegExp][] = [
		['duplicate item refs', { 'items[1].ref': 'FX-01' }, 'items[1]', /条目编号 “FX-01” 重复/],
		['no quantity rule', { 'items[1].quantity.fixed': '' }, 'items[1].quantity', /固定数量.*按人配备.*之一/],
		['both quantity rules', { 'items[0].quantity.fixed': '3' }, 'items[0].quantity', /只能填写一项/],
		['a negative quantity', { 'items[1].quantity.fixed': '-2' }, 'items[1].quantity.fixed', /不能小于 0/],
		['a negative minimum', { 'items[0].quantity.min': '-1' }, 'items[0].quantity.min', /不能小于 0/],
		['a non-numeric quantity', { 'items[1].quantity.fixed': '两台' }, 'items[1].quantity.fixed', /固定数量请填写数字/],
		['an unknown category', { 'items[0].category': '999999' }, 'items[0].category', /未知的装备分类代码 “999999”/],
		['an unknown certification', { 'items[0].certifications': ['CCS', 'FAKE'] }, 'items[0].certifications[1]', /未知的认证类型 “FAKE”/],
		['a non-numeric value for >=', { 'items[0].specs[0].value': '很大' }, 'items[0].specs[0].value', /需要数值/],
		['between with value2 < value', { 'items[0].specs[1].value2': '2000' }, 'items[0].specs[1].value2', /上限 value2 不能小于下限 value/],
		['an unknown unit', { 'items[0].specs[1].unit': 'furlongs' }, 'items[0].specs[1].unit', /无法识别的单位 “furlongs”/],
		['a unit of the wrong dimension', { 'items[0].specs[1].unit': 'kg' }, 'items[0].specs[1].unit', /单位 “kg” 与技术要求 “排水流量” 的量纲不符（应使用 m3\/h/],
		['a missing title', { title: '  ' }, 'title', /必填/],
		['an unknown team type', { teamType: 'pirates' }, 'teamType', /未知的队伍类型/],
		['a service life that is not a whole number', { 'items[0].serviceLifeYears': '2.5' }, 'items[0].serviceLifeYears', /使用年限请填写整数年数/],
	]
	it.each(cases)('%s', async (_name, change, field, message) => {
		const before = standardCount()
		const r = await create(cookieA, fullForm(change))
		expect(statusOf(r)).toBe(400)
		const reply = (await bodyOf(r)) as Reply
		expect(reply.error?.[field]?.join(' ')).toMatch(message)
		// What the user typed comes back.
		expect(JSON.stringify(reply.initialValue)).toContain('江西省应急管理厅')
		expect(standardCount()).toBe(before)
	})

	it('errors are worded in English for English users', async () => {
		const r = await settle(newAction(args(formRequest('/my/standards/new?lng=en', fullForm({ 'items[0].specs[1].unit': 'kg' }), cookieA))))
		expect(statusOf(r)).toBe(400)
		const reply = (await bodyOf(r)) as Reply
		expect(reply.error?.['items[0].specs[1].unit']?.[0]).toMatch(/does not measure "排水流量"/)
	})

	it('a standard whose code already exists is a 409 on the code field', async () => {
		const before = standardCount()
		for (const code of [PLATFORM_CODE, 'BUR-A-STD/一级']) {
			const r = await create(cookieB, fullForm({ code }))
			expect(statusOf(r)).toBe(409)
			expect(((await bodyOf(r)) as Reply).error?.code?.[0]).toMatch(`标准代码 “${code}” 已存在`)
		}
		expect(standardCount()).toBe(before)
	})

	it('adding, removing and reordering items without JavaScript saves nothing and keeps the input', async () => {
		const before = standardCount()
		const reorder = await create(cookieA, fullForm({ __intent__: JSON.stringify({ type: 'reorder', payload: { name: 'items', from: 1, to: 0 } }) }))
		expect(statusOf(reorder)).toBe(200)
		const value = ((await bodyOf(reorder)) as Reply).initialValue as { items: { name: string }[] }
		expect(value.items.map((i) => i.name)).toEqual(['排水抢险车', '救生衣'])
		const tampered = await create(cookieA, fullForm({ __intent__: 'not json' }))
		expect(statusOf(tampered)).toBe(400)
		expect(standardCount()).toBe(before)
	})

	it('a valid form saves every field through saveStandard', async () => {
		const r = await create(cookieA, fullForm({ code: 'FULL/1' }))
		expect(statusOf(r)).toBe(302)
		expect(standardRecordById(db, idFromLocation(r))).toEqual({
			code: 'FULL/1',
			title: '防汛抢险队装备配备标准（测试）',
			issuer: '江西省应急管理厅',
			teamType: 'flood_rescue',
			level: '市级',
			version: 'v1',
			status: 'published',
			items: [
				{
					ref: 'FX-01',
					name: '救生衣',
					category: '030305',
					quantity: { perPerson: 1.2, min: 10 },
					mandatory: true,
					serviceLifeYears: 5,
					specs: [
						{ name: '浮力', op: '>=', value: 150, unit: 'N' },
						{ name: '排水流量', op: 'between', value: 3000, value2: 5000, unit: 'm3/h' },
					],
					certifications: ['CCS'],
				},
				// The blank ref follows the numbering of the others; an unticked box is an optional item.
				{ ref: 'FX-02', name: '排水抢险车', category: '030301', quantity: { fixed: 2 }, mandatory: false },
			],
		} satisfies StandardRecord)
	})
})

describe('versions', () => {
	let v1: number
	let v2: number
	const CODE = 'BUR-A/特勤站'

	beforeAll(async () => {
		const r = await create(cookieA, fullForm({ code: CODE, version: '第1版' }))
		v1 = idFromLocation(r)
		// The team is equipped against it, with lots keyed to both items.
		const report = importDocument(db, {
			teams: [{ org: team.ref, standard: CODE, headcount: 20, inventory: [{ item: 'FX-01', quantity: 15, acquiredYear: 2024 }, { item: 'FX-02', quantity: 1 }] }],
		})
		expect(report.ok).toBe(true)
	})

	it('a published standard that teams use is not edited in place', async () => {
		const p = { id: String(v1) }
		const page = (await editLoader(args(getRequest(`/my/standards/${v1}`, cookieA), p))) as { locked: boolean; teamCount: number; teams: { name: string }[] }
		expect(page).toMatchObject({ locked: true, teamCount: 1 })
		expect(page.teams).toHaveLength(1)
		const before = standardRecordById(db, v1)
		const r = await settle(editAction(args(formRequest(`/my/standards/${v1}`, fullForm({ code: CODE, title: '改了' , _action: 'save' }), cookieA), p)))
		expect(statusOf(r)).toBe(409)
		expect(standardRecordById(db, v1)).toEqual(before)
	})

	it('"new version" makes a draft <code>@v2 with the version bumped; asking again opens the same draft', async () => {
		const p = { id: String(v1) }
		const r = await settle(editAction(args(formRequest(`/my/standards/${v1}`, { _action: 'newVersion' }, cookieA), p)))
		expect(statusOf(r)).toBe(302)
		expect((r as Response).headers.get('Location')).toMatch(/saved=version$/)
		v2 = idFromLocation(r)
		const draft = standardRecordById(db, v2)!
		expect(draft).toMatchObject({ code: `${CODE}@v2`, version: '第2版', status: 'draft' })
		expect(draft.items).toEqual(standardRecordById(db, v1)!.items)
		const again = await settle(editAction(args(formRequest(`/my/standards/${v1}`, { _action: 'newVersion' }, cookieA), p)))
		expect(idFromLocation(again)).toBe(v2)
		expect((again as Response).headers.get('Location')).toMatch(/saved=versionExists$/)
		// The old version is still current: the team still uses it.
		expect(db.select().from(teams).where(eq(teams.orgId, team.id)).get()!.standardId).toBe(v1)
	})

	it('publishing the new version archives the old one and moves its teams, in one audited transaction', async () => {
		// The draft drops item FX-02 and changes FX-01's rule.
		const form = fullForm({ code: `${CODE}@v2`, version: '第2版', 'items[0].quantity.perPerson': '1.5', _action: 'publish' })
		for (const k of Object.keys(form)) if (k.startsWith('items[1]')) delete form[k]
		const r = await settle(editAction(args(formRequest(`/my/standards/${v2}`, form, cookieA), { id: String(v2) })))
		expect(statusOf(r)).toBe(302)
		expect((r as Response).headers.get('Location')).toMatch(/saved=moved&moved=1$/)
		expect(standardRecordById(db, v1)!.status).toBe('archived')
		expect(standardRecordById(db, v2)!.status).toBe('published')
		const t = teamRecordByOrgId(db, team.id)!
		expect(t.standard).toBe(`${CODE}@v2`)
		// Lots keyed to a kept item stay keyed; the lot of the dropped item stays on hand under its name.
		expect(t.inventory).toEqual([
			{ item: 'FX-01', quantity: 15, acquiredYear: 2024 },
			{ name: '排水抢险车', quantity: 1 },
		])
		expect(db.select({ n: count() }).from(inventoryLots).where(eq(inventoryLots.teamOrgId, team.id)).get()!.n).toBe(2)
		const audit = db.select().from(auditLog).all()
		expect(audit.some((a) => a.entity === 'team' && a.entityId === team.id && a.action === 'web.update' && a.orgId === team.id)).toBe(true)
		expect(audit.filter((a) => a.entity === 'standard' && a.entityId === v1).map((a) => (a.after as { status: string }).status)).toContain('archived')
	})

	it('the edit page lists the chain of versions and the change log', async () => {
		const page = (await editLoader(args(getRequest(`/my/standards/${v2}`, cookieA), { id: String(v2) }))) as {
			chain: { code: string; status: string; teamCount: number }[]
			history: { action: string; after: { code?: string; status?: string } | null }[]
		}
		expect(page.chain.map((v) => [v.code, v.status, v.teamCount])).toEqual([
			[CODE, 'archived', 0],
			[`${CODE}@v2`, 'published', 1],
		])
		expect(page.history.map((h) => `${h.action}:${h.after?.code}:${h.after?.status}`)).toEqual(
			expect.arrayContaining([`web.create:${CODE}:published`, `web.create:${CODE}@v2:draft`, `web.update:${CODE}@v2:published`, `web.update:${CODE}:archived`]),
		)
		// Another bureau's chain with the same base code is not part of it.
		expect(page.chain.every((v) => v.code.startsWith(CODE))).toBe(true)
	})

	it('an archived version is read-only; archiving from the list works and is refused twice', async () => {
		const p = { id: String(v1) }
		expect(statusOf(await settle(editAction(args(formRequest(`/my/standards/${v1}`, fullForm({ code: CODE, _action: 'save' }), cookieA), p))))).toBe(409)
		const other = idFromLocation(await create(cookieA, fullForm({ code: 'ARCH/1' })))
		const r = await settle(editAction(args(formRequest(`/my/standards/${other}`, { _action: 'archive' }, cookieA), { id: String(other) })))
		expect((r as Response).headers.get('Location')).toMatch(/saved=archived/)
		expect(standardRecordById(db, other)!.status).toBe('archived')
		expect(statusOf(await settle(editAction(args(formRequest(`/my/standards/${other}`, { _action: 'archive' }, cookieA), { id: String(other) }))))).toBe(409)
	})

	it('a draft is published from the list', async () => {
		const id = idFromLocation(await create(cookieA, fullForm({ code: 'DRAFT/1', _action: 'draft' })))
		expect(standardRecordById(db, id)!.status).toBe('draft')
		const r = await settle(editAction(args(formRequest(`/my/standards/${id}`, { _action: 'publishStored' }, cookieA), { id: String(id) })))
		expect((r as Response).headers.get('Location')).toMatch(/saved=published/)
		expect(standardRecordById(db, id)!.status).toBe('published')
	})
})

describe('export and import', () => {
	it('the exported workbook imports back unchanged, and into a fresh database as the same record', async () => {
		const id = idFromLocation(await create(cookieA, fullForm({ code: 'EXPORT/一级站' })))
		const res = (await exportLoader(args(getRequest(`/my/standards/${id}/export.xlsx`, cookieA), { id: String(id) }))) as Response
		expect(res.headers.get('Content-Type')).toMatch(/spreadsheetml/)
		expect(res.headers.get('Content-Disposition')).toContain(encodeURIComponent('EXPORT_一级站.xlsx'))
		const bytes = new Uint8Array(await res.arrayBuffer())
		const actor = { kind: 'organization' as const, orgId: bureauA.id, orgRef: bureauA.ref }
		const again = await importFile(db, bytes, 'standard.xlsx', { actor })
		expect(again).toEqual({ ok: true, counts: expect.objectContaining({ standard: { created: 0, updated: 0, unchanged: 1 } }) })
		const { db: fresh } = createTestDb()
		const copy = await importFile(fresh, bytes, 'standard.xlsx')
		expect(copy.ok).toBe(true)
		const freshId = fresh.select({ id: standards.id }).from(standards).where(eq(standards.code, 'EXPORT/一级站')).get()!.id
		expect(standardRecordById(fresh, freshId)).toEqual(standardRecordById(db, id))
	})

	it('the public export serves published standards only', async () => {
		const ok = (await publicExport(args(getRequest(`/downloads/standard.xlsx?code=${encodeURIComponent(PLATFORM_CODE)}`)))) as Response
		expect(ok.status).toBe(200)
		const { db: fresh } = createTestDb()
		expect((await importFile(fresh, new Uint8Array(await ok.arrayBuffer()), 'x.xlsx')).ok).toBe(true)
		const draft = idFromLocation(await create(cookieA, fullForm({ code: 'SECRET/draft', _action: 'draft' })))
		expect(draft).toBeGreaterThan(0)
		for (const code of ['SECRET/draft', 'NOPE'])
			expect(statusOf(await settle(publicExport(args(getRequest(`/downloads/standard.xlsx?code=${encodeURIComponent(code)}`)))))).toBe(404)
	})

	it("a bureau imports standards it owns and new ones, never another organization's or the platform's", async () => {
		const actorA = { kind: 'organization' as const, orgId: bureauA.id, orgRef: bureauA.ref }
		const actorB = { kind: 'organization' as const, orgId: bureauB.id, orgRef: bureauB.ref }
		const mine = standardRecordById(db, idByCode('EXPORT/一级站')!)!
		const changed = importDocument(db, { standards: [{ ...mine, title: '导入修改的标题' }] }, { actor: actorA })
		expect(changed.ok && changed.counts.standard).toEqual({ created: 0, updated: 1, unchanged: 0 })
		const fresh = importDocument(db, { standards: [{ ...mine, code: 'IMPORTED/B', title: 'B 新建' }] }, { actor: actorB })
		expect(fresh.ok && fresh.counts.standard.created).toBe(1)
		expect(db.select({ owner: standards.ownerOrgId }).from(standards).where(eq(standards.code, 'IMPORTED/B')).get()!.owner).toBe(bureauB.id)

		const before = standardRecordById(db, idByCode('EXPORT/一级站')!)
		const platformBefore = standardRecordById(db, platformId)
		const takeover = importDocument(
			db,
			{ standards: [{ ...mine, title: '抢别人的标准' }, { ...platformBefore!, title: '改平台的标准' }] },
			{ actor: actorB },
		)
		expect(!takeover.ok && takeover.problems.map((p) => [p.ref, p.code])).toEqual([
			['EXPORT/一级站', 'scope.standardOwnedElsewhere'],
			[PLATFORM_CODE, 'scope.standardOwnedElsewhere'],
		])
		expect(standardRecordById(db, idByCode('EXPORT/一级站')!)).toEqual(before)
		expect(standardRecordById(db, platformId)).toEqual(platformBefore)

		const teamImport = importDocument(db, { standards: [{ ...mine, code: 'TEAM/S' }] }, { actor: { kind: 'organization', orgId: team.id, orgRef: team.ref } })
		expect(!teamImport.ok && teamImport.problems.map((p) => p.code)).toEqual(['scope.standardsForbidden'])
	})

	it('the importer rejects wrong units and quantity rules with the same messages', () => {
		const report = importDocument(db, {
			standards: [
				{
					code: 'BAD/1',
					title: '坏标准',
					teamType: 'flood_rescue',
					items: [
						{ ref: 'A', name: '泵', quantity: { fixed: 1, perPerson: 1 }, specs: [{ name: '排水流量', op: '>=', value: 3, unit: 'kg' }] },
						{ ref: 'B', name: '灯', quantity: { min: 1 }, specs: [{ name: '照明时间', op: '>=', value: 3, unit: 'parsecs' }] },
					],
				},
			],
		})
		expect(!report.ok && report.problems.map((p) => [p.field, p.code])).toEqual([
			['items.0.quantity', 'quantity.both'],
			['items.0.specs.0.unit', 'unit.wrongDimension'],
			['items.1.quantity', 'quantity.rule'],
			['items.1.specs.0.unit', 'unit.unknown'],
		])
	})
})

describe('public pages', () => {
	it("an unverified bureau's published standard is not public until the bureau is verified", async () => {
		const unverified = createOrg(db, { kind: 'bureau', ref: 'BUR-NEW', verified: false })
		const u = await createUser(db)
		addMember(db, unverified.id, u.id)
		const r = await create(await cookieFor(db, u.id), fullForm({ code: 'UNVERIFIED/1' }))
		expect(statusOf(r)).toBe(302)
		expect(standardRecordById(db, idFromLocation(r))!.status).toBe('published')
		const codes = listPublicStandards(db).map((s) => s.code)
		expect(codes).not.toContain('UNVERIFIED/1')
		expect(codes).toContain('FULL/1')
		expect(codes).not.toContain('SECRET/draft')
	})
})
