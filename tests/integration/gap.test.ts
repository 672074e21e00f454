// Gap analysis end to end through the app's entry points: GET /api/v1/teams/:org/gap and `cli gap --json` give the
// examples README result for the sample file; who may read a team's gap; the /my/gap page; and "生成需求清单草稿",
// which writes a draft demand list owned by the team, not public and not searchable.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { demandRecordById } from '#app/modules/demands/records.server.ts'
import { teamRecordByOrgId } from '#app/modules/standards/records.server.ts'
import { getPublicDemand, listPublicDemands } from '#app/modules/demands/queries.server.ts'
import { setOwnedDemandStatus } from '#app/modules/demands/owned.server.ts'
import * as gapApiRoute from '#app/routes/api.v1.teams.$org.gap.tsx'
import * as gapPage from '#app/routes/my.gap.tsx'
import * as inventory from '#app/routes/my.inventory.tsx'
import * as dashboard from '#app/routes/my._index.tsx'
import { action as editorAction, loader as editorLoader } from '#app/routes/my.demands.$ref.tsx'
import { loader as searchLoader } from '#app/routes/api.v1.search.tsx'
import { action as tokensAction } from '#app/routes/my.tokens.tsx'
import { todayIso } from '#app/utils/format.ts'
import type { Db } from '#db/client.server.ts'
import { auditLog, demandLists, organizations, teams } from '#db/schema/index.ts'
import { addMember, anonymousCookie, BASE, bodyOf, cookieFor, createOrg, createUser, formRequest, getRequest, installAppDb, settle, statusOf } from '#tests/setup/app.ts'
import { dump, SAMPLE_FILE, tempDir } from '#tests/setup/db.ts'

const SAMPLE = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as unknown

/** What interchange.md's examples README says `gap ORG-EX-3` gives. */
const EXPECTED = {
	standard: 'EX-矿山救护中队',
	shortfalls: [
		{ item: 'EX-MR-1', name: '4h正压氧气呼吸器', required: 27, have: 20, shortfall: 7, mandatory: true },
		{ item: 'EX-MR-2', name: '备用呼吸器', required: 6, have: 3, shortfall: 3, mandatory: true },
		{ item: 'EX-MR-3', name: '红外测温仪', required: 1, have: 0, shortfall: 1, mandatory: false },
	],
	expiring: [],
}

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} }) as never

async function gapApi(org: string, opts: { cookie?: string; token?: string; lang?: string } = {}) {
	const headers = new Headers()
	if (opts.cookie) headers.set('Cookie', opts.cookie)
	if (opts.token) headers.set('Authorization', `Bearer ${opts.token}`)
	const request = new Request(`${BASE}/api/v1/teams/${encodeURIComponent(org)}/gap${opts.lang ? `?lang=${opts.lang}` : ''}`, { headers })
	const res = (await gapApiRoute.loader(args(request, { org }))) as Response
	expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
	return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: { code: string; message: string } } }
}

let db: Db
const orgId = (ref: string) => db.select({ id: organizations.id }).from(organizations).where(eq(organizations.ref, ref)).get()!.id

/** A logged-in member (owner) of the organization with this ref. */
async function memberOf(ref: string, role: 'owner' | 'member' = 'owner') {
	const user = await createUser(db)
	addMember(db, orgId(ref), user.id, role)
	return { user, cookie: await cookieFor(db, user.id) }
}

beforeAll(() => {
	db = installAppDb()
	const report = importDocument(db, SAMPLE, { actor: { kind: 'operator', label: 'test' } })
	expect(report.ok).toBe(true)
})

