import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useLocation, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Field, FilterForm, controlClass } from '#app/components/filter-form.tsx'
import { textLinkClass } from '#app/components/fact-grid.tsx'
import { Badge, EmptyState, PageHeader, Pagination } from '#app/components/ui.tsx'
import { translate, type Locale } from '#app/i18n/translate.ts'
import { DEMAND_KIND_LABELS } from '#app/modules/catalog/reference-data.ts'
import { isOpen, listPublicDemands } from '#app/modules/demands/queries.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatDate, label, todayIso } from '#app/utils/format.ts'
import { demandHref, orgHref } from '#app/utils/links.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { oneOf, pageParam, withPage } from '#app/utils/params.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

const KINDS = DEMAND_KIND_LABELS.map((k) => k.code)
const STATES = ['open', 'closed'] as const

export async function loader({ request }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	const kind = oneOf(url.searchParams.get('kind'), KINDS)
	const state = oneOf(url.searchParams.get('status'), STATES)
	const page = pageParam(url.searchParams.get('page'))
	const today = todayIso()
	const result = listPublicDemands(getDb(), { kind: kind || undefined, state: state || undefined, today, page, perPage: 20 })
	return {
		filters: { kind, state },
		today,
		result: { ...result, rows: result.rows.map((r) => ({ ...r, open: isOpen(r, today) })) },
	}
}

export default function DemandsPage() {
	const { filters, result } = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const [params] = useSearchParams()
	const { pathname } = useLocation()
	const pages = Math.max(1, Math.ceil(result.total / result.perPage))

	return (
		<div>
			<PageHeader title={t('ui.demands.title')} subtitle={t('ui.demands.intro')} />

			<FilterForm
				action="/demands"
				label={t('ui.demands.filters')}
				submit={t('ui.demands.submit')}
				reset={t('ui.demands.reset')}
				resetVisible={Boolean(filters.kind || filters.state)}
			>
				<Field id="f-kind" label={t('ui.demand.kind')}>
					<select id="f-kind" name="kind" defaultValue={filters.kind} className={controlClass}>
						<option value="">{t('ui.demands.kindAll')}</option>
						{DEMAND_KIND_LABELS.map((k) => (
							<option key={k.code} value={k.code}>
								{label.demandKind(k.code, locale)}
							</option>
						))}
					</select>
				</Field>
				<Field id="f-status" label={t('ui.demand.statusLabel')}>
					<select id="f-status" name="status" defaultValue={filters.state} className={controlClass}>
						<option value="">{t('ui.demands.statusAll')}</option>
						<option value="open">{t('ui.demand.status.published')}</option>
						<option value="closed">{t('ui.demand.status.closed')}</option>
					</select>
				</Field>
			</FilterForm>

			<p className="mb-3 text-sm text-slate-600">{t('ui.demands.count', { count: result.total })}</p>

			{result.rows.length ? (
				<ul className="space-y-3">
					{result.rows.map((d, i) => (
						<li key={d.ref}>
							{/* Open lists come first; a heading where the closed ones begin. */}
							{!d.open && filters.state !== 'closed' && (i === 0 || result.rows[i - 1]!.open) ? (
								<h2 className="mb-3 mt-6 text-sm font-semibold text-slate-600">{t('ui.demands.closedHeading')}</h2>
							) : null}
							<article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-500 hover:shadow">
								<div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
									<div className="min-w-0 flex-1">
										<h2 className="text-base font-semibold leading-snug">
											<Link to={demandHref(d.ref)} className="text-ink-900 no-underline hover:underline">
												{d.title}
											</Link>
										</h2>
										<p className="mt-1 text-sm text-slate-600">
											<span className="sr-only">{t('ui.demand.publisher')}: </span>
											<Link to={orgHref(d.orgRef)} className={textLinkClass}>
												{d.orgName}
											</Link>
										</p>
									</div>
									<div className="flex flex-wrap gap-1.5">
										<Badge tone="brand">{label.demandKind(d.kind, locale)}</Badge>
										<Badge tone={d.open ? 'green' : 'slate'}>{d.open ? t('ui.demand.status.published') : t('ui.demand.status.closed')}</Badge>
									</div>
								</div>
								<dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
									<div className="flex gap-1.5">
										<dt className="text-slate-500">{t('ui.demand.deadline')}</dt>
										<dd className="text-slate-900">{d.deadline ? formatDate(d.deadline) : t('ui.demand.noDeadline')}</dd>
									</div>
									<div className="flex gap-1.5">
										<dt className="text-slate-500">{t('ui.demand.region')}</dt>
										<dd className="text-slate-900">{label.region(d.regionCode ?? d.orgRegion, locale)}</dd>
									</div>
									<div className="flex gap-1.5">
										<dt className="text-slate-500">{t('ui.demand.items')}</dt>
										<dd className="text-slate-900">{t('ui.demand.itemCount', { count: d.itemCount })}</dd>
									</div>
									{d.publishedAt ? (
										<div className="flex gap-1.5">
											<dt className="text-slate-500">{t('ui.demand.publishedAt')}</dt>
											<dd className="text-slate-900">{formatDate(d.publishedAt)}</dd>
										</div>
									) : null}
								</dl>
							</article>
						</li>
					))}
				</ul>
			) : (
				<EmptyState>{t('ui.demands.empty')}</EmptyState>
			)}

			<Pagination
				page={result.page}
				perPage={result.perPage}
				total={result.total}
				href={(p) => withPage(params, p, pathname)}
				labels={{ prev: t('ui.pagination.prev'), next: t('ui.pagination.next'), page: t('ui.pagination.page', { page: result.page, pages }) }}
			/>
		</div>
	)
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	pageMeta(matches, (l) => [data?.filters.kind ? label.demandKind(data.filters.kind, l) : '', translate(l, 'ui.demands.title')].filter(Boolean).join(' · '))

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
