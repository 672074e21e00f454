// Issue 12, point 1, through HTTP against the real server (production build): the /my dashboard of each kind of
// organization (enterprise, rescue team, bureau) and of a platform admin has a card for every place that kind can go,
// in its order, and each card opens for that user; a bureau reaches its standards editor from /my in one click; the
// header's menu offers the same places; a platform admin is not asked to found an organization; the public standard
// page offers 编辑 to its bureau and to admins only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { addMember, cookieFor, createOrg, createUser } from '#tests/setup/app.ts'
import { startServer, type RunningServer } from '#tests/setup/server.ts'

let server: RunningServer
const cookies: Record<'supplier' | 'team' | 'bureau' | 'otherBureau' | 'admin', string> = { supplier: '', team: '', bureau: '', otherBureau: '', admin: '' }
const STANDARD = 'DASH-STD/一级站'

beforeAll(async () => {
	server = await startServer({
		arrange: (db) => {
			createOrg(db, { kind: 'enterprise', ref: 'ORG-D-ENT' })
			createOrg(db, { kind: 'rescue_team', ref: 'ORG-D-TEAM' })
			const bureau = createOrg(db, { kind: 'bureau', ref: 'ORG-D-BUR' })
			importDocument(db, {
				listings: [{ ref: 'D-LST-1', org: 'ORG-D-ENT', title: '正压式空气呼吸器', category: '020101', status: 'draft' }],
				demands: [{ ref: 'D-DEM-1', org: 'ORG-D-BUR', title: '防汛物资采购', status: 'draft', items: [{ ref: '1', name: '救生衣', quantity: 10 }] }],
				standards: [{ code: STANDARD, title: '测试站装备配备', teamType: 'fire_station', items: [{ ref: 'S1', name: '消防头盔', quantity: { fixed: 2 } }] }],
			})
			// The bureau maintains the standard (an import by the operator leaves it without owner).
			db.$client.prepare('update standards set owner_org_id = ? where code = ?').run(bureau.id, STANDARD)
		},
	})
	const db = server.db
	const owner = async (ref: string) => {
		const user = await createUser(db)
		const org = db.$client.prepare('select id from organizations where ref = ?').get(ref) as { id: number }
		addMember(db, org.id, user.id)
		return cookieFor(db, user.id)
	}
	cookies.supplier = await owner('ORG-D-ENT')
	cookies.team = await owner('ORG-D-TEAM')
	cookies.bureau = await owner('ORG-D-BUR')
	createOrg(db, { kind: 'bureau', ref: 'ORG-D-BUR2' })
	cookies.otherBureau = await owner('ORG-D-BUR2')
	cookies.admin = await cookieFor(db, (await createUser(db, { platformRole: 'admin' })).id)
}, 90_000)

afterAll(async () => {
	await server?.stop()
})

