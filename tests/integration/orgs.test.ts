// Organizations through their route actions, as a browser without JavaScript uses them: creation, invitations,
// member and owner rules, platform review and the audit log, and the wall between organizations.
import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { appUrl } from '#app/env.server.ts'
import { sha256 } from '#app/modules/accounts/tokens.server.ts'
import { writeContext } from '#app/modules/audit/changes.server.ts'
import { getPublicListing } from '#app/modules/listings/queries.server.ts'
import { listingRecord } from '#app/modules/listings/schema.ts'
import { saveListing } from '#app/modules/listings/write.server.ts'
import { saveDemand } from '#app/modules/demands/write.server.ts'
import { demandRecord } from '#app/modules/demands/schema.ts'
import { withCheckChar } from '#app/modules/catalog/uscc.ts'
import { loader as auditLoader } from '#app/routes/admin.audit.tsx'
import { action as reviewAction, loader as reviewLoader } from '#app/routes/admin.review.tsx'
import { action as acceptAction, loader as acceptLoader } from '#app/routes/invitations.accept.tsx'
import { action as myOrgAction, loader as myOrgLoader } from '#app/routes/my.org.tsx'
import { loader as myLoader } from '#app/routes/my._index.tsx'
import { action as newOrgAction, loader as newOrgLoader } from '#app/routes/orgs.new.tsx'
import { loader as orgPageLoader } from '#app/routes/orgs.$ref.tsx'
import type { Db } from '#db/client.server.ts'
import { auditLog, invitations, mailOutbox, memberships, organizations, searchOutbox } from '#db/schema/index.ts'
import { dump } from '#tests/setup/db.ts'
import { addMember, anonymousCookie, bodyOf, cookieFor, createOrg, createUser, formRequest, getRequest, installAppDb, settle, statusOf } from '#tests/setup/app.ts'

let db: Db
beforeAll(() => {
	db = installAppDb()
})
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })

let codeSeq = 0
/** A valid credit code no other test uses. */
function freshUscc(): string {
	codeSeq++
	return withCheckChar(`91360100MA${String(700000 + codeSeq)}X`.slice(0, 17))
}

const orgFields = (over: Record<string, string> = {}) => ({
	name: '南昌赣江应急装备有限公司',
	kind: 'enterprise',
	region: '360100',
	uscc: freshUscc(),
	contact: '王工',
	phone: '0791-88886666',
	email: 'sales@ganjiang.example.cn',
	address: '南昌市红谷滩区丰和中大道 1 号',
	website: 'www.ganjiang.example.cn',
	...over,
})

type Reply = { status?: string; error: Record<string, string[]>; initialValue: Record<string, string> }
type MyOrgData = Awaited<ReturnType<typeof myOrgLoader>>

async function owner(kind: 'enterprise' | 'rescue_team' = 'enterprise', verified = true) {
	const org = createOrg(db, { kind, verified })
	const user = await createUser(db)
	addMember(db, org.id, user.id, 'owner')
	return { org, user, cookie: await cookieFor(db, user.id) }
}

async function member(orgId: number) {
	const user = await createUser(db)
	addMember(db, orgId, user.id, 'member')
	return { user, cookie: await cookieFor(db, user.id) }
}

const roleIn = (orgId: number, userId: number) =>
	db.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId))).get()?.role ?? null

const lastMailTo = (to: string) =>
	db
		.select()
		.from(mailOutbox)
		.where(eq(mailOutbox.to, to))
		.all()
		.at(-1)

const tokenFrom = (text: string) => /token=([\w-]+)/.exec(text)?.[1] ?? ''

