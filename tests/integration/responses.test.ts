// Responses (响应/报价) through the route loaders and actions and the JSON API: the submission rules, each refused with
// a clear message and nothing written; updating and withdrawing; the owner's comparison page (and no one else's);
// award and delivery limits; notifications; saveDemand refusing to drop answered items; attachments served only to
// the two organizations.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { and, desc, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderNotificationText, renderNotificationTitle } from '#app/modules/notifications/message.ts'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { demandRecordById } from '#app/modules/demands/records.server.ts'
import { loader as publicDemandLoader } from '#app/routes/demands.$ref.tsx'
import { action as editAction } from '#app/routes/my.demands.$ref.tsx'
import { action as compareAction, loader as compareLoader } from '#app/routes/my.demands.$ref_.responses.tsx'
import { action as mineAction, loader as mineLoader } from '#app/routes/my.responses._index.tsx'
import { action as newAction, loader as newLoader } from '#app/routes/my.responses.new.tsx'
import { loader as attachmentLoader } from '#app/routes/attachments.$id.tsx'
import { action as apiPost } from '#app/routes/api.v1.demands.$ref_.items.$itemRef.responses.tsx'
import { loader as apiList } from '#app/routes/api.v1.demands.$ref_.responses.tsx'
import { recordToFormValue } from '#app/modules/demands/form.ts'
import { addDays } from '#app/modules/responses/warnings.ts'
import { todayIso } from '#app/utils/format.ts'
import type { Db } from '#db/client.server.ts'
import { auditLog, demandItems, demandLists, notifications, responseAttachments, responses } from '#db/schema/index.ts'
import { addMember, anonymousCookie, BASE, bodyOf, cookieFor, createOrg, createUser, CSRF_TOKEN, formRequest, getRequest, installAppDb, settle, statusOf } from '#tests/setup/app.ts'
import { reloadEnv } from '#app/env.server.ts'
import { dump } from '#tests/setup/db.ts'

let db: Db
let supplier: string // ENT-A: publishes listings, responds
let other: string // ENT-B: another supplier
let team: string // TEAM-1: owns DEM-1
let team2: string // TEAM-2: another team
let supplierUser: number
let teamUser: number
let entA: { id: number; ref: string }
let entB: { id: number; ref: string }
let team1: { id: number; ref: string }

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n')
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])

/** The supplier's newest "response decided" notification. */
const lastDecided = () =>
	db.select().from(notifications).where(and(eq(notifications.userId, supplierUser), eq(notifications.kind, 'response_decided'))).orderBy(desc(notifications.id)).get()!

beforeAll(async () => {
	process.env.ATTACHMENTS_DIR = mkdtempSync(path.join(tmpdir(), 'responses-'))
	reloadEnv()
	db = installAppDb()
	entA = createOrg(db, { kind: 'enterprise', ref: 'ENT-A', name: '甲装备公司' })
	entB = createOrg(db, { kind: 'enterprise', ref: 'ENT-B', name: '乙装备公司' })
	team1 = createOrg(db, { kind: 'rescue_team', ref: 'TEAM-1', name: '一号救援队' })
	const t2 = createOrg(db, { kind: 'rescue_team', ref: 'TEAM-2', name: '二号救援队' })
	const item = (ref: string, quantity = 10) => ({ ref, name: '正压式消防空气呼吸器', category: '020101', quantity, unit: '套', specs: [{ name: '气瓶容积', op: '>=', value: 6.8, unit: 'L' }] })
	const report = importDocument(
		db,
		{
			listings: [
				{ ref: 'L-A1', org: 'ENT-A', title: '正压式空气呼吸器 6.8L', category: '020101', specs: [{ name: '气瓶容积', value: 6.8, unit: 'L' }], price: { min: 8000 } },
				{ ref: 'L-A2', org: 'ENT-A', title: '正压式空气呼吸器 6L', category: '020101', specs: [{ name: '气瓶容积', value: 6, unit: 'L' }] },
				{ ref: 'L-A-DRAFT', org: 'ENT-A', title: '草稿产品', category: '020101', status: 'draft' },
				{ ref: 'L-B1', org: 'ENT-B', title: '乙公司空气呼吸器', category: '020101', specs: [{ name: '气瓶容积', value: 9, unit: 'L' }] },
			],
			demands: [
				{ ref: 'DEM-1', org: 'TEAM-1', title: '一号队空呼采购', deadline: '2099-12-31', items: [item('I-1', 10), item('I-2', 5), item('I-3', 4), item('I-4', 1)] },
				{ ref: 'DEM-OWN', org: 'ENT-A', title: '甲公司自己的需求', items: [item('O-1')] },
				{ ref: 'DEM-CLOSED', org: 'TEAM-1', title: '已截止', status: 'closed', items: [item('C-1')] },
				{ ref: 'DEM-PAST', org: 'TEAM-1', title: '已过期', deadline: '2020-01-01', items: [item('P-1')] },
				{ ref: 'DEM-2', org: 'TEAM-2', title: '二号队的清单', items: [item('T2-1')] },
				{
					ref: 'DEM-W',
					org: 'TEAM-2',
					title: '头盔与呼吸器',
					deadline: '2099-12-31',
					items: [
						{ ...item('W-1', 2), budgetPerUnit: 9000, neededBy: addDays(todayIso(), 30) },
						{ ...item('W-2', 2), specs: [{ name: '气瓶容积', op: '>=', value: 12, unit: 'L' }] },
					],
				},
			],
		},
		{ actor: { kind: 'operator', label: 'test' } },
	)
	expect(report).toMatchObject({ ok: true })
	const [u1, u2, u3, u4] = await Promise.all([1, 2, 3, 4].map(() => createUser(db)))
	addMember(db, entA.id, u1!.id)
	addMember(db, entB.id, u2!.id)
	addMember(db, team1.id, u3!.id)
	addMember(db, t2.id, u4!.id)
	supplierUser = u1!.id
	teamUser = u3!.id
	supplier = await cookieFor(db, u1!.id)
	other = await cookieFor(db, u2!.id)
	team = await cookieFor(db, u3!.id)
	team2 = await cookieFor(db, u4!.id)
})

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })
type Reply = { status?: string; error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> }

