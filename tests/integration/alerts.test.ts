// Alerts over a real database: the matching scan (who is told about a new demand / listing, once), saved searches
// (only new results, the cursor, frequencies), instant mail and the daily digest, the notification centre's scoping,
// the /my/alerts forms, and CSRF on every form.
import { and, desc, eq, isNull } from 'drizzle-orm'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { runAlertScan, runSavedSearches, sendDigests, DEMAND_CURSOR, LISTING_CURSOR } from '#app/modules/alerts/jobs.server.ts'
import { renderNotificationText, renderNotificationTitle } from '#app/modules/notifications/message.ts'
import { notifyOrg } from '#app/modules/notifications/notify.server.ts'
import { alertsJob } from '#app/modules/jobs/registry.server.ts'
import { defineJob, runDueJobs, startJobRunner } from '#app/modules/jobs/runner.server.ts'
import { appUrl } from '#app/env.server.ts'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { action as alertsAction, loader as alertsLoader } from '#app/routes/my.alerts.tsx'
import { action as centreAction, loader as centreLoader } from '#app/routes/my.notifications.tsx'
import { loader as rootLoader } from '#app/root.tsx'
import type { Db } from '#db/client.server.ts'
import { alertSettings, jobs, jobState, mailOutbox, notifications, savedSearches, users } from '#db/schema/index.ts'
import { addMember, BASE, bodyOf, cookieFor, createOrg, createUser, formRequest, getRequest, installAppDb, settle, statusOf } from '#tests/setup/app.ts'

let db: Db
const args = (request: Request) => ({ request, params: {}, context: {} })
const operator = { actor: { kind: 'operator' as const, label: 'test' } }

type Orgs = Record<'sup' | 'weak' | 'sup2' | 'team', { id: number; ref: string }>
let orgs: Orgs
const people: Record<string, { id: number; email: string }> = {}

function load(doc: Record<string, unknown[]>) {
	const report = importDocument(db, doc, operator)
	expect(report.ok, JSON.stringify(report)).toBe(true)
}

const listing = (ref: string, org: string, title: string, flow: number) => ({
	ref,
	org,
	title,
	category: '030301',
	specs: [{ name: '排水流量', value: flow, unit: 'm3/h' }],
})
const demand = (ref: string, org: string, itemName: string, minFlow: number) => ({
	ref,
	org,
	title: `${itemName}采购需求`,
	kind: 'procurement',
	deadline: '2099-12-31',
	items: [{ ref: `${ref}-1`, name: itemName, category: '030301', quantity: 2, unit: '台', specs: [{ name: '排水流量', op: '>=', value: minFlow, unit: 'm3/h' }] }],
})

const ofUser = (userId: number) => db.select().from(notifications).where(eq(notifications.userId, userId)).all()
const zh = (stored: string | null) => (stored === null ? null : renderNotificationText(stored, 'zh-CN'))
const en = (stored: string | null) => (stored === null ? null : renderNotificationText(stored, 'en'))

beforeAll(async () => {
	db = installAppDb()
	orgs = {
		sup: createOrg(db, { kind: 'enterprise', ref: 'ORG-SUP', name: '强力泵业' }),
		weak: createOrg(db, { kind: 'enterprise', ref: 'ORG-WEAK', name: '小泵厂' }),
		sup2: createOrg(db, { kind: 'enterprise', ref: 'ORG-SUP2', name: '后来泵业' }),
		team: createOrg(db, { kind: 'rescue_team', ref: 'ORG-TEAM', name: '防汛救援队' }),
	}
	for (const [key, org, role] of [
		['supOwner', orgs.sup, 'owner'],
		['supMember', orgs.sup, 'member'],
		['weakOwner', orgs.weak, 'owner'],
		['sup2Owner', orgs.sup2, 'owner'],
		['teamOwner', orgs.team, 'owner'],
	] as const) {
		people[key] = await createUser(db)
		addMember(db, org.id, people[key].id, role)
	}
	people.searcher = await createUser(db)
	load({ listings: [listing('LST-A-1', 'ORG-SUP', '大流量排水抢险车', 3000), listing('LST-A-2', 'ORG-WEAK', '小型排水泵', 500)] })
	// The first run ever starts the cursors at the newest record: the back catalogue alerts nobody.
	expect(await runAlertScan(db)).toEqual({ demands: 0, listings: 0, notifications: 0 })
	expect(db.select().from(notifications).all()).toEqual([])
})