describe('creating an organization', () => {
	it('creates it unverified, with the creator as owner, audited, and makes it the one they act for', async () => {
		const user = await createUser(db)
		const cookie = await cookieFor(db, user.id)
		const fields = orgFields()
		const res = (await settle(newOrgAction(args(formRequest('/orgs/new', fields, cookie))))) as Response
		expect(res.status).toBe(302)
		expect(res.headers.get('Location')).toBe('/my')
		const org = db.select().from(organizations).where(eq(organizations.uscc, fields.uscc)).get()!
		expect(org.ref).toMatch(/^ORG-[0-9A-Z]{8}$/)
		expect(org.verifiedAt).toBeNull()
		expect(org.verifiedBy).toBeNull()
		expect(org).toMatchObject({ name: fields.name, kind: 'enterprise', regionCode: '360100', website: fields.website, contact: '王工' })
		expect(roleIn(org.id, user.id)).toBe('owner')
		const audit = db.select().from(auditLog).where(eq(auditLog.orgId, org.id)).all()
		expect(audit.map((a) => `${a.action} ${a.entity}`)).toEqual(['web.create organization', 'web.member.add membership'])
		expect(audit.every((a) => a.userId === user.id)).toBe(true)
		const me = await myLoader(args(getRequest('/my', cookie)))
		expect(me.membership).toMatchObject({ orgId: org.id, role: 'owner', verified: false })
		// not public until verified
		expect(await settle(orgPageLoader(args(getRequest(`/orgs/${org.ref}`), { ref: org.ref })))).toHaveProperty('status', 404)
	})

	it('refuses a wrong check character, naming the expected one, keeps what was typed and writes nothing', async () => {
		const { cookie } = await owner()
		const before = dump(db)
		const res = await newOrgAction(args(formRequest('/orgs/new', orgFields({ uscc: '91310110666007217A' }), cookie)))
		expect(statusOf(res)).toBe(400)
		const body = (await bodyOf(res)) as Reply
		expect(body.error.uscc).toEqual(['统一社会信用代码校验位错误：应为 “T”，实际为 “A”'])
		expect(body.initialValue.name).toBe('南昌赣江应急装备有限公司')
		expect(dump(db)).toEqual(before)
	})

	it('refuses a credit code another organization holds, and writes nothing', async () => {
		const { cookie } = await owner()
		const taken = db.select({ uscc: organizations.uscc }).from(organizations).get()!.uscc
		const before = dump(db)
		const res = await newOrgAction(args(formRequest('/orgs/new', orgFields({ uscc: taken }), cookie)))
		expect(statusOf(res)).toBe(400)
		expect(((await bodyOf(res)) as Reply).error.uscc).toEqual([
			'该统一社会信用代码已被平台上的其他机构登记。如果是本单位，请联系该机构的管理员邀请你加入',
		])
		expect(dump(db)).toEqual(before)
	})

	it('explains missing and misplaced fields in Chinese', async () => {
		const { cookie } = await owner()
		const before = dump(db)
		const res = await newOrgAction(args(formRequest('/orgs/new', { ...orgFields({ name: '', region: '', website: 'javascript:alert(1)' }), headcount: '30' }, cookie)))
		const errors = ((await bodyOf(res)) as Reply).error
		expect(errors.name).toEqual(['必填，不能为空'])
		expect(errors.region).toEqual(['必填，不能为空'])
		expect(errors.website?.[0]).toMatch(/^网址应以 http:\/\/ 或 https:\/\/ 开头/)
		expect(errors.headcount).toEqual(['仅救援队伍可填写此字段'])
		expect(dump(db)).toEqual(before)
	})

	it('takes team details for a rescue team and a region code of another province', async () => {
		const user = await createUser(db)
		const cookie = await cookieFor(db, user.id)
		const fields = orgFields({ kind: 'rescue_team', name: '杭州蓝天救援队', region: 'other', regionOther: '330100', teamType: 'social_rescue', headcount: '45', level: '市级' })
		expect(((await settle(newOrgAction(args(formRequest('/orgs/new', fields, cookie))))) as Response).status).toBe(302)
		const org = db.select().from(organizations).where(eq(organizations.uscc, fields.uscc)).get()!
		expect(org).toMatchObject({ kind: 'rescue_team', regionCode: '330100', teamType: 'social_rescue', headcount: 45, level: '市级', verifiedAt: null })
		const bad = await newOrgAction(args(formRequest('/orgs/new', orgFields({ region: 'other', regionOther: '990000' }), cookie)))
		expect(((await bodyOf(bad)) as Reply).error.regionOther?.[0]).toMatch(/无效的行政区划代码 “990000”/)
	})

	it('lets a user create several organizations; anonymous visitors are sent to log in', async () => {
		const { user, cookie, org } = await owner()
		expect(((await settle(newOrgAction(args(formRequest('/orgs/new', orgFields(), cookie))))) as Response).status).toBe(302)
		const mine = db.select().from(memberships).where(eq(memberships.userId, user.id)).all()
		expect(mine).toHaveLength(2)
		expect(mine.every((m) => m.role === 'owner')).toBe(true)
		// the new one is now the active organization
		const page = (await myOrgLoader(args(getRequest('/my/org', cookie)))) as MyOrgData
		expect(page.org.ref).not.toBe(org.ref)
		const anon = (await settle(newOrgLoader(args(getRequest('/orgs/new', await anonymousCookie()))))) as Response
		expect(anon.headers.get('Location')).toBe('/login?redirectTo=%2Forgs%2Fnew')
	})
})

