// Alerts end to end: a signed-in supplier saves a search from /search, finds it on /my/alerts and sets it to check
// continuously; a new listing matching it is imported and the alert jobs run (both through the CLI against the
// e2e database); the notification appears in the centre and the header bell, and is marked read.
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { E2E_DB, expectAccessible, logIn } from './helpers.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const cli = (...args: string[]) =>
	execFileSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args, '--db', E2E_DB], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, DATABASE_URL: E2E_DB } }).toString()

test('save a search, get told about a new result, mark it read', async ({ page }) => {
	test.setTimeout(60_000) // two CLI runs (an import and the alert jobs), two accessibility scans, about 20 steps
	const word = `ZQX${Date.now().toString(36).toUpperCase()}`
	await logIn(page, 'supplier@example.com', 'demo12345')

	await page.goto(`/search?q=${word}`)
	const save = page.getByTestId('save-search')
	await save.locator('summary').click()
	await expect(save.getByLabel('订阅名称')).toHaveValue(word)
	await save.getByRole('button', { name: '保存此搜索' }).click()

	await expect(page).toHaveURL(/\/my\/alerts\?created=\d+$/)
	await expect(page.getByRole('status')).toContainText(`已订阅“${word}”`)
	const row = page.getByTestId('saved-search').filter({ hasText: word })
	await expect(row.getByRole('list', { name: '搜索条件' })).toContainText(`关键词：${word}`)
	await row.getByLabel(`“${word}”的检查频率`, { exact: true }).selectOption('instant')
	await row.getByRole('button', { name: `更新“${word}”的检查频率` }).click()
	await expect(page.getByRole('status')).toContainText(`已更新“${word}”的检查频率`)
	await expectAccessible(page)

	// A new listing with the word, then one run of the alert jobs.
	const file = path.join(ROOT, 'tests/.tmp', `alerts-${word}.json`)
	writeFileSync(file, JSON.stringify({ listings: [{ ref: `LST-${word}`, org: 'ORG-NC-001', title: `救援声波探测仪 ${word}`, category: '030101' }] }))
	cli('import', file)
	rmSync(file)
	const run = JSON.parse(cli('alerts', '--json')) as { savedSearches: { notifications: number } }
	expect(run.savedSearches.notifications).toBeGreaterThanOrEqual(1)

	await page.goto('/my/notifications')
	await expect(page.getByTestId('notification-bell')).toHaveAccessibleName(/通知：\d+ 条未读/)
	const item = page.getByTestId('notification').filter({ hasText: `“${word}”有 1 条新结果` })
	await expect(item).toHaveAttribute('data-unread', 'true')
	await expect(item).toContainText('订阅搜索')
	await expectAccessible(page)
	await item.getByRole('button', { name: `将““${word}”有 1 条新结果”标为已读` }).click()
	await expect(page.getByRole('status')).toContainText('已标为已读')
	await expect(page.getByTestId('notification').filter({ hasText: `“${word}”有 1 条新结果` })).not.toHaveAttribute('data-unread', 'true')

	// Opening it leads to the search, newest first, where the new listing is.
	await page.getByRole('button', { name: `“${word}”有 1 条新结果`, exact: true }).click()
	await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}&sort=newest`))
	await expect(page.getByRole('link', { name: `救援声波探测仪 ${word}` })).toBeVisible()
})

test('email setting: choose a daily digest or no mail', async ({ page }) => {
	await logIn(page, 'team@example.com', 'demo12345')
	await page.goto('/my/alerts')
	await page.getByLabel('不发送邮件：只在通知中心查看').check()
	await page.getByRole('button', { name: '保存设置' }).click()
	await expect(page.getByRole('status')).toContainText('邮件设置已保存')
	await page.reload()
	await expect(page.getByLabel('不发送邮件：只在通知中心查看')).toBeChecked()
})
