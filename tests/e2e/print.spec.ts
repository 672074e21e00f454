// The printed demand list is a document: letterhead, number, print date, publisher and contact, the items table; the
// site's header, the buttons and the 匹配结果 stay on screen.
import { expect, test } from '@playwright/test'

test('a demand list prints as a document with its number, print date and the publisher contact', async ({ page }) => {
	await page.goto('/demands/DEM-2026-001')
	const head = page.locator('header.print-head')
	await expect(head).toBeHidden()
	await page.emulateMedia({ media: 'print' })
	await expect(head).toBeVisible()
	await expect(head.getByRole('heading', { level: 1 })).toHaveText('红谷滩特勤消防救援站2028年度个人防护装备补充采购')
	await expect(head).toContainText('编号：DEM-2026-001')
	await expect(head).toContainText(/打印日期：\d{4}-\d{2}-\d{2}/)
	await expect(head).toContainText('联系人：邹站长')
	await expect(page.getByRole('banner')).toBeHidden()
	await expect(page.locator('section[aria-labelledby="matches"]')).toBeHidden()
	await expect(page.getByRole('table')).toContainText('消防产品自愿性认证')
	await expect(page.getByText('本清单发布于应急装备供需对接平台')).toBeVisible()
	const pdf = await page.pdf({ format: 'A4' })
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
})