describe('invitations', () => {
	it('mails a hashed, 7-day link; only the invited address can accept it, once', async () => {
		const { org, cookie } = await owner()
		const res = (await settle(myOrgAction(args(formRequest('/my/org', { intent: 'invite', email: ' Li.Na@Example.com ', role: 'member' }, cookie))))) as Response
		expect(res.headers.get('Location')).toBe('/my/org?done=invited')
		const mail = lastMailTo('li.na@example.com')!
		expect(mail.text).toContain(`${appUrl()}/invitations/accept?token=`)
		const token = tokenFrom(mail.text)
		const inv = db.select().from(invitations).where(eq(invitations.orgId, org.id)).get()!
		expect(inv.tokenHash).toBe(sha256(token))
		expect(JSON.stringify(db.select().from(invitations).all())).not.toContain(token)
		const days = (Date.parse(inv.expiresAt) - Date.parse(inv.createdAt)) / 86400_000
		expect(days).toBeCloseTo(7, 3)

		// anonymous: sees the organization and is asked to log in, coming back here afterwards
		const anon = await acceptLoader(args(getRequest(`/invitations/accept?token=${token}`, await anonymousCookie())))
		expect(anon).toMatchObject({ problem: null, user: null, invitation: { orgName: expect.any(String), role: 'member' } })
		expect(anon.redirectTo).toBe(`/invitations/accept?token=${token}`)

		// another account cannot accept it
		const other = await createUser(db, { email: 'someone-else@example.com' })
		const otherCookie = await cookieFor(db, other.id)
		expect((await acceptLoader(args(getRequest(`/invitations/accept?token=${token}`, otherCookie)))).matches).toBe(false)
		const wrong = await settle(acceptAction(args(formRequest('/invitations/accept', { token }, otherCookie))))
		expect(statusOf(wrong)).toBe(403)
		expect(((await bodyOf(wrong)) as { error: string }).error).toBe('这份邀请是发给 li.na@example.com 的。请用该邮箱对应的账号登录后再接受。')
		expect(roleIn(org.id, other.id)).toBeNull()
		// …and is offered to log out and come back through the log-in page
		const sw = (await settle(acceptAction(args(formRequest('/invitations/accept', { token, intent: 'switch-account' }, otherCookie))))) as Response
		expect(sw.headers.get('Location')).toBe(`/login?redirectTo=${encodeURIComponent(`/invitations/accept?token=${token}`)}`)
		expect(sw.headers.get('Set-Cookie')).toMatch(/__session=; Max-Age=0/)

		// the invited user accepts
		const invitee = await createUser(db, { email: 'li.na@example.com' })
		const inviteeCookie = await cookieFor(db, invitee.id)
		const ok = (await settle(acceptAction(args(formRequest('/invitations/accept', { token }, inviteeCookie))))) as Response
		expect(ok.headers.get('Location')).toBe('/my/org')
		expect(roleIn(org.id, invitee.id)).toBe('member')
		expect(db.select().from(invitations).where(eq(invitations.id, inv.id)).get()!.acceptedAt).not.toBeNull()

		// used up
		const again = await settle(acceptAction(args(formRequest('/invitations/accept', { token }, inviteeCookie))))
		expect(statusOf(again)).toBe(410)
		expect(((await bodyOf(again)) as { error: string }).error).toBe('该邀请已被接受过，不能重复使用。')
	})

	it('refuses an expired or revoked invitation, and an unknown token', async () => {
		const { org, cookie } = await owner()
		await settle(myOrgAction(args(formRequest('/my/org', { intent: 'invite', email: 'late@example.com', role: 'owner' }, cookie))))
		const token = tokenFrom(lastMailTo('late@example.com')!.text)
		db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000).toISOString() }).where(eq(invitations.tokenHash, sha256(token))).run()
		const late = await createUser(db, { email: 'late@example.com' })
		const lateCookie = await cookieFor(db, late.id)
		expect((await acceptLoader(args(getRequest(`/invitations/accept?token=${token}`, lateCookie)))).problem).toBe('invitationExpired')
		const res = await settle(acceptAction(args(formRequest('/invitations/accept', { token }, lateCookie))))
		expect(statusOf(res)).toBe(410)
		expect(((await bodyOf(res)) as { error: string }).error).toMatch(/^邀请已过期/)
		expect(roleIn(org.id, late.id)).toBeNull()

		await settle(myOrgAction(args(formRequest('/my/org', { intent: 'invite', email: 'late@example.com', role: 'member' }, cookie))))
		const token2 = tokenFrom(lastMailTo('late@example.com')!.text)
		const inv = db.select().from(invitations).where(eq(invitations.tokenHash, sha256(token2))).get()!
		const revoked = (await settle(myOrgAction(args(formRequest('/my/org', { intent: 'revoke', id: String(inv.id) }, cookie))))) as Response
		expect(revoked.headers.get('Location')).toBe('/my/org?done=revoked')
		const res2 = await settle(acceptAction(args(formRequest('/invitations/accept', { token: token2 }, lateCookie))))
		expect(((await bodyOf(res2)) as { error: string }).error).toBe('该邀请已被机构管理员撤销。')
		expect(roleIn(org.id, late.id)).toBeNull()

		expect((await acceptLoader(args(getRequest('/invitations/accept?token=nonsense', lateCookie)))).problem).toBe('invitationGone')
	})

	it('re-inviting replaces the pending invitation; inviting a member is refused', async () => {
		const { org, cookie } = await owner()
		const m = await member(org.id)
		for (let i = 0; i < 2; i++) await settle(myOrgAction(args(formRequest('/my/org', { intent: 'invite', email: 'twice@example.com', role: 'member' }, cookie))))
		const page = (await myOrgLoader(args(getRequest('/my/org', cookie)))) as MyOrgData
		expect(page.invitations.map((i) => i.email)).toEqual(['twice@example.com'])
		const res = await myOrgAction(args(formRequest('/my/org', { intent: 'invite', email: m.user.email, role: 'member' }, cookie)))
		expect(statusOf(res)).toBe(409)
		expect(((await bodyOf(res)) as { result: Reply }).result.error.email).toEqual([`${m.user.email} 已经是本机构成员`])
	})
})

