// The audit log for platform admins and reviewers: every change, newest first, 50 to a page, filtered by entity
// and by organization. Each entry reads in words (app/modules/audit/describe.ts): what was done and how, the object
// with a link to its page, the changed fields old → new; the raw record stays one click away.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AdminSearchLinks } from '#app/components/admin-nav.tsx'
import { Dash, textLinkClass } from '#app/components/fact-grid.tsx'
import { inputClass } from '#app/components/forms.tsx'
import { EmptyState, PageHeader, Pagination } from '#app/components/ui.tsx'
import { translate } from '#app/i18n/translate.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { actorLabel, chinaTime, describeAction, describeChanges, entityLabel } from '#app/modules/audit/describe.ts'
import { auditEntities, auditObjects, auditPage, auditUsers } from '#app/modules/audit/log.server.ts'
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
	return { entities, entity, org, ...page, objects: auditObjects(db, page.rows), users: auditUsers(db, page.rows) }
}

function rawJson(value: unknown): string | null {
	return value === null || value === undefined ? null : JSON.stringify(value, null, 2)
}

export default function Audit() {
	const d = useLoaderData<typeof loader>()
	const { t } = useTranslation()
	const locale = useLocale()
	const [params] = useSearchParams()
	const { pathname } = useLocation()
	const pages = Math.max(1, Math.ceil(d.total / d.perPage))
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
								{entityLabel(locale, e)}
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
				<ol className="space-y-3" aria-label={t('admin.audit.title')}>
					{d.rows.map((r) => {
						const act = describeAction(locale, r.action, r.entity)
						const obj = d.objects[`${r.entity}:${r.entityId ?? ''}`]
						const changes = describeChanges(locale, r.before, r.after, d.users)
						const before = rawJson(r.before)
						const after = rawJson(r.after)
						const name = obj?.label ?? null
						return (
							<li key={r.id} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
								<div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
									<p className="font-semibold text-slate-900">
										{act.action}
										{act.source ? <span className="ml-2 text-sm font-normal text-slate-500">{act.source}</span> : null}
									</p>
									<p className="font-mono text-xs text-slate-500">
										<time dateTime={r.at}>{chinaTime(r.at)}</time>
									</p>
								</div>
								<p className="mt-1 break-words text-sm">
									<span className="text-slate-500">{entityLabel(locale, r.entity)}：</span>
									{obj?.href ? (
										<Link to={obj.href} className={textLinkClass}>
											{name ?? obj.ref ?? entityLabel(locale, r.entity)}
										</Link>
									) : (
										<span>{name ?? (r.entityId !== null && !obj ? t('admin.audit.gone') : '')}</span>
									)}
									{obj?.ref && name ? <span className="ml-1 font-mono text-xs text-slate-500">{obj.ref}</span> : null}
									{obj && !obj.href && name ? <span className="ml-1 text-xs text-slate-500">（{t('admin.audit.notPublic')}）</span> : null}
								</p>
								<p className="mt-1 break-words text-xs text-slate-600">
									<span>
										{t('admin.audit.who')}：{r.userEmail ?? actorLabel(locale, r.actor) ?? <Dash />}
									</span>
									<span className="ml-3">
										{t('admin.audit.orgColumn')}：
										{r.orgRef ? (
											<Link to={`/admin/audit?org=${encodeURIComponent(r.orgRef)}`} className={textLinkClass} title={t('admin.audit.onlyOrg')}>
												{r.orgName ?? r.orgRef}
											</Link>
										) : (
											<Dash />
										)}
										{r.orgRef ? <span className="ml-1 font-mono text-slate-500">{r.orgRef}</span> : null}
									</span>
								</p>
								{changes.length ? (
									<div className="mt-2 overflow-x-auto">
										<table className="w-full text-left text-sm">
											<caption className="sr-only">{t('admin.audit.changes')}</caption>
											<thead className="text-xs text-slate-500">
												<tr>
													<th scope="col" className="py-1 pr-3 font-medium">
														{t('admin.audit.field')}
													</th>
													<th scope="col" className="py-1 pr-3 font-medium">
														{t('admin.audit.before')}
													</th>
													<th scope="col" className="py-1 font-medium">
														{t('admin.audit.after')}
													</th>
												</tr>
											</thead>
											<tbody className="divide-y divide-slate-100">
												{changes.map((c) => (
													<tr key={c.field} className="align-top">
														<th scope="row" className="whitespace-nowrap py-1 pr-3 font-normal text-slate-600">
															{c.label}
														</th>
														<td className="break-words py-1 pr-3 text-slate-500">{c.before}</td>
														<td className="break-words py-1 text-slate-900">
															<span aria-hidden="true" className="mr-1 text-slate-400">
																→
															</span>
															{c.after}
														</td>
													</tr>
												))}
											</tbody>
										</table>
									</div>
								) : null}
								<details className="mt-2 text-xs">
									<summary className="cursor-pointer text-slate-500">{t('admin.audit.raw')}</summary>
									{before || after ? (
										<div className="mt-1 grid gap-2 sm:grid-cols-2">
											{before ? (
												<div>
													<p className="text-slate-500">{t('admin.audit.rawBefore')}</p>
													<pre className="overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 font-mono">{before}</pre>
												</div>
											) : null}
											{after ? (
												<div>
													<p className="text-slate-500">{t('admin.audit.rawAfter')}</p>
													<pre className="overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 font-mono">{after}</pre>
												</div>
											) : null}
										</div>
									) : null}
									<p className="mt-1 font-mono text-slate-400">
										{r.action} · {r.entity} #{r.entityId ?? '—'}
									</p>
								</details>
							</li>
						)
					})}
				</ol>
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
