// The 商机 panel of the enterprise dashboard: open items the organization's own published listings are eligible for,
// bounded (3 per listing, 8 shown), deduplicated with the best listing, scoped to the caller's organization, marked
// once answered; only listing publishers get it, through the /my loader.
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { DASHBOARD_SHOWN, dashboardOpportunities, PER_LISTING } from '#app/modules/dashboard/supplier.server.ts'
import { opportunitiesForListing } from '#app/modules/matching/load.server.ts'
import { loader as dashboardLoader } from '#app/routes/my._index.tsx'
import type { Db } from '#db/client.server.ts'
import { demandItems, listings, responses } from '#db/schema/index.ts'
import { addMember, cookieFor, createOrg, createUser, getRequest, installAppDb } from '#tests/setup/app.ts'

const TODAY = '2027-06-01'
let db: Db
let entA: { id: number; ref: string }
let entB: { id: number; ref: string }
let entNew: { id: number; ref: string }
let entUnverified: { id: number; ref: string }
let supplierCookie: string
let teamCookie: string

const breathing = (ref: string, extra: Record<string, unknown> = {}) => ({
	ref,
	name: '正压式消防空气呼吸器',
	category: '020101',
	quantity: 10,
	unit: '套',
	specs: [{ name: '气瓶容积', op: '>=', value: 6.8, unit: 'L' }],
	...extra,
})
const helmet = (ref: string) => ({ ref, name: '消防头盔', category: '020103', quantity: 20, unit: '顶' })

beforeAll(async () => {
	db = installAppDb()
	entA = createOrg(db, { kind: 'enterprise', ref: 'ENT-A', name: '甲装备公司' })
	entB = createOrg(db, { kind: 'enterprise', ref: 'ENT-B', name: '乙装备公司' })
	entNew = createOrg(db, { kind: 'enterprise', ref: 'ENT-NEW', name: '新公司' })
	entUnverified = createOrg(db, { kind: 'enterprise', ref: 'ENT-UNV', name: '未认证公司', verified: false })
	const team1 = createOrg(db, { kind: 'rescue_team', ref: 'TEAM-1', name: '一号救援队' })
	createOrg(db, { kind: 'rescue_team', ref: 'TEAM-UNV', name: '未认证救援队', verified: false })
	const report = importDocument(
		db,
		{
			listings: [
				// Two of ENT-A's breathing sets meet I-1 (>= 6.8 L); the bigger cylinder has the wider margin.
				{ ref: 'L-A-68', org: 'ENT-A', title: '正压式空气呼吸器 6.8L', category: '020101', specs: [{ name: '气瓶容积', value: 6.8, unit: 'L' }] },
				{ ref: 'L-A-90', org: 'ENT-A', title: '正压式空气呼吸器 9L', category: '020101', specs: [{ name: '气瓶容积', value: 9, unit: 'L' }] },
				{ ref: 'L-A-SMALL', org: 'ENT-A', title: '正压式空气呼吸器 6L', category: '020101', specs: [{ name: '气瓶容积', value: 6, unit: 'L' }] },
				// A draft that would fit the helmet items: never looked at.
				{ ref: 'L-A-DRAFT', org: 'ENT-A', title: '消防头盔（草稿）', category: '020103', status: 'draft' },
				// Another supplier's helmet: its opportunities are not ENT-A's.
				{ ref: 'L-B-HELMET', org: 'ENT-B', title: '消防头盔', category: '020103' },
				{ ref: 'L-UNV', org: 'ENT-UNV', title: '正压式空气呼吸器', category: '020101', specs: [{ name: '气瓶容积', value: 9, unit: 'L' }] },
			],
			demands: [
				{ ref: 'DEM-1', org: 'TEAM-1', title: '一号队空呼采购', deadline: '2099-12-31', items: [breathing('I-1'), helmet('H-1')] },
				// Seven more open breathing-set items: more than PER_LISTING per listing and DASHBOARD_SHOWN in all.
				{ ref: 'DEM-MANY', org: 'TEAM-1', title: '批量采购', deadline: '2099-12-31', items: [1, 2, 3, 4, 5, 6, 7].map((n) => breathing(`M-${n}`, { quantity: n })) },
				{ ref: 'DEM-CLOSED', org: 'TEAM-1', title: '已截止', status: 'closed', items: [breathing('C-1')] },
				{ ref: 'DEM-PAST', org: 'TEAM-1', title: '已过期', deadline: '2027-05-31', items: [breathing('P-1')] },
				{ ref: 'DEM-DRAFT', org: 'TEAM-1', title: '草稿清单', status: 'draft', items: [breathing('D-1')] },
				{ ref: 'DEM-UNV', org: 'TEAM-UNV', title: '未认证队伍的清单', items: [breathing('U-1')] },
				{ ref: 'DEM-OWN', org: 'ENT-A', title: '甲公司自己的需求', items: [breathing('O-1')] },
			],
		},
		{ actor: { kind: 'operator', label: 'test' } },
	)
	expect(report).toMatchObject({ ok: true })
	const supplier = await createUser(db)
	const teamUser = await createUser(db)
	addMember(db, entA.id, supplier.id)
	addMember(db, team1.id, teamUser.id)
	supplierCookie = await cookieFor(db, supplier.id)
	teamCookie = await cookieFor(db, teamUser.id)
})

const keys = (o: { item: { ref: string; demand: { ref: string } } }[]) => o.map((x) => `${x.item.demand.ref}/${x.item.ref}`)

