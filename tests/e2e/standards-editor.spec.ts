// A bureau member creates a configuration standard with two items in the browser, publishes it and finds it at
// /standards; starts a new version of it; the published standard passes the accessibility checks (the other pages are
// scanned in a11y.spec.ts).
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './helpers.ts'

async function logIn(page: Page) {
	await page.goto('/login?redirectTo=/my/standards')
	await page.getByLabel('电子邮箱').fill('bureau@example.com')
	await page.getByLabel('密码').fill('demo12345')
	await page.getByRole('button', { name: '登录' }).click()
	await page.waitForURL((url) => url.pathname === '/my/standards')
}

async function checkAccessible(page: Page) {
	await page.mouse.move(0, 0)
	await expectAccessible(page)
}

test('create a standard with two items, publish it, see it at /standards, start a new version', async ({ page }) => {
	test.setTimeout(60_000) // a refused and a published form of two items, the public page, a new version
	const errors: string[] = []
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text())
	})
	await logIn(page)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('配备标准管理')

	await page.getByRole('link', { name: '新建标准' }).first().click()
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('新建配备标准')

	const stamp = Date.now()
	const code = `JX-E2E-${stamp}/防汛抢险队`
	const title = `防汛抢险队装备配备标准 ${stamp}`
	await page.getByLabel('标准名称').fill(title)
	await page.getByLabel('标准代码').fill(code)
	await page.getByLabel('发布单位').fill('江西省应急管理厅')
	await page.getByLabel('适用队伍类型').selectOption('flood_rescue')

	const first = page.getByRole('group', { name: '条目 1' })
	await first.getByLabel('装备名称').fill('大流量排水泵')
	await first.getByLabel('装备分类').selectOption('030301')
	await first.getByLabel('固定数量').fill('2')
	await first.getByRole('button', { name: '添加技术要求' }).click()
	await first.getByLabel(/^参数名称/).fill('排水流量')
	await first.getByLabel(/^数值/).fill('3000')
	// A unit that does not measure a flow is refused in the browser, beside the row.
	await first.getByLabel(/^单位/).fill('kg')
	await page.getByRole('button', { name: '发布' }).click()
	await expect(first.getByText(/量纲不符/)).toBeVisible()
	await first.getByLabel(/^单位/).fill('m3/h')

	await page.getByRole('button', { name: '添加条目' }).click()
	const second = page.getByRole('group', { name: '条目 2' })
	await second.getByLabel('装备名称').fill('救生衣')
	await second.getByLabel('按人配备（每人）').fill('1')
	await second.getByLabel('CCS（中国船级社检验）').check()
	await page.getByRole('button', { name: '发布' }).click()

	await expect(page).toHaveURL(/\/my\/standards\/\d+\?saved=published$/)
	await expect(page.getByRole('status')).toHaveText('已发布。')
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
	await checkAccessible(page)

	await page.goto('/standards')
	await page.getByRole('link', { name: title }).click()
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
	const rows = page.getByRole('table').getByRole('row')
	await expect(rows).toHaveCount(3)
	await expect(page.getByRole('rowheader', { name: '大流量排水泵' })).toBeVisible()
	await expect(page.getByText('排水流量 ≥ 3000 m3/h')).toBeVisible()
	await expect(page.getByRole('link', { name: '导出 Excel' })).toHaveAttribute('href', `/downloads/standard.xlsx?code=${encodeURIComponent(code)}`)

	// A new version starts as a draft under <code>@v2.
	await page.goto('/my/standards')
	await page.getByRole('button', { name: `新版本：${title}` }).click()
	await expect(page).toHaveURL(/\/my\/standards\/\d+\?saved=version$/)
	await expect(page.getByText(`${code}@v2`).first()).toBeVisible()
	await expect(page.getByRole('button', { name: '发布' })).toBeVisible()
	expect(errors).toEqual([])
})
