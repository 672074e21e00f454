// The whole supply side in one go, as a new enterprise lives it: sign up → create the organization → an admin
// verifies it → publish a listing with specs and a certification → it is public.
import { expect, test, type Page } from '@playwright/test'
import { logIn, randomUscc } from './helpers.ts'

test('sign up → organization → verified by an admin → a published listing shows publicly', async ({ page }) => {
	test.slow()
	const stamp = Date.now()
	const email = `journey-${stamp}@example.com`
	const orgName = `赣州旅程应急装备有限公司${stamp % 100000}`
	const title = `旅程测试 防化服 ${stamp}`

	await page.goto('/signup')
	await page.getByLabel('姓名').fill('旅程')
	await page.getByLabel('电子邮箱').fill(email)
	await page.getByLabel('密码', { exact: true }).fill('password123')
	await page.getByLabel('确认密码').fill('password123')
	await page.getByRole('button', { name: '注册' }).click()
	await page.getByRole('link', { name: '创建机构' }).click()
	await page.getByLabel('机构名称').fill(orgName)
	await page.getByLabel('机构类型').selectOption('enterprise')
	await page.getByLabel('统一社会信用代码').fill(randomUscc('360700'))
	await page.getByLabel('所在地区').selectOption({ label: '赣州市' })
	await page.getByRole('button', { name: '提交创建' }).click()
	await expect(page).toHaveURL(/\/my$/)

	// publish before verification: saved, but private
	await page.goto('/my/listings/new')
	await page.getByLabel('名称', { exact: true }).fill(title)
	await page.getByLabel('装备分类').selectOption('020102')
	await page.getByLabel('参数名称（第 1 项）').fill('整套重量')
	await page.getByLabel('数值（第 1 项）').fill('3.2')
	await page.getByLabel('单位（第 1 项）').fill('公斤')
	await page.getByRole('button', { name: '添加认证' }).click()
	await page.getByLabel('认证类型（第 1 项）').selectOption('FIRE_VOL')
	await page.getByLabel('有效期至（第 1 项）').fill('2030-12-31')
	await page.getByRole('button', { name: '发布', exact: true }).click()
	await expect(page).toHaveURL(/\?saved=1$/)
	const ref = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!)
	expect((await page.goto(`/listings/${encodeURIComponent(ref)}`))!.status()).toBe(404)

	// an admin verifies the organization
	await page.goto('/my')
	await page.getByRole('button', { name: '退出' }).click()
	await logIn(page, 'admin@example.com', 'demo12345')
	await page.goto('/admin/review')
	const card = page.locator('li', { has: page.getByRole('heading', { name: orgName }) })
	await card.getByRole('button', { name: '通过认证' }).click()
	await expect(page.getByRole('status')).toContainText('已通过认证')

	// now the listing is public, with its spec converted and its certification
	const res = await page.goto(`/listings/${encodeURIComponent(ref)}`)
	expect(res!.status()).toBe(200)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
	const weight = page.getByRole('row', { name: /整套重量/ })
	await expect(weight.getByRole('cell').nth(0)).toHaveText('3.2 公斤')
	await expect(page.getByText('消防产品自愿性认证')).toBeVisible()
	await expect(page.getByRole('link', { name: orgName }).first()).toBeVisible()
	await page.goto(`/listings?q=${encodeURIComponent(title)}`)
	await expect(page.locator('main article h3')).toHaveText([title])
})
