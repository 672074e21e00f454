// Issue 12, point 8, through HTTP against the real server (production build): the audit log reads in words for Chinese
// staff (what was done and how, the object linked to its page, the changed fields old → new) and keeps the raw record
// for an expert in a closed <details>; user text is escaped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordAudit, writeContext } from '#app/modules/audit/changes.server.ts'
import { demandRecord } from '#app/modules/demands/schema.ts'
import { saveDemand } from '#app/modules/demands/write.server.ts'
import { listingRecord } from '#app/modules/listings/schema.ts'
import { saveListing } from '#app/modules/listings/write.server.ts'
import { addMember, cookieFor, createOrg, createUser } from '#tests/setup/app.ts'
import { startServer, type RunningServer } from '#tests/setup/server.ts'

let server: RunningServer
let adminCookie = ''
let ownerCookie = ''

beforeAll(async () => {
	server = await startServer({
		arrange: async (db) => {
			const org = createOrg(db, { kind: 'enterprise', ref: 'ORG-AUD', name: '南昌赣江应急装备有限公司' })
			const owner = await createUser(db)
			addMember(db, org.id, owner.id, 'owner')
			ownerCookie = await cookieFor(db, owner.id)
			adminCookie = await cookieFor(db, (await createUser(db, { platformRole: 'admin' })).id)
			const actor = { kind: 'organization', orgId: org.id, orgRef: org.ref, userId: owner.id } as const
			const web = writeContext(db, actor, 'web')
			saveListing(web, listingRecord.parse({ ref: 'LST-AUD-1', org: org.ref, title: '移动式排水抢险泵车', category: '030301', status: 'published' }))
			saveListing(writeContext(db, actor, 'web'), listingRecord.parse({ ref: 'LST-AUD-1', org: org.ref, title: '移动式排水抢险泵车 3000 方', category: '030301', status: 'published' }))
			saveDemand(writeContext(db, actor, 'gap'), demandRecord.parse({ ref: 'DEM-AUD-1', org: org.ref, title: '防汛物资缺口清单', status: 'draft', items: [{ ref: '1', name: '救生衣', quantity: 10 }] }))
			recordAudit(web, 'award', 'response', 999_999, org.id, {
				before: { status: 'submitted', awardedQuantity: 0, deliveredQuantity: 0 },
				after: { status: 'awarded', awardedQuantity: 20 },
			})
			recordAudit(web, 'invitation.create', 'invitation', 999_999, org.id, { after: { email: '<b>x@example.com</b>', role: 'member' } })
		},
	})
}, 90_000)

afterAll(async () => {
	await server?.stop()
})

async function page(path: string, cookie: string) {
	const res = await fetch(server.url + path, { headers: { cookie }, redirect: 'manual' })
	return { status: res.status, html: await res.text() }
}

/** The page without its closed <details> (the raw records) and scripts (the loader data): what a reader sees at first. */
const visible = (html: string) => html.replace(/<details[\s\S]*?<\/details>/g, '').replace(/<script[\s\S]*?<\/script>/g, '')

describe('the audit log page', () => {
	it('shows actions, channels, objects and changes in words, not codes', async () => {
		const { status, html } = await page('/admin/audit', adminCookie)
		expect(status).toBe(200)
		const shown = visible(html)
		for (const words of ['新建供给', '修改供给', '新建需求清单', '由缺口分析生成', '网页操作', '响应中选', '发出成员邀请']) expect(shown).toContain(words)
		for (const code of ['web.create', 'gap.create', 'web.award', 'response #', 'invitation.create']) expect(shown).not.toContain(code)
		// the published listing links to its page; the draft list has no public page and says so
		expect(shown).toMatch(/<a[^>]*href="\/listings\/LST-AUD-1"[^>]*>移动式排水抢险泵车 3000 方<\/a>/)
		expect(shown).toContain('防汛物资缺口清单')
		expect(shown).not.toContain('href="/demands/DEM-AUD-1"')
		expect(shown).toContain('未公开，无页面')
		// the award as a field table: 状态 已提交 → 已中选, 中选数量 0 → 20; the untouched delivered quantity is not a change
		expect(shown).toMatch(/状态<\/th><td[^>]*>已提交<\/td><td[^>]*>.*?已中选<\/td>/)
		expect(shown).toMatch(/中选数量<\/th><td[^>]*>0<\/td><td[^>]*>.*?20<\/td>/)
		expect(shown).not.toContain('累计到货数量')
		// an update of a listing records the fields it changed
		expect(shown).toMatch(/标题<\/th><td[^>]*>移动式排水抢险泵车<\/td><td[^>]*>.*?移动式排水抢险泵车 3000 方<\/td>/)
		// user text is escaped
		expect(html).toContain('&lt;b&gt;x@example.com&lt;/b&gt;')
		expect(html).not.toContain('<b>x@example.com</b>')
		// the raw record stays available to an expert
		const details = html.match(/<details[\s\S]*?<\/details>/g) ?? []
		expect(details.some((d) => d.includes('web.award') && d.includes('awardedQuantity'))).toBe(true)
	})

	it('speaks English to an English reader', async () => {
		const { html } = await page('/admin/audit?lng=en', adminCookie)
		const shown = visible(html)
		expect(shown).toContain('Response awarded')
		expect(shown).toContain('Listing changed')
		expect(shown).toContain('from a gap report')
	})

	it('keeps its filters and stays closed to members of organizations', async () => {
		const filtered = visible((await page('/admin/audit?entity=listing', adminCookie)).html)
		expect(filtered).toContain('修改供给')
		expect(filtered).not.toContain('响应中选')
		expect((await page('/admin/audit', ownerCookie)).status).toBe(403)
		expect((await page('/admin/audit', '')).status).toBe(302)
	})
})
