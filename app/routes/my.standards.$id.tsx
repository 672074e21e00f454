// One configuration standard the caller maintains: edit it (a draft, or a published one no team uses yet), publish,
// archive, start a new version, export it, and see its chain of versions and change log.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { textLinkClass } from '#app/components/fact-grid.tsx'
import { CsrfInput, SubmitButton } from '#app/components/forms.tsx'
import { StandardEditor } from '#app/components/standard-editor.tsx'
import { Badge, Card, PageHeader, SectionTitle } from '#app/components/ui.tsx'
import { translate } from '#app/i18n/translate.ts'
import { idParam, standardEditorAction, standardEditorLoader } from '#app/http/standard-editor.server.ts'
import { myStandardHref } from '#app/modules/standards/form.ts'
import { formatDate } from '#app/utils/format.ts'
import { standardHref } from '#app/utils/links.ts'
import { notFoundMeta, pageMeta } from '#app/utils/meta.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export const loader = async ({ request, params }: LoaderFunctionArgs) => standardEditorLoader(request, idParam(params.id))
export const action = async ({ request, params }: ActionFunctionArgs) => standardEditorAction(request, idParam(params.id))

const STATUS_TONE = { draft: 'amber', published: 'green', archived: 'slate' } as const

export default function EditStandard() {
	const d = useLoaderData<typeof loader>()
	const lastResult = useActionData<typeof action>()
	const { t } = useTranslation()
	const status = d.status ?? 'draft'
	const hasDraftVersion = d.chain.some((v) => v.status === 'draft' && v.id !== d.id)
	const postButton = (action: string, text: string, tone: 'primary' | 'secondary' = 'secondary') => (
		<Form method="post">
			<CsrfInput />
			<SubmitButton name="_action" value={action} tone={tone} pendingText={t('standardEditor.saving')}>
				{text}
			</SubmitButton>
		</Form>
	)
	return (
		<div>
			<nav aria-label={t('standardEditor.back')} className="mb-2 text-sm text-slate-500">
				<Link to="/my/standards" className={textLinkClass}>
					{t('standardEditor.back')}
				</Link>
				{' / '}
				<span aria-current="page" className="break-all font-mono">
					{d.code}
				</span>
			</nav>
			<PageHeader
				title={d.title ?? t('standardEditor.editTitle')}
				subtitle={
					<span className="flex flex-wrap items-center gap-2">
						<span>{d.org?.name ?? t('standardEditor.platform')}</span>
						<Badge tone={STATUS_TONE[status]}>{t(`standardEditor.status.${status}`)}</Badge>
						{d.teamCount ? <Badge tone="blue">{t('ui.standard.teams', { count: d.teamCount })}</Badge> : null}
						{status !== 'draft' && d.code ? (
							<Link to={standardHref(d.code)} className={`text-sm ${textLinkClass}`}>
								{t('standardEditor.actions.viewPublic')}
							</Link>
						) : null}
					</span>
				}
			>
				<div className="flex flex-wrap gap-2">
					<a href={`${myStandardHref(d.id!)}/export.xlsx`} download className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 no-underline shadow-sm hover:bg-slate-50">
						{t('standardEditor.actions.export')}
					</a>
					{status !== 'draft' ? postButton('newVersion', t('standardEditor.actions.newVersion')) : null}
					{status === 'published' ? postButton('archive', t('standardEditor.actions.archive')) : null}
				</div>
			</PageHeader>
			{d.notice ? (
				<p className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
					{t(`standardEditor.saved.${d.notice}`, { count: d.moved })}
				</p>
			) : null}
			{d.org && !d.org.verified && status !== 'draft' ? (
				<p className="mb-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" role="note">
					{t('standardEditor.unverified')}
				</p>
			) : null}
			{d.locked ? (
				<div className="mb-4 rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950" role="note">
					<p>{status === 'archived' ? t('standardEditor.locked.archived') : t('standardEditor.locked.inUse', { count: d.teamCount })}</p>
					{d.teams.length ? (
						<p className="mt-1 text-sky-900">
							{t('standardEditor.usedBy')}：{d.teams.map((x) => x.name).join('、')}
						</p>
					) : null}
					{hasDraftVersion ? (
						<p className="mt-1">
							<Link to={myStandardHref(d.chain.find((v) => v.status === 'draft')!.id)} className={textLinkClass}>
								{t('standardEditor.saved.versionExists')}
							</Link>
						</p>
					) : null}
				</div>
			) : null}

			<StandardEditor
				key={`${d.id}@${d.version}`}
				mode="edit"
				code={d.code}
				status={d.status}
				readOnly={d.locked}
				defaultValue={d.defaultValue}
				lastResult={lastResult}
			/>

			<section aria-labelledby="std-history" className="mt-8">
				<SectionTitle id="std-history">{t('standardEditor.history.title')}</SectionTitle>
				<div className="grid gap-4 lg:grid-cols-2">
					<Card>
						<h3 className="mb-2 text-sm font-semibold text-slate-800">{t('standardEditor.history.versions')}</h3>
						<table className="w-full text-sm">
							<thead>
								<tr className="border-b border-slate-200 text-left text-slate-600">
									<th scope="col" className="py-1.5 pr-2 font-medium">
										{t('standardEditor.history.code')}
									</th>
									<th scope="col" className="py-1.5 pr-2 font-medium">
										{t('standardEditor.history.version')}
									</th>
									<th scope="col" className="py-1.5 pr-2 font-medium">
										{t('standardEditor.history.status')}
									</th>
									<th scope="col" className="py-1.5 text-right font-medium">
										{t('standardEditor.history.teams')}
									</th>
								</tr>
							</thead>
							<tbody>
								{d.chain.map((v) => (
									<tr key={v.id} className="border-b border-slate-100 last:border-0">
										<td className="break-all py-1.5 pr-2 font-mono text-xs">
											{v.id === d.id ? (
												<span aria-current="page">
													{v.code} <span className="font-sans text-slate-500">（{t('standardEditor.history.current')}）</span>
												</span>
											) : (
												<Link to={myStandardHref(v.id)} className={textLinkClass}>
													{v.code}
												</Link>
											)}
										</td>
										<td className="py-1.5 pr-2">{v.version ?? '—'}</td>
										<td className="py-1.5 pr-2">
											<Badge tone={STATUS_TONE[v.status]}>{t(`standardEditor.status.${v.status}`)}</Badge>
										</td>
										<td className="py-1.5 text-right tabular-nums">{v.teamCount}</td>
									</tr>
								))}
							</tbody>
						</table>
					</Card>
					<Card>
						<h3 className="mb-2 text-sm font-semibold text-slate-800">{t('standardEditor.history.log')}</h3>
						{d.history.length ? (
							<ol className="space-y-1.5 text-sm">
								{d.history.map((h, i) => {
									const verb = h.action.endsWith('.create') ? 'create' : 'update'
									const st = h.after?.status
									return (
										<li key={i} className="flex flex-wrap gap-x-2 text-slate-700">
											<time dateTime={h.at} className="tabular-nums text-slate-500">
												{formatDate(h.at)}
											</time>
											<span>
												{t('standardEditor.history.entry', {
													verb: t(`standardEditor.history.verbs.${verb}`),
													code: h.after?.code ?? '',
													status: st === 'draft' || st === 'published' || st === 'archived' ? t(`standardEditor.status.${st}`) : '',
												})}
											</span>
											<span className="text-slate-500">{h.userName ?? h.actor}</span>
										</li>
									)
								})}
							</ol>
						) : (
							<p className="text-sm text-slate-500">{t('standardEditor.history.empty')}</p>
						)}
					</Card>
				</div>
			</section>
		</div>
	)
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	data ? pageMeta(matches, (l) => `${translate(l, 'standardEditor.editTitle')}：${data.title ?? data.code}`) : notFoundMeta(matches)

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