describe('dashboardOpportunities', () => {
	it('lists open items the org’s published listings are eligible for, each once with its best listing, at most 8', async () => {
		const { listings: looked, opportunities } = await dashboardOpportunities(db, entA.id, { today: TODAY })
		expect(looked).toBe(3) // the three published listings; not the draft
		// Each of the two fitting listings brings PER_LISTING items the other did not: 3 + 3 of the 8 open items.
		expect(opportunities).toHaveLength(2 * PER_LISTING)
		expect(new Set(keys(opportunities)).size).toBe(opportunities.length)
		for (const o of opportunities) {
			expect(['DEM-1', 'DEM-MANY']).toContain(o.item.demand.ref) // never closed, past, draft, unverified or own lists
			expect(o.item.ref).not.toBe('H-1') // only ENT-B (and a draft) offers a helmet
			expect(['L-A-68', 'L-A-90']).toContain(o.listing.ref) // the 6 L set is not eligible
			expect(o.responded).toBe(false)
		}
		const scores = opportunities.map((o) => o.score)
		expect([...scores].sort((a, b) => b - a)).toEqual(scores)
	})

	it('shows each item with the better-scoring of the two listings that meet it, and that listing’s score', async () => {
		const { opportunities } = await dashboardOpportunities(db, entA.id, { today: TODAY })
		const scoresOf = async (ref: string) =>
			new Map((await opportunitiesForListing(db, ref, { limit: 100, today: TODAY }))!.opportunities.map((o) => [`${o.item.demand.ref}/${o.item.ref}`, o.score]))
		const [s68, s90] = [await scoresOf('L-A-68'), await scoresOf('L-A-90')]
		for (const o of opportunities) {
			const key = `${o.item.demand.ref}/${o.item.ref}`
			const best = s90.get(key)! >= s68.get(key)! ? 'L-A-90' : 'L-A-68'
			expect(o.listing.ref, key).toBe(best)
			expect(o.score).toBe(Math.max(s90.get(key)!, s68.get(key)!))
		}
		// the wider cylinder margin wins wherever both are eligible
		expect(opportunities.filter((o) => o.listing.ref === 'L-A-90').length).toBeGreaterThan(0)
	})

	it('is bounded: at most DASHBOARD_SHOWN items even when every listing fits many', async () => {
		// Five more fitting listings: 7 listings × 3 items would be 21 rows before deduplication and the cap.
		importDocument(
			db,
			{ listings: [1, 2, 3, 4, 5].map((n) => ({ ref: `L-A-X${n}`, org: 'ENT-A', title: `正压式空气呼吸器 X${n}`, category: '020101', specs: [{ name: '气瓶容积', value: 7 + n, unit: 'L' }] })) },
			{ actor: { kind: 'operator', label: 'test' } },
		)
		const { listings: looked, opportunities } = await dashboardOpportunities(db, entA.id, { today: TODAY })
		expect(looked).toBe(8)
		expect(opportunities).toHaveLength(DASHBOARD_SHOWN)
		expect(new Set(keys(opportunities)).size).toBe(DASHBOARD_SHOWN)
	})

	it('marks an item the organization has answered', async () => {
		const { opportunities } = await dashboardOpportunities(db, entA.id, { today: TODAY })
		const first = opportunities[0]!
		const itemRow = db.select().from(demandItems).where(eq(demandItems.ref, first.item.ref)).get()!
		const listingRow = db.select().from(listings).where(eq(listings.ref, first.listing.ref)).get()!
		db.insert(responses).values({ demandItemId: itemRow.id, demandListId: itemRow.listId, listingId: listingRow.id, orgId: entA.id, quantity: 1 }).run()
		const again = await dashboardOpportunities(db, entA.id, { today: TODAY })
		expect(again.opportunities.find((o) => o.item.ref === first.item.ref)?.responded).toBe(true)
		expect(again.opportunities.filter((o) => o.responded)).toHaveLength(1)
		// a withdrawn response no longer counts
		db.update(responses).set({ status: 'withdrawn' }).where(eq(responses.demandItemId, itemRow.id)).run()
		expect((await dashboardOpportunities(db, entA.id, { today: TODAY })).opportunities.some((o) => o.responded)).toBe(false)
	})

	it('is scoped to the organization: another supplier sees only what its own listings fit', async () => {
		const { opportunities } = await dashboardOpportunities(db, entB.id, { today: TODAY })
		expect(keys(opportunities)).toEqual(['DEM-1/H-1'])
		expect(opportunities[0]!.listing.ref).toBe('L-B-HELMET')
	})

	it('is empty for an organization without public listings (none published, or not verified)', async () => {
		expect(await dashboardOpportunities(db, entNew.id, { today: TODAY })).toEqual({ listings: 0, opportunities: [] })
		expect(await dashboardOpportunities(db, entUnverified.id, { today: TODAY })).toEqual({ listings: 0, opportunities: [] })
	})

	it('drops items once their list’s deadline has passed', async () => {
		const { opportunities } = await dashboardOpportunities(db, entA.id, { today: '2100-01-01' })
		expect(opportunities).toEqual([])
	})
})

describe('the /my loader', () => {
	const load = async (cookie: string) => (await dashboardLoader({ request: getRequest('/my', cookie), params: {}, context: {} })) as Awaited<ReturnType<typeof dashboardLoader>>

	it('gives a supplier its 商机', async () => {
		const d = await load(supplierCookie)
		expect(d.opportunities).not.toBeNull()
		expect(d.opportunities!.listings).toBe(8)
		expect(d.opportunities!.opportunities.length).toBe(DASHBOARD_SHOWN)
		expect(d.opportunities!.opportunities.every((o) => o.listing.ref.startsWith('L-A-'))).toBe(true)
	})

	it('gives a rescue team none (it does not publish listings)', async () => {
		const d = await load(teamCookie)
		expect(d.opportunities).toBeNull()
	})
})
