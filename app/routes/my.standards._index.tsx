// The configuration standards the caller maintains (a bureau its own, a platform admin all): status, items, teams
// using each, and the actions new version / publish / archive, each a plain POST to the standard's editor.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { textLinkClass } from '#app/components/fact-grid.tsx'
import { CsrfInput } from '#app/components/forms.tsx'
import { Badge, EmptyState, PageHeader } from '#app/components/ui.tsx'
import { translate } from '#app/i18n/translate.ts'
import { requireStandardManager } from '#app/http/standard-editor.server.ts'
import { listManagedStandards } from '#app/modules/standards/editor.server.ts'
import { myStandardHref } from '#app/modules/standards/form.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatDate, label } from '#app/utils/format.ts'
import { standardHref } from '#app/utils/links.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { useCan, useLocale } from '#app/utils/root-data.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ request }: LoaderFunctionArgs) {
	const mgr = await requireStandardManager(request)
	const rows = listManagedStandards(getDb(), mgr.scope)
	return { org: mgr.org, admin: mgr.scope.kind === 'any', rows }
}

export const STATUS_TONE = { draft: 'amber', published: 'green', archived: 'slate' } as const

const actionButton = 'rounded px-1 text-sm font-medium text-ink-700 underline decoration-slate-400 underline-offset-2 hover:decoration-current'

export default function MyStandards() {
	const d = useLoaderData<typeof loader>()
	const { t } = useTranslation()
	const locale = useLocale()
	const canImport = useCan('import:records:own')
	const rowAction = (id: number, action: string, text: string, title: string) => (
		<Form method="post" action={myStandardHref(id)} className="inline">
			<CsrfInput />
			<button type="submit" name="_action" value={action} className={actionButton} aria-label={`${text}：${title}`}>
				{text}
			</button>
		</Form>
	)
	return (
		<div>
			<PageHeader title={t('standardEditor.title')} subtitle={d.org?.name ?? t('standardEditor.platform')}>
				<div className="flex flex-wrap items-center gap-3">
					{canImport && !d.admin ? (
						<Link to="/my/import" className={`text-sm ${textLinkClass}`}>
							{t('standardEditor.importLink')}
						</Link>
					) : null}
					<Link to="/my/standards/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white no-underline shadow-sm hover:bg-ink-900">
						{t('standardEditor.newStandard')}
					</Link>
				</div>
			</PageHeader>
			<p className="mb-4 text-slate-600">{d.admin ? t('standardEditor.introAdmin') : t('standardEditor.intro')}</p>
			{d.org && !d.org.verified ? (
				<p className="mb-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" role="note">
					{t('standardEditor.unverified')}
				</p>
			) : null}

			{d.rows.length ? (
				<div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
					<table className="w-full min-w-[56rem] text-sm">
						<caption className="sr-only">{t('standardEditor.table.caption')}</caption>
						<thead className="bg-slate-50">
							<tr className="border-b border-slate-200 text-left text-slate-600">
								<th scope="col" className="px-3 py-2 font-medium">
									{t('standardEditor.table.title')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('standardEditor.table.version')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('standardEditor.table.status')}
								</th>
								<th scope="col" className="px-3 py-2 text-right font-medium">
									{t('standardEditor.table.items')}
								</th>
								<th scope="col" className="px-3 py-2 text-right font-medium">
									{t('standardEditor.table.teams')}
								</th>
								{d.admin ? (
									<th scope="col" className="px-3 py-2 font-medium">
										{t('standardEditor.table.owner')}
									</th>
								) : null}
								<th scope="col" className="px-3 py-2 font-medium">
									{t('standardEditor.table.updated')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('standardEditor.table.actions')}
								</th>
							</tr>
						</thead>
						<tbody>
							{d.rows.map((r) => (
								<tr key={r.id} className="border-b border-slate-100 align-top last:border-0">
									<th scope="row" className="px-3 py-3 text-left font-normal">
										<Link to={myStandardHref(r.id)} className="font-semibold text-ink-900 no-underline hover:underline">
											{r.title}
										</Link>
										<span className="mt-0.5 block break-all font-mono text-xs text-slate-500">{r.code}</span>
										<span className="mt-0.5 block text-xs text-slate-500">{label.teamType(r.teamType, locale)}</span>
									</th>
									<td className="whitespace-nowrap px-3 py-3 text-slate-700">{r.version ?? '—'}</td>
									<td className="whitespace-nowrap px-3 py-3">
										<Badge tone={STATUS_TONE[r.status]}>{t(`standardEditor.status.${r.status}`)}</Badge>
									</td>
									<td className="px-3 py-3 text-right tabular-nums text-slate-900">{r.itemCount}</td>
									<td className="px-3 py-3 text-right tabular-nums text-slate-900">{r.teamCount}</td>
									{d.admin ? <td className="px-3 py-3 text-slate-700">{r.ownerName ?? t('standardEditor.platform')}</td> : null}
									<td className="whitespace-nowrap px-3 py-3 tabular-nums text-slate-700">{formatDate(r.updatedAt)}</td>
									<td className="px-3 py-3">
										<div className="flex flex-wrap items-center gap-x-2 gap-y-1">
											<Link to={myStandardHref(r.id)} className={textLinkClass} aria-label={`${t('standardEditor.actions.edit')}：${r.title}`}>
												{r.status === 'archived' || (r.status === 'published' && r.teamCount > 0) ? t('standardEditor.actions.view') : t('standardEditor.actions.edit')}
											</Link>
											{r.status === 'draft' ? rowAction(r.id, 'publishStored', t('standardEditor.actions.publish'), r.title) : rowAction(r.id, 'newVersion', t('standardEditor.actions.newVersion'), r.title)}
											{r.status === 'published' ? rowAction(r.id, 'archive', t('standardEditor.actions.archive'), r.title) : null}
											{r.status !== 'draft' ? (
												<Link to={standardHref(r.code)} className={textLinkClass} aria-label={`${t('standardEditor.actions.viewPublic')}：${r.title}`}>
													{t('standardEditor.actions.viewPublic')}
												</Link>
											) : null}
										</div>
									</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			) : (
				<EmptyState>
					<span className="block font-medium text-slate-700">{t('standardEditor.empty')}</span>
					<span className="mt-1 block text-sm">{t('standardEditor.emptyHint')}</span>
					<Link to="/my/standards/new" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white no-underline shadow-sm hover:bg-ink-900">
						{t('standardEditor.newStandard')}
					</Link>
				</EmptyState>
			)}
		</div>
	)
}

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (l) => translate(l, 'standardEditor.title'))

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
