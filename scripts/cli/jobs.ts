// `npm run cli -- jobs [--list | --force <name>] [--json]`: runs the background jobs that are due once (as a server
// process's tick would, taking each job's lease), lists their statuses, or runs one job now.
import { jobStatuses } from '#app/modules/jobs/queries.server.ts'
import { findJob, PLATFORM_JOBS } from '#app/modules/jobs/registry.server.ts'
import { newOwnerId, runDueJobs, type JobOutcome } from '#app/modules/jobs/runner.server.ts'
import type { Db } from '#db/client.server.ts'

export type CommandResult = { code: number; human: string; json: unknown }
type Options = { en: boolean; list?: boolean; force?: string; usage: (message: string) => Error }

/** Display width in a terminal: CJK and full-width characters take two columns. */
function width(s: string): number {
	let w = 0
	for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
	return w
}
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)))

function table(header: string[], rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))))
	const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd()
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

/** China time, like the admin page. */
const when = (ms: number | null) => (ms === null ? '—' : new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' '))
const seconds = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} s`)
/** Errors are shown on one line; the whole message is in --json. */
const oneLine = (s: string | null) => (s === null ? '' : s.replace(/\s+/g, ' ').slice(0, 120))

const OUTCOME = {
	zh: { ok: '成功', failed: '失败', busy: '跳过：另一进程正在运行', notDue: '跳过：未到期' },
	en: { ok: 'ok', failed: 'failed', busy: 'skipped: running elsewhere', notDue: 'skipped: not due' },
} as const

function outcomeTable(outcomes: JobOutcome[], en: boolean): string {
	const header = en ? ['job', 'outcome', 'duration', 'error'] : ['任务', '结果', '用时', '错误']
	const label = OUTCOME[en ? 'en' : 'zh']
	return table(
		header,
		outcomes.map((o) => [o.name, o.outcome === 'busy' && o.heldBy ? `${label.busy} (${o.heldBy})` : label[o.outcome], seconds(o.durationMs), oneLine(o.error)]),
	)
}

export async function jobsCommand(db: Db, o: Options): Promise<CommandResult> {
	if (o.list && o.force !== undefined) throw o.usage('jobs: --list 与 --force 不能同时使用 / --list and --force do not go together')
	if (o.list) {
		const now = Date.now()
		const jobs = jobStatuses(db, PLATFORM_JOBS, now)
		const header = o.en
			? ['job', 'interval', 'last started', 'duration', 'status', 'runs', 'failures', 'next due', 'lease', 'last error']
			: ['任务', '间隔', '上次开始', '用时', '状态', '运行次数', '失败次数', '下次运行', '租约', '最近错误']
		const status = (s: string | null) => (s === null ? (o.en ? 'never run' : '尚未运行') : OUTCOME[o.en ? 'en' : 'zh'][s as 'ok' | 'failed'])
		const rows = jobs.map((j) => [
			j.name,
			`${Math.round(j.intervalMs / 1000)} s`,
			when(j.lastStartedAt),
			seconds(j.lastDurationMs),
			j.lease ? (o.en ? 'running' : '运行中') : status(j.lastStatus),
			String(j.runCount),
			String(j.failureCount),
			j.nextDueAt === null || j.nextDueAt <= now ? (o.en ? 'due' : '已到期') : when(j.nextDueAt),
			j.lease ? `${j.lease.owner} → ${when(j.lease.until)}` : '—',
			oneLine(j.lastError),
		])
		return { code: 0, human: table(header, rows), json: { ok: true, jobs } }
	}
	let outcomes: JobOutcome[]
	if (o.force !== undefined) {
		const job = findJob(o.force)
		if (!job) throw o.usage(`jobs --force: 没有任务 “${o.force}” / no job "${o.force}" (${PLATFORM_JOBS.map((j) => j.name).join(', ')})`)
		outcomes = await runDueJobs(db, [job], { owner: newOwnerId(), force: true })
	} else outcomes = await runDueJobs(db, PLATFORM_JOBS, { owner: newOwnerId() })
	const ok = outcomes.every((x) => x.outcome !== 'failed')
	// A failed job exits 1, so cron and CI notice; a job skipped because another process runs it is no failure.
	return { code: ok ? 0 : 1, human: outcomeTable(outcomes, o.en), json: { ok, jobs: outcomes } }
}
