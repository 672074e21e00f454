// The search page in Chromium: highlighted hits, facets that narrow and live in the URL (with and without
// JavaScript), the demand tab, autocomplete, a helpful empty state, hostile queries. Accessibility: a11y.spec.ts.
import { expect, test, type Page } from '@playwright/test'

const results = (page: Page) => page.locator('section[aria-labelledby="search-results"] ol > li')
const countHeading = (page: Page) => page.locator('#search-results')

/** The number in "找到 N 条供给" / "找到 N 个需求条目". */
async function resultCount(page: Page): Promise<number> {
	const text = (await countHeading(page).textContent()) ?? ''
	return Number(/(\d+)/.exec(text)?.[1] ?? NaN)
}

test('the home page search box leads to /search, and 空呼 finds 正压式空气呼吸器 with highlights', async ({ page }) => {
	await page.goto('/')
	await page.locator('#home-q').fill('空呼')
	await page.locator('#home-q').press('Enter')
	await expect(page).toHaveURL(/\/search\?q=%E7%A9%BA%E5%91%BC/)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索')
	await expect(page.getByRole('searchbox', { name: '搜索词' }).or(page.getByRole('combobox', { name: '搜索词' }))).toHaveValue('空呼')
	await expect(results(page).first()).toBeVisible()
	expect(await resultCount(page)).toBeGreaterThanOrEqual(5)
	const firstTitles = await results(page).locator('h3').allTextContents()
	expect(firstTitles.slice(0, 5).every((t) => t.includes('正压式') && t.includes('呼吸器'))).toBe(true)
	// The synonym's words are marked in the title, and the page says what it searched for.
	await expect(results(page).first().locator('h3 mark').first()).toHaveText(/正压式|空气呼吸器/)
	await expect(page.getByText('实际搜索：')).toBeVisible()
	// A listing hit links to its page.
	const link = results(page).first().locator('h3 a')
	await expect(link).toHaveAttribute('href', /^\/listings\/LST-/)
})

test('a facet click narrows the results and the URL holds it; the chip removes it', async ({ page }) => {
	await page.goto(`/search?q=${encodeURIComponent('空呼')}`)
	const before = await resultCount(page)
	const nanchang = page.getByRole('checkbox', { name: '南昌市' })
	await expect(nanchang).not.toBeChecked()
	await nanchang.check()
	await expect(page).toHaveURL(/region=360100/)
	await expect(page).toHaveURL(/q=%E7%A9%BA%E5%91%BC/)
	await expect(page.getByRole('checkbox', { name: '南昌市' })).toBeChecked()
	await expect.poll(() => resultCount(page)).toBeLessThan(before)
	const after = await resultCount(page)
	expect(after).toBeGreaterThan(0)
	await expect(results(page)).toHaveCount(after)
	for (const text of await results(page).allTextContents()) expect(text).toContain('南昌市')
	// The apply button is for browsers without JavaScript only.
	await expect(page.getByRole('button', { name: '应用筛选' })).toHaveCount(0)

	// Another facet is AND; a second value of the same facet is OR.
	await page.getByRole('checkbox', { name: '九江市' }).check()
	await expect(page).toHaveURL(/region=360100&region=360400|region=360400&region=360100/)
	await expect.poll(() => resultCount(page)).toBeGreaterThan(after)

	await page.getByRole('link', { name: '移除筛选：地区：九江市' }).click()
	await expect(page).not.toHaveURL(/360400/)
	await expect.poll(() => resultCount(page)).toBe(after)
	await page.getByRole('link', { name: '移除筛选：地区：南昌市' }).click()
	await expect(page).not.toHaveURL(/region=/)
	await expect.poll(() => resultCount(page)).toBe(before)
})

test('the category tree counts descendants and sorting keeps the state', async ({ page }) => {
	await page.goto('/search?category=03')
	const total = await resultCount(page)
	expect(total).toBeGreaterThan(20)
	const rescue = page.getByRole('checkbox', { name: '救援处置' })
	await expect(rescue).toBeChecked()
	await page.getByRole('checkbox', { name: '抢险救援' }).check()
	await expect(page).toHaveURL(/category=0303/)
	await page.getByRole('checkbox', { name: '救援处置' }).uncheck()
	await expect(page).toHaveURL(/category=0303$|category=0303&/)
	await expect.poll(() => resultCount(page)).toBeLessThan(total)
	const sub = await resultCount(page)
	await page.getByLabel('排序').selectOption('price_desc')
	await expect(page).toHaveURL(/sort=price_desc/)
	await expect(page).toHaveURL(/category=0303/)
	await expect.poll(() => resultCount(page)).toBe(sub)
	// Pagination keeps the whole state.
	const next = page.getByRole('link', { name: '下一页' })
	await expect(next).toHaveAttribute('href', /category=0303/)
	await expect(next).toHaveAttribute('href', /sort=price_desc/)
	await next.click()
	await expect(page).toHaveURL(/page=2/)
	await expect(page.getByText(/第 2 \/ \d+ 页/)).toBeVisible()
})