describe('members and owners', () => {
	it('a member may read but not invite, edit, remove or transfer (403)', async () => {
		const { org, user: ownerUser } = await owner()
		const m = await member(org.id)
		const page = (await myOrgLoader(args(getRequest('/my/org', m.cookie)))) as MyOrgData
		expect(page).toMatchObject({ canEdit: false, canManage: false, invitations: [] })
		expect(page.members.map((x) => x.role).sort()).toEqual(['member', 'owner'])
		const before = dump(db)
		const attempts: Record<string, string>[] = [
			{ intent: 'invite', email: 'x@example.com', role: 'owner' },
			{ intent: 'update', ...orgFields({ name: '改名' }) },
			{ intent: 'remove', id: String(ownerUser.id) },
			{ intent: 'transfer', id: String(m.user.id) },
			{ intent: 'revoke', id: '1' },
		]
		for (const fields of attempts) {
			const res = await settle(myOrgAction(args(formRequest('/my/org', fields, m.cookie))))
			expect(statusOf(res), fields.intent).toBe(403)
		}
		expect(dump(db)).toEqual(before)
	})

	it('the last owner cannot leave; a member can', async () => {
		const { org, user, cookie } = await owner()
		const m = await member(org.id)
		const res = await myOrgAction(args(formRequest('/my/org', { intent: 'leave' }, cookie)))
		expect(statusOf(res)).toBe(409)
		expect(((await bodyOf(res)) as { error: string }).error).toBe('机构至少需要保留一名管理员：请先移交管理员身份')
		expect(roleIn(org.id, user.id)).toBe('owner')
		const left = (await settle(myOrgAction(args(formRequest('/my/org', { intent: 'leave' }, m.cookie))))) as Response
		expect(left.headers.get('Location')).toBe('/my')
		expect(roleIn(org.id, m.user.id)).toBeNull()
	})

	it('transfers ownership: the member becomes owner, the old owner a member who can then leave', async () => {
		const { org, user, cookie } = await owner()
		const m = await member(org.id)
		const res = (await settle(myOrgAction(args(formRequest('/my/org', { intent: 'transfer', id: String(m.user.id) }, cookie))))) as Response
		expect(res.headers.get('Location')).toBe('/my/org?done=transferred')
		expect(roleIn(org.id, m.user.id)).toBe('owner')
		expect(roleIn(org.id, user.id)).toBe('member')
		// the old owner lost the owner's rights at once
		expect(statusOf(await settle(myOrgAction(args(formRequest('/my/org', { intent: 'invite', email: 'y@example.com', role: 'member' }, cookie)))))).toBe(403)
		expect(db.select().from(auditLog).where(and(eq(auditLog.orgId, org.id), eq(auditLog.action, 'web.owner.transfer'))).all()).toHaveLength(1)
		// the new owner is now the last owner
		expect(statusOf(await myOrgAction(args(formRequest('/my/org', { intent: 'leave' }, m.cookie))))).toBe(409)
		expect(((await settle(myOrgAction(args(formRequest('/my/org', { intent: 'leave' }, cookie))))) as Response).status).toBe(302)
	})

	it('an owner removes members but never the last owner, and not themselves', async () => {
		const { org, user, cookie } = await owner()
		const m = await member(org.id)
		const res = (await settle(myOrgAction(args(formRequest('/my/org', { intent: 'remove', id: String(m.user.id) }, cookie))))) as Response
		expect(res.headers.get('Location')).toBe('/my/org?done=removed')
		expect(roleIn(org.id, m.user.id)).toBeNull()
		expect(statusOf(await myOrgAction(args(formRequest('/my/org', { intent: 'remove', id: String(user.id) }, cookie))))).toBe(409)
		// a second owner may remove the first, but then not themselves-as-last via leave
		const second = await createUser(db)
		addMember(db, org.id, second.id, 'owner')
		const secondCookie = await cookieFor(db, second.id)
		expect(((await settle(myOrgAction(args(formRequest('/my/org', { intent: 'remove', id: String(user.id) }, secondCookie))))) as Response).status).toBe(302)
		expect(statusOf(await myOrgAction(args(formRequest('/my/org', { intent: 'leave' }, secondCookie))))).toBe(409)
	})

	it('owners edit the details; the credit code is fixed once verified, free before', async () => {
		const verified = await owner('enterprise', true)
		const uscc = db.select({ uscc: organizations.uscc }).from(organizations).where(eq(organizations.id, verified.org.id)).get()!.uscc
		const ok = (await settle(myOrgAction(args(formRequest('/my/org', { intent: 'update', ...orgFields({ uscc, name: '新名称有限公司' }) }, verified.cookie))))) as Response
		expect(ok.headers.get('Location')).toBe('/my/org?done=saved')
		const row = db.select().from(organizations).where(eq(organizations.id, verified.org.id)).get()!
		expect(row).toMatchObject({ name: '新名称有限公司', address: '南昌市红谷滩区丰和中大道 1 号' })
		expect(row.verifiedAt).not.toBeNull()
		const locked = await myOrgAction(args(formRequest('/my/org', { intent: 'update', ...orgFields() }, verified.cookie)))
		expect(((await bodyOf(locked)) as { result: Reply }).result.error.uscc).toEqual(['机构已通过认证，统一社会信用代码不能修改'])

		const pending = await owner('enterprise', false)
		const newCode = freshUscc()
		await settle(myOrgAction(args(formRequest('/my/org', { intent: 'update', ...orgFields({ uscc: newCode }) }, pending.cookie))))
		expect(db.select().from(organizations).where(eq(organizations.id, pending.org.id)).get()!).toMatchObject({ uscc: newCode, verifiedAt: null })
	})
})

