// The active organization's listings in every status, with counts per status and a status filter (plain links).
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useLocation, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { textLinkClass } from '#app/components/fact-grid.tsx'
import { Badge, EmptyState, PageHeader, Pagination } from '#app/components/ui.tsx'
import { translate } from '#app/i18n/translate.ts'
import { requireOrgPermission } from '#app/modules/accounts/auth.server.ts'
import { LISTING_STATUSES } from '#db/schema/listings.ts'
import { listOwnedListings, ownedListingCounts } from '#app/modules/listings/owned.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatDate, label } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { oneOf, pageParam, withPage } from '#app/utils/params.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

const PER_PAGE = 50
const STATUS_TONE = { draft: 'amber', published: 'green', archived: 'slate' } as const

export async function loader({ request }: LoaderFunctionArgs) {
	const { membership: m } = await requireOrgPermission(request, 'create:listing:own')
	const url = new URL(request.url)
	const status = oneOf(url.searchParams.get('status'), LISTING_STATUSES)
	const db = getDb()
	const result = listOwnedListings(db, m.orgId, { status: status || undefined, page: pageParam(url.searchParams.get('page')), perPage: PER_PAGE })
	return { org: { name: m.orgName, verified: m.verified }, status, counts: ownedListingCounts(db, m.orgId), result }
}

export default function MyListings() {
	const { org, status, counts, result } = useLoaderData<typeof loader>()
	const { t } = useTranslation()
	const locale = useLocale()
	const [params] = useSearchParams()
	const { pathname } = useLocation()
	const pages = Math.max(1, Math.ceil(result.total / result.perPage))
	const tabs = [{ value: '' as const, label: t('listingEditor.all'), n: counts.all }, ...LISTING_STATUSES.map((s) => ({ value: s, label: t(`listingEditor.status.${s}`), n: counts[s] }))]

	return (
		<div className="space-y-5">
			<PageHeader title={t('listingEditor.title')} subtitle={org.name}>
				<Link to="/my/listings/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white no-underline shadow-sm hover:bg-brand-800">
					{t('listingEditor.newListing')}
				</Link>
			</PageHeader>
			<p className="text-sm text-slate-600">{t('listingEditor.intro')}</p>
			{!org.verified ? (
				<p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" role="note">
					{t('listingEditor.unverified')}
				</p>
			) : null}

			<nav aria-label={t('listingEditor.statusFilter')}>
				<ul className="flex flex-wrap gap-2">
					{tabs.map((tab) => {
						const current = tab.value === status
						return (
							<li key={tab.value || 'all'}>
								<Link
									to={tab.value ? `/my/listings?status=${tab.value}` : '/my/listings'}
									aria-current={current ? 'page' : undefined}
									className={`inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm no-underline ${current ? 'border-ink-900 bg-ink-900 text-white' : 'border-slate-300 bg-white text-slate-700 hover:border-brand-500'}`}
								>
									{tab.label}
									<span className={`rounded-full px-1.5 text-xs ${current ? 'bg-white/20 text-white' : 'bg-slate-100 text-slate-700'}`}>{tab.n}</span>
								</Link>
							</li>
						)
					})}
				</ul>
			</nav>

			{result.rows.length ? (
				<div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
					<table className="w-full text-sm">
						<caption className="sr-only">{`${t('listingEditor.title')} · ${status ? t(`listingEditor.status.${status}`) : t('listingEditor.all')} · ${t('listingEditor.count', { count: result.total })}`}</caption>
						<thead className="bg-slate-50 text-left text-slate-600">
							<tr>
								<th scope="col" className="px-4 py-2 font-medium">{t('listingEditor.columns.title')}</th>
								<th scope="col" className="px-4 py-2 font-medium">{t('listingEditor.columns.kind')}</th>
								<th scope="col" className="px-4 py-2 font-medium">{t('listingEditor.columns.category')}</th>
								<th scope="col" className="px-4 py-2 font-medium">{t('listingEditor.columns.status')}</th>
								<th scope="col" className="px-4 py-2 text-right font-medium">{t('listingEditor.columns.specs')}</th>
								<th scope="col" className="px-4 py-2 font-medium">{t('listingEditor.columns.updated')}</th>
								<th scope="col" className="px-4 py-2 font-medium">{t('listingEditor.columns.actions')}</th>
							</tr>
						</thead>
						<tbody>
							{result.rows.map((l) => {
								const edit = `/my/listings/${encodeURIComponent(l.ref)}`
								return (
									<tr key={l.ref} className="border-t border-slate-100 align-top">
										<th scope="row" className="px-4 py-3 text-left font-normal">
											<Link to={edit} className={`font-semibold ${textLinkClass}`}>
												{l.title}
											</Link>
											<span className="mt-0.5 block font-mono text-xs text-slate-500">
												{l.ref}
												{l.model ? ` · ${l.model}` : ''}
											</span>
										</th>
										<td className="px-4 py-3 text-slate-700">{label.listingKind(l.kind, locale)}</td>
										<td className="px-4 py-3 text-slate-700">{l.categoryCode ? label.category(l.categoryCode, locale) : ''}</td>
										<td className="px-4 py-3">
											<Badge tone={STATUS_TONE[l.status]}>{t(`listingEditor.status.${l.status}`)}</Badge>
										</td>
										<td className="px-4 py-3 text-right tabular-nums text-slate-700">{t('listingEditor.specCount', { count: l.specCount })}</td>
										<td className="px-4 py-3 whitespace-nowrap text-slate-600">{formatDate(l.updatedAt)}</td>
										<td className="px-4 py-3 whitespace-nowrap">
											<Link to={edit} className={textLinkClass} aria-label={t('listingEditor.editLabel', { title: l.title })}>
												{t('listingEditor.edit')}
											</Link>
											{l.status === 'published' && org.verified ? (
												<>
													{' · '}
													<Link to={`/listings/${encodeURIComponent(l.ref)}`} className={textLinkClass} aria-label={t('listingEditor.viewLabel', { title: l.title })}>
														{t('listingEditor.view')}
													</Link>
												</>
											) : null}
										</td>
									</tr>
								)
							})}
						</tbody>
					</table>
				</div>
			) : (
				<EmptyState>
					{status ? (
						t('listingEditor.emptyStatus', { status: t(`listingEditor.status.${status}`) })
					) : (
						<>
							<span className="block font-medium text-slate-700">{t('listingEditor.empty')}</span>
							<span className="mt-1 block text-sm">{t('listingEditor.emptyHelp')}</span>
							<Link to="/my/listings/new" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-brand-800">
								{t('listingEditor.newListing')}
							</Link>
						</>
					)}
				</EmptyState>
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

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (l) => translate(l, 'listingEditor.title'))

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
