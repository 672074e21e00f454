// The command line as outside checks use it: exit codes, one JSON document with --json, reports in two languages.
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { closeDatabase, openDatabase } from '#db/client.server.ts'
import { jobs } from '#db/schema/index.ts'
import { SAMPLE_FILE, tempDir } from '#tests/setup/db.ts'

const run = promisify(execFile)
const ROOT = path.resolve(import.meta.dirname, '../..')
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '' } })
		return { code: 0, stdout, stderr }
	} catch (e) {
		const err = e as { code: number; stdout: string; stderr: string }
		return { code: err.code, stdout: err.stdout, stderr: err.stderr }
	}
}

describe('npm run cli -- import / export', () => {
	it('creates and migrates a missing database, imports, and is idempotent', async () => {
		const db = path.join(tempDir(), 'nested', 'cli.db')
		const first = await cli('import', SAMPLE_FILE, '--db', db, '--json')
		expect(first.code).toBe(0)
		expect(existsSync(db)).toBe(true)
		const report = JSON.parse(first.stdout) as { ok: boolean; counts: Record<string, { created: number }> }
		expect(report.ok).toBe(true)
		expect(report.counts.listing!.created).toBe(3)
		const second = JSON.parse((await cli('import', SAMPLE_FILE, '--db', db, '--json')).stdout) as { counts: Record<string, { created: number; updated: number }> }
		expect(Object.values(second.counts).every((c) => c.created === 0 && c.updated === 0)).toBe(true)
	})

	it('rejects a bad file with exit 1 and every problem, in Chinese by default and English with --lang en', async () => {
		const dir = tempDir()
		const bad = path.join(dir, 'bad.json')
		writeFileSync(bad, JSON.stringify({ organizations: [{ ref: 'X', name: 'x', uscc: '91310110666007217A', kind: 'enterprise', region: '360100', colour: 'red' }] }))
		const zh = await cli('import', bad, '--db', path.join(dir, 'a.db'))
		expect(zh.code).toBe(1)
		expect(zh.stdout).toContain('导入被拒绝：发现 2 个问题，未写入任何数据')
		expect(zh.stdout).toContain('机构 X 字段 uscc：统一社会信用代码校验位错误：应为 “T”，实际为 “A”')
		expect(zh.stdout).toContain('机构 X 字段 colour：未知字段 “colour”')
		const en = await cli('import', bad, '--db', path.join(dir, 'a.db'), '--lang', 'en', '--json')
		expect(en.code).toBe(1)
		const doc = JSON.parse(en.stdout) as { ok: boolean; problems: { type: string; ref: string; field: string; message: string }[] }
		expect(doc.ok).toBe(false)
		expect(doc.problems).toEqual([
			expect.objectContaining({ type: 'organization', ref: 'X', field: 'uscc', message: 'wrong check character: expected "T", found "A"' }),
			expect.objectContaining({ type: 'organization', ref: 'X', field: 'colour', message: 'unknown field "colour" (check the spelling)' }),
		])
	})

	it('exports JSON that imports back unchanged, and says when a file is missing', async () => {
		const dir = tempDir()
		const db = path.join(dir, 'x.db')
		await cli('import', SAMPLE_FILE, '--db', db)
		const out = path.join(dir, 'out.json')
		const exp = await cli('export', out, '--db', db, '--json')
		expect(exp.code).toBe(0)
		expect(JSON.parse(exp.stdout)).toEqual({ ok: true, file: out, counts: { organizations: 4, listings: 3, demands: 1, standards: 1, teams: 1 } })
		const doc = JSON.parse(readFileSync(out, 'utf8')) as { listings: unknown[] }
		expect(doc.listings).toHaveLength(3)
		const missing = await cli('import', path.join(dir, 'nope.json'), '--db', db)
		expect(missing.code).toBe(1)
		expect(missing.stdout).toContain('找不到文件')
	})

	it('exits 2 with usage on an unknown command', async () => {
		const r = await cli('frobnicate')
		expect(r.code).toBe(2)
		expect(r.stderr).toContain('unknown command')
	})
})

describe('npm run cli -- jobs', () => {
	type Outcomes = { ok: boolean; jobs: { name: string; outcome: string; durationMs: number | null; error: string | null; heldBy: string | null }[] }
	it('runs the due jobs once, skips them until due, lists statuses, and forces one unless another process holds it', async () => {
		const file = path.join(tempDir(), 'jobs.db')
		const first = await cli('jobs', '--db', file, '--json')
		expect(first.code).toBe(0)
		expect(JSON.parse(first.stdout)).toMatchObject({ ok: true, jobs: [{ name: 'alerts', outcome: 'ok', error: null }] })
		const again = await cli('jobs', '--db', file)
		expect(again.code).toBe(0)
		expect(again.stdout).toMatch(/^任务\s+结果\s+用时\s+错误$/m)
		expect(again.stdout).toMatch(/^alerts\s+跳过：未到期/m)

		// Another process holds the lease: a forced run is refused, and --list names the holder.
		const db = openDatabase(file)
		try {
			db.update(jobs).set({ leaseOwner: 'web-1:4242:cafe0001', leaseUntil: Date.now() + 60_000 }).run()
			const busy = await cli('jobs', '--force', 'alerts', '--db', file, '--json')
			expect(busy.code).toBe(0)
			expect((JSON.parse(busy.stdout) as Outcomes).jobs).toEqual([{ name: 'alerts', outcome: 'busy', durationMs: null, error: null, heldBy: 'web-1:4242:cafe0001' }])
			const list = await cli('jobs', '--list', '--db', file, '--lang', 'en')
			expect(list.stdout).toMatch(/^alerts\s+60 s\s+\S+ \S+\s+\d+\.\d s\s+running\s+1\s+0\s+.*web-1:4242:cafe0001/m)
			db.update(jobs).set({ leaseOwner: null, leaseUntil: null }).run()
		} finally {
			closeDatabase(db)
		}
		const forced = await cli('jobs', '--force', 'alerts', '--db', file, '--lang', 'en')
		expect(forced.code).toBe(0)
		expect(forced.stdout).toMatch(/^alerts\s+ok\s+\d+\.\d s$/m)
		const list = JSON.parse((await cli('jobs', '--list', '--db', file, '--json')).stdout) as { jobs: { name: string; runCount: number; lastStatus: string; lease: unknown }[] }
		expect(list.jobs).toEqual([expect.objectContaining({ name: 'alerts', runCount: 2, lastStatus: 'ok', lease: null })])

		const unknown = await cli('jobs', '--force', 'nope', '--db', file)
		expect(unknown.code).toBe(2)
		expect(unknown.stderr).toContain('no job "nope" (alerts)')
	}, 60_000) // seven CLI runs of 1–2 s each, several times that beside a build
})
