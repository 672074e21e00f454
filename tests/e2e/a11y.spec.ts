// Accessibility of every page the demo data shows, each scanned once (axe: no serious or critical violations; no
// mis-decoded text). A scan costs 1–5 s, so journeys no longer scan the pages listed here: they scan only a state that
// their own writes create and no visit below shows (a pending organization on /admin/review, the award and delivery
// forms, import results, a new API token, an unread notification, a gap draft…), once, where it first appears.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { expectAccessible, logIn } from './helpers.ts'

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>

/** One sign-in per account and worker: the session is reused by every test of that account in the worker. */
const sessions = new Map<string, Promise<StorageState>>()
function signedInAs(email: string) {
	return async ({ browser, baseURL }: { browser: Browser; baseURL: string | undefined }, use: (state: StorageState) => Promise<void>) => {
		let state = sessions.get(email)
		if (!state) {
			state = (async () => {
				const context = await browser.newContext({ baseURL, locale: 'zh-CN' })
				await logIn(await context.newPage(), email, 'demo12345')
				const s = await context.storageState()
				await context.close()
				return s
			})()
			sessions.set(email, state)
		}
		await use(await state)
	}
}

/** The page as a visitor sees it, not with the mouse resting on the last thing clicked (its hover colour). */
async function scan(page: Page) {
	await page.mouse.move(0, 0)
	await expectAccessible(page)
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 })

test.describe('visitor', () => {
	test('home page', async ({ page }) => {
		await page.goto('/')
		await expect(h1(page)).toHaveText('安全应急装备供需对接')
		await expect(page.locator('section[aria-labelledby="latest-listings"] article').first()).toBeVisible()
		await scan(page)
	})

	test('sign-up form', async ({ page }) => {
		await page.goto('/signup')
		await expect(page.getByLabel('确认密码')).toBeVisible()
		await scan(page)
	})

	test('category tree', async ({ page }) => {
		await page.goto('/categories')
		await expect(h1(page)).toHaveText('装备分类')
		await scan(page)
	})

	test('listings browsed by category', async ({ page }) => {
		await page.goto('/listings?category=030301')
		await expect(page.locator('main article').first()).toBeVisible()
		await scan(page)
	})

	test('a listing page with specs, certifications, the supplier and its 商机 opened', async ({ page }) => {
		await page.goto('/listings/LST-0100')
		await expect(page.getByRole('heading', { name: '技术参数' })).toBeVisible()
		await expect(page.getByRole('heading', { name: '认证与资质' })).toBeVisible()
		const section = page.locator('section').filter({ has: page.getByRole('heading', { name: '商机' }) })
		await section.locator('summary').first().click()
		await expect(section.locator('details li').first()).toBeVisible()
		await scan(page)
	})

	test('a demand page with its items and a 匹配结果 checklist opened', async ({ page }) => {
		await page.goto('/demands/DEM-2026-001')
		await expect(page.locator('table tbody tr').first()).toBeVisible()
		const matches = page.locator('section[aria-labelledby="matches"]')
		await matches.locator('summary').first().click()
		await expect(matches.locator('details li').first()).toBeVisible()
		await scan(page)
	})

	test('an organization page', async ({ page }) => {
		await page.goto('/orgs/ORG-NC-001')
		await expect(h1(page)).toHaveText('江西赣安消防装备有限公司')
		await scan(page)
	})

	test('the standards list', async ({ page }) => {
		await page.goto('/standards')
		await expect(page.locator('main a[href^="/standards/"]').first()).toBeVisible()
		await scan(page)
	})

	test('a standard page', async ({ page }) => {
		await page.goto(`/standards/${encodeURIComponent('建标152-2017/特勤站')}`)
		await expect(page.locator('table tbody tr').first()).toBeVisible()
		await scan(page)
	})

	test('an empty search result with its ways out', async ({ page }) => {
		await page.goto(`/search?q=${encodeURIComponent('空呼')}&category=030301&scenario=moon`)
		await expect(page.getByRole('heading', { name: '没有找到与 “空呼” 相关的供给' })).toBeVisible()
		await expect(page.getByRole('link', { name: '改为在需求中搜索' })).toBeVisible()
		await scan(page)
	})

	test('search in English on a phone, facets opened and one checked', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 })
		await page.goto(`/search?q=${encodeURIComponent('空呼')}&lng=en&region=360100`)
		await expect(h1(page)).toHaveText('Search')
		await page.locator('aside summary').click()
		await expect(page.getByRole('checkbox', { name: 'Nanchang' })).toBeChecked()
		await scan(page)
	})
})