test('without JavaScript the facet form, the sort and the tabs work', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false })
	const page = await context.newPage()
	await page.goto(`/search?q=${encodeURIComponent('空呼')}`)
	const before = await resultCount(page)
	await page.getByRole('checkbox', { name: '南昌市' }).check()
	await page.getByRole('button', { name: '应用筛选' }).click()
	await expect(page).toHaveURL(/region=360100/)
	await expect(page).toHaveURL(/q=%E7%A9%BA%E5%91%BC/)
	await expect(page.getByRole('checkbox', { name: '南昌市' })).toBeChecked()
	const after = await resultCount(page)
	expect(after).toBeLessThan(before)
	await page.getByLabel('排序').selectOption('price_asc')
	await page.locator('button[form="search-form"]', { hasText: '排序' }).click()
	await expect(page).toHaveURL(/sort=price_asc/)
	await expect(page).toHaveURL(/region=360100/)
	await expect.poll(() => resultCount(page)).toBe(after)
	// A new query from the box keeps the checked facets (they belong to the same form).
	await page.getByRole('combobox', { name: '搜索词' }).fill('呼吸器')
	await page.getByRole('button', { name: '搜索', exact: true }).click()
	await expect(page).toHaveURL(/region=360100/)
	await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent('呼吸器')}`))
	await page.getByRole('navigation', { name: '搜索范围' }).getByRole('link', { name: /需求/ }).click()
	await expect(page).toHaveURL(/index=demands/)
	await expect(page).toHaveURL(/region=360100/)
	await context.close()
})

test('the demand tab searches open demand items and links to their lists', async ({ page }) => {
	await page.goto(`/search?q=${encodeURIComponent('排水')}`)
	const tab = page.getByRole('navigation', { name: '搜索范围' }).getByRole('link', { name: /需求/ })
	await tab.click()
	await expect(page).toHaveURL(/index=demands/)
	await expect(tab).toHaveAttribute('aria-current', 'page')
	await expect(countHeading(page)).toContainText('个需求条目')
	const first = results(page).first()
	await expect(first.locator('h3 mark').first()).toHaveText('排水')
	await expect(first).toContainText('所属清单：')
	const href = await first.locator('h3 a').getAttribute('href')
	expect(href).toMatch(/^\/demands\/[^/]+$/)
	await first.locator('h3 a').click()
	await expect(page).toHaveURL(href!)
	await expect(page.locator('table tbody tr').first()).toBeVisible()
})

test('autocomplete suggests public titles while typing and works from the keyboard', async ({ page }) => {
	await page.goto('/search')
	const box = page.getByRole('combobox', { name: '搜索词' })
	await box.pressSequentially('正压')
	const list = page.getByRole('listbox', { name: '搜索建议' })
	await expect(list).toBeVisible()
	const options = list.getByRole('option')
	await expect(options.first()).toContainText('正压')
	expect(await options.count()).toBeLessThanOrEqual(8)
	await expect(box).toHaveAttribute('aria-expanded', 'true')
	await box.press('ArrowDown')
	await expect(options.first()).toHaveAttribute('aria-selected', 'true')
	await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!)
	const chosen = (await options.first().textContent())!
	await box.press('Enter')
	await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(chosen).replace(/[()]/g, '\\$&')}`))
	await expect(results(page).first().locator('h3')).toContainText(chosen)
	// Escape closes the list.
	await box.fill('')
	await box.pressSequentially('排水')
	await expect(list).toBeVisible()
	await box.press('Escape')
	await expect(list).toBeHidden()
	await expect(box).toHaveAttribute('aria-expanded', 'false')
})

test('an empty result explains itself and offers ways out', async ({ page }) => {
	await page.goto(`/search?q=${encodeURIComponent('空呼')}&category=030301&scenario=moon`)
	await expect(countHeading(page)).toHaveText('找到 0 条供给')
	await expect(page.getByRole('heading', { name: '没有找到与 “空呼” 相关的供给' })).toBeVisible()
	await expect(page.getByText('已忽略未知的筛选值：适用场景 “moon”')).toBeVisible()
	await expect(page.getByText('平台实际搜索了这些词：').or(page.getByText('实际搜索：'))).toBeVisible()
	await expect(page.getByRole('link', { name: '把分类 “排水抢险装备” 放宽到 “抢险救援”' })).toBeVisible()
	await expect(page.getByRole('link', { name: '改为在需求中搜索' })).toBeVisible()
	const remove = page.getByRole('link', { name: '去掉条件 “装备分类：排水抢险装备”' })
	await remove.click()
	await expect(page).not.toHaveURL(/category=/)
	// the URL can change a moment before the new results render: wait for them
	await expect(countHeading(page)).not.toHaveText('找到 0 条供给')
	expect(await resultCount(page)).toBeGreaterThan(0)
})