describe('the matching scan', () => {
	it('tells the members of an organization whose listing is eligible for a new demand item, once', async () => {
		load({ demands: [demand('DEM-A-1', 'ORG-TEAM', '排水抢险车', 2000)] })
		const run = await runAlertScan(db)
		expect(run).toMatchObject({ demands: 1, notifications: 2 })
		for (const who of ['supOwner', 'supMember']) {
			const mine = ofUser(people[who]!.id)
			expect(mine).toHaveLength(1)
			expect(mine[0]).toMatchObject({ kind: 'matching_demand', orgId: orgs.sup.id, link: '/demands/DEM-A-1', readAt: null })
			// Stored in a machine form, put into words per reader.
			expect(JSON.parse(mine[0]!.title)).toEqual({ key: 'alerts.messages.matchingDemand', params: { item: '排水抢险车' } })
			expect(renderNotificationTitle(mine[0]!.title, 'zh-CN')).toBe('新需求与您的供给匹配：排水抢险车')
			expect(renderNotificationTitle(mine[0]!.title, 'en')).toBe('New demand matches your supply: 排水抢险车')
			expect(zh(mine[0]!.body)).toBe('防汛救援队发布“排水抢险车采购需求”，需求 2 台；符合要求的供给：大流量排水抢险车')
			expect(en(mine[0]!.body)).toBe('防汛救援队 published “排水抢险车采购需求”, needing 2 台; your eligible supply: 大流量排水抢险车')
		}
		// The weak pump (500 < 2000 m3/h) is not eligible; the team is not told about its own demand.
		expect(ofUser(people.weakOwner!.id)).toEqual([])
		expect(ofUser(people.teamOwner!.id)).toEqual([])
		// A second run finds nothing new.
		expect(await runAlertScan(db)).toEqual({ demands: 0, listings: 0, notifications: 0 })
	})

	it('never notifies twice for the same item, even when the cursor is rewound (dedupe per item × organization)', async () => {
		db.update(jobState).set({ cursor: JSON.stringify({ at: '', id: 0 }) }).where(eq(jobState.name, DEMAND_CURSOR)).run()
		const run = await runAlertScan(db)
		expect(run.demands).toBe(1)
		expect(run.notifications).toBe(0)
		expect(ofUser(people.supOwner!.id).filter((n) => n.kind === 'matching_demand')).toHaveLength(1)
	})

	it('tells the owners of open items a newly published listing is eligible for (and not the listing’s own organization)', async () => {
		// ORG-SUP also publishes a demand its own listing meets: it hears nothing about it.
		load({ demands: [demand('DEM-A-2', 'ORG-SUP', '大流量排水车', 1000)] })
		await runAlertScan(db)
		expect(ofUser(people.supOwner!.id).filter((n) => n.link === '/demands/DEM-A-2')).toEqual([])
		// ORG-WEAK's pump (500) is below 1000 as well.
		expect(ofUser(people.weakOwner!.id)).toEqual([])

		load({ listings: [listing('LST-A-3', 'ORG-SUP2', '排水抢险车 新款', 2500)] })
		const run = await runAlertScan(db)
		expect(run).toMatchObject({ listings: 1 })
		const team = ofUser(people.teamOwner!.id)
		expect(team).toHaveLength(1)
		expect(team[0]).toMatchObject({ kind: 'matching_listing', orgId: orgs.team.id, link: '/listings/LST-A-3' })
		expect(zh(team[0]!.title)).toBe('新供给符合您的需求：排水抢险车 新款')
		expect(en(team[0]!.title)).toBe('New supply meets your demand: 排水抢险车 新款')
		expect(zh(team[0]!.body)).toBe('后来泵业发布的“排水抢险车 新款”满足需求条目：排水抢险车')
		expect(en(team[0]!.body)).toBe('“排水抢险车 新款” from 后来泵业 meets these demand items: 排水抢险车')
		// ORG-SUP's open item (≥ 1000) is met too: its members are told.
		expect(ofUser(people.supOwner!.id).filter((n) => n.kind === 'matching_listing').map((n) => n.link)).toEqual(['/listings/LST-A-3'])
		// The publisher of the listing is told nothing.
		expect(ofUser(people.sup2Owner!.id)).toEqual([])
	})

	it('does not alert about listings that merely pass an item without spec rules: they must be the thing it names', async () => {
		const fire = createOrg(db, { kind: 'enterprise', ref: 'ORG-FIRE', name: '消防车辆厂' })
		const fireOwner = await createUser(db)
		addMember(db, fire.id, fireOwner.id)
		load({ listings: [{ ref: 'LST-FIRE-1', org: 'ORG-FIRE', title: '水罐消防车', category: '030302' }] })
		await runAlertScan(db)
		load({ demands: [{ ref: 'DEM-R-1', org: 'ORG-TEAM', title: '排涝车辆', kind: 'procurement', deadline: '2099-12-31', items: [{ ref: 'DEM-R-1-1', name: '排水抢险车', category: '030301', quantity: 1 }] }] })
		await runAlertScan(db)
		// 大流量排水抢险车 is a 排水抢险车; the 小型排水泵 of the same category is only related (issue 11), the fire engine unrelated.
		expect(ofUser(people.supOwner!.id).map((n) => n.link)).toContain('/demands/DEM-R-1')
		expect(ofUser(people.weakOwner!.id).map((n) => n.link)).not.toContain('/demands/DEM-R-1')
		expect(ofUser(fireOwner.id)).toEqual([])
	})

	it('orders records published in the same millisecond by id, and picks up those the cursor has not passed', async () => {
		const stamp = '2031-01-01T00:00:00.000Z'
		load({ demands: [demand('DEM-S-1', 'ORG-TEAM', '排水抢险车', 100), demand('DEM-S-2', 'ORG-TEAM', '排水抢险车', 100)] })
		db.$client.prepare(`update demand_lists set published_at = ? where ref in ('DEM-S-1', 'DEM-S-2')`).run(stamp)
		const [first] = db.$client.prepare(`select id from demand_lists where ref = 'DEM-S-1'`).all() as { id: number }[]
		// As if a run had stopped after DEM-S-1.
		db.update(jobState).set({ cursor: JSON.stringify({ at: stamp, id: first!.id }) }).where(eq(jobState.name, DEMAND_CURSOR)).run()
		await runAlertScan(db)
		const links = ofUser(people.sup2Owner!.id).map((n) => n.link)
		expect(links).toContain('/demands/DEM-S-2')
		expect(links).not.toContain('/demands/DEM-S-1')
		expect(JSON.parse(db.select().from(jobState).where(eq(jobState.name, DEMAND_CURSOR)).get()!.cursor!)).toMatchObject({ at: stamp })
		expect(db.select().from(jobState).where(eq(jobState.name, LISTING_CURSOR)).get()).toBeTruthy()
	})
})

