// Background jobs as a platform admin sees them: the alerts job listed with its interval and last run, 立即运行 runs it
// and the page shows the run (with JavaScript, and without it on a 360 px screen); an organization member is refused.
import { expect, test, type Page } from '@playwright/test'
import { logIn } from './helpers.ts'

const alertsRow = (page: Page) => page.getByTestId('job').and(page.locator('[data-job="alerts"]'))

/**
 * Presses 立即运行 for the alerts job until a run of its own is reported: the server's runner runs the job every
 * minute, and while it holds the lease the page says the job is busy instead (then a second press runs it).
 */
async function runAlertsNow(page: Page) {
	await expect(async () => {
		await alertsRow(page).getByRole('button', { name: /立即运行/ }).click()
		await expect(page.getByTestId('job-notice')).toContainText(/任务 alerts 已运行：成功，用时 \d+\.\d 秒/)
	}).toPass({ timeout: 20_000 })
}

test('a platform admin finds the alerts job and runs it now', async ({ page }) => {
	await logIn(page, 'admin@example.com', 'demo12345')
	await page.getByRole('link', { name: /后台任务/ }).click()
	await expect(page).toHaveURL(/\/admin\/jobs$/)
	await expect(page.getByRole('heading', { level: 1, name: '后台任务' })).toBeVisible()
	const row = alertsRow(page)
	await expect(row.getByRole('rowheader')).toContainText('提醒')
	await expect(row).toContainText('每 60 秒')
	const before = Number(await row.getAttribute('data-runs'))

	await runAlertsNow(page)
	await expect(page).toHaveURL(/\/admin\/jobs\?ran=alerts&outcome=ok&ms=\d+$/)
	expect(Number(await row.getAttribute('data-runs'))).toBeGreaterThan(before)
	await expect(row.getByRole('cell').nth(1)).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/)
	await expect(row).toContainText(/成功|运行中/)
})

test.describe('without JavaScript on a 360 px screen', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } })

	test('the page works: the table scrolls in its own box and 立即运行 still runs the job', async ({ page }) => {
		await logIn(page, 'admin@example.com', 'demo12345')
		await page.goto('/admin/jobs')
		const box = page.getByRole('region', { name: '后台任务及其上次运行' })
		await expect(box).toBeVisible()
		const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }))
		expect(widths.page).toBeLessThanOrEqual(widths.view)
		expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
		await runAlertsNow(page)
	})
})

test('the page is closed to an organization member', async ({ page }) => {
	await logIn(page, 'supplier@example.com', 'demo12345')
	await expect(page.getByRole('link', { name: /后台任务/ })).toHaveCount(0)
	const res = await page.goto('/admin/jobs')
	expect(res?.status()).toBe(403)
})