test.describe('supplier', () => {
	test.use({ storageState: signedInAs('supplier@example.com') })

	test('dashboard with its 商机 panel', async ({ page }) => {
		await page.goto('/my')
		await expect(page.getByTestId('dashboard-opportunities').locator('li').first()).toBeVisible()
		await scan(page)
	})

	test('search results with highlights and the save-search form opened', async ({ page }) => {
		await page.goto(`/search?q=${encodeURIComponent('空呼')}`)
		await expect(page.locator('section[aria-labelledby="search-results"] ol > li h3 mark').first()).toBeVisible()
		const save = page.getByTestId('save-search')
		await save.locator('summary').click()
		await expect(save.getByLabel('订阅名称')).toBeVisible()
		await scan(page)
	})

	test('my listings', async ({ page }) => {
		await page.goto('/my/listings')
		await expect(page.getByRole('navigation', { name: '按状态筛选' })).toBeVisible()
		await scan(page)
	})

	test('my listings filtered to drafts', async ({ page }) => {
		await page.goto('/my/listings?status=draft')
		await expect(page.getByRole('link', { name: /^草稿/ })).toHaveAttribute('aria-current', 'page')
		await scan(page)
	})

	test('the new-listing editor', async ({ page }) => {
		await page.goto('/my/listings/new')
		await expect(page.getByLabel('名称', { exact: true })).toBeVisible()
		await scan(page)
	})

	test('the listing editor showing field errors', async ({ page }) => {
		await page.goto('/my/listings/new')
		await page.getByRole('button', { name: '添加认证' }).click()
		await page.getByLabel('证书编号（第 1 项）').fill('X-1')
		await page.getByRole('button', { name: '保存草稿' }).click()
		await expect(page.getByText('必填，不能为空').first()).toBeVisible()
		await expect(page.getByText('装备类供给必须填写分类')).toBeVisible()
		await expect(page.getByLabel('认证类型（第 1 项）')).toHaveAttribute('aria-invalid', 'true')
		await scan(page)
	})

	test('the editor of an existing listing, specs and certifications filled in', async ({ page }) => {
		await page.goto('/my/listings/LST-0100')
		await expect(page.getByRole('heading', { level: 1, name: '编辑供给' })).toBeVisible()
		await expect(page.getByLabel('名称', { exact: true })).toHaveValue('消防头盔')
		await scan(page)
	})

	test('the response form with the matcher’s ranked listings, one chosen', async ({ page }) => {
		await page.goto('/my/responses/new?list=DEM-2026-001&item=DEM-2026-001-01')
		await expect(page.getByRole('heading', { name: '提交响应/报价' })).toBeVisible()
		await page.getByRole('radio', { name: /消防员正压式空气呼吸器/ }).check()
		await scan(page)
	})

	test('API tokens', async ({ page }) => {
		await page.goto('/my/tokens')
		await expect(h1(page)).toHaveText('API 令牌')
		await scan(page)
	})

	test('the own organization, as its owner', async ({ page }) => {
		await page.goto('/my/org')
		await expect(h1(page)).toHaveText('江西赣安消防装备有限公司')
		await scan(page)
	})

	test('the create-an-organization form', async ({ page }) => {
		await page.goto('/orgs/new')
		await expect(page.getByLabel('统一社会信用代码')).toBeVisible()
		await scan(page)
	})
})

test.describe('rescue team', () => {
	test.use({ storageState: signedInAs('team@example.com') })

	test('gap report with its chart and table', async ({ page }) => {
		await page.goto('/my/gap')
		await expect(page.getByRole('img', { name: '各类装备配齐率' })).toBeVisible()
		await expect(page.getByRole('table', { name: '逐项核对' })).toBeVisible()
		await scan(page)
	})

	test('inventory', async ({ page }) => {
		await page.goto('/my/inventory')
		await expect(h1(page)).toHaveText('在用装备台账')
		await scan(page)
	})

	test('saved searches and the mail setting', async ({ page }) => {
		await page.goto('/my/alerts')
		await expect(page.getByLabel('不发送邮件：只在通知中心查看')).toBeVisible()
		await scan(page)
	})
})

test.describe('bureau', () => {
	test.use({ storageState: signedInAs('bureau@example.com') })

	test('my demand lists', async ({ page }) => {
		await page.goto('/my/demands')
		await expect(h1(page)).toHaveText('我的需求')
		await scan(page)
	})

	test('the new demand list editor', async ({ page }) => {
		await page.goto('/my/demands/new')
		await expect(h1(page)).toHaveText('新建需求清单')
		await scan(page)
	})

	test('spreadsheet import', async ({ page }) => {
		await page.goto('/my/import')
		await expect(h1(page)).toHaveText('表格导入')
		await scan(page)
	})

	test('my configuration standards', async ({ page }) => {
		await page.goto('/my/standards')
		await expect(h1(page)).toHaveText('配备标准管理')
		await scan(page)
	})

	test('the new standard editor', async ({ page }) => {
		await page.goto('/my/standards/new')
		await expect(h1(page)).toHaveText('新建配备标准')
		await scan(page)
	})
})

test.describe('platform admin', () => {
	test.use({ storageState: signedInAs('admin@example.com') })

	test('search engine health', async ({ page }) => {
		await page.goto('/admin/search')
		await expect(page.getByText('内置引擎（SQLite 全文检索）')).toBeVisible()
		await scan(page)
	})

	test('search synonyms', async ({ page }) => {
		await page.goto('/admin/synonyms')
		await expect(page.getByRole('navigation', { name: '词条分页' })).toBeVisible()
		await scan(page)
	})

	test('category names', async ({ page }) => {
		await page.goto('/admin/categories')
		await expect(h1(page)).toHaveText('装备分类名称')
		await scan(page)
	})

	test('background jobs', async ({ page }) => {
		await page.goto('/admin/jobs')
		await expect(page.getByTestId('job').first()).toBeVisible()
		await scan(page)
	})
})
