// One of the active organization's demand lists: edit, publish, close for responses, or copy as a new draft.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { DemandEditor } from '#app/components/demand-editor.tsx'
import { textLinkClass } from '#app/components/fact-grid.tsx'
import { CsrfInput, SubmitButton } from '#app/components/forms.tsx'
import { Badge, PageHeader } from '#app/components/ui.tsx'
import { translate } from '#app/i18n/translate.ts'
import { demandEditorAction, demandEditorLoader } from '#app/http/demand-editor.server.ts'
import { requireOrgPermission } from '#app/modules/accounts/auth.server.ts'
import { responseCountOfList } from '#app/modules/responses/award.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatDate } from '#app/utils/format.ts'
import { isGapRef } from '#app/modules/demands/publishing.ts'
import { myDemandHref } from '#app/modules/demands/form.ts'
import { demandHref } from '#app/utils/links.ts'
import { notFoundMeta, pageMeta } from '#app/utils/meta.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const d = await demandEditorLoader(request, params.ref ?? '')
	const caller = await requireOrgPermission(request, 'update:demand:own')
	return { ...d, responseCount: responseCountOfList(getDb(), caller.membership.orgId, d.listRef) }
}
export const action = ({ request, params }: ActionFunctionArgs) => demandEditorAction(request, params.ref ?? '')

export default function EditDemand() {
	const d = useLoaderData<typeof loader>()
	const lastResult = useActionData<typeof action>()
	const { t } = useTranslation()
	const status = d.status ?? 'draft'
	return (
		<div>
			<nav aria-label={t('demandEditor.back')} className="mb-2 text-sm text-slate-500">
				<Link to="/my/demands" className={textLinkClass}>
					{t('demandEditor.back')}
				</Link>
				{' / '}
				<span aria-current="page" className="font-mono">
					{d.listRef}
				</span>
			</nav>
			<PageHeader
				title={t('demandEditor.editTitle')}
				subtitle={
					<span className="flex flex-wrap items-center gap-2">
						<span>{d.org.name}</span>
						<Badge tone={status === 'draft' ? 'amber' : status === 'published' ? 'green' : 'slate'}>{t(`ui.demand.status.${status}`)}</Badge>
						{d.publishedAt ? <span className="text-sm text-slate-500">{`${t('ui.demand.publishedAt')} ${formatDate(d.publishedAt)}`}</span> : null}
						{status !== 'draft' && d.org.verified ? (
							<Link to={demandHref(d.listRef)} className={`text-sm ${textLinkClass}`}>
								{t('demandEditor.viewPublic')}
							</Link>
						) : null}
					</span>
				}
			>
				<div className="flex flex-wrap items-center gap-2">
					{status !== 'draft' || d.responseCount > 0 ? (
						<Link
							to={`${myDemandHref(d.listRef)}/responses`}
							className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 no-underline shadow-sm hover:bg-slate-50"
						>
							{t('responses.compare.viewResponses', { count: d.responseCount })}
						</Link>
					) : null}
					{status === 'published' ? (
						<Form method="post">
							<CsrfInput />
							<SubmitButton name="_action" value="close" tone="secondary" pendingText={t('demandEditor.saving')}>
								{t('demandEditor.close')}
							</SubmitButton>
						</Form>
					) : null}
					<Form method="post">
						<CsrfInput />
						<SubmitButton name="_action" value="duplicate" tone="secondary" pendingText={t('demandEditor.saving')}>
							{t('demandEditor.duplicate')}
						</SubmitButton>
					</Form>
				</div>
			</PageHeader>
			{d.notice ? (
				<p className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
					{t(`demandEditor.saved.${d.notice}`)}
				</p>
			) : null}
			{status === 'draft' && isGapRef(d.listRef) ? (
				<p className="mb-4 rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900" role="note">
					{t('demandEditor.gapDraft')}
				</p>
			) : null}
			{!d.org.verified && status !== 'draft' ? (
				<p className="mb-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" role="note">
					{t('demandEditor.unverified')}
				</p>
			) : null}
			<DemandEditor
				key={`${d.listRef}@${d.version}`}
				mode="edit"
				listRef={d.listRef}
				status={d.status}
				orgRef={d.org.ref}
				orgKind={d.org.kind}
				orgRegion={d.org.region}
				defaultValue={d.defaultValue}
				today={d.today}
				baseline={d.baseline}
				lastResult={lastResult}
			/>
		</div>
	)
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	data ? pageMeta(matches, (l) => `${translate(l, 'demandEditor.editTitle')}：${data.title ?? data.listRef}`) : notFoundMeta(matches)

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