/** A multipart POST as a browser sends the response form. */
function multipart(pathname: string, fields: Record<string, string>, cookie: string, files: { name: string; bytes: Uint8Array; type?: string }[] = []): Request {
	const body = new FormData()
	body.set('csrf', CSRF_TOKEN)
	for (const [k, v] of Object.entries(fields)) body.append(k, v)
	for (const f of files) body.append('attachments', new File([f.bytes as Uint8Array<ArrayBuffer>], f.name, { type: f.type ?? 'application/octet-stream' }))
	return new Request(BASE + pathname, { method: 'POST', body, headers: { Cookie: cookie } })
}

const respond = (fields: Record<string, string>, cookie = supplier, files: { name: string; bytes: Uint8Array; type?: string }[] = []) =>
	settle(newAction(args(multipart('/my/responses/new', { list: 'DEM-1', item: 'I-1', listing: 'L-A1', quantity: '10', ...fields }, cookie, files))))

type Warned = Reply & { warnings?: { code: string; criteria?: string[] }[]; confirmKey?: string }

/** Submits, and confirms the warnings once when the form comes back with some (as a supplier who means it would). */
async function respondConfirmed(fields: Record<string, string>, cookie = supplier) {
	const first = await respond(fields, cookie)
	if (statusOf(first) !== 200) return first
	const { confirmKey } = (await bodyOf(first)) as Warned
	return respond({ ...fields, confirm: confirmKey ?? '' }, cookie)
}

const countResponses = () => db.select().from(responses).all().length
const item = (ref: string) => db.select().from(demandItems).where(eq(demandItems.ref, ref)).get()!

