// Prints one closing line for the whole test run ("N passed, N failed"), from the Vitest and Playwright JSON reports.
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
const v = 'tests/.tmp/vitest.json'
if (existsSync(v)) {
	const r = JSON.parse(readFileSync(v, 'utf8'))
	passed += r.numPassedTests
	failed += r.numFailedTests
	skipped += r.numPendingTests + r.numTodoTests
}
const p = 'tests/.tmp/playwright.json'
if (existsSync(p)) {
	const r = JSON.parse(readFileSync(p, 'utf8'))
	passed += r.stats.expected + r.stats.flaky
	failed += r.stats.unexpected
	skipped += r.stats.skipped
}
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
