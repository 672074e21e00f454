// Sign-up, log-in, log-out and password reset through the route actions, as a browser without JavaScript uses them.
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { appUrl } from '#app/env.server.ts'
import { action as forgotAction } from '#app/routes/forgot-password.tsx'
import { action as loginAction } from '#app/routes/login.tsx'
import { action as logoutAction } from '#app/routes/logout.tsx'
import { action as resetAction, loader as resetLoader } from '#app/routes/reset-password.tsx'
import { action as signupAction } from '#app/routes/signup.tsx'
import { loader as mailboxLoader } from '#app/routes/mailbox.tsx'
import { loader as myLoader } from '#app/routes/my._index.tsx'
import { mailOutbox, sessions, users } from '#db/schema/index.ts'
import type { Db } from '#db/client.server.ts'
import { anonymousCookie, bodyOf, cookieFor, createUser, formRequest, getRequest, installAppDb, settle, statusOf } from '#tests/setup/app.ts'
import { reloadEnv } from '#app/env.server.ts'

let db: Db
beforeAll(() => {
	db = installAppDb()
})
const args = (request: Request) => ({ request, params: {}, context: {} })

describe('sign-up', () => {
	it('creates a user with an argon2id hash, logs them in and sends them to the dashboard', async () => {
		const res = await settle(signupAction(args(formRequest('/signup', { name: '赵工', email: ' Zhao@Example.com ', password: 'correct horse', confirmPassword: 'correct horse' }, await anonymousCookie()))))
		expect(res).toBeInstanceOf(Response)
		const r = res as Response
		expect(r.status).toBe(302)
		expect(r.headers.get('Location')).toBe('/my')
		const cookie = r.headers.get('Set-Cookie')!
		expect(cookie).toMatch(/__session=.+; Max-Age=2592000; Path=\/; HttpOnly; SameSite=Lax/)
		const user = db.select().from(users).where(eq(users.email, 'zhao@example.com')).get()!
		expect(user.passwordHash).toMatch(/^\$argon2id\$/)
		// the cookie works
		const me = await myLoader(args(getRequest('/my', cookie.split(';')[0])))
		expect(me.name).toBe('赵工')
	})

	it('rejects bad input with field errors in Chinese and keeps what was typed (but not the password)', async () => {
		const res = await signupAction(args(formRequest('/signup', { name: '', email: 'not-an-email', password: 'short', confirmPassword: 'other' }, await anonymousCookie())))
		expect(statusOf(res)).toBe(400)
		const body = (await bodyOf(res)) as { error: Record<string, string[]>; initialValue: Record<string, string> }
		expect(body.error.name).toEqual(['必填，不能为空'])
		expect(body.error.email).toEqual(['邮箱格式不正确'])
		expect(body.error.password).toEqual(['至少 8 个字符'])
		const mismatch = await signupAction(args(formRequest('/signup', { name: 'x', email: 'm@example.com', password: 'password123', confirmPassword: 'password124' }, await anonymousCookie())))
		expect(((await bodyOf(mismatch)) as { error: Record<string, string[]> }).error.confirmPassword).toEqual(['两次输入的密码不一致'])
		expect(body.initialValue.email).toBe('not-an-email')
		expect(body.initialValue.password).toBeUndefined()
	})

	it('refuses a second account for the same email', async () => {
		await createUser(db, { email: 'taken@example.com' })
		const res = await signupAction(args(formRequest('/signup', { name: 'x', email: 'taken@example.com', password: 'password123', confirmPassword: 'password123' }, await anonymousCookie())))
		expect(statusOf(res)).toBe(409)
		expect(((await bodyOf(res)) as { error: Record<string, string[]> }).error.email).toEqual(['该邮箱已注册，请直接登录或找回密码'])
	})

	it('refuses a form without the CSRF token', async () => {
		const req = new Request('http://localhost/signup', { method: 'POST', body: new URLSearchParams({ name: 'x', email: 'x@example.com', password: 'password123', confirmPassword: 'password123' }) })
		const res = await settle(signupAction(args(req)))
		expect(statusOf(res)).toBe(403)
	})
})