describe('submitting a response', () => {
	it('shows the item and the responder’s own published listings ranked by the matcher, with checklists', async () => {
		const d = (await newLoader(args(getRequest('/my/responses/new?list=DEM-1&item=I-1', supplier)))) as Awaited<ReturnType<typeof newLoader>>
		expect(d.refusal).toBeNull()
		expect(d.item.name).toBe('正压式消防空气呼吸器')
		expect(d.listings.map((l) => l.ref)).toEqual(['L-A1', 'L-A2']) // no draft, no other org's
		expect(d.listings[0]!.eligible).toBe(true)
		expect(d.listings[1]!.eligible).toBe(false)
		expect(d.listings[1]!.reasons.find((r) => r.criterion === 'spec:气瓶容积')).toMatchObject({ ok: false })
		expect(d.defaultValue.quantity).toBe('10')
	})

	it('creates the response with an attachment, updates the item totals, audits and notifies the demand owner', async () => {
		const res = (await respond({ unitPrice: '8200', quantity: '6', deliveryDays: '30', note: '含三年质保' }, supplier, [{ name: '报价单.pdf', bytes: PDF, type: 'text/plain' }])) as Response
		expect(res.status).toBe(302)
		expect(res.headers.get('Location')).toMatch(/^\/my\/responses\?saved=\d+$/)
		const row = db.select().from(responses).get()!
		expect(row).toMatchObject({ orgId: entA.id, unitPrice: 8200, quantity: 6, deliveryDays: 30, note: '含三年质保', status: 'submitted', userId: supplierUser })
		const files = db.select().from(responseAttachments).where(eq(responseAttachments.responseId, row.id)).all()
		expect(files).toHaveLength(1)
		expect(files[0]).toMatchObject({ fileName: '报价单.pdf', mime: 'application/pdf', bytes: PDF.byteLength })
		expect(item('I-1').respondedQty).toBe(6)
		expect(db.select().from(auditLog).where(and(eq(auditLog.entity, 'response'), eq(auditLog.entityId, row.id))).all().map((a) => a.action)).toEqual(['web.create'])
		const notes = db.select().from(notifications).where(eq(notifications.userId, teamUser)).all()
		expect(notes).toHaveLength(1)
		expect(notes[0]).toMatchObject({ kind: 'response_received', link: '/my/demands/DEM-1/responses' })
		expect(JSON.parse(notes[0]!.title)).toEqual({ key: 'alerts.messages.responseReceived', params: { org: '甲装备公司', item: '正压式消防空气呼吸器' } })
		expect(renderNotificationTitle(notes[0]!.title, 'zh-CN')).toBe('甲装备公司 响应了“正压式消防空气呼吸器”')
		expect(renderNotificationTitle(notes[0]!.title, 'en')).toBe('甲装备公司 responded to “正压式消防空气呼吸器”')
	})

	it('updates the response when submitted again while still “submitted” (one per item and listing)', async () => {
		const res = (await respond({ unitPrice: '7900', quantity: '8' })) as Response
		expect(res.status).toBe(302)
		expect(countResponses()).toBe(1)
		expect(db.select().from(responses).get()).toMatchObject({ unitPrice: 7900, quantity: 8 })
		expect(item('I-1').respondedQty).toBe(8)
		// no second notification for an update
		expect(db.select().from(notifications).where(eq(notifications.userId, teamUser)).all()).toHaveLength(1)
	})

	it.each([
		['its own organization’s list', { list: 'DEM-OWN', item: 'O-1' }, '不能响应本单位发布的需求', 403],
		['a closed list', { list: 'DEM-CLOSED', item: 'C-1' }, '该需求清单已截止征集，不再接受响应', 409],
		['a list past its deadline', { list: 'DEM-PAST', item: 'P-1' }, '该需求清单已过截止日期，不再接受响应', 409],
	])('refuses %s with a clear message, writing nothing', async (_, target, message, status) => {
		const before = countResponses()
		const res = await respond(target)
		expect(statusOf(res)).toBe(status)
		expect(((await bodyOf(res)) as Reply).error?.['']).toEqual([message])
		expect(countResponses()).toBe(before)
		// and the form page says so instead of offering the form
		const page = (await newLoader(args(getRequest(`/my/responses/new?list=${target.list}&item=${target.item}`, supplier)))) as Awaited<ReturnType<typeof newLoader>>
		expect(page.refusal).not.toBeNull()
		expect(page.listings).toEqual([])
	})

	it.each([
		['a draft listing', 'L-A-DRAFT', '该产品尚未上架（草稿或已下架），请先发布'],
		['another organization’s listing', 'L-B1', '本单位没有这个产品，请从列表中选择'],
		['an unknown listing', 'NOPE', '本单位没有这个产品，请从列表中选择'],
	])('refuses %s as a field error on the listing', async (_, listing, message) => {
		const before = countResponses()
		const res = await respond({ listing, item: 'I-2' })
		expect(statusOf(res)).toBe(422)
		expect(((await bodyOf(res)) as Reply).error?.listing).toEqual([message])
		expect(countResponses()).toBe(before)
	})

	it('refuses bad numbers and a long note with field errors, keeping what was typed', async () => {
		const res = await respond({ item: 'I-2', quantity: '0', unitPrice: '-1', deliveryDays: '1.5', note: '字'.repeat(2001) })
		expect(statusOf(res)).toBe(400)
		const body = (await bodyOf(res)) as Reply
		expect(body.error?.quantity).toEqual(['必须大于 0'])
		expect(body.error?.unitPrice).toEqual(['不能小于 0'])
		expect(body.error?.deliveryDays?.[0]).toMatch(/整数/)
		expect(body.error?.note).toEqual(['不能超过 2000 个字符'])
		expect(body.initialValue?.quantity).toBe('0')
		const huge = await respond({ item: 'I-2', quantity: '2000000000', unitPrice: 'abc' })
		expect(((await bodyOf(huge)) as Reply).error?.quantity).toEqual(['不能大于 1000000000'])
		expect(((await bodyOf(huge)) as Reply).error?.unitPrice?.[0]).toMatch(/数字/)
		expect(countResponses()).toBe(1)
	})

	it('judges attachments by their first bytes, not their name or type, and refuses oversize files', async () => {
		const fake = await respond({ item: 'I-2' }, supplier, [{ name: 'spec.pdf', bytes: new TextEncoder().encode('<html>not a pdf</html>'), type: 'application/pdf' }])
		expect(statusOf(fake)).toBe(400)
		expect(((await bodyOf(fake)) as Reply).error?.attachments).toEqual(['“spec.pdf” 不是 PDF、JPEG、PNG 或 WebP 文件（按文件内容识别，与扩展名无关）'])
		const big = new Uint8Array(5 * 1024 * 1024 + 1)
		big.set(PDF)
		const tooBig = await respond({ item: 'I-2' }, supplier, [{ name: 'big.pdf', bytes: big, type: 'application/pdf' }])
		expect(statusOf(tooBig)).toBe(400)
		expect(((await bodyOf(tooBig)) as Reply).error?.['attachments[0]'] ?? ((await bodyOf(tooBig)) as Reply).error?.attachments).toEqual(['附件 “big.pdf” 超过 5 MB 上限'])
		const four = await respond({ item: 'I-2' }, supplier, [1, 2, 3, 4].map((i) => ({ name: `${i}.png`, bytes: PNG })))
		expect(statusOf(four)).toBe(400)
		expect(((await bodyOf(four)) as Reply).error?.attachments).toEqual(['最多 3 项'])
		expect(countResponses()).toBe(1)
		expect(db.select().from(responseAttachments).all()).toHaveLength(1)
	})

	it('refuses members of organizations that may not respond, and a form without the CSRF token', async () => {
		expect(statusOf(await respond({}, team))).toBe(403)
		const req = new Request(`${BASE}/my/responses/new`, { method: 'POST', body: new URLSearchParams({ list: 'DEM-1', item: 'I-1', listing: 'L-A1', quantity: '1' }), headers: { Cookie: supplier } })
		expect(statusOf(await settle(newAction(args(req))))).toBe(403)
	})
})

