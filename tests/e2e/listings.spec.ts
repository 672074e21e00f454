// A supplier manages listings in the browser: create with specs, a certification and a picture, publish, see the public page,
// edit, and get a Chinese field error; with and without JavaScript. The pages' accessibility: a11y.spec.ts.
import { expect, test, type Page } from '@playwright/test'

async function logIn(page: Page) {
	await page.goto('/login')
	await page.getByLabel('电子邮箱').fill('supplier@example.com')
	await page.getByLabel('密码').fill('demo12345')
	await page.locator('main').getByRole('button', { name: '登录' }).click()
	await expect(page).toHaveURL('/my')
}

/** A valid 1 × 1 PNG: enough for the upload checks, which decode every picture. */
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

const specRow = (page: Page, n: number) => ({
	name: page.getByLabel(`参数名称（第 ${n} 项）`),
	value: page.getByLabel(`数值（第 ${n} 项）`),
	unit: page.getByLabel(`单位（第 ${n} 项）`),
})

test('create a listing with specs and a certification, publish it, see it in public, edit it', async ({ page }) => {
	test.setTimeout(60_000) // about 40 steps: create, publish, public page, edit, unpublish
	const title = `E2E 移动式排水泵车 ${Date.now()}`
	await logIn(page)
	await page.goto('/my/listings')
	await expect(page.getByRole('heading', { level: 1, name: '我的供给' })).toBeVisible()
	await page.getByRole('link', { name: '发布新供给' }).first().click()
	await expect(page).toHaveURL('/my/listings/new')

	await page.getByLabel('名称', { exact: true }).fill(title)
	// the spec names suggested follow the chosen category
	await expect(page.locator('#spec-names option')).toHaveCount(0)
	await page.getByLabel('装备分类').selectOption('030301')
	await expect(page.locator('#spec-names option[value="排水流量"]')).toHaveCount(1)
	await page.getByLabel('型号').fill('E2E-3000')
	await page.getByLabel('城市内涝灾害').check()
	await page.getByLabel('关键词').fill('排水，防汛')
	const first = specRow(page, 1)
	await first.name.fill('排水流量')
	await first.value.fill('80')
	await first.unit.fill('L/s')
	// the editor tells how the unit will be compared
	await expect(page.getByText('折算为 288 m3/h')).toBeVisible()
	await page.getByRole('button', { name: '添加参数' }).click()
	const second = specRow(page, 2)
	await second.name.fill('防护等级')
	await second.value.fill('IP67')
	await page.getByRole('button', { name: '添加认证' }).click()
	await page.getByLabel('认证类型（第 1 项）').selectOption('CCC')
	await page.getByLabel('证书编号（第 1 项）').fill('2020010111223344')
	await page.getByLabel('有效期至（第 1 项）').fill('2029-06-30')
	await page.getByLabel('最低单价（元）').fill('1200000')
	await page.getByLabel('交货期（天）').fill('30')
	// a picture goes with the first save, from the editor's own picture section
	await expect(page.getByRole('heading', { level: 2, name: '产品图片' })).toBeVisible()
	await page.getByLabel('添加图片（可多选）').setInputFiles({ name: 'pump.png', mimeType: 'image/png', buffer: Buffer.from(ONE_PIXEL_PNG, 'base64') })
	await page.getByRole('button', { name: '发布', exact: true }).click()

	await expect(page).toHaveURL(/\/my\/listings\/LST-[^/?]+\?saved=1&pictures=1$/)
	await expect(page.getByRole('status')).toHaveText('已保存，供给处于发布状态。 已上传 1 张图片')
	const ref = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!)

	await page.getByRole('link', { name: '查看公开页面' }).click()
	await expect(page).toHaveURL(`/listings/${encodeURIComponent(ref)}`)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
	const flow = page.getByRole('row', { name: /排水流量/ })
	await expect(flow.getByRole('cell').nth(0)).toHaveText('80 L/s')
	await expect(flow.getByRole('cell').nth(1)).toHaveText('288 m3/h')
	await expect(page.getByRole('row', { name: /防护等级/ }).getByRole('cell').nth(0)).toHaveText('IP67')
	await expect(page.getByText('中国强制性产品认证')).toBeVisible()
	await expect(page.getByRole('region', { name: '产品图片' }).getByRole('img')).toHaveCount(1)

	// edit: change the title and a spec, remove the certification
	await page.goto(`/my/listings/${encodeURIComponent(ref)}`)
	await expect(page.getByLabel('名称', { exact: true })).toHaveValue(title)
	await page.getByLabel('名称', { exact: true }).fill(`${title}（升级版）`)
	await specRow(page, 1).value.fill('100')
	await page.getByRole('button', { name: '删除第 1 项认证' }).click()
	await page.getByRole('button', { name: '保存修改' }).click()
	await expect(page.getByRole('status')).toBeVisible()
	await page.goto(`/listings/${encodeURIComponent(ref)}`)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title}（升级版）`)
	await expect(page.getByRole('row', { name: /排水流量/ }).getByRole('cell').nth(0)).toHaveText('100 L/s')
	await expect(page.getByText('未填写认证信息。')).toBeVisible()

	// unpublish: the public page is gone, the list shows a draft
	await page.goto(`/my/listings/${encodeURIComponent(ref)}`)
	await page.getByRole('button', { name: '下架为草稿' }).click()
	await expect(page.getByRole('status')).toHaveText('已保存为草稿。')
	expect((await page.goto(`/listings/${encodeURIComponent(ref)}`))?.status()).toBe(404)
	await page.goto('/my/listings?status=draft')
	await expect(page.getByRole('link', { name: `${title}（升级版）`, exact: true })).toBeVisible()
})

test('an empty title gives a field error in Chinese, in the browser and without JavaScript', async ({ page, browser }) => {
	test.setTimeout(60_000) // two browser contexts, each signing in
	await logIn(page)
	await page.goto('/my/listings/new')
	await page.getByLabel('装备分类').selectOption('030301')
	await page.getByRole('button', { name: '保存草稿' }).click()
	const titleField = page.getByLabel('名称', { exact: true })
	await expect(titleField).toHaveAttribute('aria-invalid', 'true')
	await expect(page.getByText('必填，不能为空')).toBeVisible()
	await expect(page).toHaveURL('/my/listings/new')

	// The same without JavaScript: the server answers with the error and keeps what was typed.
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' })
	const bare = await context.newPage()
	await logIn(bare)
	await bare.goto('/my/listings/new')
	await bare.getByLabel('型号').fill('NOJS-1')
	await bare.getByLabel('装备分类').selectOption('030301')
	await specRow(bare, 1).name.fill('扬程')
	await specRow(bare, 1).value.fill('20')
	// adding a row is a round trip that keeps everything
	await bare.getByRole('button', { name: '添加参数' }).click()
	await expect(specRow(bare, 2).name).toBeVisible()
	await expect(specRow(bare, 1).name).toHaveValue('扬程')
	await specRow(bare, 2).unit.fill('kg')
	await bare.getByRole('button', { name: '保存草稿' }).click()
	await expect(bare.getByLabel('名称', { exact: true })).toHaveAttribute('aria-invalid', 'true')
	await expect(bare.locator('#' + (await bare.getByLabel('名称', { exact: true }).getAttribute('aria-describedby'))!.split(' ').pop()!)).toHaveText('必填，不能为空')
	// the half-filled row is flagged next to its own fields
	await expect(specRow(bare, 2).name).toHaveAttribute('aria-invalid', 'true')
	await expect(bare.getByLabel('型号')).toHaveValue('NOJS-1')
	await expect(bare.getByLabel('装备分类')).toHaveValue('030301')
	await expect(specRow(bare, 1).value).toHaveValue('20')
	await context.close()
})

// These pages (the list, its draft tab, the empty editor, an existing listing, the editor showing field errors) are
// scanned for accessibility once, in a11y.spec.ts.
test('the status tabs of my listings filter by the URL, and a row opens its editor', async ({ page }) => {
	await logIn(page)
	await page.goto('/my/listings')
	await expect(page.getByRole('navigation', { name: '按状态筛选' })).toBeVisible()
	await page.getByRole('link', { name: /^草稿/ }).click()
	await expect(page).toHaveURL('/my/listings?status=draft')
	await expect(page.getByRole('link', { name: /^草稿/ })).toHaveAttribute('aria-current', 'page')
	await page.goto('/my/listings')
	await page.locator('tbody tr').first().getByRole('link').first().click()
	await expect(page.getByRole('heading', { level: 1, name: '编辑供给' })).toBeVisible()
})
