// The search engine's health for platform admins: the engine in use (and why Meilisearch is not, when it is configured
// but down), documents per index, the outbox to an external engine with its dead letters, and a full index rebuild.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { AdminNav } from '#app/components/admin-nav.tsx'
import { CsrfInput, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import { Badge, Card, EmptyState, Facts, PageHeader, SectionTitle } from '#app/components/ui.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { errorText, rebuildIndexes, retryDeadLetters, searchStatus, type RebuildResult } from '#app/modules/discovery/status.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatNumber } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'manage:search:any')
	const retried = Number(new URL(request.url).searchParams.get('retried'))
	return { ...(await searchStatus(getDb())), retried: Number.isInteger(retried) && retried > 0 ? retried : null }
}

const intentSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('rebuild') }),
	z.object({ intent: z.literal('retry'), id: z.coerce.number().int().positive().optional() }),
])

type ActionData = { rebuilt?: RebuildResult; error?: string }

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const caller = await requirePermission(request, 'manage:search:any')
	const locale = await getLocale(request)
	const id = form.get('id')
	const parsed = intentSchema.safeParse({ intent: form.get('intent'), ...(id ? { id } : {}) })
	if (!parsed.success) return data<ActionData>({ error: translate(locale, 'adminSearch.status.badRequest') }, { status: 400 })
	const db = getDb()
	if (parsed.data.intent === 'retry') {
		const n = retryDeadLetters(db, caller.user.id, parsed.data.id)
		return redirect(`/admin/search?retried=${n}`)
	}
	try {
		return data<ActionData>({ rebuilt: await rebuildIndexes(db, caller.user.id) })
	} catch (e) {
		// The engine (Meilisearch) failed: say so on the page, keep the request a normal one.
		console.warn(`search: index rebuild failed: ${errorText(e)}`)
		return data<ActionData>({ error: translate(locale, 'adminSearch.status.rebuild.failed', { detail: errorText(e) }) }, { status: 503 })
	}
}

/** "2025-03-01 14:05:09" in China time, like the audit log. */
function when(iso: string): string {
	const d = new Date(iso)
	if (Number.isNaN(d.getTime())) return iso
	return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ')
}