async function page(path: string, cookie?: string) {
	const res = await fetch(server.url + path, { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' })
	return { status: res.status, html: await res.text() }
}

/** The hrefs of the cards in the dashboard list with this test id (`dashboard-org`, `dashboard-platform` …), in order. */
function cards(html: string, group: string): string[] {
	const list = new RegExp(`<ul[^>]*data-testid="dashboard-${group}"[^>]*>([\\s\\S]*?)</ul>`).exec(html)?.[1] ?? ''
	return [...list.matchAll(/<a[^>]*href="([^"]+)"/g)].map((m) => m[1]!)
}

/** The hrefs of the header's account menu (the wide screen's dropdown). */
function accountMenu(html: string): string[] {
	const menu = /<details[^>]*data-testid="account-menu"[^>]*>([\s\S]*?)<\/details>/.exec(html)?.[1] ?? ''
	return [...menu.matchAll(/<a[^>]*href="([^"]+)"/g)].map((m) => m[1]!)
}

const ACCOUNT = ['/my/notifications', '/my/alerts']

describe('each kind of organization has a dashboard of its own', () => {
	it.each([
		['supplier', ['/my/listings', '/my/responses', '/my/demands', '/my/import', '/my/org', '/my/tokens']],
		['team', ['/my/demands', '/my/gap', '/my/inventory', '/my/import', '/my/org', '/my/tokens']],
		['bureau', ['/my/standards', '/my/demands', '/my/import', '/my/org', '/my/tokens']],
	] as const)('the %s dashboard leads to what it can do, first things first, and every card opens', async (who, expected) => {
		const { status, html } = await page('/my', cookies[who])
		expect(status).toBe(200)
		expect(cards(html, 'org')).toEqual(expected)
		expect(cards(html, 'platform')).toEqual([])
		expect(cards(html, 'account')).toEqual(ACCOUNT)
		expect(accountMenu(html)).toEqual(['/my', ...expected, ...ACCOUNT])
		for (const href of [...expected, ...ACCOUNT]) expect([href, (await page(href, cookies[who])).status]).toEqual([href, 200])
		expect(html).not.toContain('href="/orgs/new"')
	})

	it('a bureau reaches its standards editor from /my in one click, and sees the standard there', async () => {
		const { html } = await page('/my', cookies.bureau)
		expect(cards(html, 'org')[0]).toBe('/my/standards')
		const editor = await page('/my/standards', cookies.bureau)
		expect(editor.status).toBe(200)
		expect(editor.html).toContain('测试站装备配备')
	})

	it('says what waits: the drafts of a supplier and of a bureau, linked to where they are finished', async () => {
		const supplier = (await page('/my', cookies.supplier)).html
		expect(supplier).toMatch(/<a[^>]*href="\/my\/listings\?status=draft"[^>]*>1 条供给草稿未发布<\/a>/)
		expect(supplier).toContain('草稿 1')
		const bureau = (await page('/my', cookies.bureau)).html
		expect(bureau).toMatch(/<a[^>]*href="\/my\/demands\?status=draft"[^>]*>1 份需求清单草稿未发布<\/a>/)
		// Another bureau's dashboard counts nothing of it.
		const other = (await page('/my', cookies.otherBureau)).html
		expect(other).not.toContain('草稿未发布')
		expect(other).toContain('暂无待办事项。')
	})

	it('a platform admin gets the platform places with what waits (organizations to review), and no 创建机构 prompt', async () => {
		const { status, html } = await page('/my', cookies.admin)
		expect(status).toBe(200)
		expect(cards(html, 'org')).toEqual([])
		expect(cards(html, 'platform')).toEqual(['/admin/review', '/my/standards', '/admin/audit', '/admin/search', '/admin/synonyms', '/admin/categories', '/admin/jobs'])
		for (const href of cards(html, 'platform')) expect([href, (await page(href, cookies.admin)).status]).toEqual([href, 200])
		expect(html).not.toContain('href="/orgs/new"')
		expect(html).not.toContain('创建机构')
		// Every organization of this test was created verified: nothing to review.
		expect(html).toContain('待审核 0')
	})

	it('the phone menu is a details disclosure holding the public pages and the same places', async () => {
		const { html } = await page('/standards', cookies.bureau)
		const menu = /<details[^>]*data-testid="site-menu"[^>]*>([\s\S]*?)<\/details>/.exec(html)?.[1] ?? ''
		expect(menu).toMatch(/<summary[^>]*>[\s\S]*菜单<\/summary>/)
		const hrefs = [...menu.matchAll(/<a[^>]*href="([^"]+)"/g)].map((m) => m[1]!)
		expect(hrefs).toEqual(['/', '/search', '/listings', '/demands', '/standards', '/categories', '/my', '/my/standards', '/my/demands', '/my/import', '/my/org', '/my/tokens', ...ACCOUNT])
	})
})

describe('the public standard page', () => {
	const path = `/standards/${encodeURIComponent(STANDARD)}`
	const editLink = /<a[^>]*href="\/my\/standards\/\d+"[^>]*>编辑<\/a>/

	it('offers 编辑 to the bureau that maintains it and to a platform admin, and the link opens the editor', async () => {
		const bureau = await page(path, cookies.bureau)
		expect(bureau.status).toBe(200)
		const href = /href="(\/my\/standards\/\d+)"[^>]*>编辑</.exec(bureau.html)?.[1]
		expect(href).toBeDefined()
		expect((await page(href!, cookies.bureau)).status).toBe(200)
		expect((await page(path, cookies.admin)).html).toMatch(editLink)
	})

	it('offers it to no one else: another bureau, a supplier, an anonymous visitor', async () => {
		for (const cookie of [cookies.otherBureau, cookies.supplier, undefined]) {
			const r = await page(path, cookie)
			expect(r.status).toBe(200)
			expect(r.html).not.toMatch(editLink)
		}
	})
})
