// The search engine health page as a platform admin sees it: the embedded engine, its documents, the outbox note,
// and a full index rebuild with the spinner and its result.
import { expect, test } from '@playwright/test'
import { expectAccessible, logIn } from './helpers.ts'

test('a platform admin checks the search engine and rebuilds the index', async ({ page }) => {
	await logIn(page, 'admin@example.com', 'demo12345')
	await page.getByRole('link', { name: /搜索引擎状态/ }).click()
	await expect(page).toHaveURL(/\/admin\/search$/)
	await expect(page.getByRole('heading', { level: 1, name: '搜索引擎状态' })).toBeVisible()
	await expect(page.getByText('内置引擎（SQLite 全文检索）')).toBeVisible()
	await expect(page.getByText('正常', { exact: true })).toBeVisible()
	await expect(page.getByText(/没有同步延迟/)).toBeVisible()
	const listings = Number((await page.getByTestId('documents-listings').innerText()).replace(/\D/g, ''))
	expect(listings).toBeGreaterThan(100)

	await page.getByRole('button', { name: '重建索引' }).click()
	const result = page.getByTestId('rebuild-result')
	await expect(result).toContainText('索引已重建')
	await expect(result).toContainText(`供给 ${listings.toLocaleString('zh-CN')} 条`)
	await expect(result).toContainText(/需求条目 \d+ 条，用时 \d+\.\d 秒/)
	await expectAccessible(page)
})

test('the page is closed to an organization member', async ({ page }) => {
	await logIn(page, 'supplier@example.com', 'demo12345')
	await expect(page.getByRole('link', { name: /搜索引擎状态/ })).toHaveCount(0)
	const res = await page.goto('/admin/search')
	expect(res?.status()).toBe(403)
})