describe('one organization never touches another', () => {
	it('ignores organization ids and refs in the form: the active membership decides', async () => {
		const a = await owner()
		const b = await owner()
		const bMember = await member(b.org.id)
		await settle(myOrgAction(args(formRequest('/my/org', { intent: 'invite', email: 'for-b@example.com', role: 'member' }, b.cookie))))
		const bInvitation = db.select().from(invitations).where(eq(invitations.orgId, b.org.id)).get()!
		const bBefore = JSON.stringify([
			db.select().from(organizations).where(eq(organizations.id, b.org.id)).get(),
			db.select().from(memberships).where(eq(memberships.orgId, b.org.id)).all(),
			db.select().from(invitations).where(eq(invitations.orgId, b.org.id)).all(),
		])
		const foreign = { ref: b.org.ref, orgId: String(b.org.id), org: b.org.ref }

		const aUscc = db.select({ uscc: organizations.uscc }).from(organizations).where(eq(organizations.id, a.org.id)).get()!.uscc
		await settle(myOrgAction(args(formRequest('/my/org', { intent: 'update', ...orgFields({ uscc: aUscc, name: '篡改的名称' }), ...foreign }, a.cookie))))
		expect(db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, a.org.id)).get()!.name).toBe('篡改的名称')

		const remove = await myOrgAction(args(formRequest('/my/org', { intent: 'remove', id: String(bMember.user.id), ...foreign }, a.cookie)))
		expect(((await bodyOf(remove)) as { error: string }).error).toBe('该用户不是本机构成员')
		const transfer = await myOrgAction(args(formRequest('/my/org', { intent: 'transfer', id: String(bMember.user.id), ...foreign }, a.cookie)))
		expect(statusOf(transfer)).toBe(409)
		const revoke = await myOrgAction(args(formRequest('/my/org', { intent: 'revoke', id: String(bInvitation.id), ...foreign }, a.cookie)))
		expect(statusOf(revoke)).toBe(404)
		await settle(myOrgAction(args(formRequest('/my/org', { intent: 'invite', email: 'c@example.com', role: 'owner', ...foreign }, a.cookie))))
		expect(db.select().from(invitations).where(eq(invitations.email, 'c@example.com')).get()!.orgId).toBe(a.org.id)

		expect(
			JSON.stringify([
				db.select().from(organizations).where(eq(organizations.id, b.org.id)).get(),
				db.select().from(memberships).where(eq(memberships.orgId, b.org.id)).all(),
				db.select().from(invitations).where(eq(invitations.orgId, b.org.id)).all(),
			]),
		).toBe(bBefore)
		// the page shows only A's members
		const page = (await myOrgLoader(args(getRequest('/my/org', a.cookie)))) as MyOrgData
		expect(page.members.map((m) => m.userId)).toEqual([a.user.id])
	})

	it('a user in two organizations acts only for the active one', async () => {
		const a = await owner()
		const b = await owner()
		addMember(db, b.org.id, a.user.id, 'member')
		// A was joined first, so A is active; B's member rights do not extend A's owner rights to B
		const bOther = await member(b.org.id)
		const res = await myOrgAction(args(formRequest('/my/org', { intent: 'remove', id: String(bOther.user.id) }, a.cookie)))
		expect(statusOf(res)).toBe(409)
		expect(roleIn(b.org.id, bOther.user.id)).toBe('member')
	})
})

