// The search synonym dictionary page (/admin/synonyms) through its loader and action, as a browser without JavaScript
// uses it: who may use it, validation per field, add / edit / delete with audit and outbox rows, and the search effect.
import { readFileSync } from 'node:fs'
import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { action, loader } from '#app/routes/admin.synonyms.tsx'
import type { Db } from '#db/client.server.ts'
import { auditLog, searchOutbox, searchSynonyms } from '#db/schema/index.ts'
import { EmbeddedEngine } from '#search/embedded.server.ts'
import { addMember, bodyOf, cookieFor, createOrg, createUser, formRequest, getRequest, installAppDb, settle, statusOf } from '#tests/setup/app.ts'
import { SAMPLE_FILE } from '#tests/setup/db.ts'

let db: Db
let admin: string
let reviewer: string
let member: string
const args = (request: Request) => ({ request, params: {}, context: {} })
type Reply = { status?: string; error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> }
const replyOf = async (res: unknown) => ((await bodyOf(res)) as { result?: Reply; error?: string }).result!
const post = (fields: Record<string, string | string[]>, cookie = admin) => settle(action(args(formRequest('/admin/synonyms', fields, cookie))))
const rowByTerm = (term: string) => db.select().from(searchSynonyms).where(eq(searchSynonyms.term, term)).get()
const audits = (id: number) => db.select().from(auditLog).where(and(eq(auditLog.entity, 'search_synonym'), eq(auditLog.entityId, id))).all()
const outbox = () => db.select().from(searchOutbox).where(eq(searchOutbox.entity, 'synonyms')).get()