describe('GET /api/v1/teams/:org/gap', () => {
	it('gives the team exactly the examples README result', async () => {
		const { cookie } = await memberOf('ORG-EX-3', 'member')
		const { status, body } = await gapApi('ORG-EX-3', { cookie })
		expect(status).toBe(200)
		expect(body).toEqual(EXPECTED)
	})

	it("accepts the team's own API token", async () => {
		const { cookie } = await memberOf('ORG-EX-3')
		const res = await tokensAction(args(formRequest('/my/tokens', { intent: 'create', name: '台账系统' }, cookie)))
		const token = ((await bodyOf(res)) as { created: { token: string } }).created.token
		const { status, body } = await gapApi('ORG-EX-3', { token })
		expect(status).toBe(200)
		expect(body).toEqual(EXPECTED)
	})

	it('lets verified bureaus and platform admins read any team', async () => {
		const bureau = await memberOf('ORG-EX-4', 'member')
		expect((await gapApi('ORG-EX-3', { cookie: bureau.cookie })).body).toEqual(EXPECTED)
		const admin = await createUser(db, { platformRole: 'admin' })
		const adminCookie = await cookieFor(db, admin.id)
		expect((await gapApi('ORG-EX-3', { cookie: adminCookie })).body).toEqual(EXPECTED)
		// Not a team, or no such organization: 404 in the error shape, in the caller's language.
		const notTeam = await gapApi('ORG-EX-1', { cookie: adminCookie })
		expect(notTeam.status).toBe(404)
		expect(notTeam.body).toEqual({ error: { code: 'not_found', message: '“ORG-EX-1” 不是已登记配备标准和在用装备的救援队伍' } })
		const missing = await gapApi('NOPE', { cookie: adminCookie, lang: 'en' })
		expect(missing.status).toBe(404)
		expect(missing.body.error!.message).toBe('"NOPE" is not a rescue team with a configuration standard and inventory on record')
	})

	it('refuses anonymous callers (401) and everyone else (403), including other teams and unverified bureaus', async () => {
		const anonymous = await gapApi('ORG-EX-3', { cookie: await anonymousCookie() })
		expect(anonymous.status).toBe(401)
		expect(anonymous.body.error!.code).toBe('unauthorized')

		const supplier = await memberOf('ORG-EX-1')
		const enterprise = await gapApi('ORG-EX-3', { cookie: supplier.cookie })
		expect(enterprise.status).toBe(403)
		expect(enterprise.body).toEqual({ error: { code: 'forbidden', message: '队伍装备台账仅对本队成员、已认证的应急管理部门和平台管理员开放' } })

		const otherTeam = createOrg(db, { kind: 'rescue_team' })
		const otherUser = await createUser(db)
		addMember(db, otherTeam.id, otherUser.id)
		const other = await gapApi('ORG-EX-3', { cookie: await cookieFor(db, otherUser.id) })
		expect(other.status).toBe(403)
		// The same answer whether or not the ref exists: a team cannot probe for others.
		expect((await gapApi('NOPE', { cookie: await cookieFor(db, otherUser.id) })).status).toBe(403)
		// Its own ref without a team record is a 404.
		expect((await gapApi(otherTeam.ref, { cookie: await cookieFor(db, otherUser.id) })).status).toBe(404)

		const unverified = createOrg(db, { kind: 'bureau', verified: false })
		const bureauUser = await createUser(db)
		addMember(db, unverified.id, bureauUser.id)
		expect((await gapApi('ORG-EX-3', { cookie: await cookieFor(db, bureauUser.id) })).status).toBe(403)

		const loner = await createUser(db)
		expect((await gapApi('ORG-EX-3', { cookie: await cookieFor(db, loner.id) })).status).toBe(403)
	})
})

describe('npm run cli -- gap', () => {
	const run = promisify(execFile)
	const ROOT = path.resolve(import.meta.dirname, '../..')
	async function cli(...argv: string[]) {
		try {
			const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...argv], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '' } })
			return { code: 0, stdout }
		} catch (e) {
			const err = e as { code: number; stdout: string }
			return { code: err.code, stdout: err.stdout }
		}
	}

	it('prints exactly one JSON document with --json, a table otherwise, and exit 1 for an unknown team', async () => {
		const file = path.join(tempDir(), 'gap.db')
		expect((await cli('import', SAMPLE_FILE, '--db', file)).code).toBe(0)
		const json = await cli('gap', 'ORG-EX-3', '--db', file, '--json')
		expect(json.code).toBe(0)
		expect(JSON.parse(json.stdout)).toEqual(EXPECTED)
		const human = await cli('gap', 'ORG-EX-3', '--db', file)
		expect(human.code).toBe(0)
		expect(human.stdout).toMatch(/EX-MR-1\s+4h正压氧气呼吸器\s+27\s+20\s+7\s+必配/)
		expect(human.stdout).toMatch(/EX-MR-3\s+红外测温仪\s+1\s+0\s+1\s+选配/)
		expect(human.stdout).toContain('年底到期：无')
		const unknown = await cli('gap', 'ORG-NOPE', '--db', file, '--json')
		expect(unknown.code).toBe(1)
		expect(JSON.parse(unknown.stdout)).toEqual({ error: { code: 'not_found', message: expect.stringContaining('ORG-NOPE') } })
		const notTeam = await cli('gap', 'ORG-EX-1', '--db', file, '--lang', 'en')
		expect(notTeam.code).toBe(1)
		expect(notTeam.stdout).toContain('No such team: "ORG-EX-1"')
	})
})