describe('platform review', () => {
	async function unverifiedWithRecords() {
		const o = await owner('enterprise', false)
		const ctx = writeContext(db, { kind: 'organization', orgId: o.org.id, orgRef: o.org.ref, userId: o.user.id }, 'web')
		const listingRef = `LST-${o.org.ref}`
		saveListing(ctx, listingRecord.parse({ ref: listingRef, org: o.org.ref, title: '移动式排水抢险泵车', category: '010101', status: 'published' }))
		const demand = saveDemand(ctx, demandRecord.parse({ ref: `DEM-${o.org.ref}`, org: o.org.ref, title: '防汛物资采购', items: [{ ref: '1', name: '救生衣', quantity: 10 }] }))
		db.delete(searchOutbox).run()
		return { ...o, listingRef, demandId: demand.id }
	}

	it('refuses people who are not admins or reviewers (403)', async () => {
		const o = await owner()
		const target = await owner('enterprise', false)
		expect(statusOf(await settle(reviewLoader(args(getRequest('/admin/review', o.cookie)))))).toBe(403)
		expect(statusOf(await settle(auditLoader(args(getRequest('/admin/audit', o.cookie)))))).toBe(403)
		const res = await settle(reviewAction(args(formRequest('/admin/review', { intent: 'verify', orgId: String(target.org.id) }, o.cookie))))
		expect(statusOf(res)).toBe(403)
		expect(db.select().from(organizations).where(eq(organizations.id, target.org.id)).get()!.verifiedAt).toBeNull()
	})

	it('verifying makes the published listing public and queues the organization’s records for search', async () => {
		const o = await unverifiedWithRecords()
		const admin = await createUser(db, { platformRole: 'admin' })
		const adminCookie = await cookieFor(db, admin.id)
		const queue = await reviewLoader(args(getRequest('/admin/review', adminCookie)))
		const row = queue.rows.find((r) => r.id === o.org.id)!
		expect(row).toMatchObject({ usccValid: true, usccProblem: null, members: [{ email: o.user.email, role: 'owner' }] })
		expect(getPublicListing(db, o.listingRef)).toBeNull()

		const res = (await settle(reviewAction(args(formRequest('/admin/review', { intent: 'verify', orgId: String(o.org.id) }, adminCookie))))) as Response
		expect(res.headers.get('Location')).toBe('/admin/review?done=verified')
		const org = db.select().from(organizations).where(eq(organizations.id, o.org.id)).get()!
		expect(org.verifiedAt).not.toBeNull()
		expect(org.verifiedBy).toBe(admin.id)
		expect(getPublicListing(db, o.listingRef)?.listing.title).toBe('移动式排水抢险泵车')
		const queued = db.select({ entity: searchOutbox.entity }).from(searchOutbox).all().map((r) => r.entity).sort()
		expect(queued).toEqual(['demand_list', 'listing', 'organization'])
		expect(db.select().from(auditLog).where(and(eq(auditLog.entityId, o.org.id), eq(auditLog.action, 'web.verify'))).get()).toMatchObject({ userId: admin.id, actor: 'admin' })
		expect(lastMailTo(o.user.email)?.subject).toMatch(/已通过认证/)
		expect(statusOf(await settle(orgPageLoader(args(getRequest(`/orgs/${o.org.ref}`), { ref: o.org.ref }))))).toBe(200)
		// no longer in the queue; verifying twice is refused
		expect((await reviewLoader(args(getRequest('/admin/review', adminCookie)))).rows.some((r) => r.id === o.org.id)).toBe(false)
		expect(statusOf(await reviewAction(args(formRequest('/admin/review', { intent: 'verify', orgId: String(o.org.id) }, adminCookie))))).toBe(409)

		// withdrawing verification hides it again
		const un = (await settle(reviewAction(args(formRequest('/admin/review', { intent: 'unverify', orgId: String(o.org.id), reason: '营业执照已注销' }, adminCookie))))) as Response
		expect(un.headers.get('Location')).toBe('/admin/review?status=verified&done=unverified')
		expect(getPublicListing(db, o.listingRef)).toBeNull()
		expect(lastMailTo(o.user.email)?.text).toContain('营业执照已注销')
	})

	it('rejecting needs a reason, keeps the organization unverified, logs and mails the reason', async () => {
		const o = await unverifiedWithRecords()
		const reviewer = await createUser(db, { platformRole: 'reviewer' })
		const cookie = await cookieFor(db, reviewer.id)
		const none = await reviewAction(args(formRequest('/admin/review', { intent: 'reject', orgId: String(o.org.id), reason: '  ' }, cookie)))
		expect(statusOf(none)).toBe(400)
		expect(((await bodyOf(none)) as { error: string }).error).toBe('驳回时请填写理由，方便机构修改后重新提交')
		const res = (await settle(reviewAction(args(formRequest('/admin/review', { intent: 'reject', orgId: String(o.org.id), reason: '名称与营业执照不一致' }, cookie))))) as Response
		expect(res.headers.get('Location')).toBe('/admin/review?done=rejected')
		expect(db.select().from(organizations).where(eq(organizations.id, o.org.id)).get()!.verifiedAt).toBeNull()
		const logged = db.select().from(auditLog).where(and(eq(auditLog.entityId, o.org.id), eq(auditLog.action, 'web.reject'))).get()!
		expect(logged.after).toEqual({ reason: '名称与营业执照不一致' })
		expect(logged.actor).toBe('reviewer')
		expect(lastMailTo(o.user.email)).toMatchObject({ subject: expect.stringMatching(/审核未通过/), text: expect.stringContaining('名称与营业执照不一致') })
		expect(getPublicListing(db, o.listingRef)).toBeNull()
		// the owners see the reason on their page; the queue shows it too
		const page = (await myOrgLoader(args(getRequest('/my/org', o.cookie)))) as MyOrgData
		expect(page.rejection?.reason).toBe('名称与营业执照不一致')
		const queue = await reviewLoader(args(getRequest('/admin/review', cookie)))
		expect(queue.rows.find((r) => r.id === o.org.id)?.rejection?.reason).toBe('名称与营业执照不一致')
	})

	it('flags a stored credit code whose check character is wrong', async () => {
		const o = await owner('enterprise', false)
		db.update(organizations).set({ uscc: '91310110666007217A' }).where(eq(organizations.id, o.org.id)).run()
		const admin = await createUser(db, { platformRole: 'admin' })
		const queue = await reviewLoader(args(getRequest('/admin/review', await cookieFor(db, admin.id))))
		expect(queue.rows.find((r) => r.id === o.org.id)).toMatchObject({ usccValid: false, usccProblem: '统一社会信用代码校验位错误：应为 “T”，实际为 “A”' })
	})
})

