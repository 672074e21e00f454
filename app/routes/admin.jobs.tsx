// The background jobs for platform admins: every registered job with its interval, last run (start, duration, status,
// error), next due time and the process holding its lease, and a 立即运行 button per job (forced, the lease still holds).
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AdminNav } from '#app/components/admin-nav.tsx'
import { CsrfInput, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'
import { Badge, PageHeader } from '#app/components/ui.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { jobStatuses, type JobState } from '#app/modules/jobs/queries.server.ts'
import { findJob, PLATFORM_JOBS } from '#app/modules/jobs/registry.server.ts'
import { runDueJobs } from '#app/modules/jobs/runner.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { readForm } from '#app/http/request-body.server.ts'

const OUTCOMES = ['ok', 'failed', 'busy'] as const
type Notice = { job: string; outcome: (typeof OUTCOMES)[number]; ms: number }

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'run:jobs:any')
	const now = Date.now()
	const jobs = jobStatuses(getDb(), PLATFORM_JOBS, now)
	const params = new URL(request.url).searchParams
	const outcome = OUTCOMES.find((o) => o === params.get('outcome'))
	const job = jobs.find((j) => j.name === params.get('ran'))?.name
	const ms = Number(params.get('ms'))
	const notice: Notice | null = outcome && job ? { job, outcome, ms: Number.isInteger(ms) && ms >= 0 ? ms : 0 } : null
	return { jobs, now, notice }
}

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	await requirePermission(request, 'run:jobs:any')
	const job = findJob(String(form.get('job') ?? ''))
	if (!job) return data({ error: translate(await getLocale(request), 'adminJobs.badRequest') }, { status: 400 })
	// Forced, not exclusive of the lease: when a tick of some server process is running the job, this says so.
	const [done] = await runDueJobs(getDb(), [job], { force: true })
	const outcome = done!.outcome === 'notDue' ? 'busy' : done!.outcome
	return redirect(`/admin/jobs?${new URLSearchParams({ ran: job.name, outcome, ms: String(done!.durationMs ?? 0) })}`)
}

/** "2025-03-01 14:05:09" in China time, like the audit log. */
function when(ms: number): string {
	return new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ')
}

