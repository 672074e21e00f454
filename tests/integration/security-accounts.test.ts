// Findings 2, 5, 7 and 8 of the outside penetration test (issue 9), one describe each, through the route actions as a
// browser (or an attacker's script) uses them. The server runs as in production (NODE_ENV=production, APP_URL set,
// no SMTP_URL: the demo set-up), which is where the findings were made.
import { and, eq, isNull } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { loader as rootLoader } from '#app/root.tsx'
import { action as forgotAction } from '#app/routes/forgot-password.tsx'
import { action as acceptAction, loader as acceptLoader } from '#app/routes/invitations.accept.tsx'
import { action as localeAction } from '#app/routes/locale.tsx'
import { action as loginAction } from '#app/routes/login.tsx'
import { loader as mailboxLoader } from '#app/routes/mailbox.tsx'
import { action as myOrgAction, loader as myOrgLoader } from '#app/routes/my.org.tsx'
import { loader as myLoader } from '#app/routes/my._index.tsx'
import { action as resetAction, loader as resetLoader } from '#app/routes/reset-password.tsx'
import { action as signupAction, loader as signupLoader } from '#app/routes/signup.tsx'
import { action as verifyAction, loader as verifyLoader } from '#app/routes/verify-email.tsx'
import { notifyOrg } from '#app/modules/notifications/notify.server.ts'
import type { Db } from '#db/client.server.ts'
import { alertSettings, invitations, mailOutbox, memberships, passwordResets, sessions, users } from '#db/schema/index.ts'
import { addMember, anonymousCookie, bodyOf, cookieFor, createOrg, createUser, formRequest, getRequest, installAppDb, settle, statusOf, userIdByEmail } from '#tests/setup/app.ts'

const APP = 'https://yjzb.example.gov.cn'
// Before anything reads the environment (env() parses it once, on first use).
vi.stubEnv('NODE_ENV', 'production')
vi.stubEnv('APP_URL', APP)
vi.stubEnv('SMTP_URL', '')

let db: Db
beforeAll(() => {
	db = installAppDb()
})
afterAll(() => {
	vi.unstubAllEnvs()
})
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })

let addressSeq = 0
/** Each test its own client address where the server takes it from a header, so the per-address limits of sign-up
 * and reset (5 an hour) never decide an outcome; the file also stays within them from a single address. */
const fromAddress = () => {
	const address = `198.51.100.${++addressSeq}`
	return { 'X-Forwarded-For': address, 'X-Client-Address': address }
}

const mailsTo = (to: string) => db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).all()
const lastMailTo = (to: string) => mailsTo(to).at(-1)
const tokenIn = (text: string, path: string) => new RegExp(`${path.replace(/[/?]/g, '\\$&')}\\?token=([\\w-]+)`).exec(text)?.[1] ?? ''
const verifiedAt = (email: string) => db.select({ at: users.emailVerifiedAt }).from(users).where(eq(users.email, email)).get()?.at ?? null
const roleIn = (orgId: number, userId: number) =>
	db.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId))).get()?.role ?? null

async function orgWithOwner() {
	const org = createOrg(db)
	const owner = await createUser(db)
	addMember(db, org.id, owner.id, 'owner')
	return { org, owner, cookie: await cookieFor(db, owner.id) }
}

/** The owner invites `email`; returns the token from the invitation mail (what only the invitee's mailbox holds). */
async function invite(cookie: string, email: string, role: 'owner' | 'member' = 'member'): Promise<string> {
	const res = (await settle(myOrgAction(args(formRequest('/my/org', { intent: 'invite', email, role }, cookie))))) as Response
	expect(res.headers.get('Location')).toBe('/my/org?done=invited')
	return tokenIn(lastMailTo(email)!.text, '/invitations/accept')
}

/** A sign-up through the page's form; returns the new account's session cookie (with the CSRF cookie). */
async function signUp(email: string, extra: Record<string, string> = {}): Promise<string> {
	const fields = { name: '新用户', email, password: 'password123', confirmPassword: 'password123', ...extra }
	const res = (await settle(signupAction(args(formRequest('/signup', fields, await anonymousCookie(), fromAddress()))))) as Response
	expect(res.status).toBe(302)
	return `${res.headers.get('Set-Cookie')!.split(';')[0]}; ${await anonymousCookie()}`
}

