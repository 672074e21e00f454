import { expect, test } from '@playwright/test'
import { expectAccessible, importFixture } from './helpers.ts'

test('the home page shows the demo data in Chinese', async ({ page }) => {
	await page.goto('/')
	await expect(page).toHaveTitle('应急装备供需对接平台')
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('安全应急装备供需对接')
	const listings = page.locator('section[aria-labelledby="latest-listings"] article')
	await expect(listings).toHaveCount(6)
	const stat = page.locator('dl dd').first()
	expect(Number(await stat.textContent())).toBeGreaterThan(200)
	await expect(page.locator('section[aria-labelledby="latest-demands"] li').first()).toBeVisible()
	await expectAccessible(page)
})

test('a listing page shows specs, certifications with validity, and the supplier', async ({ page }) => {
	await page.goto('/')
	const first = page.locator('section[aria-labelledby="latest-listings"] article h3 a').first()
	const title = await first.textContent()
	await first.click()
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!)
	await expect(page.getByRole('heading', { name: '技术参数' })).toBeVisible()
	await expect(page.getByRole('heading', { name: '认证与资质' })).toBeVisible()
	await expect(page.getByRole('heading', { name: '供应商' })).toBeVisible()
	await expectAccessible(page)
})

test('a listing with many specs renders them as a table with converted units', async ({ page }) => {
	await page.goto('/listings?category=030301')
	await page.locator('article h3 a').first().click()
	const rows = page.locator('table tbody tr')
	expect(await rows.count()).toBeGreaterThan(0)
})

test('a demand page lists items with requirements', async ({ page }) => {
	await page.goto('/demands')
	const link = page.locator('main a[href^="/demands/"]').first()
	const title = await link.textContent()
	await link.click()
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!.trim())
	await expect(page.locator('table tbody tr').first()).toBeVisible()
	await expectAccessible(page)
})

test('switching to English works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false })
	const page = await context.newPage()
	await page.goto('/')
	await page.getByRole('button', { name: '语言' }).click()
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Safety and emergency equipment, matched')
	await expect(page.locator('html')).toHaveAttribute('lang', 'en')
	await page.getByRole('button', { name: 'Language' }).click()
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('安全应急装备供需对接')
	await context.close()
})

test('unknown records and URLs give the 404 page', async ({ page }) => {
	const res = await page.goto('/listings/NO-SUCH-LISTING')
	expect(res?.status()).toBe(404)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面')
	expect((await page.goto('/no/such/page'))?.status()).toBe(404)
})

test('hostile text is shown exactly, escaped, and never runs', async ({ page }) => {
	importFixture('hostile-text.json')
	let dialogs = 0
	page.on('dialog', (d) => {
		dialogs++
		void d.dismiss()
	})
	await page.goto('/listings/E2E-LST-XSS')
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('<script>window.__pwned=1</script>𠮷 ＦＵＬＬ')
	await expect(page.getByText(`'; DROP TABLE listings; -- "quoted" 龘`)).toBeVisible()
	await expect(page.getByRole('rowheader', { name: '<b>流量</b>' })).toBeVisible()
	await expect(page.getByRole('link', { name: '<img src=x onerror=alert(1)>测试企业 “引号” 🚒' }).first()).toBeVisible()
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
	expect(await page.locator('main img[src="x"]').count()).toBe(0)
	expect(dialogs).toBe(0)
})