describe('log-in and log-out', () => {
	it('logs in with the right password, rotating the session, and out again', async () => {
		const u = await createUser(db, { email: 'login@example.com', password: 'password123' })
		const old = await cookieFor(db, u.id)
		const before = db.select().from(sessions).where(eq(sessions.userId, u.id)).all().length
		const res = (await settle(loginAction(args(formRequest('/login', { email: 'login@example.com', password: 'password123', redirectTo: '/my/listings' }, old))))) as Response
		expect(res.status).toBe(302)
		expect(res.headers.get('Location')).toBe('/my/listings')
		// the session the request carried was replaced, not added to
		expect(db.select().from(sessions).where(eq(sessions.userId, u.id)).all().length).toBe(before)
		const fresh = res.headers.get('Set-Cookie')!.split(';')[0]!
		const out = (await settle(logoutAction(args(formRequest('/logout', {}, `${fresh}; ${old.split('; ')[1]}`))))) as Response
		expect(out.headers.get('Set-Cookie')).toMatch(/__session=; Max-Age=0/)
		expect(db.select().from(sessions).where(eq(sessions.userId, u.id)).all().length).toBe(before - 1)
	})

	it('says only "wrong email or password", and never redirects off-site', async () => {
		await createUser(db, { email: 'l2@example.com', password: 'password123' })
		const wrong = await loginAction(args(formRequest('/login', { email: 'l2@example.com', password: 'nope-nope' }, await anonymousCookie())))
		expect(((await bodyOf(wrong)) as { error: Record<string, string[]> }).error['']).toEqual(['邮箱或密码不正确'])
		const unknown = await loginAction(args(formRequest('/login', { email: 'nobody@example.com', password: 'nope-nope' }, await anonymousCookie())))
		expect(((await bodyOf(unknown)) as { error: Record<string, string[]> }).error['']).toEqual(['邮箱或密码不正确'])
		const res = (await settle(loginAction(args(formRequest('/login', { email: 'l2@example.com', password: 'password123', redirectTo: '//evil.example.com' }, await anonymousCookie()))))) as Response
		expect(res.headers.get('Location')).toBe('/my')
	})

	it('rate-limits log-in attempts per address and email', async () => {
		await createUser(db, { email: 'rl@example.com', password: 'password123' })
		const headers = { 'X-Forwarded-For': '203.0.113.9' }
		let last: unknown
		for (let i = 0; i < 11; i++) last = await loginAction(args(formRequest('/login', { email: 'rl@example.com', password: 'wrong-pass' }, await anonymousCookie(), headers)))
		expect(statusOf(last)).toBe(429)
		// even the right password waits now
		const right = await settle(loginAction(args(formRequest('/login', { email: 'rl@example.com', password: 'password123' }, await anonymousCookie(), headers))))
		expect(statusOf(right)).toBe(429)
	})
})

describe('password reset', () => {
	it('mails a one-hour link; the link sets a new password once and ends old sessions', async () => {
		const u = await createUser(db, { email: 'reset@example.com', password: 'old-password' })
		const oldSession = await cookieFor(db, u.id)
		await forgotAction(args(formRequest('/forgot-password', { email: 'reset@example.com' }, await anonymousCookie())))
		const mail = db.select().from(mailOutbox).where(eq(mailOutbox.to, 'reset@example.com')).get()!
		expect(mail.subject).toBe('【应急装备供需对接平台】重设密码')
		// the link starts at the configured address (APP_URL; http://localhost:PORT in tests), never at the request's host
		expect(mail.text).toContain(`${appUrl()}/reset-password?token=`)
		const token = /reset-password\?token=([\w-]+)/.exec(mail.text)![1]!
		expect((await resetLoader(args(getRequest(`/reset-password?token=${token}`)))).valid).toBe(true)
		const res = (await settle(resetAction(args(formRequest('/reset-password', { token, password: 'new-password', confirmPassword: 'new-password' }, await anonymousCookie()))))) as Response
		expect(res.status).toBe(302)
		// old session gone, token used up, new password works
		const me = await settle(myLoader(args(getRequest('/my', oldSession))))
		expect((me as Response).status).toBe(302)
		expect((await resetLoader(args(getRequest(`/reset-password?token=${token}`)))).valid).toBe(false)
		const login = (await settle(loginAction(args(formRequest('/login', { email: 'reset@example.com', password: 'new-password' }, await anonymousCookie()))))) as Response
		expect(login.status).toBe(302)
	})

	it('outside production the mailbox shows the mail to anyone (development); with SMTP it is off', async () => {
		const page = (await mailboxLoader(args(getRequest('/mailbox', await anonymousCookie())))) as { mail: { to: string }[] }
		expect(page.mail.some((m) => m.to === 'reset@example.com')).toBe(true)
		process.env.SMTP_URL = 'smtp://127.0.0.1:9'
		reloadEnv()
		try {
			expect(statusOf(await settle(mailboxLoader(args(getRequest('/mailbox', await anonymousCookie())))))).toBe(404)
		} finally {
			delete process.env.SMTP_URL
			reloadEnv()
		}
	})

	it('says the same thing for unknown emails and sends nothing', async () => {
		const count = db.select().from(mailOutbox).all().length
		const res = await forgotAction(args(formRequest('/forgot-password', { email: 'ghost@example.com' }, await anonymousCookie())))
		expect((await bodyOf(res)) as { sent: boolean }).toMatchObject({ sent: true })
		expect(db.select().from(mailOutbox).all().length).toBe(count)
	})
})