describe('finding 2 (high): the mailbox is public in production, and an invitation can be taken over', () => {
	it('in production only platform admins read the mailbox; nobody else sees the links in it', async () => {
		// An invitation waits in the outbox: whoever reads its link can sign up with the address and take the role.
		const { cookie } = await orgWithOwner()
		const victim = { email: 'victim-2a@example.com' }
		const token = await invite(cookie, victim.email, 'owner')
		expect(token).not.toBe('')

		// anonymous: sent to log in, the page itself never served
		const anon = await settle(mailboxLoader(args(getRequest('/mailbox', await anonymousCookie()))))
		expect(anon).toBeInstanceOf(Response)
		expect((anon as Response).status).toBe(302)
		expect((anon as Response).headers.get('Location')).toBe('/login?redirectTo=%2Fmailbox')
		// a signed-in user without the platform admin role: 403
		const someone = await createUser(db)
		const denied = await settle(mailboxLoader(args(getRequest('/mailbox', await cookieFor(db, someone.id)))))
		expect(statusOf(denied)).toBe(403)
		expect(String(await bodyOf(denied))).not.toContain(token)
		// a platform reviewer is not an admin either
		const reviewer = await createUser(db, { platformRole: 'reviewer' })
		expect(statusOf(await settle(mailboxLoader(args(getRequest('/mailbox', await cookieFor(db, reviewer.id))))))).toBe(403)
		// the platform admin reads it (the demo still works for them)
		const admin = await createUser(db, { platformRole: 'admin' })
		const page = (await mailboxLoader(args(getRequest('/mailbox', await cookieFor(db, admin.id))))) as { mail: { to: string; text: string }[] }
		expect(page.mail.some((m) => m.to === victim.email && m.text.includes(token))).toBe(true)

		// the layout links to the mailbox only for those who may read it
		const root = async (cookie: string) => ((await bodyOf(await rootLoader(args(getRequest('/', cookie))))) as { mailbox: boolean }).mailbox
		expect(await root(await anonymousCookie())).toBe(false)
		expect(await root(await cookieFor(db, someone.id))).toBe(false)
		expect(await root(await cookieFor(db, admin.id))).toBe(true)
	})

	it('an account that never proved the invited address cannot accept, even holding the link (sign-up proves nothing)', async () => {
		const { org, cookie } = await orgWithOwner()
		const invited = 'new-owner-2b@example.com'
		// The attacker registers the invited address first: sign-up sends no mail, so it proves nothing.
		const attacker = await signUp(invited)
		const attackerId = userIdByEmail(db, invited)!
		const token = await invite(cookie, invited, 'owner')
		// The link reaches this account (a leaked link, or the invitee's browser left logged in as the attacker's account).
		const page = await acceptLoader(args(getRequest(`/invitations/accept?token=${token}`, attacker)))
		expect(page.problem).toBeNull()
		const res = await settle(acceptAction(args(formRequest('/invitations/accept', { token }, attacker))))
		expect(statusOf(res)).toBe(403)
		expect(roleIn(org.id, attackerId)).toBeNull()
		expect(db.select().from(invitations).where(eq(invitations.orgId, org.id)).get()!.acceptedAt).toBeNull()
	})

	it('signing up from the invitation link with the invited address proves it: that account accepts', async () => {
		const { org, cookie } = await orgWithOwner()
		const invited = 'colleague-2d@example.com'
		const token = await invite(cookie, invited)
		// the page opened from the link offers the invited address
		expect(await signupLoader(args(getRequest(`/signup?invitation=${token}`, await anonymousCookie())))).toEqual({ invitedEmail: invited })
		// another address signed up from the same link proves nothing about the invited one
		await signUp('someone-else-2d@example.com', { invitation: token })
		expect(verifiedAt('someone-else-2d@example.com')).toBeNull()

		const session = await signUp(invited, { invitation: token, redirectTo: `/invitations/accept?token=${token}` })
		expect(verifiedAt(invited)).not.toBeNull()
		const page = await acceptLoader(args(getRequest(`/invitations/accept?token=${token}`, session)))
		expect(page).toMatchObject({ problem: null, matches: true, user: { email: invited, verified: true } })
		const res = (await settle(acceptAction(args(formRequest('/invitations/accept', { token }, session))))) as Response
		expect(res.headers.get('Location')).toBe('/my/org')
		expect(roleIn(org.id, userIdByEmail(db, invited)!)).toBe('member')
	})

	it('an account made before the invitation confirms its address by a mailed link, then accepts', async () => {
		const { org, cookie } = await orgWithOwner()
		const invited = 'existing-2e@example.com'
		const user = await createUser(db, { email: invited, emailVerified: false })
		const session = await cookieFor(db, user.id)
		const token = await invite(cookie, invited, 'owner')
		const here = `/invitations/accept?token=${token}`
		expect(await acceptLoader(args(getRequest(here, session)))).toMatchObject({ problem: null, matches: true, user: { verified: false } })
		expect(statusOf(await settle(acceptAction(args(formRequest('/invitations/accept', { token }, session)))))).toBe(403)

		// "send confirmation mail": a link to the invited address, at the configured site address
		expect(await bodyOf(await acceptAction(args(formRequest('/invitations/accept', { token, intent: 'confirm-email' }, session))))).toEqual({ error: null, sent: true })
		const mail = lastMailTo(invited)!
		expect(mail.kind).toBe('email_verification')
		const link = new URL(/https?:\/\/\S+\/verify-email\?\S+/.exec(mail.text)![0])
		expect(link.origin).toBe(APP)
		const confirmToken = link.searchParams.get('token')!
		expect(link.searchParams.get('next')).toBe(here)

		// the link confirms nothing for another account (a forwarded mail, a shared computer)
		const other = await createUser(db, { emailVerified: false })
		const otherCookie = await cookieFor(db, other.id)
		const refused = await settle(verifyAction(args(formRequest('/verify-email', { token: confirmToken, next: here }, otherCookie))))
		expect(statusOf(refused)).toBe(403)
		expect(verifiedAt(other.email)).toBeNull()
		// anonymous: log in first, then back to the link
		const anon = (await settle(verifyLoader(args(getRequest(`/verify-email?token=${confirmToken}&next=${encodeURIComponent(here)}`, await anonymousCookie()))))) as Response
		expect(anon.headers.get('Location')).toMatch(/^\/login\?redirectTo=%2Fverify-email%3Ftoken%3D/)

		expect(await verifyLoader(args(getRequest(`/verify-email?token=${confirmToken}&next=${encodeURIComponent(here)}`, session)))).toMatchObject({ live: true, next: here, email: invited })
		const confirmed = (await settle(verifyAction(args(formRequest('/verify-email', { token: confirmToken, next: here }, session))))) as Response
		expect(confirmed.headers.get('Location')).toBe(here)
		expect(verifiedAt(invited)).not.toBeNull()
		// used up
		expect(statusOf(await settle(verifyAction(args(formRequest('/verify-email', { token: confirmToken, next: here }, session)))))).toBe(400)

		const ok = (await settle(acceptAction(args(formRequest('/invitations/accept', { token }, session))))) as Response
		expect(ok.headers.get('Location')).toBe('/my/org')
		expect(roleIn(org.id, user.id)).toBe('owner')
	})

	it('the real owner of a squatted address takes the account back by password reset, which also proves the address', async () => {
		const { org, cookie } = await orgWithOwner()
		const invited = 'squatted-2f@example.com'
		const attacker = await signUp(invited)
		const token = await invite(cookie, invited)
		// The invitee cannot sign up (the address is taken); the reset link reaches only their mailbox.
		await forgotAction(args(formRequest('/forgot-password', { email: invited }, await anonymousCookie(), fromAddress())))
		const resetToken = tokenIn(lastMailTo(invited)!.text, '/reset-password')
		const res = (await settle(resetAction(args(formRequest('/reset-password', { token: resetToken, password: 'mine-again', confirmPassword: 'mine-again' }, await anonymousCookie()))))) as Response
		expect(res.status).toBe(302)
		const invitee = `${res.headers.get('Set-Cookie')!.split(';')[0]}; ${await anonymousCookie()}`
		// the attacker's session is over; the invitee accepts
		expect(statusOf(await settle(acceptAction(args(formRequest('/invitations/accept', { token }, attacker)))))).toBe(302)
		expect(roleIn(org.id, userIdByEmail(db, invited)!)).toBeNull()
		const ok = (await settle(acceptAction(args(formRequest('/invitations/accept', { token }, invitee))))) as Response
		expect(ok.headers.get('Location')).toBe('/my/org')
		expect(roleIn(org.id, userIdByEmail(db, invited)!)).toBe('member')
	})

	it('an invitation is honoured only while the owner who sent it is still an owner', async () => {
		const { org, owner, cookie } = await orgWithOwner()
		const token = await invite(cookie, 'co-owner-2c@example.com', 'owner')
		// The inviter hands ownership to a colleague and stays on as a plain member.
		const colleague = await createUser(db)
		addMember(db, org.id, colleague.id, 'member')
		await settle(myOrgAction(args(formRequest('/my/org', { intent: 'transfer', id: String(colleague.id) }, cookie))))
		expect(roleIn(org.id, owner.id)).toBe('member')
		// the new owner's page no longer lists it as pending (they may invite again, with their own authority)
		const page = (await myOrgLoader(args(getRequest('/my/org', await cookieFor(db, colleague.id))))) as { invitations: { email: string }[] }
		expect(page.invitations.map((i) => i.email)).not.toContain('co-owner-2c@example.com')

		const invitee = await createUser(db, { email: 'co-owner-2c@example.com' })
		const inviteeCookie = await cookieFor(db, invitee.id)
		expect((await acceptLoader(args(getRequest(`/invitations/accept?token=${token}`, inviteeCookie)))).problem).not.toBeNull()
		const res = await settle(acceptAction(args(formRequest('/invitations/accept', { token }, inviteeCookie))))
		expect(statusOf(res)).toBe(410)
		expect(roleIn(org.id, invitee.id)).toBeNull()
	})
})

