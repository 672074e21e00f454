// The responses journey in a real browser: a supplier answers a demo demand item with a PDF attached; the demand owner
// compares the responses, awards the offer and records a delivery; the supplier sees the decision.
import { expect, test } from '@playwright/test'
import { expectAccessible, logIn } from './helpers.ts'

test('supplier responds to a demand item; the team compares, awards and records delivery', async ({ browser }) => {
	test.setTimeout(90_000) // two accounts side by side, about 30 steps and three accessibility scans
	// supplier@example.com owns 江西赣安消防装备有限公司 (ORG-NC-001); team@example.com owns 红谷滩特勤消防救援站,
	// which published DEM-2026-001 (正压式消防空气呼吸器, 12 套).
	const supplierCtx = await browser.newContext()
	const supplier = await supplierCtx.newPage()
	await logIn(supplier, 'supplier@example.com', 'demo12345')
	await supplier.goto('/demands/DEM-2026-001')
	await supplier.getByRole('link', { name: '响应/报价：正压式消防空气呼吸器' }).click()
	await expect(supplier.getByRole('heading', { name: '提交响应/报价' })).toBeVisible()
	// the listings are ranked by the matcher, each with its computed checklist; none of the supplier's fits this item,
	// so none is chosen for it and the others are open to choose from
	const choice = supplier.getByRole('radio', { name: /消防员正压式空气呼吸器/ })
	await expect(choice).not.toBeChecked()
	await choice.check()
	await supplier.getByLabel('单价（元）').fill('8800')
	await supplier.getByLabel(/供应数量/).fill('12')
	await supplier.getByLabel('交货期（天）').fill('20')
	await supplier.getByLabel('说明').fill('整机三年质保，免费培训')
	await supplier.getByLabel('附件').setInputFiles({ name: '报价单.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') })
	await supplier.getByRole('button', { name: '提交响应' }).click()
	// the listing lacks the required 消防产品自愿性认证: the first submit warns, naming it, and sends nothing
	const warning = supplier.getByRole('alert').filter({ hasText: '提交前请核对' })
	await expect(warning).toContainText('所选产品不符合本条目要求（未满足：认证：消防产品自愿性认证）')
	await expectAccessible(supplier)
	await warning.getByRole('button', { name: '仍然提交' }).click()
	await expect(supplier).toHaveURL(/\/my\/responses\?saved=/)
	await expect(supplier.getByRole('status')).toHaveText('响应已提交，需求单位会收到通知。')
	const row = supplier.getByRole('row', { name: /正压式消防空气呼吸器/ })
	await expect(row.getByText('已提交')).toBeVisible()
	await expectAccessible(supplier)

	const teamCtx = await browser.newContext()
	const team = await teamCtx.newPage()
	await logIn(team, 'team@example.com', 'demo12345')
	await team.goto('/my/demands/DEM-2026-001')
	await team.getByRole('link', { name: /响应比选（1）/ }).click()
	await expect(team.getByRole('heading', { name: /响应比选/ }).first()).toBeVisible()
	const offer = team.getByRole('row', { name: /江西赣安消防装备有限公司/ })
	await expect(offer.getByRole('link', { name: '报价单.pdf' })).toBeVisible()
	await expectAccessible(team)
	// award more than requested: a clear error, nothing changes
	const award = offer.getByRole('form', { name: /中选：江西赣安/ })
	await award.getByLabel('中选数量').fill('13')
	await award.getByRole('button', { name: '中选' }).click()
	await expect(award.getByRole('alert')).toContainText('最多')
	await award.getByLabel('中选数量').fill('12')
	await award.getByRole('button', { name: '中选' }).click()
	await expect(team.getByRole('status')).toHaveText('已中选，供应商会收到通知。')
	const awarded = team.getByRole('row', { name: /江西赣安消防装备有限公司/ })
	await expect(awarded.getByText('已中选', { exact: true })).toBeVisible()
	// the awarded row follows its state: no 中选 or 不采纳 again, and nothing delivered is typed in for the user (issue 12)
	await expect(awarded.getByRole('button', { name: '中选', exact: true })).toHaveCount(0)
	await expect(awarded.getByRole('button', { name: '不采纳' })).toHaveCount(0)
	const deliver = awarded.getByRole('form', { name: /登记到货：江西赣安/ })
	await expect(deliver.getByLabel('累计到货数量')).toHaveValue('')
	await deliver.getByLabel('累计到货数量').fill('5')
	await deliver.getByRole('button', { name: '登记到货' }).click()
	await expect(team.getByRole('status')).toHaveText('到货数量已登记。')
	await expectAccessible(team)

	await supplier.reload()
	await expect(supplier.getByRole('row', { name: /正压式消防空气呼吸器/ }).getByText('已中选', { exact: true })).toBeVisible()
	await supplierCtx.close()
	await teamCtx.close()
})

test('visitors see 登录后响应 on a demand page', async ({ page }) => {
	await page.goto('/demands/DEM-2026-001')
	await expect(page.getByRole('link', { name: '登录后响应' }).first()).toHaveAttribute('href', /\/login\?redirectTo=%2Fmy%2Fresponses%2Fnew/)
})
