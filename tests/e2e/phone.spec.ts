// Issue 12, point 3: every main page fits a 360 px phone without sideways scrolling, and the header's 菜单 opens from
// the keyboard. One browser context for all pages (no accessibility scan here: a11y.spec.ts does that).
import { expect, test, type Page } from '@playwright/test'
import { logIn } from './helpers.ts'

test.use({ viewport: { width: 360, height: 740 } })

async function expectFits(page: Page, path: string) {
	await page.goto(path)
	const width = await page.evaluate(() => document.documentElement.scrollWidth)
	expect({ path, width }).toEqual({ path, width: 360 })
}

/** The first link of the page's main part that starts with this path (a record the demo data has). */
async function firstLink(page: Page, listPath: string, prefix: string): Promise<string> {
	await page.goto(listPath)
	const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute('href')
	expect(href).toBeTruthy()
	return href!
}

test('every main page fits a 360 px screen, and the menu opens from the keyboard', async ({ page }) => {
	test.setTimeout(60_000) // seventeen pages, about 25 s beside other work
	const listing = await firstLink(page, '/listings', '/listings/')
	const demand = await firstLink(page, '/demands', '/demands/')
	const standard = await firstLink(page, '/standards', '/standards/')
	for (const path of ['/', `/search?q=${encodeURIComponent('空呼')}`, `/search?index=demands&q=${encodeURIComponent('救生衣')}`, '/listings', listing, '/demands', demand, '/standards', standard, '/categories', '/login'])
		await expectFits(page, path)

	// The menu: a disclosure button, opened with Enter, its links then visible.
	const menu = page.getByTestId('site-menu')
	await menu.locator('summary').focus()
	await page.keyboard.press('Enter')
	await expect(menu.getByRole('link', { name: '装备分类' })).toBeVisible()
	await menu.getByRole('link', { name: '配备标准' }).click()
	await expect(page).toHaveURL(/\/standards$/)
	await expect(page.getByTestId('site-menu').getByRole('link', { name: '装备分类' })).toBeHidden()

	await logIn(page, 'team@example.com', 'demo12345')
	for (const path of ['/my', '/my/demands', '/my/gap', '/my/org']) await expectFits(page, path)
	await page.getByTestId('site-menu').locator('summary').click()
	await expect(page.getByTestId('site-menu').getByRole('link', { name: '装备缺口分析' })).toBeVisible()
})
