// An owner creates an API token on /my/tokens, a separate HTTP client uses it against the running server, and the
// owner revokes it. Also with JavaScript off, since the token page's forms must work without it.
import { expect, request as playwrightRequest, test, type Page } from '@playwright/test'
import { expectAccessible } from './helpers.ts'

async function logIn(page: Page) {
	await page.goto('/login?redirectTo=/my/tokens')
	await page.getByLabel('电子邮箱').fill('supplier@example.com')
	await page.getByLabel('密码').fill('demo12345')
	await page.getByRole('button', { name: '登录' }).click()
	await expect(page).toHaveURL(/\/my\/tokens$/)
}

test('a token created on /my/tokens works against the API until it is revoked', async ({ page, baseURL }) => {
	await logIn(page)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('API 令牌')
	const name = `e2e 同步 ${Date.now()}`
	await page.getByLabel('令牌名称').fill(name)
	await page.getByRole('button', { name: '创建令牌' }).click()
	await expect(page.getByRole('heading', { name: `令牌 “${name}” 已创建` })).toBeVisible()
	const token = await page.getByTestId('new-token').inputValue()
	expect(token).toMatch(/^eex_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/)
	const row = page.getByRole('row', { name: new RegExp(name) })
	await expect(row).toContainText(`${token.slice(0, 12)}_…`)
	await expect(row).toContainText('从未使用')
	await expectAccessible(page)

	const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } })
	const ref = `E2E-API-${Date.now()}`
	const created = await api.post('/api/v1/listings', {
		data: { ref, title: '便携式排水泵', category: '030301', specs: [{ name: '排水流量', value: 300, unit: 'm3/h' }], status: 'draft' },
	})
	expect(created.status()).toBe(201)
	const record = (await created.json()) as { ref: string; org: string; status: string }
	expect(record).toMatchObject({ ref, status: 'draft', kind: 'equipment' })
	const mine = await api.get('/api/v1/listings?mine=1&status=draft&perPage=100')
	expect(mine.status()).toBe(200)
	expect(((await mine.json()) as { records: { ref: string }[] }).records.map((r) => r.ref)).toContain(ref)
	// a draft is invisible to anyone else
	const anonymous = await playwrightRequest.newContext({ baseURL })
	const hidden = await anonymous.get(`/api/v1/listings/${ref}`)
	expect(hidden.status()).toBe(404)
	expect(await hidden.json()).toEqual({ error: { code: 'not_found', message: '没有找到该记录' } })
	const archived = await api.delete(`/api/v1/listings/${ref}`)
	expect(((await archived.json()) as { status: string }).status).toBe('archived')

	// the token is never shown again; its use is
	await page.goto('/my/tokens')
	await expect(page.getByTestId('new-token')).toHaveCount(0)
	expect(await page.content()).not.toContain(token)
	await expect(row).not.toContainText('从未使用')

	await row.getByRole('button', { name: `撤销令牌 “${name}”` }).click()
	await expect(page.getByRole('status')).toHaveText(`令牌 “${name}” 已撤销，使用它的请求将被拒绝。`)
	await expect(row).toContainText('已于')
	const refused = await api.get('/api/v1/listings?mine=1&lang=en')
	expect(refused.status()).toBe(401)
	expect(await refused.json()).toEqual({ error: { code: 'unauthorized', message: 'The API token is invalid or has been revoked' } })
	await api.dispose()
	await anonymous.dispose()
})

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false })

	test('the token forms work and an empty name gets a field error', async ({ page }) => {
		await logIn(page)
		await page.getByRole('button', { name: '创建令牌' }).click()
		await expect(page.getByText('必填，不能为空')).toBeVisible()
		await page.getByLabel('令牌名称').fill('无脚本令牌')
		await page.getByRole('button', { name: '创建令牌' }).click()
		await expect(page.getByTestId('new-token')).toHaveValue(/^eex_/)
		const row = page.getByRole('row', { name: /无脚本令牌/ })
		await row.getByRole('button', { name: '撤销令牌 “无脚本令牌”' }).click()
		await expect(page.getByRole('status')).toContainText('已撤销')
	})
})
