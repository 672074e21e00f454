// The active organization's demand lists in every status, with counts per status and links to edit them.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { textLinkClass } from '#app/components/fact-grid.tsx'
import { Badge, EmptyState, PageHeader, Pagination } from '#app/components/ui.tsx'
import { translate } from '#app/i18n/translate.ts'
import { requireOrgPermission } from '#app/modules/accounts/auth.server.ts'
import { isOpen } from '#app/modules/demands/queries.server.ts'
import { myDemandHref as editHref } from '#app/modules/demands/form.ts'
import { listOwnedDemands, ownedDemandCounts, type DemandStatus } from '#app/modules/demands/owned.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatDate, label, todayIso } from '#app/utils/format.ts'
import { demandHref } from '#app/utils/links.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { oneOf, pageParam, withPage } from '#app/utils/params.ts'
import { useCan, useLocale } from '#app/utils/root-data.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

const STATUSES = ['draft', 'published', 'closed'] as const satisfies readonly DemandStatus[]

export async function loader({ request }: LoaderFunctionArgs) {
	const caller = await requireOrgPermission(request, 'create:demand:own')
	const { orgId, orgName, verified } = caller.membership
	const url = new URL(request.url)
	const status = oneOf(url.searchParams.get('status'), STATUSES)
	const db = getDb()
	const result = listOwnedDemands(db, orgId, { status: status || undefined, page: pageParam(url.searchParams.get('page')) })
	const today = todayIso()
	return {
		orgName,
		verified,
		status,
		counts: ownedDemandCounts(db, orgId),
		total: result.total,
		page: result.page,
		perPage: result.perPage,
		rows: result.rows.map((r) => ({ ...r, open: isOpen(r, today) })),
	}
}

export default function MyDemands() {
	const d = useLoaderData<typeof loader>()
	const { t } = useTranslation()
	const locale = useLocale()
	const [params] = useSearchParams()
	const canImport = useCan('import:records:own')
	const filters: { value: '' | DemandStatus; label: string; count: number }[] = [
		{ value: '', label: t('demandEditor.filterAll'), count: d.counts.all },
		...STATUSES.map((s) => ({ value: s, label: t(`ui.demand.status.${s}`), count: d.counts[s] })),
	]
	const statusBadge = (r: (typeof d.rows)[number]) => {
		if (r.status === 'draft') return <Badge tone="amber">{t('ui.demand.status.draft')}</Badge>
		if (r.status === 'closed') return <Badge>{t('ui.demand.status.closed')}</Badge>
		return r.open ? <Badge tone="green">{t('ui.demand.status.published')}</Badge> : <Badge tone="red">{t('demandEditor.pastDeadline')}</Badge>
	}
	return (
		<div>
			<PageHeader title={t('demandEditor.title')} subtitle={d.orgName}>
				<div className="flex flex-wrap items-center gap-3">
					{canImport ? (
						<Link to="/my/import" className={`text-sm ${textLinkClass}`}>
							{t('demandEditor.importLink')}
						</Link>
					) : null}
					<Link to="/my/demands/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white no-underline shadow-sm hover:bg-ink-900">
						{t('demandEditor.newList')}
					</Link>
				</div>
			</PageHeader>
			<p className="mb-4 text-slate-600">{t('demandEditor.intro')}</p>
			{!d.verified ? (
				<p className="mb-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" role="note">
					{t('demandEditor.unverified')}
				</p>
			) : null}

			{d.counts.all > 0 ? (
				<nav aria-label={t('demandEditor.statusFilter')} className="mb-4">
					<ul className="flex flex-wrap gap-2 text-sm">
						{filters.map((f) => {
							const current = d.status === f.value
							return (
								<li key={f.value || 'all'}>
									<Link
										to={f.value ? `?status=${f.value}` : '.'}
										aria-current={current ? 'page' : undefined}
										className={`inline-block rounded-full border px-3 py-1 no-underline ${current ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white text-slate-700 hover:border-brand-500'}`}
									>
										{t('demandEditor.filterCount', { label: f.label, count: f.count })}
									</Link>
								</li>
							)
						})}
					</ul>
				</nav>
			) : null}

			{d.rows.length ? (
				<div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
					<table className="w-full min-w-[48rem] text-sm">
						<caption className="sr-only">{t('demandEditor.table.caption')}</caption>
						<thead className="bg-slate-50">
							<tr className="border-b border-slate-200 text-left text-slate-600">
								<th scope="col" className="px-3 py-2 font-medium">
									{t('demandEditor.table.title')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('demandEditor.table.status')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('demandEditor.table.kind')}
								</th>
								<th scope="col" className="px-3 py-2 text-right font-medium">
									{t('demandEditor.table.items')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('demandEditor.table.deadline')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('demandEditor.table.updated')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('demandEditor.table.actions')}
								</th>
							</tr>
						</thead>
						<tbody>
							{d.rows.map((r) => (
								<tr key={r.id} className="border-b border-slate-100 align-top last:border-0">
									<th scope="row" className="px-3 py-3 text-left font-normal">
										<Link to={editHref(r.ref)} className="font-semibold text-ink-900 no-underline hover:underline">
											{r.title}
										</Link>
										<span className="mt-0.5 block font-mono text-xs text-slate-500">{r.ref}</span>
									</th>
									<td className="whitespace-nowrap px-3 py-3">{statusBadge(r)}</td>
									<td className="whitespace-nowrap px-3 py-3 text-slate-700">{label.demandKind(r.kind, locale)}</td>
									<td className="px-3 py-3 text-right tabular-nums text-slate-900">{r.itemCount}</td>
									<td className="whitespace-nowrap px-3 py-3 tabular-nums text-slate-700">{r.deadline ? formatDate(r.deadline) : t('demandEditor.noDeadline')}</td>
									<td className="whitespace-nowrap px-3 py-3 tabular-nums text-slate-700">{formatDate(r.updatedAt)}</td>
									<td className="whitespace-nowrap px-3 py-3">
										<Link to={editHref(r.ref)} className={textLinkClass} aria-label={`${t('demandEditor.edit')}：${r.title}`}>
											{t('demandEditor.edit')}
										</Link>
										{r.status !== 'draft' && d.verified ? (
											<>
												<span className="mx-2 text-slate-300" aria-hidden="true">
													|
												</span>
												<Link to={demandHref(r.ref)} className={textLinkClass} aria-label={`${t('demandEditor.viewPublic')}：${r.title}`}>
													{t('demandEditor.viewPublic')}
												</Link>
											</>
										) : null}
									</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			) : (
				<EmptyState>
					{d.counts.all > 0 ? (
						t('demandEditor.emptyFiltered')
					) : (
						<>
							<span className="block font-medium text-slate-700">{t('demandEditor.empty')}</span>
							<span className="mt-1 block text-sm">{t('demandEditor.emptyHint')}</span>
							<Link to="/my/demands/new" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white no-underline shadow-sm hover:bg-ink-900">
								{t('demandEditor.newList')}
							</Link>
						</>
					)}
				</EmptyState>
			)}
			<Pagination
				page={d.page}
				perPage={d.perPage}
				total={d.total}
				href={(p) => withPage(params, p, '/my/demands')}
				labels={{ prev: t('ui.pagination.prev'), next: t('ui.pagination.next'), page: t('ui.pagination.page', { page: d.page, pages: Math.max(1, Math.ceil(d.total / d.perPage)) }) }}
			/>
		</div>
	)
}

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (l) => translate(l, 'demandEditor.title'))

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