describe('the responder’s list and withdrawing', () => {
	it('lists only the organization’s own responses', async () => {
		const mine = (await mineLoader(args(getRequest('/my/responses', supplier)))) as Awaited<ReturnType<typeof mineLoader>>
		expect(mine.rows.map((r) => [r.itemRef, r.listingRef, r.status])).toEqual([['I-1', 'L-A1', 'submitted']])
		const theirs = (await mineLoader(args(getRequest('/my/responses', other)))) as Awaited<ReturnType<typeof mineLoader>>
		expect(theirs.rows).toEqual([])
	})

	it('withdraws, and another organization cannot withdraw it', async () => {
		const r2 = (await respondConfirmed({ item: 'I-2', listing: 'L-A2', quantity: '5' })) as Response
		expect(r2.status).toBe(302)
		const id = db.select().from(responses).where(eq(responses.demandItemId, item('I-2').id)).get()!.id
		const foreign = await settle(mineAction(args(formRequest('/my/responses', { intent: 'withdraw', response: String(id) }, other))))
		expect(statusOf(foreign)).toBe(404)
		const ok = await mineAction(args(formRequest('/my/responses', { intent: 'withdraw', response: String(id) }, supplier)))
		expect(statusOf(ok)).toBe(200)
		expect(db.select().from(responses).where(eq(responses.id, id)).get()!.status).toBe('withdrawn')
		expect(item('I-2').respondedQty).toBe(0)
		const again = await mineAction(args(formRequest('/my/responses', { intent: 'withdraw', response: String(id) }, supplier)))
		expect(statusOf(again)).toBe(409)
		// a withdrawn response may be submitted again
		expect(((await respondConfirmed({ item: 'I-2', listing: 'L-A2', quantity: '5' })) as Response).status).toBe(302)
		expect(db.select().from(responses).where(eq(responses.id, id)).get()!.status).toBe('submitted')
	})
})