test('a hostile query shows a page, not an error', async ({ page }) => {
	const q = `"AND NEAR(${'呼吸器 * OR x'.repeat(200)}`.slice(0, 2000)
	const res = await page.goto(`/search?q=${encodeURIComponent(q)}`)
	expect(res?.status()).toBe(200)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索')
	await expect(page.getByText('搜索词过长，只搜索了前 200 个字。')).toBeVisible()
	await expect(countHeading(page)).toBeVisible()
	for (const bad of ['"', '*', 'AND', 'NEAR(', '\u0000']) {
		const r = await page.goto(`/search?q=${encodeURIComponent(bad)}&page=-3&sort=x&category=%25`)
		expect(r?.status()).toBe(200)
	}
})

test('the page reads well in English and on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 })
	await page.goto(`/search?q=${encodeURIComponent('空呼')}&lng=en`)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
	await expect(countHeading(page)).toContainText('listings found')
	// Facets collapse above the results behind a summary.
	const summary = page.locator('aside summary')
	await expect(summary).toBeVisible()
	await expect(page.getByRole('checkbox', { name: 'Nanchang' })).toBeHidden()
	await summary.click()
	await page.getByRole('checkbox', { name: 'Nanchang' }).check()
	await expect(page).toHaveURL(/region=360100/)
	await expect(page).toHaveURL(/lng=en/)
})

test('a query is understood: scenario and category chips, the matched spec on the card (issue 11)', async ({ page }) => {
	await page.goto(`/search?q=${encodeURIComponent('内涝 照明')}`)
	const understood = page.getByRole('note').filter({ hasText: '已理解为' })
	await expect(understood.getByText('按场景：城市内涝灾害（内涝）')).toBeVisible()
	await expect(understood.getByText('类别：应急照明设备（照明）')).toBeVisible()
	// 只看此类别 turns the word into the category filter
	await understood.getByRole('link', { name: '只看此类别' }).click()
	await expect(page).toHaveURL(/category=030103/)
	expect(new URL(page.url()).searchParams.get('q')).toBe('内涝')
	// two words for one scenario share one chip, and its × takes both out of the query
	await page.goto(`/search?q=${encodeURIComponent('煤矿透水 排水')}`)
	const mine = page.getByRole('note').filter({ hasText: '已理解为' }).getByRole('listitem').filter({ hasText: '按场景' })
	await expect(mine).toHaveCount(1)
	await expect(mine).toContainText('按场景：矿山(隧道)安全事故（煤矿、透水）')
	await mine.getByRole('link', { name: /从搜索词中去掉/ }).click()
	await expect.poll(() => new URL(page.url()).searchParams.get('q')?.trim()).toBe('排水')
	// a quantity: the card says which spec matched and that it meets the need
	await page.goto(`/search?q=${encodeURIComponent('排水 3000方')}`)
	await expect(results(page).first()).toContainText('排水流量 3,000 m3/h ✓')
})

test('a search with few results shows 同类装备 under its own heading, and its link lists the whole category', async ({ page }) => {
	await page.goto(`/search?q=${encodeURIComponent('避火服')}`)
	const related = page.getByRole('region', { name: /同类装备/ })
	await expect(related).toBeVisible()
	// They are not counted among the results.
	const results = await resultCount(page)
	expect(results).toBeGreaterThan(0)
	expect(await related.getByRole('listitem').count()).toBeGreaterThan(0)
	// Each card says it is a neighbour, not a result (the heading scrolls away on a phone).
	await expect(related.getByRole('listitem').first()).toContainText('同类参考')
	await related.getByRole('link', { name: /查看“.*”全部 \d+ 件供给/ }).click()
	await expect(page).toHaveURL(/category=020102/)
	await expect(page.getByRole('region', { name: /同类装备/ })).toHaveCount(0)
})

test('a word nobody writes is read as a kind of its last character, and the page says so (issue 11)', async ({ page }) => {
	await page.goto(`/search?q=${encodeURIComponent('救生舟')}`)
	await expect(page.getByRole('status').filter({ hasText: '没有名称含“救生舟”的装备' })).toHaveText('没有名称含“救生舟”的装备；以下是名称以“舟、艇、船”结尾、并提到“救生”的装备。')
	// the hits (the 同类装备 of the category may follow them, marked 同类参考)
	const n = await resultCount(page)
	expect(n).toBeGreaterThan(1)
	const titles = (await results(page).locator('h3').allTextContents()).slice(0, n)
	for (const t of titles) expect(t.replace(/\(.*\)$/, '').trim()).toMatch(/[舟艇船]$/)
})
