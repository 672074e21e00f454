// A bureau member publishes a demand list in the browser and sees it on the public page; uploads a spreadsheet built
// on the spot; the import results pass the accessibility checks (the other pages are scanned in a11y.spec.ts).
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './helpers.ts'

async function logIn(page: Page) {
	await page.goto('/login?redirectTo=/my/demands')
	await page.getByLabel('电子邮箱').fill('bureau@example.com')
	await page.getByLabel('密码').fill('demo12345')
	await page.getByRole('button', { name: '登录' }).click()
	await page.waitForURL((url) => url.pathname === '/my/demands')
}

/** Axe on the page as a visitor sees it, not with the mouse resting on the last button clicked (its hover colour). */
async function checkAccessible(page: Page) {
	await page.mouse.move(0, 0)
	await expectAccessible(page)
}

test('create and publish a demand list with a ">=" requirement, then see it on the public page', async ({ page }) => {
	test.setTimeout(60_000) // a refused and a published form of some 15 fields, then the public page
	const errors: string[] = []
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text())
	})
	await logIn(page)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的需求')

	await page.getByRole('link', { name: '新建需求清单' }).first().click()
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('新建需求清单')

	// Publishing an empty form is stopped in the browser, with the problems beside the fields.
	await page.getByRole('button', { name: '发布' }).click()
	await expect(page.getByText('必填，不能为空').first()).toBeVisible()
	await expect(page.getByText('发布前请填写征集截止日期')).toBeVisible()
	// With JavaScript on too, a summary above the form says how many problems there are (issue 12).
	await expect(page.getByText(/^表单中有 \d+ 处需要修改/)).toBeVisible()
	await expect(page).toHaveURL(/\/my\/demands\/new$/)

	const title = `排涝装备补充采购 ${Date.now()}`
	await page.getByLabel('标题').fill(title)
	// Publishing needs a deadline, today or later (issue 12): sixty days ahead, whenever the test runs.
	await page.getByLabel('征集截止日期').fill(new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10))
	const item = page.getByRole('group', { name: '条目 1' })
	await item.getByLabel('装备或需求名称').fill('移动式排水泵站')
	await item.getByLabel('数量').fill('3')
	await item.getByLabel('计量单位').fill('台')
	await item.getByLabel('装备分类').selectOption('030301')
	await item.getByRole('button', { name: '添加技术要求' }).click()
	await item.getByLabel(/^参数名称/).fill('排水流量')
	await expect(item.getByLabel(/^要求/)).toHaveValue('>=')
	await item.getByLabel(/^数值/).fill('3000')
	await item.getByLabel(/^单位/).fill('m3/h')
	// "Between" is the only operator with an upper bound: its field appears only then.
	await expect(item.getByLabel(/^上限/)).toBeHidden()
	await item.getByLabel('洪水灾害').check()
	await page.getByRole('button', { name: '发布' }).click()

	await expect(page).toHaveURL(/\/my\/demands\/DEM-\d{4}-\d{3}\?saved=published$/)
	await expect(page.getByRole('status')).toHaveText('已发布。')
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('编辑需求清单')
	const ref = decodeURIComponent(/\/my\/demands\/([^?]+)/.exec(page.url())![1]!)

	await page.getByRole('link', { name: '公开页面' }).click()
	await expect(page).toHaveURL(new RegExp(`/demands/${ref}$`))
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
	const row = page.getByRole('row', { name: /移动式排水泵站/ })
	await expect(row).toContainText('排水流量')
	await expect(row).toContainText('≥ 3000 m3/h')
	await expect(row).toContainText('3 台')
	expect(errors.filter((e) => /Content Security Policy|hydrat/i.test(e))).toEqual([])
})