describe('comparing and deciding (the demand owner)', () => {
	let a1: number // ENT-A's response to I-1 (quantity 8)
	let b1: number // ENT-B's response to I-1 (quantity 9)
	const decide = (fields: Record<string, string>, cookie = team, ref = 'DEM-1') =>
		settle(compareAction(args(formRequest(`/my/demands/${ref}/responses`, { formId: 'f', ...fields }, cookie), { ref })))

	beforeAll(async () => {
		expect(((await respond({ listing: 'L-B1', quantity: '9', unitPrice: '9000' }, other)) as Response).status).toBe(302)
		a1 = db.select().from(responses).where(eq(responses.orgId, entA.id)).get()!.id
		b1 = db.select().from(responses).where(eq(responses.orgId, entB.id)).get()!.id
	})

	it('shows the responses side by side with totals and computed checklists', async () => {
		const d = (await compareLoader(args(getRequest('/my/demands/DEM-1/responses', team), { ref: 'DEM-1' }))) as Awaited<ReturnType<typeof compareLoader>>
		const i1 = d.items.find((i) => i.ref === 'I-1')!
		expect(i1.totals).toEqual({ requested: 10, responded: 17, awarded: 0, delivered: 0, remaining: 10 })
		expect(i1.responses.map((r) => [r.supplierName, r.quantity, r.total])).toEqual([
			['甲装备公司', 8, 63200],
			['乙装备公司', 9, 81000],
		])
		expect(i1.responses[0]!.checklist).toMatchObject({ eligible: true })
		expect(i1.responses[0]!.attachments).toHaveLength(1)
		expect(i1.responses[0]!.maxAward).toBe(8)
	})

	it('is the owner’s only: another team gets a 404 for the page and for every decision', async () => {
		expect(statusOf(await settle(compareLoader(args(getRequest('/my/demands/DEM-1/responses', team2), { ref: 'DEM-1' }))))).toBe(404)
		const res = await decide({ intent: 'award', response: String(a1), quantity: '1' }, team2)
		expect(statusOf(res)).toBe(404)
		// even naming its own list in the address
		expect(statusOf(await decide({ intent: 'shortlist', response: String(a1) }, team2, 'DEM-2'))).toBe(404)
		expect(db.select().from(responses).where(eq(responses.id, a1)).get()!.status).toBe('submitted')
		// nor can the supplier (an enterprise may publish demand lists, but this one is not its own)
		expect(statusOf(await decide({ intent: 'shortlist', response: String(a1) }, supplier))).toBe(404)
	})

	it('shortlists and notifies the responder', async () => {
		expect(statusOf(await decide({ intent: 'shortlist', response: String(a1) }))).toBe(200)
		expect(db.select().from(responses).where(eq(responses.id, a1)).get()!.status).toBe('shortlisted')
		const n = db.select().from(notifications).where(and(eq(notifications.userId, supplierUser), eq(notifications.kind, 'response_decided'))).all()
		expect(n).toHaveLength(1)
		expect(renderNotificationTitle(n[0]!.title, 'zh-CN')).toBe('您的响应已入围：正压式消防空气呼吸器')
		expect(renderNotificationTitle(n[0]!.title, 'en')).toBe('Your response was shortlisted: 正压式消防空气呼吸器')
		// a shortlisted response can no longer be changed by the supplier
		const res = await respond({ unitPrice: '1' })
		expect(statusOf(res)).toBe(409)
		expect(((await bodyOf(res)) as Reply).error?.['']).toEqual(['需求方已处理该响应（入围、中选或未采纳），不能再修改'])
	})

	it('awards within the offered and requested quantities, with clear errors beyond', async () => {
		const over = await decide({ intent: 'award', response: String(a1), quantity: '9' })
		expect(statusOf(over)).toBe(400)
		expect(((await bodyOf(over)) as { result: Reply }).result.error?.quantity).toEqual(['中选数量不能超过供应商的供应数量（最多 8）'])
		expect(statusOf(await decide({ intent: 'award', response: String(a1), quantity: '6' }))).toBe(200)
		const awarded = lastDecided()
		expect([renderNotificationTitle(awarded.title, 'zh-CN'), renderNotificationText(awarded.body!, 'zh-CN')]).toEqual(['您的响应已中选：正压式消防空气呼吸器', '中选数量 6'])
		expect([renderNotificationTitle(awarded.title, 'en'), renderNotificationText(awarded.body!, 'en')]).toEqual(['Your response was selected: 正压式消防空气呼吸器', 'Quantity awarded: 6'])
		const tooMuch = await decide({ intent: 'award', response: String(b1), quantity: '5' })
		expect(statusOf(tooMuch)).toBe(400)
		expect(((await bodyOf(tooMuch)) as { result: Reply }).result.error?.quantity).toEqual(['中选总量不能超过需求数量：本条目最多还能中选 4'])
		const zero = await decide({ intent: 'award', response: String(b1), quantity: '0' })
		expect(((await bodyOf(zero)) as { result: Reply }).result.error?.quantity).toEqual(['必须大于 0'])
		expect(statusOf(await decide({ intent: 'award', response: String(b1), quantity: '4' }))).toBe(200)
		expect(item('I-1')).toMatchObject({ awardedQty: 10, respondedQty: 17 })
		const d = (await compareLoader(args(getRequest('/my/demands/DEM-1/responses', team), { ref: 'DEM-1' }))) as Awaited<ReturnType<typeof compareLoader>>
		expect(d.items.find((i) => i.ref === 'I-1')!.totals.remaining).toBe(0)
	})

	it('records deliveries up to the awarded quantity', async () => {
		const over = await decide({ intent: 'deliver', response: String(a1), delivered: '7' })
		expect(statusOf(over)).toBe(400)
		expect(((await bodyOf(over)) as { result: Reply }).result.error?.delivered).toEqual(['到货数量不能超过中选数量'])
		expect(statusOf(await decide({ intent: 'deliver', response: String(a1), delivered: '6' }))).toBe(200)
		expect(renderNotificationTitle(lastDecided().title, 'en')).toBe('The buyer recorded a delivery: 正压式消防空气呼吸器')
		expect(renderNotificationText(lastDecided().body!, 'zh-CN')).toBe('累计到货 6')
		expect(item('I-1').deliveredQty).toBe(6)
		// a corrected award cannot drop below what was delivered
		const below = await decide({ intent: 'adjust', response: String(a1), quantity: '5' })
		expect(((await bodyOf(below)) as { result: Reply }).result.error?.quantity).toEqual(['中选数量不能少于已到货数量'])
	})

	it('offers an awarded response only delivery and a corrected quantity: the server refuses 中选 and 不采纳 on it (issue 12)', async () => {
		const compared = (await compareLoader(args(getRequest('/my/demands/DEM-1/responses', team), { ref: 'DEM-1' }))) as Awaited<ReturnType<typeof compareLoader>>
		const rows = compared.items.find((i) => i.ref === 'I-1')!.responses
		expect(rows.map((r) => [r.id, r.status, r.decisions])).toEqual([
			[a1, 'awarded', ['deliver', 'adjust']],
			[b1, 'awarded', ['deliver', 'adjust']],
		])
		// Nothing is offered as a quantity the user did not type: no prefilled award or delivery in the page's data.
		expect(rows[0]).not.toHaveProperty('defaultAward')
		expect(rows[0]).not.toHaveProperty('defaultDelivered')
		const before = dump(db)
		for (const intent of ['award', 'decline'] as const) {
			const res = await decide(intent === 'award' ? { intent, response: String(b1), quantity: '4' } : { intent, response: String(b1) })
			expect(statusOf(res)).toBe(409)
			expect(((await bodyOf(res)) as { result: Reply }).result.error?.['']).toEqual(['该响应当前的状态不允许这样处理'])
		}
		expect(dump(db)).toEqual(before)
		// another team cannot correct it, even naming its own list
		expect(statusOf(await decide({ intent: 'adjust', response: String(b1), quantity: '1' }, team2))).toBe(404)
		expect(statusOf(await decide({ intent: 'adjust', response: String(b1), quantity: '1' }, team2, 'DEM-2'))).toBe(404)
		// a corrected quantity within what is left is taken, and the supplier is told
		expect(statusOf(await decide({ intent: 'adjust', response: String(b1), quantity: '3' }))).toBe(200)
		const told = db.select().from(notifications).where(eq(notifications.kind, 'response_decided')).orderBy(desc(notifications.id)).get()!
		expect([renderNotificationTitle(told.title, 'zh-CN'), renderNotificationText(told.body!, 'zh-CN')]).toEqual(['您的响应中选数量已调整：正压式消防空气呼吸器', '中选数量 3'])
		expect(db.select().from(responses).where(eq(responses.id, b1)).get()).toMatchObject({ status: 'awarded', awardedQuantity: 3 })
		expect(item('I-1').awardedQty).toBe(9)
		const over = await decide({ intent: 'adjust', response: String(b1), quantity: '5' })
		expect(((await bodyOf(over)) as { result: Reply }).result.error?.quantity).toEqual(['中选总量不能超过需求数量：本条目最多还能中选 4'])
	})

	it('records a delivery only as typed: an empty delivered quantity is refused, not taken as the awarded one', async () => {
		const res = await decide({ intent: 'deliver', response: String(b1), delivered: '' })
		expect(statusOf(res)).toBe(400)
		expect(((await bodyOf(res)) as { result: Reply }).result.error?.delivered).toEqual(['必填，不能为空'])
		expect(db.select().from(responses).where(eq(responses.id, b1)).get()!.deliveredQuantity).toBe(0)
	})

	it('declines with a note; the supplier sees it; decisions are audited', async () => {
		expect(((await respond({ item: 'I-3', listing: 'L-B1', quantity: '4', unitPrice: '9000' }, other)) as Response).status).toBe(302)
		const b3 = db.select().from(responses).where(and(eq(responses.orgId, entB.id), eq(responses.demandItemId, item('I-3').id))).get()!.id
		expect(statusOf(await decide({ intent: 'decline', response: String(b3), note: '交货期过长' }))).toBe(200)
		expect(db.select().from(responses).where(eq(responses.id, b3)).get()).toMatchObject({ status: 'declined', awardedQuantity: 0, decisionNote: '交货期过长' })
		// the note is the demand owner's own words: stored and shown as plain text in every language
		const declined = db.select().from(notifications).where(eq(notifications.kind, 'response_decided')).orderBy(desc(notifications.id)).get()!
		expect(renderNotificationTitle(declined.title, 'en')).toBe('Your response was not accepted: 正压式消防空气呼吸器')
		expect(declined.body).toBe('交货期过长')
		expect(renderNotificationText(declined.body!, 'en')).toBe('交货期过长')
		const theirs = (await mineLoader(args(getRequest('/my/responses', other)))) as Awaited<ReturnType<typeof mineLoader>>
		expect(theirs.rows.find((r) => r.itemRef === 'I-3')).toMatchObject({ status: 'declined', decisionNote: '交货期过长' })
		expect(db.select().from(auditLog).where(and(eq(auditLog.entity, 'response'), eq(auditLog.entityId, b3))).all().map((a) => a.action)).toEqual(['web.create', 'web.decline'])
		expect(db.select().from(auditLog).where(and(eq(auditLog.entity, 'response'), eq(auditLog.entityId, b1))).all().map((a) => a.action)).toEqual(['web.create', 'web.award', 'web.adjust'])
	})
})