describe('finding 5 (medium): mail links take their host from the request', () => {
	/** The same form POST, sent to the server under another Host (the request URL is built from it). */
	function underHost(request: Request, host: string): Request {
		const url = new URL(request.url)
		url.host = host
		return new Request(url, { method: request.method, body: request.body, headers: request.headers, duplex: 'half' } as RequestInit)
	}

	it('a reset requested with Host: evil.example links to the configured address', async () => {
		const u = await createUser(db, { email: 'host-5a@example.com' })
		await forgotAction(args(underHost(formRequest('/forgot-password', { email: u.email }, await anonymousCookie(), fromAddress()), 'evil.example')))
		const text = lastMailTo(u.email)!.text
		expect(text).toContain(`${APP}/reset-password?token=`)
		expect(text).not.toContain('evil.example')
	})

	it('an invitation sent with Host: evil.example links to the configured address', async () => {
		const { cookie } = await orgWithOwner()
		await settle(myOrgAction(args(underHost(formRequest('/my/org', { intent: 'invite', email: 'host-5b@example.com', role: 'member' }, cookie), 'evil.example'))))
		const text = lastMailTo('host-5b@example.com')!.text
		expect(text).toContain(`${APP}/invitations/accept?token=`)
		expect(text).not.toContain('evil.example')
	})

	it('a confirmation mail and an alert mail link to the configured address too', async () => {
		const { org, cookie } = await orgWithOwner()
		const u = await createUser(db, { email: 'host-5c@example.com', emailVerified: false })
		const token = await invite(cookie, u.email)
		await settle(acceptAction(args(underHost(formRequest('/invitations/accept', { token, intent: 'confirm-email' }, await cookieFor(db, u.id)), 'evil.example'))))
		expect(lastMailTo(u.email)!.text).toContain(`${APP}/verify-email?token=`)
		addMember(db, org.id, u.id, 'member')
		db.insert(alertSettings).values({ userId: u.id, email: 'instant' }).run()
		notifyOrg(db, { orgId: org.id, kind: 'saved_search', message: { key: 'alerts.messages.savedSearch', params: { name: '泵', count: 1 } }, link: '/search?q=%E6%B3%B5' })
		const alert = lastMailTo(u.email)!
		expect(alert.kind).toBe('alert')
		expect(alert.text).toContain(`${APP}/search?q=%E6%B3%B5`)
		expect(alert.text).not.toContain('evil.example')
	})
})

