// The three gap items of issue 11 over the demo catalogue: a demand line that says what it wants only by its name
// (no spec constraints, as every draft made from a gap) is met by listings that are that thing, not by their category
// neighbours; the neighbours show as related (同类参考) and their suppliers are not alerted.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { runAlertScan } from '#app/modules/alerts/jobs.server.ts'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { matchesForDemand, type MatchesResponse } from '#app/modules/matching/load.server.ts'
import type { Db } from '#db/client.server.ts'
import { notifications, organizations } from '#db/schema/index.ts'
import { addMember, createUser, installAppDb } from '#tests/setup/app.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const TODAY = '2027-01-15'
const operator = { actor: { kind: 'operator' as const, label: 'test' } }
let db: Db
let items: MatchesResponse['items']
const users: Record<string, number> = {}

/** The demand list a gap draft of a 特勤站 would publish: names, categories, quantities, the standard's certifications. */
const gapDemand = {
	ref: 'DEM-GAP-T',
	org: 'ORG-NC-012',
	title: '特勤站装备缺口采购',
	kind: 'procurement',
	deadline: '2030-01-01',
	status: 'published',
	items: [
		{ ref: 'DEM-GAP-T-1', name: '消防腰斧', category: '030202', quantity: 3, certifications: ['FIRE_VOL'] },
		{ ref: 'DEM-GAP-T-2', name: '移动供气源', category: '020101', quantity: 1 },
		{ ref: 'DEM-GAP-T-3', name: '避火防护服', category: '020102', quantity: 2 },
		// Filed under 通信, while the catalogue's explosion-proof radio is filed under 防爆设备.
		{ ref: 'DEM-GAP-T-4', name: '防爆对讲机', category: '030102', quantity: 10 },
	],
}

const orgIdOf = (ref: string) => db.select({ id: organizations.id }).from(organizations).where(eq(organizations.ref, ref)).get()!.id

beforeAll(async () => {
	db = installAppDb()
	const demo: unknown = JSON.parse(readFileSync(path.join(ROOT, 'db/seed/demo.json'), 'utf8'))
	expect(importDocument(db, demo, operator).ok).toBe(true)
	// Someone to tell at the supplier of 双级液压顶杆 and 消防员腰斧 (ORG-NC-001) and of 移动供气源 (ORG-JJ-004).
	for (const org of ['ORG-NC-001', 'ORG-JJ-004']) {
		const u = await createUser(db)
		addMember(db, orgIdOf(org), u.id, 'owner')
		users[org] = u.id
	}
	// The first scan only starts the cursors: the catalogue already there alerts nobody.
	await runAlertScan(db, { now: new Date(`${TODAY}T09:00:00+08:00`) })
	expect(importDocument(db, { demands: [gapDemand] }, operator).ok).toBe(true)
	items = (await matchesForDemand(db, 'DEM-GAP-T', { limit: 30, today: TODAY }))!.items
})

const candidatesOf = (ref: string) => items.find((i) => i.item.ref === ref)!.candidates
const eligibleTitles = (ref: string) => candidatesOf(ref).filter((c) => c.eligible).map((c) => c.listing.title)

describe('gap items are met by the thing they name', () => {
	it('消防腰斧 (with FIRE_VOL): 腰斧 only; the hydraulic breaking tools of its category are related, not 符合要求', () => {
		const eligible = eligibleTitles('DEM-GAP-T-1')
		expect(eligible.length).toBeGreaterThan(0)
		expect(eligible.every((t) => t.includes('腰斧'))).toBe(true)
		const neighbours = candidatesOf('DEM-GAP-T-1').filter((c) => /液压破拆工具组|双级液压顶杆|液压救援顶杆/.test(c.listing.title))
		expect(neighbours.length).toBeGreaterThan(0)
		for (const c of neighbours) {
			expect(c.eligible).toBe(false)
			expect(c.reasons.find((r) => r.criterion === 'name')).toMatchObject({ ok: false, detail: expect.stringMatching(/^同类装备，名称不符/) })
		}
	})

	it('移动供气源: the real one first; a 推车式长管空气呼吸器 that lists 移动供气源 only among its keywords ranks below it', () => {
		const list = candidatesOf('DEM-GAP-T-2')
		expect(list[0]!.listing.title).toBe('移动供气源')
		expect(list[0]!.eligible).toBe(true)
		const cart = list.findIndex((c) => c.listing.title === '推车式长管空气呼吸器')
		expect(cart).toBeGreaterThan(0)
		// Other breathing apparatus of the category is not a 移动供气源.
		expect(list.filter((c) => c.eligible).every((c) => c.listing.title === '移动供气源' || c.listing.title === '推车式长管空气呼吸器')).toBe(true)
	})

	it('避火防护服: 避火 suits only; 灭火防护服 and 隔热防护服 are not 符合要求', () => {
		const eligible = eligibleTitles('DEM-GAP-T-3')
		expect(eligible.length).toBeGreaterThan(0)
		expect(eligible.every((t) => t.includes('避火'))).toBe(true)
		const others = candidatesOf('DEM-GAP-T-3').filter((c) => /灭火防护服|隔热防护服/.test(c.listing.title))
		expect(others.length).toBeGreaterThan(0)
		expect(others.every((c) => !c.eligible)).toBe(true)
	})

	it('alerts follow the verdict: the suppliers of the 腰斧 and of the 移动供气源 are told, never about the neighbours', async () => {
		await runAlertScan(db, { now: new Date(`${TODAY}T09:05:00+08:00`) })
		const told = (org: string) => db.select({ body: notifications.body }).from(notifications).where(eq(notifications.userId, users[org]!)).all()
		const nc = told('ORG-NC-001').map((n) => n.body).join('\n')
		// ORG-NC-001 sells 消防员腰斧 (its FIRE_VOL valid on the day) and the 双级液压顶杆 and 液压破拆工具组 of the same
		// category: only the axe is named by the line.
		expect(nc).toContain('消防员腰斧')
		expect(nc).not.toMatch(/顶杆|破拆/)
		expect(told('ORG-JJ-004').map((n) => n.body).join()).toContain('移动供气源')
	})
})

describe('candidates beyond the category', () => {
	it('a listing that names the item is a candidate whatever its category, when none of the branch names it (防爆对讲机)', () => {
		const refs = candidatesOf('DEM-GAP-T-4').map((c) => c.listing.ref)
		expect(refs).toContain('LST-0140')
		// the radios of its own branch are still there
		expect(candidatesOf('DEM-GAP-T-4').filter((c) => c.listing.category === '030102').length).toBeGreaterThan(5)
	})
})