describe('protecting what suppliers wrote: saveDemand never drops an answered item', () => {
	it('the importer refuses with its own problem code, writing nothing', () => {
		const record = demandRecordById(db, db.select().from(demandLists).where(eq(demandLists.ref, 'DEM-1')).get()!.id)!
		const report = importDocument(db, { demands: [{ ...record, items: record.items.filter((i) => i.ref === 'I-3') }] }, { actor: { kind: 'operator', label: 'test' } })
		expect(report.ok).toBe(false)
		if (report.ok) return
		expect(report.problems.map((p) => [p.ref, p.field, p.code])).toEqual([
			['DEM-1', 'items', 'demandItem.hasResponses'],
			['DEM-1', 'items', 'demandItem.hasResponses'],
		])
		expect(report.problems[0]!.message).toMatch(/^条目 “I-[12]” 已收到 \d+ 条响应，不能删除/)
		expect(db.select().from(demandItems).where(eq(demandItems.listId, item('I-1').listId)).all()).toHaveLength(4)
		// removing an item without responses is still fine
		const ok = importDocument(db, { demands: [{ ...record, items: record.items.filter((i) => i.ref !== 'I-4') }] }, { actor: { kind: 'operator', label: 'test' } })
		expect(ok.ok).toBe(true)
	})

	it('the editor shows a field error on the items and keeps the form', async () => {
		const record = demandRecordById(db, item('I-1').listId)!
		const value = recordToFormValue({ ...record, items: record.items.filter((i) => i.ref === 'I-1' || i.ref === 'I-3') }) as Record<string, unknown>
		const fields: Record<string, string> = {}
		const flatten = (v: unknown, key: string) => {
			if (v === undefined || v === null) return
			if (Array.isArray(v)) v.forEach((x, i) => flatten(x, `${key}[${i}]`))
			else if (typeof v === 'object') for (const [k, x] of Object.entries(v)) flatten(x, key ? `${key}.${k}` : k)
			else fields[key] = String(v)
		}
		flatten(value, '')
		const res = await editAction(args(formRequest('/my/demands/DEM-1', { ...fields, _action: 'publish' }, team), { ref: 'DEM-1' }))
		expect(statusOf(res)).toBe(409)
		expect(((await bodyOf(res)) as Reply).error?.items).toEqual(['条目 “I-2” 已收到 1 条响应，不能删除；如不再需要，请关闭清单或保留该条目'])
		expect(db.select().from(demandItems).where(eq(demandItems.listId, item('I-1').listId)).all()).toHaveLength(3)
	})
})

