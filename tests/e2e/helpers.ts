import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { USCC_CHARSET, withCheckChar } from '#app/modules/catalog/uscc.ts'

export const E2E_DB = process.env.E2E_DB ?? 'tests/.tmp/e2e.db'
const ROOT = path.resolve(import.meta.dirname, '../..')

/** Imports a fixture into the running server's database through the CLI (the way an operator would). */
export function importFixture(name: string): void {
	execFileSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', 'import', path.join('tests/fixtures', name), '--db', E2E_DB], { cwd: ROOT, stdio: 'pipe' })
}

/** No serious or critical accessibility violations on the page as it is now, and no mis-decoded text ("��"). */
export async function expectAccessible(page: Page): Promise<void> {
	const garbled = await page.evaluate(() => {
		const html = document.documentElement.outerHTML
		const at = html.search(/[\uFFFD\u0000]/)
		return at === -1 ? null : html.slice(Math.max(0, at - 40), at + 20)
	})
	expect(garbled, 'the page contains replacement characters or NUL bytes').toBeNull()
	// Same rules and the same violations as the default run, at less than half the cost (measured: 17.7 s instead of
	// 40.3 s for five pages): legacy mode runs axe in the page itself instead of opening a blank page to merge
	// per-frame results (our pages have no cross-origin frames), and only violations get their nodes' selectors built.
	const results = await new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] }).analyze()
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
	expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}

/**
 * Runs `fn` while no other test worker runs a section with the same name, for the rare spec that changes a demo record
 * another spec reads in several steps. The lock is a directory beside the e2e database (so parallel runs on other
 * databases do not wait for each other) naming the worker process that holds it; a dead holder's lock is taken over.
 */
export async function exclusively<T>(name: string, fn: () => Promise<T>): Promise<T> {
	const dir = path.resolve(ROOT, `${E2E_DB}.lock-${name}`)
	await expect.poll(() => tryLock(dir), { message: `another worker holds the ${name} lock`, timeout: 60_000 }).toBe(true)
	try {
		return await fn()
	} finally {
		rmSync(dir, { recursive: true, force: true })
	}
}

function tryLock(dir: string): boolean {
	try {
		mkdirSync(dir)
		writeFileSync(path.join(dir, 'pid'), String(process.pid))
		return true
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
	}
	let holder: number
	try {
		holder = Number(readFileSync(path.join(dir, 'pid'), 'utf8'))
	} catch {
		return false // just created: its holder is writing its process id
	}
	if (holder && !isAlive(holder)) rmSync(dir, { recursive: true, force: true })
	return false
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0)
		return true
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM'
	}
}

/** A valid credit code no earlier run has used (random organization code in the given region). */
export function randomUscc(region = '360100'): string {
	let body = `91${region}`
	for (let i = 0; i < 9; i++) body += USCC_CHARSET[Math.floor(Math.random() * USCC_CHARSET.length)]
	return withCheckChar(body)
}

export async function logIn(page: Page, email: string, password: string): Promise<void> {
	await page.goto('/login')
	await page.getByLabel('电子邮箱').fill(email)
	await page.getByLabel('密码').fill(password)
	await page.locator('main').getByRole('button', { name: '登录' }).click()
	await expect(page).toHaveURL(/\/my$/)
}

/**
 * Makes the page's requests come from an address of their own (X-Forwarded-For, as a proxy would set it), so the
 * per-address sign-up limit (5 an hour) is not shared by every spec that signs up.
 */
export async function ownClientAddress(page: Page): Promise<void> {
	const octet = () => 1 + Math.floor(Math.random() * 254)
	await page.setExtraHTTPHeaders({ 'x-forwarded-for': `10.${octet()}.${octet()}.${octet()}` })
}