describe('/my/gap', () => {
	it('shows the team its report: every item, readiness per category, and a link from the dashboard', async () => {
		const { cookie } = await memberOf('ORG-EX-3', 'member')
		const page = (await gapPage.loader(args(getRequest('/my/gap', cookie)))) as Awaited<ReturnType<typeof gapPage.loader>>
		expect(page.team).not.toBeNull()
		const team = page.team!
		expect(team.standard).toMatchObject({ code: 'EX-矿山救护中队', title: '示例：矿山救护中队装备配备' })
		expect(team).toMatchObject({ headcount: 27, asOf: '2026-06-30', year: 2026, shortItems: 3, mandatoryShort: 2, shortUnits: 11 })
		expect(team.rows.map((r) => [r.item, r.required, r.have, r.shortfall, r.expired])).toEqual([
			['EX-MR-1', 27, 20, 7, 6],
			['EX-MR-2', 6, 3, 3, 0],
			['EX-MR-3', 1, 0, 1, 0],
		])
		expect(team.categories.map((c) => [c.category, c.covered, c.required])).toEqual([
			['020101', 23, 33],
			['010203', 0, 1],
		])
		expect(team.unkeyed).toEqual([{ name: '灾区电话', quantity: 2, acquiredYear: null }])
		const home = (await dashboard.loader(args(getRequest('/my', cookie)))) as { permissions: string[] }
		expect(home.permissions).toContain('manage:inventory:own')
	})

	it('is for rescue teams only, and asks a team without an inventory to record one', async () => {
		const supplier = await memberOf('ORG-EX-1')
		expect(statusOf(await settle(gapPage.loader(args(getRequest('/my/gap', supplier.cookie)))))).toBe(403)
		const anonymous = await settle(gapPage.loader(args(getRequest('/my/gap', await anonymousCookie()))))
		expect(statusOf(anonymous)).toBe(302)
		const bare = createOrg(db, { kind: 'rescue_team' })
		const user = await createUser(db)
		addMember(db, bare.id, user.id)
		const page = (await gapPage.loader(args(getRequest('/my/gap', await cookieFor(db, user.id))))) as { team: unknown }
		expect(page.team).toBeNull()
	})
})