describe('attachments', () => {
	it('are served as downloads to the responding and the owning organization only', async () => {
		const file = db.select().from(responseAttachments).get()!
		for (const cookie of [supplier, team]) {
			const res = (await attachmentLoader(args(getRequest(`/attachments/${file.id}`, cookie), { id: String(file.id) }))) as Response
			expect(res.status).toBe(200)
			expect(res.headers.get('Content-Type')).toBe('application/pdf')
			expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
			expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="___.pdf"; filename*=UTF-8''${encodeURIComponent('报价单.pdf')}`)
			expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF)
		}
		for (const cookie of [other, team2, await anonymousCookie()]) {
			expect(statusOf(await settle(attachmentLoader(args(getRequest(`/attachments/${file.id}`, cookie), { id: String(file.id) }))))).toBe(404)
		}
		expect(statusOf(await settle(attachmentLoader(args(getRequest('/attachments/abc', supplier), { id: 'abc' }))))).toBe(404)
	})
})

describe('the public demand page', () => {
	it('offers 响应/报价 to members who may respond, 登录后响应 to visitors, nothing to the owner', async () => {
		const as = async (cookie?: string) => ((await publicDemandLoader(args(getRequest('/demands/DEM-1', cookie), { ref: 'DEM-1' }))) as { respond: string | null }).respond
		expect(await as(supplier)).toBe('respond')
		expect(await as()).toBe('login')
		expect(await as(team)).toBeNull()
		expect(await as(team2)).toBeNull() // a team may not respond
		expect(((await publicDemandLoader(args(getRequest('/demands/DEM-CLOSED', supplier), { ref: 'DEM-CLOSED' }))) as { respond: string | null }).respond).toBeNull()
	})
})

describe('JSON API', () => {
	const post = (body: unknown, cookie: string, listRef = 'DEM-1', itemRef = 'I-3') =>
		apiPost(
			args(
				new Request(`${BASE}/api/v1/demands/${listRef}/items/${itemRef}/responses`, {
					method: 'POST',
					body: JSON.stringify(body),
					headers: { Cookie: cookie, Origin: BASE, 'Content-Type': 'application/json' },
				}),
				{ ref: listRef, itemRef },
			),
		)

	it('POST creates a response (201) with its computed checklist, quantity defaulting to the item’s', async () => {
		const res = await post({ listing: 'L-A1', unitPrice: 8100, deliveryDays: 20 }, supplier)
		expect(res.status).toBe(201)
		const body = (await res.json()) as { quantity: number; status: string; checklist: { eligible: boolean; reasons: { criterion: string; ok: boolean }[] } }
		expect(body).toMatchObject({ quantity: 4, status: 'submitted', unitPrice: 8100, listing: { ref: 'L-A1' }, item: { ref: 'I-3' } })
		expect(body.checklist.eligible).toBe(true)
		expect(body.checklist.reasons.find((r) => r.criterion === 'spec:气瓶容积')).toMatchObject({ ok: true })
		expect((await post({ listing: 'L-A1', unitPrice: 8000 }, supplier)).status).toBe(200)
	})

	it('answers bad input and refusals in the error shape', async () => {
		const bad = await post({ listing: 'L-A1', quantity: -1, extra: 1 }, supplier)
		expect(bad.status).toBe(422)
		const badBody = (await bad.json()) as { error: { code: string; issues: { path: string; message: string }[] } }
		expect(badBody.error.code).toBe('validation_failed')
		expect(badBody.error.issues.map((i) => i.path).sort()).toEqual(['extra', 'quantity'])
		const own = await post({ listing: 'L-A1' }, supplier, 'DEM-OWN', 'O-1')
		expect(own.status).toBe(403)
		expect(await own.json()).toEqual({ error: { code: 'forbidden', message: '不能响应本单位发布的需求' } })
		expect((await post({ listing: 'L-A1' }, supplier, 'DEM-CLOSED', 'C-1')).status).toBe(409)
		expect((await post({ listing: 'L-A1' }, supplier, 'DEM-1', 'NOPE')).status).toBe(404)
		expect((await post({ listing: 'L-B1' }, supplier)).status).toBe(422)
		expect((await post({ listing: 'L-A1' }, team)).status).toBe(403)
		expect((await post({ listing: 'L-A1' }, await anonymousCookie())).status).toBe(401)
	})

	it('GET lists the responses of the caller’s own list only', async () => {
		const get = (cookie: string) => apiList(args(new Request(`${BASE}/api/v1/demands/DEM-1/responses`, { headers: { Cookie: cookie } }), { ref: 'DEM-1' }))
		const res = await get(team)
		expect(res.status).toBe(200)
		const body = (await res.json()) as { items: { ref: string; awarded: number; responses: { supplier: { ref: string } }[] }[] }
		expect(body.items.find((i) => i.ref === 'I-1')).toMatchObject({ awarded: 9 })
		expect(body.items.find((i) => i.ref === 'I-3')!.responses.map((r) => r.supplier.ref)).toEqual(['ENT-B', 'ENT-A'])
		expect((await get(team2)).status).toBe(404)
		expect((await get(supplier)).status).toBe(404)
	})
})

describe('the response form guards against offers that do not fit', () => {
	const page = async (query: string) => (await newLoader(args(getRequest(`/my/responses/new?${query}`, supplier)))) as Awaited<ReturnType<typeof newLoader>>

	it('chooses only a listing that fits: the best eligible one, or none at all', async () => {
		const d = await page('list=DEM-W&item=W-1&listing=L-A2')
		expect(d.listings.map((l) => [l.ref, l.eligible, l.group])).toEqual([
			['L-A1', true, 'eligible'],
			['L-A2', false, 'near'],
		])
		expect(d.defaultValue.listing).toBe('L-A1') // the link named the 6 L one, which does not fit
		const none = await page('list=DEM-W&item=W-2')
		expect(none.listings.every((l) => !l.eligible)).toBe(true)
		expect(none.defaultValue.listing).toBe('')
	})

	it('warns on the first submit of 500 units, 99,999,999 元 and 999 days, writing nothing, and keeps what was typed', async () => {
		const before = countResponses()
		const fields = { list: 'DEM-W', item: 'W-1', quantity: '500', unitPrice: '99999999', deliveryDays: '999' }
		const res = await respond(fields)
		expect(statusOf(res)).toBe(200)
		const body = (await bodyOf(res)) as Warned
		expect(body.warnings?.map((w) => w.code)).toEqual(['quantityOverNeed', 'priceOverBudget', 'deliveryAfterNeed'])
		expect(body.initialValue).toMatchObject({ quantity: '500', unitPrice: '99999999', deliveryDays: '999', listing: 'L-A1' })
		expect(countResponses()).toBe(before)
		// a confirmation of other warnings (an older price) does not send it
		const stale = await respond({ ...fields, unitPrice: '20000', confirm: body.confirmKey! })
		expect(statusOf(stale)).toBe(200)
		expect(countResponses()).toBe(before)
		// confirming these very warnings sends it as typed
		const sent = (await respond({ ...fields, confirm: body.confirmKey! })) as Response
		expect(sent.status).toBe(302)
		expect(countResponses()).toBe(before + 1)
		expect(db.select().from(responses).where(eq(responses.demandItemId, item('W-1').id)).get()).toMatchObject({ quantity: 500, unitPrice: 99999999, deliveryDays: 999 })
	})

	it('warns when the chosen listing does not meet the item, naming what it fails', async () => {
		const res = await respond({ list: 'DEM-W', item: 'W-2', listing: 'L-A1', quantity: '2' })
		expect(statusOf(res)).toBe(200)
		expect(((await bodyOf(res)) as Warned).warnings).toEqual([{ code: 'ineligible', criteria: ['spec:气瓶容积'] }])
	})

	it('sends an offer that fits at once', async () => {
		const res = (await respond({ list: 'DEM-W', item: 'W-1', listing: 'L-A1', quantity: '2', unitPrice: '8500', deliveryDays: '10' })) as Response
		expect(res.status).toBe(302)
	})
})
