// Sums up a test run from the Vitest and Playwright JSON reports: the ten slowest tests of each with the share of their
// timeout they used (a test above half of it fails as soon as the machine is busier: give it a fitting timeout or make
// it shorter), then one closing line for the whole run ("N passed, N failed, N skipped"), printed last.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

const SLOWEST = 10
const VITEST = 'tests/.tmp/vitest.json'
const PLAYWRIGHT = 'tests/.tmp/playwright.json'

let passed = 0
let failed = 0
let skipped = 0
/** @type {string[]} */
const overHalf = []

/**
 * @typedef {{ name: string, duration: number, timeout: number | undefined, status: string }} Timing
 * @param {string} title
 * @param {Timing[]} timings
 */
function printSlowest(title, timings) {
	const ran = timings.filter((t) => t.status !== 'skipped' && Number.isFinite(t.duration))
	const slowest = [...ran].sort((a, b) => b.duration - a.duration).slice(0, SLOWEST)
	console.log(`\n${title}: the ${slowest.length} slowest of ${ran.length}`)
	console.log(`  ${'duration'.padStart(9)}  ${'timeout'.padStart(8)}  ${'used'.padStart(5)}  test`)
	for (const t of slowest) {
		const used = t.timeout ? t.duration / t.timeout : undefined
		const flag = used !== undefined && used > 0.5 ? '  ← over half of its timeout' : ''
		console.log(`  ${seconds(t.duration).padStart(9)}  ${(t.timeout ? seconds(t.timeout) : '?').padStart(8)}  ${(used === undefined ? '?' : `${Math.round(used * 100)}%`).padStart(5)}  ${t.name}${t.status === 'passed' ? '' : ` (${t.status})`}${flag}`)
	}
	// Every test above half, not only the ten slowest (a short test with a tight timeout is as fragile).
	for (const t of ran) if (t.timeout && t.duration / t.timeout > 0.5) overHalf.push(`${t.name}: ${seconds(t.duration)} of ${seconds(t.timeout)}`)
}

/** @param {number} ms */
function seconds(ms) {
	return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`
}

if (existsSync(VITEST)) {
	const r = JSON.parse(readFileSync(VITEST, 'utf8'))
	passed += r.numPassedTests
	failed += r.numFailedTests
	skipped += r.numPendingTests + r.numTodoTests
	/** @type {Timing[]} */
	const timings = []
	for (const file of r.testResults ?? []) {
		const where = path.relative(process.cwd(), file.name)
		for (const a of file.assertionResults ?? []) {
			// The timeout comes from tests/setup/record-timeout.ts; a report written without it shows "?".
			timings.push({ name: `${where} › ${a.fullName}`, duration: a.duration ?? NaN, timeout: a.meta?.timeout, status: a.status === 'pending' || a.status === 'todo' ? 'skipped' : a.status })
		}
	}
	printSlowest('Vitest', timings)
}

if (existsSync(PLAYWRIGHT)) {
	const r = JSON.parse(readFileSync(PLAYWRIGHT, 'utf8'))
	passed += r.stats.expected + r.stats.flaky
	failed += r.stats.unexpected
	skipped += r.stats.skipped
	/** @type {Timing[]} */
	const timings = []
	/** @param {any} suite @param {string[]} path */
	const walk = (suite, path) => {
		for (const spec of suite.specs ?? []) {
			for (const test of spec.tests) {
				// The last try counts; `timeout` is the one the test ended with (after test.setTimeout or test.slow).
				const result = test.results.at(-1)
				if (!result) continue
				const name = [...path, `${spec.title}`].join(' › ')
				timings.push({ name: `${spec.file}:${spec.line} › ${name}`, duration: result.duration, timeout: test.timeout || undefined, status: result.status })
			}
		}
		for (const child of suite.suites ?? []) walk(child, [...path, child.title])
	}
	for (const file of r.suites ?? []) walk(file, [])
	printSlowest('Playwright', timings)
	console.log(`  whole Playwright run: ${seconds(r.stats.duration)}`)
}

if (overHalf.length > 0) {
	console.log(`\n${overHalf.length} test(s) used more than half of their timeout:`)
	for (const line of overHalf) console.log(`  ${line}`)
}
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
