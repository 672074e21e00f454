// The audit log for platform admins and reviewers: every change, newest first, 50 to a page, filtered by entity
// and by organization.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AdminSearchLinks } from '#app/components/admin-nav.tsx'
import { Dash, textLinkClass } from '#app/components/fact-grid.tsx'
import { inputClass } from '#app/components/forms.tsx'
import { EmptyState, PageHeader, Pagination } from '#app/components/ui.tsx'
import { translate } from '#app/i18n/translate.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { auditEntities, auditPage } from '#app/modules/audit/log.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatNumber } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { pageParam, withPage } from '#app/utils/params.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'read:audit:any')
	const params = new URL(request.url).searchParams
	const db = getDb()
	const entities = auditEntities(db)
	const entityParam = params.get('entity') ?? ''
	const entity = entities.includes(entityParam) ? entityParam : ''
	const org = (params.get('org') ?? '').trim().slice(0, 100)
	const page = auditPage(db, { entity: entity || undefined, orgRef: org || undefined, page: pageParam(params.get('page')) })
	return { entities, entity, org, ...page }
}

/** "2025-03-01 14:05:09" in China time: the log is read by people in one time zone. */
function when(iso: string): string {
	const d = new Date(iso)
	if (Number.isNaN(d.getTime())) return iso
	return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ')
}

function detail(before: unknown, after: unknown): string | null {
	const parts = [before ? `before ${JSON.stringify(before)}` : '', after ? `after ${JSON.stringify(after)}` : ''].filter(Boolean)
	return parts.length ? parts.join(' · ') : null
}

export default function Audit() {
	const d = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation()
	const locale = useLocale()
	const [params] = useSearchParams()
	const { pathname } = useLocation()
	const pages = Math.max(1, Math.ceil(d.total / d.perPage))
	const entityLabel = (e: string) => (i18n.exists(`admin.audit.entities.${e}`) ? t(`admin.audit.entities.${e}`) : e)
	return (
		<div className="space-y-6">
			<PageHeader title={t('admin.audit.title')} subtitle={t('admin.audit.intro')}>
				<div className="flex flex-wrap gap-4">
					<Link to="/admin/review" className="text-sm">
						{t('admin.review.title')}
					</Link>
					<AdminSearchLinks />
				</div>
			</PageHeader>
			<Form method="get" className="flex flex-wrap items-end gap-3" aria-label={t('admin.audit.filters')}>
				<div>
					<label htmlFor="audit-entity" className="mb-1 block text-sm font-medium text-slate-700">
						{t('admin.audit.entity')}
					</label>
					<select id="audit-entity" name="entity" defaultValue={d.entity} className={inputClass}>
						<option value="">{t('admin.audit.allEntities')}</option>
						{d.entities.map((e) => (
							<option key={e} value={e}>
								{entityLabel(e)}
							</option>
						))}
					</select>
				</div>
				<div>
					<label htmlFor="audit-org" className="mb-1 block text-sm font-medium text-slate-700">
						{t('admin.audit.org')}
					</label>
					<input id="audit-org" name="org" defaultValue={d.org} placeholder="ORG-NC-001" className={`${inputClass} font-mono`} />
				</div>
				<button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
					{t('admin.audit.apply')}
				</button>
				{d.entity || d.org ? (
					<Link to="/admin/audit" className="py-2 text-sm">
						{t('admin.audit.reset')}
					</Link>
				) : null}
			</Form>
			<p className="text-sm text-slate-600">{t('admin.audit.count', { count: d.total, n: formatNumber(d.total, locale) })}</p>
			{d.rows.length ? (
				<div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
					<table className="w-full text-left text-sm">
						<caption className="sr-only">{t('admin.audit.title')}</caption>
						<thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
							<tr>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('admin.audit.when')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('admin.audit.who')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('admin.audit.action')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('admin.audit.entity')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('admin.audit.orgColumn')}
								</th>
							</tr>
						</thead>
						<tbody className="divide-y divide-slate-100">
							{d.rows.map((r) => {
								const more = detail(r.before, r.after)
								return (
									<tr key={r.id} className="align-top">
										<td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{when(r.at)}</td>
										<td className="px-3 py-2">
											{r.userEmail ?? r.actor ?? <Dash />}
											{r.userEmail && r.actor ? <span className="block text-xs text-slate-500">{r.actor}</span> : null}
										</td>
										<td className="px-3 py-2">
											<span className="font-mono text-xs">{r.action}</span>
											{more ? <span className="mt-1 block max-w-md break-all text-xs text-slate-500">{more}</span> : null}
										</td>
										<td className="whitespace-nowrap px-3 py-2">
											{entityLabel(r.entity)} <span className="font-mono text-xs text-slate-500">#{r.entityId ?? '—'}</span>
										</td>
										<td className="px-3 py-2">
											{r.orgRef ? (
												<Link to={`/admin/audit?org=${encodeURIComponent(r.orgRef)}`} className={textLinkClass} title={r.orgName ?? undefined}>
													<span className="font-mono text-xs">{r.orgRef}</span>
												</Link>
											) : (
												<Dash />
											)}
											{r.orgName ? <span className="block text-xs text-slate-500">{r.orgName}</span> : null}
										</td>
									</tr>
								)
							})}
						</tbody>
					</table>
				</div>
			) : (
				<EmptyState>{t('admin.audit.empty')}</EmptyState>
			)}
			<Pagination
				page={d.page}
				perPage={d.perPage}
				total={d.total}
				href={(p) => withPage(params, p, pathname)}
				labels={{ prev: t('ui.pagination.prev'), next: t('ui.pagination.next'), page: t('ui.pagination.page', { page: d.page, pages }) }}
			/>
		</div>
	)
}

export const meta: MetaFunction = ({ matches }) => [...pageMeta(matches, (l) => translate(l, 'admin.audit.title')), { name: 'robots', content: 'noindex' }]

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