describe('生成需求清单草稿', () => {
	const prefix = `GAP-ORG-EX-3-${todayIso().replaceAll('-', '')}-`

	it('creates a draft demand list owned by the team with one item per shortfall, then opens it in the editor', async () => {
		const { user, cookie } = await memberOf('ORG-EX-3', 'member')
		const res = await settle(gapPage.action(args(formRequest('/my/gap', { intent: 'draft' }, cookie))))
		expect(statusOf(res)).toBe(302)
		const ref = `${prefix}1`
		expect((res as Response).headers.get('Location')).toBe(`/my/demands/${encodeURIComponent(ref)}?saved=draft`)

		const list = db.select().from(demandLists).where(eq(demandLists.ref, ref)).get()!
		expect(list.orgId).toBe(orgId('ORG-EX-3'))
		expect(list.status).toBe('draft')
		expect(list.publishedAt).toBeNull()
		const record = demandRecordById(db, list.id)!
		expect(record.title).toBe(`缺口补充：示例：矿山救护中队装备配备（${todayIso()}）`)
		expect(record.kind).toBe('procurement')
		expect(record.items).toEqual([
			{
				ref: `${ref}-01`,
				name: '4h正压氧气呼吸器',
				category: '020101',
				quantity: 7,
				specs: [{ name: '防护时间', op: '>=', value: 4, unit: 'h' }],
				certifications: ['MA'],
				// The team's readiness numbers stay private: the note names the standard item only (issue 12).
				notes: '依据配备标准 EX-矿山救护中队 条目 EX-MR-1「4h正压氧气呼吸器」（必配）。',
			},
			expect.objectContaining({ ref: `${ref}-02`, name: '备用呼吸器', category: '020101', quantity: 3, notes: expect.stringContaining('EX-MR-2') }),
			expect.objectContaining({ ref: `${ref}-03`, name: '红外测温仪', category: '010203', quantity: 1, notes: expect.stringContaining('（选配）') }),
		])
		expect(record.items[1]).not.toHaveProperty('specs')

		// Written as the team by this user, through the one write path (audit log).
		const audit = db.select().from(auditLog).where(and(eq(auditLog.entity, 'demand_list'), eq(auditLog.entityId, list.id))).all()
		expect(audit).toEqual([expect.objectContaining({ action: 'gap.create', actor: 'org:ORG-EX-3', userId: user.id, orgId: list.orgId })])

		// Not public, not searchable.
		expect(getPublicDemand(db, ref)).toBeNull()
		const publicRefs = listPublicDemands(db).rows.map((r) => r.ref)
		expect(publicRefs).toContain('DEM-EX-1')
		expect(publicRefs).not.toContain(ref)
		const searchHits = async () => {
			const search = (await searchLoader(args(getRequest(`/api/v1/search?index=demands&q=${encodeURIComponent('呼吸器')}`)))) as Response
			return ((await search.json()) as { hits: { ref: string }[] }).hits.filter((h) => h.ref.startsWith(prefix))
		}
		expect(await searchHits()).toEqual([])
		// Control: once the team publishes it, the same search finds its items.
		const actor = { kind: 'organization' as const, orgId: list.orgId, orgRef: 'ORG-EX-3' }
		expect(setOwnedDemandStatus(db, actor, ref, 'published')).toBe(true)
		expect((await searchHits()).map((h) => h.ref).sort()).toEqual([`${ref}-01`, `${ref}-02`])
		expect(getPublicDemand(db, ref)!.items.map((i) => i.notes).join(' ')).not.toMatch(/应配|现有|缺口/)
		expect(setOwnedDemandStatus(db, actor, ref, 'draft')).toBe(true)
		expect(await searchHits()).toEqual([])

		// The team's editor opens it.
		const editor = (await editorLoader(args(getRequest(`/my/demands/${encodeURIComponent(ref)}?saved=draft`, cookie), { ref }))) as { listRef: string; status: string; notice: string; defaultValue: { items: unknown[] } }
		expect(editor).toMatchObject({ listRef: ref, status: 'draft', notice: 'draft' })
		expect(editor.defaultValue.items).toHaveLength(3)
	})

	const gapDrafts = () => db.select({ ref: demandLists.ref }).from(demandLists).all().filter((r) => r.ref.startsWith(prefix)).length
	const draftOf = async (cookie: string, fields: Record<string, string> = {}) =>
		((await settle(gapPage.action(args(formRequest('/my/gap', { intent: 'draft', ...fields }, cookie))))) as Response).headers.get('Location')

	it('asks for the unit, budget, need-by date and deadline before publishing a draft made from a gap, keeping what was typed', async () => {
		const { cookie } = await memberOf('ORG-EX-3')
		const ref = `${prefix}1`
		const editor = (await editorLoader(args(getRequest(`/my/demands/${encodeURIComponent(ref)}`, cookie), { ref }))) as { defaultValue: { title: string; items: Record<string, unknown>[] } }
		const form: Record<string, string> = { title: editor.defaultValue.title, kind: 'procurement' }
		editor.defaultValue.items.forEach((item, i) => {
			for (const k of ['ref', 'name', 'category', 'quantity', 'notes'] as const) if (typeof item[k] === 'string') form[`items[${i}].${k}`] = item[k]
		})
		form['items[0].unit'] = '套'
		const before = dump(db).demand_lists
		const refused = await editorAction(args(formRequest(`/my/demands/${encodeURIComponent(ref)}`, { ...form, _action: 'publish' }, cookie), { ref }))
		expect(statusOf(refused)).toBe(400)
		const body = (await bodyOf(refused)) as { error: Record<string, string[]>; initialValue: Record<string, unknown> }
		expect(body.error.deadline).toEqual(['发布前请填写征集截止日期'])
		expect(body.error['items[0].unit']).toBeUndefined()
		expect(body.error['items[0].budgetPerUnit']).toEqual(['发布前请填写单价预算'])
		expect(body.error['items[0].neededBy']).toEqual(['发布前请填写需用日期'])
		expect(body.error['items[2].unit']).toEqual(['发布前请填写计量单位'])
		expect(body.initialValue['items']).toEqual(expect.arrayContaining([expect.objectContaining({ unit: '套' })]))
		expect(dump(db).demand_lists).toEqual(before)
		// Saving it as a draft still works, incomplete.
		expect(statusOf(await settle(editorAction(args(formRequest(`/my/demands/${encodeURIComponent(ref)}`, { ...form, _action: 'draft' }, cookie), { ref }))))).toBe(302)
	})

	it('opens the first draft when asked again for the same gap, and makes a new one once that draft is published', async () => {
		const { cookie } = await memberOf('ORG-EX-3')
		const before = gapDrafts()
		expect(await draftOf(cookie)).toBe(`/my/demands/${encodeURIComponent(`${prefix}1`)}?saved=existing`)
		expect(await draftOf(cookie)).toBe(`/my/demands/${encodeURIComponent(`${prefix}1`)}?saved=existing`)
		expect(gapDrafts()).toBe(before)
		const editor = (await editorLoader(args(getRequest(`/my/demands/${encodeURIComponent(`${prefix}1`)}?saved=existing`, cookie), { ref: `${prefix}1` }))) as { notice: string }
		expect(editor.notice).toBe('existing')
		// Published, the first draft is no longer a draft: the next click makes a new one.
		const actor = { kind: 'organization' as const, orgId: orgId('ORG-EX-3'), orgRef: 'ORG-EX-3' }
		expect(setOwnedDemandStatus(db, actor, `${prefix}1`, 'published')).toBe(true)
		expect(await draftOf(cookie)).toBe(`/my/demands/${encodeURIComponent(`${prefix}${before + 1}`)}?saved=draft`)
		expect(gapDrafts()).toBe(before + 1)
	})

	it('writes the gap numbers into the item notes only when the team ticks the box', async () => {
		const { cookie } = await memberOf('ORG-EX-3')
		const actor = { kind: 'organization' as const, orgId: orgId('ORG-EX-3'), orgRef: 'ORG-EX-3' }
		// Out of the way: the draft of the previous test is closed, so the same gap makes a new draft.
		expect(setOwnedDemandStatus(db, actor, `${prefix}2`, 'closed')).toBe(true)
		const location = await draftOf(cookie, { showGap: 'on' })
		const ref = decodeURIComponent(/\/my\/demands\/([^?]+)\?saved=draft$/.exec(location ?? '')![1]!)
		const record = demandRecordById(db, db.select().from(demandLists).where(eq(demandLists.ref, ref)).get()!.id)!
		expect(record.items[0]!.notes).toBe('依据配备标准 EX-矿山救护中队 条目 EX-MR-1「4h正压氧气呼吸器」（必配）：应配 27，现有 20，缺口 7（台账日期 2026-06-30）。')
	})

	it('writes nothing without the CSRF token, for other kinds of organization, or when nothing is short', async () => {
		const { cookie } = await memberOf('ORG-EX-3')
		const snapshot = dump(db)
		const noCsrf = new Request(`${BASE}/my/gap`, { method: 'POST', body: new URLSearchParams({ intent: 'draft' }), headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' } })
		expect(statusOf(await settle(gapPage.action(args(noCsrf))))).toBe(403)
		const supplier = await memberOf('ORG-EX-1')
		const afterUsers = dump(db) // memberOf adds a user and a session; nothing else may change from here on
		expect(statusOf(await settle(gapPage.action(args(formRequest('/my/gap', { intent: 'draft' }, supplier.cookie)))))).toBe(403)
		expect(dump(db).demand_lists).toEqual(snapshot.demand_lists)
		expect(dump(db).demand_lists).toEqual(afterUsers.demand_lists)

		// A team whose inventory covers its standard: the action refuses, nothing is written.
		const full = createOrg(db, { kind: 'rescue_team', ref: 'ORG-FULL' })
		const report = importDocument(db, { teams: [{ org: 'ORG-FULL', standard: 'EX-矿山救护中队', headcount: 5, inventory: [{ item: 'EX-MR-1', quantity: 5 }, { item: 'EX-MR-2', quantity: 4 }, { item: 'EX-MR-3', quantity: 1 }] }] }, { actor: { kind: 'operator', label: 'test' } })
		expect(report.ok).toBe(true)
		const fullUser = await createUser(db)
		addMember(db, full.id, fullUser.id)
		const fullCookie = await cookieFor(db, fullUser.id)
		const page = (await gapPage.loader(args(getRequest('/my/gap', fullCookie)))) as { team: { shortItems: number; readiness: { all: number } } }
		expect(page.team).toMatchObject({ shortItems: 0, readiness: { all: 1 } })
		const refused = await settle(gapPage.action(args(formRequest('/my/gap', { intent: 'draft' }, fullCookie))))
		expect(statusOf(refused)).toBe(409)
		expect(await bodyOf(refused)).toEqual({ error: 'noShortfall' })
		expect(db.select().from(demandLists).where(eq(demandLists.orgId, full.id)).all()).toEqual([])
	})
})

describe('/my/inventory', () => {
	const post = (cookie: string, fields: Record<string, string>) => settle(inventory.action(args(formRequest('/my/inventory', fields, cookie))))
	const version = (id: number) => db.select({ v: teams.updatedAt }).from(teams).where(eq(teams.orgId, id)).get()?.v ?? ''

	it('lets a team record its standard, headcount and lots, and the gap follows', async () => {
		const team = createOrg(db, { kind: 'rescue_team', ref: 'ORG-INV' })
		const user = await createUser(db)
		addMember(db, team.id, user.id, 'member')
		const cookie = await cookieFor(db, user.id)
		const empty = (await inventory.loader(args(getRequest('/my/inventory', cookie)))) as { record: unknown; standards: { code: string }[] }
		expect(empty.record).toBeNull()
		expect(empty.standards.map((s) => s.code)).toContain('EX-矿山救护中队')

		// A bad headcount is a field error; nothing is written.
		const bad = await post(cookie, { intent: 'settings', standard: 'EX-矿山救护中队', headcount: '十', version: '' })
		expect(statusOf(bad)).toBe(400)
		expect(((await bodyOf(bad)) as { result: { error: Record<string, string[]> } }).result.error.headcount).toBeTruthy()
		expect(db.select().from(teams).where(eq(teams.orgId, team.id)).get()).toBeUndefined()

		expect(statusOf(await post(cookie, { intent: 'settings', standard: 'EX-矿山救护中队', headcount: '10', asOf: '2026-06-30', version: '' }))).toBe(302)
		expect(statusOf(await post(cookie, { intent: 'addLot', item: 'EX-MR-1', quantity: '8', acquiredYear: '2024', version: version(team.id) }))).toBe(302)
		expect(statusOf(await post(cookie, { intent: 'addLot', name: '灾区电话', quantity: '2', version: version(team.id) }))).toBe(302)
		expect(statusOf(await post(cookie, { intent: 'addLot', item: 'EX-MR-2', quantity: '1', acquiredYear: '2010', version: version(team.id) }))).toBe(302)
		expect(teamRecordByOrgId(db, team.id)).toEqual({
			org: 'ORG-INV',
			standard: 'EX-矿山救护中队',
			headcount: 10,
			asOf: '2026-06-30',
			inventory: [
				{ item: 'EX-MR-1', quantity: 8, acquiredYear: 2024 },
				{ name: '灾区电话', quantity: 2 },
				{ item: 'EX-MR-2', quantity: 1, acquiredYear: 2010 },
			],
		})

		// Neither an item nor a name; an item the standard does not have: errors beside the fields, nothing written.
		const before = teamRecordByOrgId(db, team.id)
		const neither = await post(cookie, { intent: 'addLot', quantity: '1', version: version(team.id) })
		expect(statusOf(neither)).toBe(400)
		expect(((await bodyOf(neither)) as { result: { error: Record<string, string[]> } }).result.error.name).toEqual(['每条台账需填写 item（标准条目编号）或 name（名称）'])
		const unknown = await post(cookie, { intent: 'addLot', item: 'EX-MR-9', quantity: '1', version: version(team.id) })
		expect(statusOf(unknown)).toBe(400)
		expect(((await bodyOf(unknown)) as { result: { error: Record<string, string[]> } }).result.error.item).toEqual(['配备标准 “EX-矿山救护中队” 中没有条目 “EX-MR-9”'])
		// A form rendered before someone else's change is refused.
		const stale = await post(cookie, { intent: 'deleteLot', position: '0', version: '2000-01-01T00:00:00.000Z' })
		expect(statusOf(stale)).toBe(409)
		expect(teamRecordByOrgId(db, team.id)).toEqual(before)

		expect(statusOf(await post(cookie, { intent: 'editLot', position: '0', item: 'EX-MR-1', quantity: '10', acquiredYear: '2024', version: version(team.id) }))).toBe(302)
		expect(statusOf(await post(cookie, { intent: 'deleteLot', position: '1', version: version(team.id) }))).toBe(302)
		expect(teamRecordByOrgId(db, team.id)!.inventory).toEqual([
			{ item: 'EX-MR-1', quantity: 10, acquiredYear: 2024 },
			{ item: 'EX-MR-2', quantity: 1, acquiredYear: 2010 },
		])
		// EX-MR-1: 10 of 10; EX-MR-2: the 2010 lot ended 2018, so 0 of max(ceil(0.2 × 10), 4) = 4; EX-MR-3: 0 of 1.
		const page = (await gapPage.loader(args(getRequest('/my/gap', cookie)))) as { team: { rows: { item: string; have: number; shortfall: number }[] } }
		expect(page.team.rows.map((r) => [r.item, r.have, r.shortfall])).toEqual([
			['EX-MR-1', 10, 0],
			['EX-MR-2', 0, 4],
			['EX-MR-3', 0, 1],
		])
		// Every change went through the importer as the team (audit log).
		const audit = db.select().from(auditLog).where(and(eq(auditLog.entity, 'team'), eq(auditLog.entityId, team.id))).all()
		expect(audit.map((a) => a.actor)).toEqual(Array(6).fill('org:ORG-INV'))
	})

	it('changing the standard keeps equipment the new standard has no item for, by name', async () => {
		const std = importDocument(
			db,
			{ standards: [{ code: 'EX-OTHER', title: '另一标准', teamType: 'mine_rescue', items: [{ ref: 'EX-MR-3', name: '红外测温仪', quantity: { fixed: 2 }, mandatory: true }] }] },
			{ actor: { kind: 'operator', label: 'test' } },
		)
		expect(std.ok).toBe(true)
		const team = createOrg(db, { kind: 'rescue_team', ref: 'ORG-SWITCH' })
		expect(importDocument(db, { teams: [{ org: 'ORG-SWITCH', standard: 'EX-矿山救护中队', headcount: 3, inventory: [{ item: 'EX-MR-1', quantity: 3 }, { item: 'EX-MR-3', quantity: 1 }] }] }, { actor: { kind: 'operator', label: 'test' } }).ok).toBe(true)
		const user = await createUser(db)
		addMember(db, team.id, user.id)
		const cookie = await cookieFor(db, user.id)
		expect(statusOf(await post(cookie, { intent: 'settings', standard: 'EX-OTHER', headcount: '3', version: version(team.id) }))).toBe(302)
		expect(teamRecordByOrgId(db, team.id)).toEqual({
			org: 'ORG-SWITCH',
			standard: 'EX-OTHER',
			headcount: 3,
			inventory: [
				{ name: '4h正压氧气呼吸器', quantity: 3 },
				{ item: 'EX-MR-3', quantity: 1 },
			],
		})
	})

	it('is for rescue teams only and writes only the acting team', async () => {
		const supplier = await memberOf('ORG-EX-1')
		expect(statusOf(await settle(inventory.loader(args(getRequest('/my/inventory', supplier.cookie)))))).toBe(403)
		expect(statusOf(await post(supplier.cookie, { intent: 'settings', standard: 'EX-矿山救护中队', headcount: '5', version: '' }))).toBe(403)
		// A member of ORG-EX-3 cannot reach another team's record: the actor's own ref is always the record's org.
		const sampleBefore = teamRecordByOrgId(db, orgId('ORG-INV'))
		const { cookie } = await memberOf('ORG-EX-3')
		expect(statusOf(await post(cookie, { intent: 'deleteLot', position: '0', version: version(orgId('ORG-EX-3')) }))).toBe(302)
		expect(teamRecordByOrgId(db, orgId('ORG-INV'))).toEqual(sampleBefore)
		expect(teamRecordByOrgId(db, orgId('ORG-EX-3'))!.inventory).toHaveLength(3)
	})
})