describe('audit log', () => {
	it('lists changes newest first, 50 to a page, filtered by entity and organization', async () => {
		const o = await owner()
		for (let i = 0; i < 52; i++) await settle(myOrgAction(args(formRequest('/my/org', { intent: 'invite', email: `audit${i}@example.com`, role: 'member' }, o.cookie))))
		const admin = await createUser(db, { platformRole: 'admin' })
		const cookie = await cookieFor(db, admin.id)
		const filtered = await auditLoader(args(getRequest(`/admin/audit?entity=invitation&org=${o.org.ref}`, cookie)))
		expect(filtered.total).toBe(52)
		expect(filtered.rows).toHaveLength(50)
		expect(new Set(filtered.rows.map((r) => r.action))).toEqual(new Set(['web.invitation.create']))
		expect(filtered.rows[0]!.id).toBeGreaterThan(filtered.rows[1]!.id)
		expect(filtered.rows[0]!.after).toEqual({ email: 'audit51@example.com', role: 'member' })
		expect(filtered.rows[0]).toMatchObject({ userEmail: o.user.email, orgRef: o.org.ref, entity: 'invitation' })
		const all = await auditLoader(args(getRequest('/admin/audit', cookie)))
		expect(all.rows.length).toBe(Math.min(50, all.total))
		expect(all.total).toBeGreaterThan(50)
		const page2 = await auditLoader(args(getRequest('/admin/audit?page=2', cookie)))
		expect(page2.rows[0]!.id).toBeLessThan(all.rows.at(-1)!.id)
		// an unknown entity filter is ignored rather than erroring; an unknown org finds nothing
		expect((await auditLoader(args(getRequest('/admin/audit?entity=nope', cookie)))).entity).toBe('')
		expect((await auditLoader(args(getRequest('/admin/audit?org=ORG-NONE', cookie)))).total).toBe(0)
	})
})