export default function JobsAdmin() {
	const d = useLoaderData<typeof loader>()
	const a = useActionData<typeof action>()
	const { t, i18n } = useTranslation()
	const title = (name: string) => (i18n.exists(`adminJobs.jobs.${name}.title`) ? t(`adminJobs.jobs.${name}.title`) : name)
	const every = (ms: number) => {
		const s = Math.round(ms / 1000)
		if (s < 120 || s % 60) return t('adminJobs.every.seconds', { n: s })
		return s < 7200 || s % 3600 ? t('adminJobs.every.minutes', { n: s / 60 }) : t('adminJobs.every.hours', { n: s / 3600 })
	}
	const seconds = (ms: number) => (ms / 1000).toFixed(1)
	const time = (ms: number) => <time dateTime={new Date(ms).toISOString()}>{when(ms)}</time>
	const status = (j: JobState) =>
		j.lease ? (
			<Badge tone="amber">{t('adminJobs.status.running')}</Badge>
		) : j.lastStatus === 'ok' ? (
			<Badge tone="green">{t('adminJobs.status.ok')}</Badge>
		) : j.lastStatus === 'failed' ? (
			<Badge tone="red">{t('adminJobs.status.failed')}</Badge>
		) : (
			<Badge>{t('adminJobs.status.never')}</Badge>
		)
	const none = <span className="text-slate-400">{t('adminJobs.none')}</span>
	return (
		<div className="min-w-0 space-y-6">
			<PageHeader title={t('adminJobs.title')} subtitle={t('adminJobs.intro')}>
				<AdminNav current="/admin/jobs" />
			</PageHeader>

			{d.notice ? (
				<p
					className={`rounded-md border p-3 text-sm ${d.notice.outcome === 'ok' ? 'border-emerald-200 bg-emerald-50 text-emerald-900' : 'border-amber-200 bg-amber-50 text-amber-900'}`}
					role="status"
					data-testid="job-notice"
				>
					{t(`adminJobs.notice.${d.notice.outcome}`, { job: d.notice.job, seconds: seconds(d.notice.ms) })}
				</p>
			) : null}
			<FormErrors errors={a && 'error' in a ? [a.error] : null} />

			{/* The table scrolls in its own box on a narrow screen; the page itself never scrolls sideways (`relative`: the
			    visually hidden labels inside are positioned absolutely and would otherwise widen the page). */}
			<div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm" role="region" aria-labelledby="jobs-caption" tabIndex={0}>
				<table className="w-full text-left text-sm">
					<caption id="jobs-caption" className="sr-only">
						{t('adminJobs.caption')}
					</caption>
					<thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
						<tr>
							<th scope="col" className="whitespace-nowrap px-3 py-2 font-medium">{t('adminJobs.columns.job')}</th>
							<th scope="col" className="whitespace-nowrap px-3 py-2 font-medium">{t('adminJobs.columns.interval')}</th>
							<th scope="col" className="whitespace-nowrap px-3 py-2 font-medium">{t('adminJobs.columns.lastStart')}</th>
							<th scope="col" className="whitespace-nowrap px-3 py-2 font-medium">{t('adminJobs.columns.duration')}</th>
							<th scope="col" className="whitespace-nowrap px-3 py-2 font-medium">{t('adminJobs.columns.status')}</th>
							<th scope="col" className="whitespace-nowrap px-3 py-2 font-medium">{t('adminJobs.columns.error')}</th>
							<th scope="col" className="whitespace-nowrap px-3 py-2 font-medium">{t('adminJobs.columns.nextDue')}</th>
							<th scope="col" className="whitespace-nowrap px-3 py-2 font-medium">{t('adminJobs.columns.lease')}</th>
							<th scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
								<span className="sr-only">{t('adminJobs.columns.actions')}</span>
							</th>
						</tr>
					</thead>
					<tbody className="divide-y divide-slate-100">
						{d.jobs.map((j) => (
							<tr key={j.name} className="align-top" data-testid="job" data-job={j.name} data-runs={j.runCount}>
								<th scope="row" className="px-3 py-2 text-left font-normal">
									<span className="block font-semibold text-ink-900">{title(j.name)}</span>
									<span className="block font-mono text-xs text-slate-500">{j.name}</span>
									{i18n.exists(`adminJobs.jobs.${j.name}.help`) ? <span className="mt-1 block min-w-40 text-xs text-slate-600">{t(`adminJobs.jobs.${j.name}.help`)}</span> : null}
								</th>
								<td className="whitespace-nowrap px-3 py-2">{every(j.intervalMs)}</td>
								<td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{j.lastStartedAt === null ? none : time(j.lastStartedAt)}</td>
								<td className="whitespace-nowrap px-3 py-2">{j.lastDurationMs === null ? none : t('adminJobs.seconds', { s: seconds(j.lastDurationMs) })}</td>
								<td className="px-3 py-2">
									{status(j)}
									<span className="mt-1 block whitespace-nowrap text-xs text-slate-500">{t('adminJobs.counts', { runs: j.runCount, failures: j.failureCount })}</span>
								</td>
								<td className="px-3 py-2">
									{j.lastError ? <span className="block min-w-48 max-w-md break-words font-mono text-xs text-red-800">{j.lastError}</span> : none}
								</td>
								<td className="whitespace-nowrap px-3 py-2 font-mono text-xs">
									{j.nextDueAt === null || j.nextDueAt <= d.now ? <span className="font-sans text-sm">{t('adminJobs.dueNow')}</span> : time(j.nextDueAt)}
								</td>
								<td className="px-3 py-2">
									{j.lease ? (
										<>
											<span className="block break-all font-mono text-xs">{j.lease.owner}</span>
											<span className="block whitespace-nowrap text-xs text-slate-500">{t('adminJobs.leaseUntil', { time: when(j.lease.until) })}</span>
										</>
									) : (
										none
									)}
								</td>
								<td className="px-3 py-2 text-right">
									<Form method="post">
										<CsrfInput />
										<SubmitButton name="job" value={j.name} tone="secondary" pendingText={t('adminJobs.running')}>
											<span className="whitespace-nowrap">{t('adminJobs.run')}</span>
											<span className="sr-only"> {j.name}</span>
										</SubmitButton>
									</Form>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</div>
	)
}

export const meta: MetaFunction = ({ matches }) => [...pageMeta(matches, (l) => translate(l, 'adminJobs.title')), { name: 'robots', content: 'noindex' }]

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