describe('finding 7 (low): outstanding reset tokens survive a successful reset', () => {
	it('a reset uses up every reset link of the user and ends their other sessions', async () => {
		const u = await createUser(db, { email: 'tokens-7@example.com', password: 'old-password' })
		const elsewhere = await cookieFor(db, u.id)
		const headers = fromAddress()
		for (let i = 0; i < 3; i++) await forgotAction(args(formRequest('/forgot-password', { email: u.email }, await anonymousCookie(), headers)))
		const tokens = mailsTo(u.email).map((m) => tokenIn(m.text, '/reset-password'))
		expect(new Set(tokens).size).toBe(3)

		const used = (await settle(resetAction(args(formRequest('/reset-password', { token: tokens[1]!, password: 'new-password', confirmPassword: 'new-password' }, await anonymousCookie()))))) as Response
		expect(used.status).toBe(302)
		for (const token of [tokens[0]!, tokens[2]!]) {
			expect((await resetLoader(args(getRequest(`/reset-password?token=${token}`)))).valid).toBe(false)
			const again = await settle(resetAction(args(formRequest('/reset-password', { token, password: 'attacker-pass', confirmPassword: 'attacker-pass' }, await anonymousCookie()))))
			expect(statusOf(again)).toBe(400)
		}
		expect(db.select().from(passwordResets).where(and(eq(passwordResets.userId, u.id), isNull(passwordResets.usedAt))).all()).toEqual([])
		// the session on another device is over; the one the reset started is the only one left
		expect(statusOf(await settle(myLoader(args(getRequest('/my', elsewhere)))))).toBe(302)
		expect(db.select().from(sessions).where(eq(sessions.userId, u.id)).all()).toHaveLength(1)
		const login = (await settle(loginAction(args(formRequest('/login', { email: u.email, password: 'attacker-pass' }, await anonymousCookie(), fromAddress()))))) as Response
		expect(statusOf(login)).toBe(400)
	})
})

