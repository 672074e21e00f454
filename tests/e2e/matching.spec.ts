import { expect, test } from '@playwright/test'

test('a demand page shows 匹配结果 per item with a ✓/✗ checklist that opens without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false })
	const page = await context.newPage()
	await page.goto('/demands/DEM-2026-001')
	const section = page.locator('section[aria-labelledby="matches"]')
	await expect(section.getByRole('heading', { name: '匹配结果' })).toBeVisible()
	const first = section.locator('ol > li').first()
	await expect(first.getByText('符合要求')).toBeVisible()
	const reasons = first.locator('details li')
	await expect(reasons.first()).toBeHidden()
	await first.locator('summary').click()
	await expect(reasons.filter({ hasText: '认证：消防产品自愿性认证' })).toContainText('✓')
	await expect(reasons.filter({ hasText: '技术参数：' }).first()).toBeVisible()
	await context.close()
})

test('a listing page shows 商机: open demand items it is eligible for, linking to the demand', async ({ page }) => {
	// A fire helmet of the demo data that meets 红谷滩特勤消防救援站's 消防头盔 item (DEM-2026-001).
	await page.goto('/listings/LST-0100')
	const section = page.locator('section').filter({ has: page.getByRole('heading', { name: '商机' }) })
	await expect(section).toBeVisible()
	await section.locator('summary').first().click()
	await expect(section.locator('details li').first()).toBeVisible()
	const link = section.getByRole('link', { name: '消防头盔' }).first()
	await expect(link).toHaveAttribute('href', '/demands/DEM-2026-001')
	await link.click()
	await expect(page.getByRole('heading', { name: '匹配结果' })).toBeVisible()
})