describe('saved searches', () => {
	let cookie: string
	beforeAll(async () => {
		cookie = await cookieFor(db, people.searcher!.id)
	})
	const saved = () => db.select().from(savedSearches).where(eq(savedSearches.userId, people.searcher!.id)).all()

	it('saves a search from the search page’s form: named after the words, cursor at the newest current result', async () => {
		const res = (await settle(alertsAction(args(formRequest('/my/alerts', { intent: 'create', name: '', query: '?q=潜水泵&page=3&lng=en' }, cookie))))) as Response
		expect(res.status).toBe(302)
		const [s] = saved()
		expect(res.headers.get('Location')).toBe(`/my/alerts?created=${s!.id}`)
		expect(s).toMatchObject({ name: '潜水泵', query: 'q=%E6%BD%9C%E6%B0%B4%E6%B3%B5', frequency: 'daily', lastSeenId: 0 })
		const page = await alertsLoader(args(getRequest(`/my/alerts?created=${s!.id}`, cookie)))
		expect(page.created).toBe('潜水泵')
		expect(page.searches[0]!.chips).toEqual([
			{ kind: 'index', value: 'listings' },
			{ kind: 'q', value: '潜水泵' },
		])
	})

	it('alerts only about results published after it was saved, and advances its cursor', async () => {
		load({ listings: [listing('LST-Q-1', 'ORG-WEAK', '大功率潜水泵', 300)] })
		db.update(savedSearches).set({ frequency: 'instant' }).where(eq(savedSearches.userId, people.searcher!.id)).run()
		// Saved before LST-Q-1 existed: at id 0 it sees LST-Q-1 as new.
		const run = await runSavedSearches(db)
		expect(run.notifications).toBe(1)
		const [n] = ofUser(people.searcher!.id)
		expect(n).toMatchObject({ kind: 'saved_search', orgId: null, link: '/search?q=%E6%BD%9C%E6%B0%B4%E6%B3%B5&sort=newest' })
		expect([zh(n!.title), zh(n!.body)]).toEqual(['“潜水泵”有 1 条新结果', '大功率潜水泵'])
		expect([en(n!.title), en(n!.body)]).toEqual(['“潜水泵” has 1 new result', '大功率潜水泵'])
		const listingId = (db.$client.prepare(`select id from listings where ref = 'LST-Q-1'`).get() as { id: number }).id
		expect(saved()[0]!.lastSeenId).toBe(listingId)
		// Nothing new: nothing said.
		expect((await runSavedSearches(db)).notifications).toBe(0)
		// Two more: one notification saying 2.
		load({ listings: [listing('LST-Q-2', 'ORG-WEAK', '潜水泵 QW-2', 300), listing('LST-Q-3', 'ORG-SUP', '潜水泵 QW-3', 300)] })
		expect((await runSavedSearches(db)).notifications).toBe(1)
		expect(ofUser(people.searcher!.id).map((x) => zh(x.title))).toEqual(['“潜水泵”有 1 条新结果', '“潜水泵”有 2 条新结果'])
		expect(ofUser(people.searcher!.id).map((x) => en(x.title))).toEqual(['“潜水泵” has 1 new result', '“潜水泵” has 2 new results'])
		expect(en(ofUser(people.searcher!.id)[1]!.body)).toMatch(/^潜水泵 QW-\d, 潜水泵 QW-\d$/)
	})

	it('a search saved now does not alert about what exists already; off never runs; daily runs once in 24 hours', async () => {
		const res = (await settle(alertsAction(args(formRequest('/my/alerts', { intent: 'create', name: '泵', query: 'q=潜水泵&sort=newest', frequency: 'off' }, cookie))))) as Response
		expect(res.status).toBe(302)
		const off = saved().find((s) => s.name === '泵')!
		expect(off.lastSeenId).toBeGreaterThan(0)
		const before = ofUser(people.searcher!.id).length
		load({ listings: [listing('LST-Q-4', 'ORG-WEAK', '潜水泵 QW-4', 300)] })
		const first = saved().find((s) => s.name === '潜水泵')!
		db.update(savedSearches).set({ frequency: 'daily', lastRunAt: new Date().toISOString() }).where(eq(savedSearches.id, first.id)).run()
		// Daily, run a moment ago: not due. Off: never.
		expect(await runSavedSearches(db)).toEqual({ searches: 0, notifications: 0 })
		expect(ofUser(people.searcher!.id)).toHaveLength(before)
		const tomorrow = new Date(Date.now() + 25 * 3600_000)
		expect(await runSavedSearches(db, { now: tomorrow })).toEqual({ searches: 1, notifications: 1 })
		expect(saved().find((s) => s.name === '泵')!.lastSeenId).toBe(off.lastSeenId)
	})

	it('refuses a duplicate and a name that is too long, keeping what was typed', async () => {
		const dup = await alertsAction(args(formRequest('/my/alerts', { intent: 'create', name: 'x', query: 'q=潜水泵' }, cookie)))
		expect(statusOf(dup)).toBe(409)
		expect(((await bodyOf(dup)) as { result: { error: Record<string, string[]> } }).result.error['']).toEqual(['这个搜索已经订阅过了。'])
		const long = await alertsAction(args(formRequest('/my/alerts', { intent: 'create', name: '长'.repeat(61), query: 'q=abc' }, cookie)))
		expect(statusOf(long)).toBe(400)
		const body = (await bodyOf(long)) as { result: { error: Record<string, string[]>; initialValue: Record<string, string> } }
		expect(body.result.error.name).toEqual(['不能超过 60 个字符'])
		expect(body.result.initialValue.name).toBe('长'.repeat(61))
		expect(saved().some((s) => s.query === 'q=abc')).toBe(false)
	})

	it('changes frequency and deletes only the user’s own saved searches', async () => {
		const other = await createUser(db)
		const otherCookie = await cookieFor(db, other.id)
		const mine = saved()[0]!
		const r1 = await alertsAction(args(formRequest('/my/alerts', { intent: 'frequency', id: String(mine.id), frequency: 'off' }, otherCookie)))
		expect(statusOf(r1)).toBe(404)
		const r2 = await alertsAction(args(formRequest('/my/alerts', { intent: 'delete', id: String(mine.id) }, otherCookie)))
		expect(statusOf(r2)).toBe(404)
		expect(saved().find((s) => s.id === mine.id)!.frequency).toBe(mine.frequency)
		const r3 = await alertsAction(args(formRequest('/my/alerts', { intent: 'frequency', id: String(mine.id), frequency: 'off' }, cookie)))
		expect(statusOf(r3)).toBe(200)
		expect(saved().find((s) => s.id === mine.id)!.frequency).toBe('off')
		const r4 = await alertsAction(args(formRequest('/my/alerts', { intent: 'delete', id: String(mine.id) }, cookie)))
		expect(((await bodyOf(r4)) as { flash: { message: string } }).flash.message).toBe(`已删除订阅“${mine.name}”。`)
		expect(saved().find((s) => s.id === mine.id)).toBeUndefined()
	})
})

