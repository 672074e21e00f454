import { expect, test, type Page } from '@playwright/test'
import { expectAccessible, logIn, randomUscc, ownClientAddress } from './helpers.ts'

async function signUp(page: Page, name: string, email: string, from = '/signup') {
	if (from) await page.goto(from)
	await page.getByLabel('姓名').fill(name)
	await page.getByLabel('电子邮箱').fill(email)
	await page.getByLabel('密码', { exact: true }).fill('password123')
	await page.getByLabel('确认密码').fill('password123')
	await page.getByRole('button', { name: '注册' }).click()
}

/** Fills and sends the "create an organization" form (the page must be open). */
async function createOrganization(page: Page, orgName: string, uscc: string) {
	await page.getByLabel('机构名称').fill(orgName)
	await page.getByLabel('机构类型').selectOption('enterprise')
	await page.getByLabel('统一社会信用代码').fill(uscc)
	await page.getByLabel('所在地区').selectOption({ label: '赣州市' })
	await page.getByLabel('联系人').fill('刘工')
	await page.getByLabel('联系电话').fill('0797-8888888')
	await page.getByRole('button', { name: '提交创建' }).click()
	await expect(page).toHaveURL(/\/my$/)
}

test('a new user registers an organization; an admin verifies it and its page becomes public', async ({ page }) => {
	test.setTimeout(60_000) // a sign-up, an organization, an admin's review with an accessibility scan
	await ownClientAddress(page)
	const stamp = Date.now()
	const email = `org-e2e-${stamp}@example.com`
	const orgName = `赣州市应急测试装备有限公司${stamp % 100000}`
	const uscc = randomUscc()

	await signUp(page, '刘测试', email)
	await expect(page).toHaveURL(/\/my$/)
	await page.getByRole('link', { name: '创建机构' }).click()
	await expect(page).toHaveURL(/\/orgs\/new$/)

	await page.getByLabel('机构名称').fill(orgName)
	await page.getByLabel('机构类型').selectOption('enterprise')
	// a wrong check character is caught in the browser, naming the right one
	const wrong = uscc.slice(0, 17) + (uscc[17] === 'A' ? 'B' : 'A')
	await page.getByLabel('统一社会信用代码').fill(wrong)
	await page.getByLabel('统一社会信用代码').blur()
	await expect(page.getByText(`统一社会信用代码校验位错误：应为 “${uscc[17]}”，实际为 “${wrong[17]}”`)).toBeVisible()
	// the rescue-team fields are only offered to rescue teams
	await expect(page.getByLabel('队伍人数')).toBeHidden()
	await createOrganization(page, orgName, uscc)
	await expect(page.getByRole('heading', { name: orgName })).toBeVisible()
	await expect(page.getByText('待审核', { exact: true })).toBeVisible()

	await page.goto('/my/org')
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(orgName)
	const ref = (await page.getByText(/^ORG-[0-9A-Z]{8}$/).textContent())!.trim()
	expect((await page.goto(`/orgs/${ref}`))!.status()).toBe(404)

	await page.goto('/my')
	await page.getByRole('button', { name: '退出' }).click()
	await expect(page.getByRole('link', { name: '登录' }).first()).toBeVisible() // signed out before the next page load
	await logIn(page, 'admin@example.com', 'demo12345')
	await page.goto('/admin/review')
	await expectAccessible(page)
	const card = page.locator('li', { has: page.getByRole('heading', { name: orgName }) })
	await expect(card.getByText(email)).toBeVisible()
	await expect(card.getByText('校验通过')).toBeVisible()
	await card.getByRole('button', { name: '通过认证' }).click()
	await expect(page.getByRole('status')).toContainText('已通过认证')
	await expect(page.getByRole('heading', { name: orgName })).toHaveCount(0)

	const res = await page.goto(`/orgs/${ref}`)
	expect(res!.status()).toBe(200)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(orgName)
	await expect(page.getByText('已认证', { exact: true })).toBeVisible()
})

test('an owner invites a colleague, who signs up from the emailed link and joins', async ({ page }) => {
	test.setTimeout(60_000) // two sign-ups, an organization, an invitation, the mailbox as an admin
	await ownClientAddress(page)
	const stamp = Date.now()
	const invitee = `colleague-${stamp}@example.com`
	await signUp(page, '陈主任', `owner-${stamp}@example.com`)
	await expect(page).toHaveURL(/\/my$/)
	await page.goto('/orgs/new')
	await createOrganization(page, `吉安市测试救援物资有限公司${stamp % 100000}`, randomUscc())
	await page.goto('/my/org')
	await page.getByLabel('被邀请人邮箱').fill(invitee)
	await page.getByRole('button', { name: '发送邀请' }).click()
	await expect(page.getByRole('status')).toHaveText('邀请邮件已发出，7 天内有效。')
	await expect(page.getByLabel('被邀请人邮箱')).toHaveValue('')
	await page.getByRole('button', { name: '退出' }).click()
	await expect(page.getByRole('link', { name: '登录' }).first()).toBeVisible() // signed out before the next page load

	// In production the mailbox is for platform admins only: read the link as the demo admin, then open it logged out.
	await logIn(page, 'admin@example.com', 'demo12345')
	await page.goto('/mailbox')
	const mail = page.locator('li', { has: page.getByTestId('mail-to').filter({ hasText: invitee }) }).first()
	const link = await mail.getByRole('link', { name: /invitations\/accept/ }).getAttribute('href')
	await page.getByRole('button', { name: '退出' }).click()
	await expect(page.getByRole('link', { name: '登录' })).toBeVisible()
	await page.goto(link!)
	await expect(page.getByRole('heading', { name: '接受机构邀请' })).toBeVisible()
	await page.getByRole('link', { name: '注册' }).last().click()
	await signUp(page, '新同事', invitee, '')
	await expect(page).toHaveURL(/\/invitations\/accept\?token=/)
	await page.getByRole('button', { name: '接受邀请' }).click()
	await expect(page).toHaveURL(/\/my\/org$/)
	await expect(page.getByRole('row', { name: new RegExp(invitee) })).toContainText('成员')
	// a member sees the details but no owner's tools
	await expect(page.getByRole('button', { name: '发送邀请' })).toHaveCount(0)
	await expect(page.getByRole('button', { name: '保存修改' })).toHaveCount(0)
})
