import { expect, test } from '@playwright/test'
import { logIn, ownClientAddress } from './helpers.ts'

test('sign up, log out, and log in again; pages hydrate under the CSP', async ({ page }) => {
	await ownClientAddress(page)
	const errors: string[] = []
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text())
	})
	const email = `e2e-${Date.now()}@example.com`
	await page.goto('/signup')
	await page.getByLabel('姓名').fill('测试用户')
	await page.getByLabel('电子邮箱').fill(email)
	await page.getByLabel('密码', { exact: true }).fill('password123')
	await page.getByLabel('确认密码').fill('password123')
	await page.getByRole('button', { name: '注册' }).click()
	await expect(page).toHaveURL(/\/my$/)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('欢迎，测试用户')
	await page.getByRole('button', { name: '退出' }).click()
	await expect(page.getByRole('link', { name: '登录' })).toBeVisible()
	await page.getByRole('link', { name: '登录' }).click()
	await page.getByLabel('电子邮箱').fill(email)
	await page.getByLabel('密码').fill('password123')
	await page.getByRole('button', { name: '登录' }).click()
	await expect(page).toHaveURL(/\/my$/)
	expect(errors).toEqual([])
})

test('client-side validation shows Chinese field errors before submitting', async ({ page }) => {
	await page.goto('/signup')
	await page.getByLabel('电子邮箱').fill('not-an-email')
	await page.getByLabel('电子邮箱').blur()
	await expect(page.getByText('邮箱格式不正确')).toBeVisible()
})

test('password reset through the development mailbox', async ({ page }) => {
	test.setTimeout(60_000) // two accounts, the mailbox as an admin, four sign-ins: about 25 steps
	await ownClientAddress(page)
	// A fresh account: the demo accounts' passwords must stay demo12345 for the specs running beside this one.
	const email = `e2e-reset-${Date.now()}@example.com`
	await page.goto('/signup')
	await page.getByLabel('姓名').fill('重设测试')
	await page.getByLabel('电子邮箱').fill(email)
	await page.getByLabel('密码', { exact: true }).fill('password123')
	await page.getByLabel('确认密码').fill('password123')
	await page.getByRole('button', { name: '注册' }).click()
	await expect(page).toHaveURL(/\/my$/)
	await page.getByRole('button', { name: '退出' }).click()
	await expect(page.getByRole('link', { name: '登录' }).first()).toBeVisible() // signed out before the next page load
	await page.goto('/forgot-password')
	await page.getByLabel('电子邮箱').fill(email)
	await page.getByRole('button', { name: '发送重设链接' }).click()
	await expect(page.getByRole('status')).toContainText('重设密码的邮件已经发出')
	// In production the mailbox is for platform admins only: read the link as the demo admin, then open it logged out.
	await expect(page.getByRole('link', { name: '开发邮箱' })).toHaveCount(0)
	await logIn(page, 'admin@example.com', 'demo12345')
	await page.goto('/mailbox')
	const mail = page.locator('li', { has: page.getByTestId('mail-to').filter({ hasText: email }) }).first()
	const link = await mail.getByRole('link').first().getAttribute('href')
	await page.getByRole('button', { name: '退出' }).click()
	await expect(page.getByRole('link', { name: '登录' })).toBeVisible()
	await page.goto(link!)
	await page.getByLabel('新密码').fill('brand-new-pass')
	await page.getByLabel('确认密码').fill('brand-new-pass')
	await page.getByRole('button', { name: '保存新密码' }).click()
	await expect(page).toHaveURL(/\/my\?reset=1/)
	await expect(page.getByRole('status')).toHaveText('密码已更新，已为你登录。')
	await page.getByRole('button', { name: '退出' }).click()
	await expect(page.getByRole('link', { name: '登录' }).first()).toBeVisible() // signed out before the next page load
	await page.goto('/login')
	await page.getByLabel('电子邮箱').fill(email)
	await page.getByLabel('密码').fill('password123')
	await page.getByRole('button', { name: '登录' }).click()
	await expect(page.getByRole('alert')).toHaveText('邮箱或密码不正确')
	await page.getByLabel('密码').fill('brand-new-pass')
	await page.getByRole('button', { name: '登录' }).click()
	await expect(page).toHaveURL(/\/my$/)
})

test('security headers are on every page', async ({ request }) => {
	const res = await request.get('/')
	const csp = res.headers()['content-security-policy']!
	expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/)
	expect(csp).not.toContain("'unsafe-inline' ;")
	expect(csp).toContain("frame-ancestors 'none'")
	expect(res.headers()['x-content-type-options']).toBe('nosniff')
	expect(res.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin')
})