describe('mail', () => {
	it('queues a mail at once for members on the instant setting and marks the notification mailed', async () => {
		const cookie = await cookieFor(db, people.sup2Owner!.id)
		const res = await alertsAction(args(formRequest('/my/alerts', { intent: 'email', email: 'instant' }, cookie)))
		expect(statusOf(res)).toBe(200)
		expect(db.select().from(alertSettings).where(eq(alertSettings.userId, people.sup2Owner!.id)).get()!.email).toBe('instant')
		const before = db.select().from(mailOutbox).where(eq(mailOutbox.to, people.sup2Owner!.email)).all().length
		const hostile = { key: 'alerts.messages.matchingDemand', params: { item: '新需求\n伪造行 http://evil.example' } } as const
		notifyOrg(db, { orgId: orgs.sup2.id, kind: 'matching_demand', message: hostile, body: '正文', link: '/demands/DEM-A-1', dedupeKey: 'mail-test' })
		const mails = db.select().from(mailOutbox).where(eq(mailOutbox.to, people.sup2Owner!.email)).all()
		expect(mails).toHaveLength(before + 1)
		const mail = mails.at(-1)!
		expect(mail.kind).toBe('alert')
		expect(mail.subject).toBe('【提醒】新需求与您的供给匹配：新需求 伪造行 http://evil.example')
		expect(mail.text).toContain(`查看：${appUrl()}/demands/DEM-A-1`)
		expect(mail.text.split('\n')[0]).toBe('新需求与您的供给匹配：新需求 伪造行 http://evil.example')
		const n = db.select().from(notifications).where(and(eq(notifications.userId, people.sup2Owner!.id), eq(notifications.dedupeKey, 'mail-test'))).get()!
		expect(n.mailedAt).not.toBeNull()
		// The instant user is not in the digest.
		expect(sendDigests(db, { now: new Date('2032-01-01T02:00:00Z') }).users).toBeGreaterThan(0)
		expect(db.select().from(mailOutbox).where(and(eq(mailOutbox.to, people.sup2Owner!.email), eq(mailOutbox.kind, 'alert_digest'))).all()).toEqual([])
	})

	it('sends one daily digest per user per (China) day, from 8 am, listing the unread notifications', async () => {
		const team = people.teamOwner!
		const digests = () => db.select().from(mailOutbox).where(and(eq(mailOutbox.to, team.email), eq(mailOutbox.kind, 'alert_digest'))).all()
		// The previous test's run sent the team owner (default: daily) a digest of the matching-listing alert.
		expect(digests()).toHaveLength(1)
		expect(digests()[0]!.text).toContain('新供给符合您的需求：排水抢险车 新款')
		expect(digests()[0]!.subject).toMatch(/^【每日提醒汇总】\d+ 条新提醒$/)
		expect(db.select().from(notifications).where(and(eq(notifications.userId, team.id), isNull(notifications.mailedAt))).all()).toEqual([])
		notifyOrg(db, { orgId: orgs.team.id, kind: 'matching_listing', message: { key: 'alerts.messages.matchingListing', params: { listing: '第二条' } }, link: '/listings/LST-A-3', dedupeKey: 'digest-2' })
		// Same day, later: nothing. Before 8 am the next day: nothing. From 8 am the next day: one.
		expect(sendDigests(db, { now: new Date('2032-01-01T10:00:00Z') }).mails).toBe(0)
		expect(sendDigests(db, { now: new Date('2032-01-01T23:30:00Z') }).mails).toBe(0)
		expect(sendDigests(db, { now: new Date('2032-01-02T00:00:00Z') }).mails).toBeGreaterThan(0)
		expect(digests()).toHaveLength(2)
		expect(digests()[1]!.text).toContain('1. 新供给符合您的需求：第二条')
		expect(sendDigests(db, { now: new Date('2032-01-02T05:00:00Z') }).mails).toBe(0)
	})

	it('mails in the recipient’s language (users.locale): instant mail and the digest', async () => {
		const u = people.sup2Owner!
		db.update(users).set({ locale: 'en' }).where(eq(users.id, u.id)).run()
		notifyOrg(db, { orgId: orgs.sup2.id, kind: 'response_decided', message: { key: 'alerts.messages.responseAwarded', params: { item: '潜水泵' } }, body: { key: 'alerts.messages.awardedBody', params: { quantity: 3 } }, link: '/my/responses', dedupeKey: 'mail-en' })
		const mail = db.select().from(mailOutbox).where(and(eq(mailOutbox.to, u.email), eq(mailOutbox.kind, 'alert'))).orderBy(desc(mailOutbox.id)).get()!
		expect(mail.subject).toBe('[Alert] Your response was selected: 潜水泵')
		expect(mail.text.split('\n').slice(0, 5)).toEqual(['Your response was selected: 潜水泵', '', 'Quantity awarded: 3', '', `View: ${appUrl()}/my/responses`])
		expect(mail.text).not.toMatch(/[查看提醒]/)
		// The digest of an English reader (back on the daily setting).
		db.update(alertSettings).set({ email: 'daily', lastDigestAt: null }).where(eq(alertSettings.userId, u.id)).run()
		notifyOrg(db, { orgId: orgs.sup2.id, kind: 'saved_search', message: { key: 'alerts.messages.savedSearch', params: { name: '泵', count: 4 } }, link: '/search?q=x', dedupeKey: 'digest-en' })
		expect(sendDigests(db, { now: new Date('2032-02-01T02:00:00Z') }).mails).toBeGreaterThan(0)
		const digest = db.select().from(mailOutbox).where(and(eq(mailOutbox.to, u.email), eq(mailOutbox.kind, 'alert_digest'))).orderBy(desc(mailOutbox.id)).get()!
		expect(digest.subject).toMatch(/^\[Daily alert digest\] \d+ new alerts$/)
		expect(digest.text).toMatch(/^\d+\. “泵” has 4 new results$/m)
		expect(digest.text).not.toMatch(/[您提醒汇总查看]/)
		expect(digest.text).toContain(`Notification centre: ${appUrl()}/my/notifications`)
		db.update(users).set({ locale: 'zh-CN' }).where(eq(users.id, u.id)).run()
	})

	it('makes links absolute with the configured address', async () => {
		const { digestMail, instantMail } = await import('#app/modules/notifications/mail-text.ts')
		expect(instantMail({ title: 't', body: null, link: '/x' }, 'https://eex.example.org').text).toContain('查看：https://eex.example.org/x')
		expect(digestMail('张三', [{ title: 'a', body: null, link: '/y' }], null).text).toContain('   /y')
	})
})

