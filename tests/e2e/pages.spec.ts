import { expect, test } from '@playwright/test'
import { importFixture } from './helpers.ts'

test('the home page shows the demo data in Chinese', async ({ page }) => {
	await page.goto('/')
	await expect(page).toHaveTitle('应急装备供需对接平台')
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('安全应急装备供需对接')
	const listings = page.locator('section[aria-labelledby="latest-listings"] article')
	await expect(listings).toHaveCount(6)
	const stat = page.locator('dl dd').first()
	expect(Number(await stat.textContent())).toBeGreaterThan(200)
	await expect(page.locator('section[aria-labelledby="latest-demands"] li').first()).toBeVisible()
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
})

test('specs are shown as the supplier wrote them and converted to the canonical unit', async ({ page }) => {
	// LST-0196 (demo data): 水罐消防车 with 额定流量 80 L/s = 288 m3/h
	await page.goto('/listings/LST-0196')
	const row = page.getByRole('row', { name: /额定流量/ })
	await expect(row.getByRole('cell').nth(0)).toHaveText('80 L/s')
	await expect(row.getByRole('cell').nth(1)).toHaveText('288 m3/h')
})

test('a demand page lists items with requirements', async ({ page }) => {
	await page.goto('/demands')
	const link = page.locator('main a[href^="/demands/"]').first()
	const title = await link.textContent()
	await link.click()
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!.trim())
	await expect(page.locator('table tbody tr').first()).toBeVisible()
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

test('a client-side navigation to a missing listing shows the error inside the page, with the failed request\'s id', async ({ page }) => {
	const document = await page.goto('/listings')
	await page.waitForFunction(() => '__remixRouter' in window)
	const failed = page.waitForResponse((r) => new URL(r.url()).pathname === '/listings/NO-SUCH-LISTING.data')
	// No link leads to a missing listing: the app's router navigates as a click on one would (a data request, no reload).
	await page.evaluate(() => void (window as unknown as { __remixRouter: { navigate: (to: string) => Promise<void> } }).__remixRouter.navigate('/listings/NO-SUCH-LISTING'))
	const res = await failed
	expect(res.status()).toBe(404)
	const id = await res.headerValue('x-request-id')
	expect(id).toMatch(/^[0-9a-f-]{36}$/)
	expect(id).not.toBe(await document!.headerValue('x-request-id'))
	await expect(page).toHaveURL(/\/listings\/NO-SUCH-LISTING$/)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面')
	await expect(page.getByRole('banner').getByRole('navigation')).toBeVisible()
	await expect(page.locator('main [data-request-id]')).toHaveText(`请求编号：${id}`)
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

// Their accessibility is checked once, in a11y.spec.ts.
test('browse pages, an organization, a standard and the category tree render', async ({ page }) => {
	await page.goto('/categories')
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('装备分类')
	await page.getByRole('link', { name: /排水抢险装备/ }).first().click()
	await expect(page).toHaveURL(/category=030301/)
	await expect(page.locator('main article').first()).toBeVisible()
	await page.locator('main article h3 a').first().click()
	await page.getByRole('complementary').getByRole('link').first().click()
	await expect(page).toHaveURL(/\/orgs\//)
	await page.goto('/standards')
	await page.locator('main a[href^="/standards/"]').first().click()
	await expect(page.locator('table tbody tr').first()).toBeVisible()
})

test('the listings filter works without JavaScript and keeps its state in the URL', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false })
	const page = await context.newPage()
	await page.goto('/listings')
	await page.getByLabel('关键词').fill('呼吸器')
	await page.getByLabel('关键词').press('Enter')
	await expect(page).toHaveURL(/q=%E5%91%BC%E5%90%B8%E5%99%A8/)
	// The URL changes as the new document starts streaming in: wait for its results before reading them.
	await expect(page.locator('main article h3').first()).toBeVisible()
	const titles = await page.locator('main article h3').allTextContents()
	expect(titles.length).toBeGreaterThan(0)
	for (const t of titles) expect(t).toContain('呼吸器')
	await context.close()
})