test('upload a spreadsheet of demand lists through /my/import', async ({ page }) => {
	test.setTimeout(60_000) // two workbooks written and uploaded, two accessibility scans
	await logIn(page)
	await page.goto('/my/import')
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('表格导入')
	await expect(page.getByRole('link', { name: '下载 Excel 导入模板' }).first()).toHaveAttribute('href', '/downloads/import-template.xlsx')
	const orgRef = /ORG-[A-Z]+-\d+/.exec((await page.getByText('只能导入本机构').textContent()) ?? '')![0]

	const stamp = Date.now()
	const listRef = `E2E-XLSX-${stamp}`
	const workbook = new ExcelJS.Workbook()
	const sheet = workbook.addWorksheet('需求')
	sheet.addRow(['需求编号', '机构编号', '需求标题', '截止日期', '条目编号', '条目名称', '数量', '计量单位', '技术要求'])
	sheet.addRow([listRef, orgRef, `表格导入的需求 ${stamp}`, '2027-12-31', `${listRef}-01`, '救生衣', 50, '件', '浮力>=150N'])
	sheet.addRow([listRef, orgRef, `表格导入的需求 ${stamp}`, '2027-12-31', `${listRef}-02`, '冲锋舟', 2, '艘', '载员 between 6..10人'])
	const dir = mkdtempSync(path.join(os.tmpdir(), 'e2e-import-'))
	const file = path.join(dir, '需求导入.xlsx')
	await workbook.xlsx.writeFile(file)

	await page.getByLabel('导入文件').setInputFiles(file)
	await page.getByRole('button', { name: '上传并导入' }).click()
	const ok = page.getByRole('status')
	await expect(ok).toContainText('导入成功')
	await expect(ok.getByRole('row', { name: /需求/ })).toContainText('1')
	await checkAccessible(page)

	await ok.getByRole('link', { name: '我的需求' }).click()
	await expect(page.getByRole('link', { name: `表格导入的需求 ${stamp}` }).first()).toBeVisible()

	// A file naming another organization is refused as a whole, with the problem listed.
	const other = new ExcelJS.Workbook()
	const s2 = other.addWorksheet('demands')
	s2.addRow(['ref', 'org', 'title', 'items.ref', 'items.name', 'items.quantity'])
	s2.addRow([`E2E-OTHER-${stamp}`, 'ORG-NC-012', '别的机构的需求', 'x-01', '头盔', 5])
	const otherFile = path.join(dir, 'other.xlsx')
	await other.xlsx.writeFile(otherFile)
	await page.goto('/my/import')
	await page.getByLabel('导入文件').setInputFiles(otherFile)
	await page.getByRole('button', { name: '上传并导入' }).click()
	await expect(page.getByRole('alert')).toContainText('导入被拒绝，未写入任何数据')
	await expect(page.getByRole('table', { name: '问题清单' })).toContainText(`只能导入本机构（${orgRef}）的记录`)
	await checkAccessible(page)
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('rows are added by the server, problems come back beside the row, and the draft is saved', async ({ page }) => {
		await logIn(page)
		await page.goto('/my/demands/new')
		await page.getByLabel('标题').fill(`无脚本清单 ${Date.now()}`)
		const item = page.getByRole('group', { name: '条目 1' })
		await item.getByLabel('装备或需求名称').fill('便携式气体检测仪')
		await item.getByLabel('数量').fill('20')
		await item.getByRole('button', { name: '添加技术要求' }).click()
		await item.getByLabel(/^参数名称/).fill('量程')
		await item.getByLabel(/^要求/).selectOption('between')
		await item.getByLabel(/^数值/).fill('0')
		await page.getByRole('button', { name: '保存草稿' }).click()
		await expect(page.getByText('表单中有 1 处需要修改，已在对应位置标出。')).toBeVisible()
		await expect(item.getByText('上限（介于）：“between” 需要上限 value2')).toBeVisible()
		await expect(item.getByLabel('装备或需求名称')).toHaveValue('便携式气体检测仪')
		await item.getByLabel(/^上限/).fill('100')
		await item.getByLabel(/^单位/).fill('ppm')
		await page.getByRole('button', { name: '保存草稿' }).click()
		await expect(page).toHaveURL(/\/my\/demands\/DEM-\d{4}-\d{3}\?saved=draft$/)
		await expect(page.getByRole('status')).toHaveText('已保存为草稿，尚未公开。')
		await expect(page.getByRole('group', { name: '条目 1' }).getByLabel(/^上限/)).toHaveValue('100')
	})
})