describe('the notification centre', () => {
	it('lists the user’s own notifications, newest first, with the unread count in the root loader', async () => {
		const u = people.supOwner!
		const cookie = await cookieFor(db, u.id)
		const page = await centreLoader(args(getRequest('/my/notifications', cookie)))
		const mine = ofUser(u.id)
		expect(page.total).toBe(mine.length)
		expect(page.rows.map((r) => r.id)).toEqual(mine.map((n) => n.id).sort((a, b) => b - a))
		const root = (await bodyOf(await rootLoader(args(getRequest('/', cookie))))) as { me: { unreadNotifications: number } }
		expect(root.me.unreadNotifications).toBe(mine.filter((n) => !n.readAt).length)
		// Titles and bodies come in the reader's language; rows written before messages (plain text) are shown as they are.
		const legacy = db.insert(notifications).values({ userId: u.id, kind: 'matching_demand', title: '旧通知：原样显示', body: '旧正文', link: '/demands/DEM-A-1' }).returning().get()
		const zhPage = await centreLoader(args(getRequest('/my/notifications', cookie)))
		const enPage = await centreLoader(args(getRequest('/my/notifications?lng=en', cookie)))
		expect(zhPage.rows[0]).toMatchObject({ id: legacy.id, title: '旧通知：原样显示', body: '旧正文' })
		expect(enPage.rows[0]).toMatchObject({ id: legacy.id, title: '旧通知：原样显示', body: '旧正文' })
		const demandRow = (p: typeof zhPage) => p.rows.find((r) => r.kind === 'matching_demand' && r.id !== legacy.id)!
		expect(demandRow(zhPage).title).toBe('新需求与您的供给匹配：排水抢险车')
		expect(demandRow(enPage).title).toBe('New demand matches your supply: 排水抢险车')
		expect(enPage.rows.every((r) => !r.title.startsWith('{'))).toBe(true)
		db.delete(notifications).where(eq(notifications.id, legacy.id)).run()
	})

	it('marks one read, refuses another user’s, opens (read + redirect) and marks all read', async () => {
		const a = people.supOwner!
		const b = people.teamOwner!
		const cookieA = await cookieFor(db, a.id)
		const theirs = ofUser(b.id).find((n) => !n.readAt) ?? ofUser(b.id)[0]!
		db.update(notifications).set({ readAt: null }).where(eq(notifications.id, theirs.id)).run()
		const refused = await centreAction(args(formRequest('/my/notifications', { intent: 'read', id: String(theirs.id) }, cookieA)))
		expect(statusOf(refused)).toBe(404)
		const opened = await settle(centreAction(args(formRequest('/my/notifications', { intent: 'open', id: String(theirs.id) }, cookieA))))
		expect(statusOf(opened)).toBe(404)
		expect(db.select().from(notifications).where(eq(notifications.id, theirs.id)).get()!.readAt).toBeNull()

		const [first, second] = ofUser(a.id)
		const ok = await centreAction(args(formRequest('/my/notifications', { intent: 'read', id: String(first!.id) }, cookieA)))
		expect(statusOf(ok)).toBe(200)
		expect(db.select().from(notifications).where(eq(notifications.id, first!.id)).get()!.readAt).not.toBeNull()
		const go = (await settle(centreAction(args(formRequest('/my/notifications', { intent: 'open', id: String(second!.id) }, cookieA))))) as Response
		expect(go.status).toBe(302)
		expect(go.headers.get('Location')).toBe(second!.link)
		await centreAction(args(formRequest('/my/notifications', { intent: 'readAll' }, cookieA)))
		expect(ofUser(a.id).every((n) => n.readAt)).toBe(true)
		// B's is untouched.
		expect(db.select().from(notifications).where(eq(notifications.id, theirs.id)).get()!.readAt).toBeNull()
	})

	it('sends visitors who are not logged in to the login page', async () => {
		const res = await settle(centreLoader(args(getRequest('/my/notifications'))))
		expect(statusOf(res)).toBe(302)
		expect((res as Response).headers.get('Location')).toMatch(/^\/login/)
	})

	it('refuses a link that is not a site path', () => {
		const message = { key: 'alerts.messages.matchingDemand', params: { item: 'x' } } as const
		expect(() => notifyOrg(db, { orgId: orgs.sup.id, kind: 'matching_demand', message, link: '//evil.example/' })).toThrow(/site path/)
		expect(() => notifyOrg(db, { orgId: orgs.sup.id, kind: 'matching_demand', message, link: 'https://evil.example/' })).toThrow(/site path/)
	})
})

