// Takes full-page screenshots of URLs in Debian's Chromium, to look at what the pages show a person.
// Usage: npx tsx scripts/screenshot.ts <baseUrl> <outDir> <path...>
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'

const [base, out, ...paths] = process.argv.slice(2)
if (!base || !out || !paths.length) {
	console.error('usage: tsx scripts/screenshot.ts <baseUrl> <outDir> <path...>')
	process.exit(2)
}
mkdirSync(out, { recursive: true })
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
for (const p of paths) {
	await page.goto(base + p, { waitUntil: 'networkidle' })
	const name = p.replace(/[^a-zA-Z0-9]+/g, '_').replace(/^_|_$/g, '') || 'home'
	await page.screenshot({ path: `${out}/${name}.png`, fullPage: true })
	console.log(`${out}/${name}.png`)
}
await browser.close()