describe('finding 8 (low): open redirects after log-in and language switch', () => {
	// Each of these leaves the site in some browser (or after a proxy decodes it once).
	const offSite = [
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r\n/evil.example',
		'/\\evil.example',
		'\\\\evil.example',
		'/\\/evil.example',
		'//evil.example',
		'///evil.example',
		'/%09/evil.example',
		'/%2F/evil.example',
		'/%2f%2fevil.example',
		'/%5Cevil.example',
		'/%255C%255Cevil.example',
		'%2F%2Fevil.example',
		'https://evil.example/',
		'http:evil.example',
		'javascript:alert(1)',
		' //evil.example',
		'\u0000//evil.example',
		'/\u0000/evil.example',
		'evil.example',
	]
	const onSite = ['/my/listings', '/invitations/accept?token=abc_DEF-123', '/search?q=%E6%B3%B5&category=0201#results']

	it('log-in goes only to a path of this site', async () => {
		const u = await createUser(db, { email: 'redirect-8@example.com', password: 'password123' })
		const headers = fromAddress()
		for (const redirectTo of [...offSite, ...onSite]) {
			const res = (await settle(loginAction(args(formRequest('/login', { email: u.email, password: 'password123', redirectTo }, await anonymousCookie(), headers))))) as Response
			expect(res.status, JSON.stringify(redirectTo)).toBe(302)
			expect(res.headers.get('Location'), JSON.stringify(redirectTo)).toBe(onSite.includes(redirectTo) ? redirectTo : '/my')
		}
	})

	it('sign-up goes only to a path of this site', async () => {
		const res = (await settle(signupAction(args(formRequest('/signup', { name: 'x', email: 'redirect-8b@example.com', password: 'password123', confirmPassword: 'password123', redirectTo: '/\t/evil.example' }, await anonymousCookie(), fromAddress()))))) as Response
		expect(res.headers.get('Location')).toBe('/my')
	})

	it('the language switch goes only to a path of this site', async () => {
		for (const redirectTo of offSite) {
			const res = (await settle(localeAction(args(formRequest('/locale', { lng: 'en', redirectTo }, await anonymousCookie()))))) as Response
			expect(res.headers.get('Location'), JSON.stringify(redirectTo)).toBe('/')
		}
		const back = (await settle(localeAction(args(formRequest('/locale', { lng: 'en', redirectTo: '/listings?lng=zh-CN&page=2' }, await anonymousCookie()))))) as Response
		expect(back.headers.get('Location')).toBe('/listings?page=2')
	})
})