describe('CSRF', () => {
	it('every form is refused without the token', async () => {
		const cookie = await cookieFor(db, people.supOwner!.id)
		const bare = (path: string, fields: Record<string, string>) =>
			new Request(BASE + path, { method: 'POST', body: new URLSearchParams(fields), headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' } })
		for (const fields of [
			{ intent: 'create', name: 'x', query: 'q=y' },
			{ intent: 'frequency', id: '1', frequency: 'off' },
			{ intent: 'delete', id: '1' },
			{ intent: 'email', email: 'off' },
		] as Record<string, string>[])
			expect(statusOf(await settle(alertsAction(args(bare('/my/alerts', fields)))))).toBe(403)
		for (const fields of [{ intent: 'read', id: '1' }, { intent: 'open', id: '1' }, { intent: 'readAll' }] as Record<string, string>[])
			expect(statusOf(await settle(centreAction(args(bare('/my/notifications', fields)))))).toBe(403)
	})
})

describe('the alert job in the job runner', () => {
	it('runs on its interval, never overlapping, logs a failure once per streak and the recovery, and stop waits', async () => {
		let active = 0
		let maxActive = 0
		let calls = 0
		let finished = 0
		const warnings: string[] = []
		const infos: string[] = []
		const job = defineJob({
			name: 'alerts',
			intervalMs: 10,
			run: async () => {
				calls++
				active++
				maxActive = Math.max(maxActive, active)
				await new Promise((r) => setTimeout(r, 15))
				active--
				finished++
				if (calls <= 2) throw new Error('boom')
			},
		})
		const runner = startJobRunner(db, [job], { tickMs: 10, log: { info: (m) => infos.push(m), warn: (m) => warnings.push(m) } })
		// Two ticks asked for at once run one after the other, each running the job (it is due again after 10 ms).
		await Promise.all([runner.runNow(), runner.runNow()])
		expect(calls).toBeGreaterThanOrEqual(2)
		await vi.waitFor(() => expect(calls).toBeGreaterThanOrEqual(4), { timeout: 2_000, interval: 5 })
		expect(maxActive).toBe(1)
		expect(warnings).toEqual(['jobs: alerts failed (boom); retrying every 10 ms'])
		expect(infos).toEqual(['jobs: alerts running again'])

		// stop() waits for the run under way, and nothing runs after it.
		await vi.waitFor(() => expect(active).toBe(1), { timeout: 2_000, interval: 1 })
		await runner.stop()
		expect(active).toBe(0)
		const after = finished
		await new Promise((r) => setTimeout(r, 40))
		expect(finished).toBe(after)
	})

	it('the registered alerts job runs the alert jobs and records the run', async () => {
		const [outcome] = await runDueJobs(db, [alertsJob], { force: true })
		expect(outcome).toMatchObject({ name: 'alerts', outcome: 'ok', error: null })
		const row = db.select().from(jobs).where(eq(jobs.name, 'alerts')).get()
		expect(row).toMatchObject({ lastStatus: 'ok', leaseOwner: null, lastError: null })
		expect(row!.nextDueAt).toBe(row!.lastStartedAt! + 60_000)
	})
})