beforeAll(async () => {
	db = installAppDb()
	const report = importDocument(db, JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')), { actor: { kind: 'operator', label: 'test' } })
	expect(report.ok).toBe(true)
	admin = await cookieFor(db, (await createUser(db, { platformRole: 'admin' })).id)
	reviewer = await cookieFor(db, (await createUser(db, { platformRole: 'reviewer' })).id)
	const u = await createUser(db)
	addMember(db, createOrg(db).id, u.id)
	member = await cookieFor(db, u.id)
})

describe('access', () => {
	it('refuses the loader and the action to anyone but a platform admin, and writes nothing', async () => {
		for (const cookie of [reviewer, member]) {
			expect(statusOf(await settle(loader(args(getRequest('/admin/synonyms', cookie)))))).toBe(403)
			expect(statusOf(await post({ intent: 'create', term: '越权词', expansions: '排水抢险车' }, cookie))).toBe(403)
		}
		const anonymous = await settle(loader(args(getRequest('/admin/synonyms'))))
		expect(statusOf(anonymous)).toBe(302)
		expect(rowByTerm('越权词')).toBeUndefined()
	})

	it('lists the seeded dictionary for an admin, filtered by term or synonym', async () => {
		const all = (await loader(args(getRequest('/admin/synonyms', admin)))) as Awaited<ReturnType<typeof loader>>
		expect(all.total).toBeGreaterThanOrEqual(21)
		// a page of 100 at a time (the shipped glossary has some 700), every entry on exactly one page
		expect(all.rows).toHaveLength(100)
		expect(all.pages).toBe(Math.ceil(all.total / 100))
		const seen = new Set<string>()
		for (let page = 1; page <= all.pages; page++) {
			const one = (await loader(args(getRequest(`/admin/synonyms?page=${page}`, admin)))) as Awaited<ReturnType<typeof loader>>
			expect(one.page).toBe(page)
			for (const r of one.rows) seen.add(r.term)
		}
		expect(seen.size).toBe(all.total)
		const kong = (await loader(args(getRequest(`/admin/synonyms?q=${encodeURIComponent('空呼')}`, admin)))) as Awaited<ReturnType<typeof loader>>
		expect(kong.rows.find((r) => r.term === '空呼')?.expansions).toEqual(['正压式空气呼吸器', '空气呼吸器'])
		// the page of an entry just saved is the one shown
		const saved = (await loader(args(getRequest(`/admin/synonyms?done=updated&term=${encodeURIComponent('空呼')}`, admin)))) as Awaited<ReturnType<typeof loader>>
		expect(saved.rows.some((r) => r.term === '空呼')).toBe(true)
		const filtered = (await loader(args(getRequest(`/admin/synonyms?q=${encodeURIComponent('排水抢险车')}`, admin)))) as Awaited<ReturnType<typeof loader>>
		expect(filtered.rows.map((r) => r.term)).toEqual(expect.arrayContaining(['龙吸水', '抽水车', '排涝车']))
		expect(filtered.rows.every((r) => [r.term, ...r.expansions, ...r.related].some((w) => w.includes('排水抢险车')))).toBe(true)
		// Case and width do not matter when filtering.
		const scba = (await loader(args(getRequest('/admin/synonyms?q=ＳＣＢＡ', admin)))) as Awaited<ReturnType<typeof loader>>
		expect(scba.rows.map((r) => r.term)).toContain('scba')
	})

	it('refuses a POST without the CSRF token', async () => {
		const req = new Request('http://localhost/admin/synonyms', {
			method: 'POST',
			body: new URLSearchParams({ intent: 'create', term: '无令牌', expansions: 'x' }),
			headers: { Cookie: admin, 'Content-Type': 'application/x-www-form-urlencoded' },
		})
		expect(statusOf(await settle(action(args(req))))).toBe(403)
		expect(rowByTerm('无令牌')).toBeUndefined()
	})
})

describe('validation', () => {
	it('says what is wrong with each field, in Chinese, and keeps what was typed', async () => {
		const res = await post({ intent: 'create', term: '', expansions: '' })
		expect(statusOf(res)).toBe(400)
		const r = await replyOf(res)
		expect(r.error?.term).toEqual(['必填，不能为空'])
		expect(r.error?.expansions).toEqual(['必填，不能为空'])

		const long = await replyOf(await post({ intent: 'create', term: '长'.repeat(41), expansions: `${'甲'.repeat(61)}\n乙` }))
		expect(long.error?.term).toEqual(['词条最多 40 个字符'])
		expect(long.error?.expansions?.[0]).toMatch(/^同义词 “甲+…” 太长：每个最多 60 个字符$/)
		expect(long.initialValue?.term).toBe('长'.repeat(41))

		const many = await replyOf(await post({ intent: 'create', term: '很多', expansions: Array.from({ length: 21 }, (_, i) => `词${i}`).join('\n') }))
		expect(many.error?.expansions).toEqual(['同义词最多 20 个，现有 21 个'])

		const dup = await replyOf(await post({ intent: 'create', term: 'Thermal Camera', expansions: '热成像仪, 热成像、热像仪\n热成像' }))
		expect(dup.error?.expansions).toEqual(['同义词 “热成像” 重复出现'])
		const self = await replyOf(await post({ intent: 'create', term: 'Thermal Camera', expansions: '热成像仪\nＴＨＥＲＭＡＬ  camera' }))
		expect(self.error?.expansions).toEqual(['同义词 “THERMAL camera” 与词条本身相同，无需填写'])

		// related words (search only) may stand alone, but never repeat a synonym
		const twice = await replyOf(await post({ intent: 'create', term: '抛绳包', expansions: '救生抛投器', related: '救生抛投器' }))
		expect(twice.error?.related).toEqual(['同义词 “救生抛投器” 重复出现'])

		const blank = await replyOf(await post({ intent: 'create', term: '   ', expansions: ' ,、\n ' }))
		expect(blank.error).toMatchObject({ term: ['必填，不能为空'], expansions: ['必填，不能为空'] })
		expect(db.select().from(auditLog).where(eq(auditLog.entity, 'search_synonym')).all()).toEqual([])
		// Control characters are invisible and never meant: the form reader removes them before validation (issue 9).
		await post({ intent: 'create', term: 'bad\u0007term', expansions: 'ok' })
		const saved = db.select().from(auditLog).where(eq(auditLog.entity, 'search_synonym')).all()
		expect(JSON.stringify(saved)).toContain('badterm')
		expect(JSON.stringify(saved)).not.toMatch(/\\u0007|\u0007/)
	})

	it('words the messages in English for an English user', async () => {
		const req = formRequest('/admin/synonyms?lng=en', { intent: 'create', term: 'x'.repeat(41), expansions: 'a\nA' }, admin)
		const r = await replyOf(await settle(action(args(req))))
		expect(r.error?.term).toEqual(['a term has at most 40 characters'])
		expect(r.error?.expansions).toEqual(['the synonym “A” appears twice'])
	})

	it('refuses a term that exists already, ignoring case and width, naming the existing entry', async () => {
		const res = await post({ intent: 'create', term: 'ＳＣＢＡ', expansions: '空气呼吸器' })
		expect(statusOf(res)).toBe(409)
		expect((await replyOf(res)).error?.term).toEqual(['词条 “scba” 已经存在（不区分大小写和全半角），请直接编辑它'])
		expect(db.select().from(searchSynonyms).all().filter((r) => r.term.toLowerCase() === 'scba')).toHaveLength(1)
	})
})

describe('add, edit, delete', () => {
	it('adds an entry with related words only (found by search, never taken as the thing by the matcher)', async () => {
		const res = await post({ intent: 'create', term: '救生包', expansions: '', related: '救生抛投器\n救生衣' })
		expect(statusOf(res)).toBe(302)
		expect(rowByTerm('救生包')).toMatchObject({ expansions: [], related: ['救生抛投器', '救生衣'], source: 'admin' })
		const id = rowByTerm('救生包')!.id
		expect(audits(id)).toMatchObject([{ action: 'web.synonym.create', before: null, after: { term: '救生包', expansions: [], related: ['救生抛投器', '救生衣'] } }])
	})

	const engine = () => new EmbeddedEngine(db)
	const refs = async (q: string) => (await engine().search({ index: 'listings', q, strict: true })).hits.map((h) => h.ref)

	it('adds an entry (NFKC, trimmed) with an audit row and a synonyms outbox row, and searches use it at once', async () => {
		expect(await refs('xyz车')).toEqual([])
		const before = outbox()?.revision ?? 0
		const res = (await post({ intent: 'create', term: '  ｘｙｚ车 ', expansions: '排水抢险车\n 龙吸水 ' })) as Response
		expect(res.status).toBe(302)
		expect(res.headers.get('Location')).toBe(`/admin/synonyms?done=created&term=${encodeURIComponent('xyz车')}`)
		const row = rowByTerm('xyz车')!
		expect(row.expansions).toEqual(['排水抢险车', '龙吸水'])
		const [audit] = audits(row.id)
		expect(audit).toMatchObject({ action: 'web.synonym.create', actor: 'admin', before: null, after: { term: 'xyz车', expansions: ['排水抢险车', '龙吸水'] } })
		expect(audit!.userId).not.toBeNull()
		expect(outbox()).toMatchObject({ entity: 'synonyms', entityId: 0 })
		expect(outbox()!.revision).toBeGreaterThanOrEqual(before)
		expect(await refs('xyz车')).toEqual(['LST-EX-1'])
		expect(await refs('XYZ车')).toEqual(['LST-EX-1'])
	})

	it('edits an entry: the new term and synonyms replace the old ones, audited with before and after', async () => {
		const row = rowByTerm('xyz车')!
		const rev = outbox()!.revision
		const page = (await loader(args(getRequest(`/admin/synonyms?edit=${row.id}`, admin)))) as Awaited<ReturnType<typeof loader>>
		expect(page.editId).toBe(row.id)
		// Renaming onto another entry's term is refused on the term field.
		const clash = await post({ intent: 'update', id: String(row.id), term: '龙吸水', expansions: '排水抢险车' })
		expect(statusOf(clash)).toBe(409)
		expect((await replyOf(clash)).error?.term).toEqual(['词条 “龙吸水” 已经存在（不区分大小写和全半角），请直接编辑它'])
		// Keeping its own term in another case is not a clash.
		const res = (await post({ intent: 'update', id: String(row.id), term: 'XYZ车', expansions: '氧气呼吸器' })) as Response
		expect(res.status).toBe(302)
		expect(rowByTerm('XYZ车')!.expansions).toEqual(['氧气呼吸器'])
		expect(audits(row.id).map((a) => a.action)).toEqual(['web.synonym.create', 'web.synonym.update'])
		expect(audits(row.id)[1]).toMatchObject({ before: { term: 'xyz车', expansions: ['排水抢险车', '龙吸水'] }, after: { term: 'XYZ车', expansions: ['氧气呼吸器'] } })
		expect(outbox()!.revision).toBe(rev + 1)
		expect(await refs('xyz车')).toEqual(['LST-EX-3'])
		// An entry that is gone cannot be edited.
		const gone = await post({ intent: 'update', id: '999999', term: '不存在', expansions: 'x' })
		expect(statusOf(gone)).toBe(404)
		expect(rowByTerm('不存在')).toBeUndefined()
	})

	it('deletes an entry, audited, and searches stop using it', async () => {
		const row = rowByTerm('XYZ车')!
		const rev = outbox()!.revision
		const res = (await post({ intent: 'delete', id: String(row.id), term: row.term })) as Response
		expect(res.status).toBe(302)
		expect(rowByTerm('XYZ车')).toBeUndefined()
		expect(audits(row.id).at(-1)).toMatchObject({ action: 'web.synonym.delete', before: { term: 'XYZ车' }, after: null })
		expect(outbox()!.revision).toBe(rev + 1)
		expect(await refs('xyz车')).toEqual([])
		const again = await post({ intent: 'delete', id: String(row.id) })
		expect(statusOf(again)).toBe(404)
		expect(((await bodyOf(again)) as { error: string }).error).toBe('该词条已不存在，可能已被其他管理员删除')
	})
})
