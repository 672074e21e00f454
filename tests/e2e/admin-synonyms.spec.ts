// Search administration in Chromium: a platform admin adds a synonym and the search page uses it at once; a field
// error keeps what was typed; the category names page renames a category and stays accessible (both pages as they
// first open are scanned in a11y.spec.ts).
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible, logIn } from './helpers.ts'

const results = (page: Page) => page.locator('section[aria-labelledby="search-results"] ol > li')

test('an admin adds a synonym and /search finds the listing by it at once', async ({ page }) => {
	test.setTimeout(60_000) // a sign-in, a refused and an accepted form, two searches
	// A word no listing has (unique per run).
	const term = `zq${Date.now().toString(36)}`
	await page.goto(`/search?q=${encodeURIComponent(term)}`)
	await expect(results(page)).toHaveCount(0)

	await logIn(page, 'admin@example.com', 'demo12345')
	await page.getByRole('link', { name: /搜索同义词/ }).click()
	await expect(page).toHaveURL(/\/admin\/synonyms$/)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索同义词')
	// a page of 100 entries at a time
	await expect(page.getByRole('navigation', { name: '词条分页' })).toContainText('第 1 页')

	const form = page.getByRole('form', { name: '新增词条' })
	// A synonym equal to the term is refused on its field, and the typed text stays.
	await form.getByLabel('词条').fill(term)
	await form.getByLabel('同义词').fill(`排水抢险车\n${term}`)
	await form.getByRole('button', { name: '添加' }).click()
	await expect(form.getByText(`同义词 “${term}” 与词条本身相同，无需填写`)).toBeVisible()
	await expect(form.getByLabel('词条')).toHaveValue(term)

	await form.getByLabel('同义词').fill('排水抢险车\n龙吸水')
	// a word a search should also find that is another thing (the matcher never takes it as the item)
	await form.getByLabel('相关词（仅搜索）').fill('移动泵站')
	await form.getByRole('button', { name: '添加' }).click()
	// The page shown is the one holding the new entry.
	await expect(page.getByRole('status')).toContainText(`已添加词条 “${term}”`)
	const row = page.getByRole('row', { name: new RegExp(term) })
	await expect(row.getByRole('listitem')).toHaveText(['排水抢险车', '龙吸水', '移动泵站'])
	await expect(row).toContainText('相关：')
	// The add form is empty again.
	await expect(form.getByLabel('词条')).toHaveValue('')

	await row.getByRole('link', { name: '试搜' }).click()
	await expect(page).toHaveURL(/\/search\?q=/)
	await expect(results(page).first()).toBeVisible()
	const titles = await results(page).locator('h3').allTextContents()
	expect(titles.some((t) => t.includes('排水抢险车'))).toBe(true)
})

test('the category names page is accessible and renames a category', async ({ page }) => {
	test.setTimeout(60_000) // a sign-in, an edit and an accessibility scan
	await logIn(page, 'admin@example.com', 'demo12345')
	await page.goto('/admin/categories')
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('装备分类名称')
	await page.getByRole('link', { name: '编辑分类 030309 的名称' }).click()
	const form = page.getByRole('form', { name: '编辑分类 030309 的名称' })
	await expect(form.getByLabel('中文名称')).toHaveValue('冰雪灾害处置装备')
	await form.getByLabel('英文名称').fill('Ice, snow and freezing-rain response')
	await form.getByRole('button', { name: '保存' }).click()
	await expect(page.getByRole('status')).toContainText('已保存分类 030309 的名称')
	await expect(page.getByRole('row', { name: /030309/ })).toContainText('Ice, snow and freezing-rain response')
	await expectAccessible(page)
})