export default function SearchAdmin() {
	const d = useLoaderData<typeof loader>()
	const a = useActionData<typeof action>() as ActionData | undefined
	const { t, i18n } = useTranslation()
	const locale = useLocale()
	const n = (x: number) => formatNumber(x, locale)
	const lag = (s: number) =>
		s <= 0
			? t('adminSearch.status.outbox.lagNone')
			: s < 60
				? t('adminSearch.status.lag.seconds', { s })
				: s < 3600
					? t('adminSearch.status.lag.minutes', { m: Math.floor(s / 60), s: s % 60 })
					: t('adminSearch.status.lag.hours', { h: n(Math.floor(s / 3600)), m: Math.floor((s % 3600) / 60) })
	const engineName = i18n.exists(`adminSearch.status.engine.${d.engine}`) ? t(`adminSearch.status.engine.${d.engine}`) : d.engine
	const entityLabel = (e: string) => (i18n.exists(`adminSearch.status.dead.entities.${e}`) ? t(`adminSearch.status.dead.entities.${e}`) : e)
	const status = d.fallback ? (
		<Badge tone="amber">{t('adminSearch.status.engine.degraded')}</Badge>
	) : d.health.ok ? (
		<Badge tone="green">{t('adminSearch.status.engine.ok')}</Badge>
	) : (
		<Badge tone="red">{t('adminSearch.status.engine.down')}</Badge>
	)
	return (
		<div className="space-y-6">
			<PageHeader title={t('adminSearch.status.title')} subtitle={t('adminSearch.status.intro')}>
				<AdminNav current="/admin/search" />
			</PageHeader>

			{d.retried ? (
				<p className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
					{t('adminSearch.status.dead.retried', { count: d.retried })}
				</p>
			) : null}
			{a?.rebuilt ? (
				<p className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" role="status" data-testid="rebuild-result">
					{t('adminSearch.status.rebuild.done', {
						engine: i18n.exists(`adminSearch.status.engine.${a.rebuilt.engine}`) ? t(`adminSearch.status.engine.${a.rebuilt.engine}`) : a.rebuilt.engine,
						listings: n(a.rebuilt.listings),
						demands: n(a.rebuilt.demands),
						seconds: (a.rebuilt.ms / 1000).toFixed(1),
						at: when(a.rebuilt.at).slice(11),
					})}
				</p>
			) : null}
			<FormErrors errors={a?.error ? [a.error] : null} />

			{d.fallback ? (
				<div className="rounded-md border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900" role="alert">
					<p className="font-semibold">{t('adminSearch.status.engine.fallbackTitle')}</p>
					<p className="mt-1">{t('adminSearch.status.engine.fallbackText', { reason: d.fallback })}</p>
				</div>
			) : null}

			<div className="grid gap-6 lg:grid-cols-2">
				<Card>
					<SectionTitle>{t('adminSearch.status.engine.title')}</SectionTitle>
					<Facts
						items={[
							[t('adminSearch.status.engine.name'), <span key="e">{engineName}</span>],
							[t('adminSearch.status.engine.status'), status],
							[t('adminSearch.status.engine.listings'), <span key="l" data-testid="documents-listings">{t('adminSearch.status.engine.count', { n: n(d.health.documents.listings) })}</span>],
							[t('adminSearch.status.engine.demands'), <span key="d" data-testid="documents-demands">{t('adminSearch.status.engine.count', { n: n(d.health.documents.demands) })}</span>],
							[t('adminSearch.status.engine.detail'), !d.fallback && d.health.detail ? <span className="break-all">{d.health.detail}</span> : null],
							[
								t('adminSearch.status.engine.embeddedIndex'),
								d.embeddedDocuments
									? t('adminSearch.status.engine.embeddedCounts', { listings: n(d.embeddedDocuments.listings), demands: n(d.embeddedDocuments.demands) })
									: null,
							],
						]}
					/>
				</Card>

				<Card>
					<SectionTitle>{t('adminSearch.status.outbox.title')}</SectionTitle>
					{d.external ? (
						<>
							<p className="mb-4 text-sm text-slate-600">{t('adminSearch.status.outbox.externalText', { engine: engineName })}</p>
							<Facts
								items={[
									[t('adminSearch.status.outbox.pending'), <span key="p">{t('adminSearch.status.outbox.items', { n: n(d.outbox.pending) })}{d.outbox.retrying ? <span className="text-slate-500">{t('adminSearch.status.outbox.retryingCount', { n: n(d.outbox.retrying) })}</span> : null}</span>],
									[t('adminSearch.status.outbox.lag'), <span key="g" className={d.outbox.lagSeconds > 60 ? 'font-semibold text-amber-800' : undefined}>{lag(d.outbox.lagSeconds)}</span>],
									[t('adminSearch.status.outbox.dead'), <span key="x" className={d.outbox.dead ? 'font-semibold text-red-800' : undefined}>{t('adminSearch.status.outbox.items', { n: n(d.outbox.dead) })}</span>],
									[t('adminSearch.status.outbox.lastError'), d.outbox.lastError ? <span className="break-all font-mono text-xs">{d.outbox.lastError}</span> : null],
								]}
							/>
						</>
					) : (
						<div className="space-y-2 text-sm text-slate-700">
							<p>{t('adminSearch.status.outbox.embeddedText')}</p>
							<p className="text-slate-500">{t('adminSearch.status.outbox.embeddedQueue', { n: n(d.outbox.pending) })}</p>
						</div>
					)}
				</Card>
			</div>

			<Card>
				<SectionTitle>{t('adminSearch.status.rebuild.title')}</SectionTitle>
				<p className="mb-4 text-sm text-slate-600">{t('adminSearch.status.rebuild.intro')}</p>
				<Form method="post">
					<CsrfInput />
					<SubmitButton name="intent" value="rebuild" pendingText={t('adminSearch.status.rebuild.pending')}>
						{t('adminSearch.status.rebuild.submit')}
					</SubmitButton>
				</Form>
			</Card>

			{d.external || d.dead.length ? (
				<section aria-labelledby="dead-letters" className="space-y-3">
					<div className="flex flex-wrap items-end justify-between gap-3">
						<div>
							<SectionTitle id="dead-letters">{t('adminSearch.status.dead.title')}</SectionTitle>
							<p className="-mt-2 text-sm text-slate-600">{t('adminSearch.status.dead.intro')}</p>
						</div>
						{d.dead.length > 1 ? (
							<Form method="post">
								<CsrfInput />
								<SubmitButton name="intent" value="retry" tone="secondary" pendingText={t('adminSearch.status.dead.retrying')}>
									{t('adminSearch.status.dead.retryAll')}
								</SubmitButton>
							</Form>
						) : null}
					</div>
					{d.dead.length ? (
						<div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
							<table className="w-full text-left text-sm">
								<caption className="sr-only">{t('adminSearch.status.dead.title')}</caption>
								<thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
									<tr>
										<th scope="col" className="px-3 py-2 font-medium">{t('adminSearch.status.dead.entity')}</th>
										<th scope="col" className="px-3 py-2 font-medium">{t('adminSearch.status.dead.attempts')}</th>
										<th scope="col" className="px-3 py-2 font-medium">{t('adminSearch.status.dead.error')}</th>
										<th scope="col" className="px-3 py-2 font-medium">{t('adminSearch.status.dead.when')}</th>
										<th scope="col" className="px-3 py-2 font-medium"><span className="sr-only">{t('adminSearch.status.dead.actions')}</span></th>
									</tr>
								</thead>
								<tbody className="divide-y divide-slate-100">
									{d.dead.map((r) => (
										<tr key={r.id} className="align-top">
											<td className="whitespace-nowrap px-3 py-2">
												{entityLabel(r.entity)} <span className="font-mono text-xs text-slate-500">{r.ref ?? `#${r.entityId}`}</span>
											</td>
											<td className="px-3 py-2">{r.attempts}</td>
											<td className="px-3 py-2">
												<span className="block max-w-md break-words font-mono text-xs text-slate-700">{r.lastError ?? '—'}</span>
											</td>
											<td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{when(r.deadAt)}</td>
											<td className="px-3 py-2 text-right">
												<Form method="post">
													<CsrfInput />
													<input type="hidden" name="id" value={r.id} />
													<SubmitButton name="intent" value="retry" tone="secondary">
														{t('adminSearch.status.dead.retry')}
														<span className="sr-only"> {r.ref ?? `#${r.entityId}`}</span>
													</SubmitButton>
												</Form>
											</td>
										</tr>
									))}
								</tbody>
							</table>
						</div>
					) : (
						<EmptyState>{t('adminSearch.status.dead.empty')}</EmptyState>
					)}
				</section>
			) : null}
		</div>
	)
}

export const meta: MetaFunction = ({ matches }) => [...pageMeta(matches, (l) => translate(l, 'adminSearch.status.title')), { name: 'robots', content: 'noindex' }]

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
