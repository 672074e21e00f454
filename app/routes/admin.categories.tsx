// The equipment category tree for platform admins: Chinese and English names editable per node (?edit=<code>); the code
// is fixed. Saving re-indexes the published listings and demand lists of that category in the same transaction.
import { getFormProps, getInputProps, useForm, type SubmissionResult } from '@conform-to/react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AdminNav } from '#app/components/admin-nav.tsx'
import { textLinkClass } from '#app/components/fact-grid.tsx'
import { CsrfInput, Field, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import { Badge, PageHeader } from '#app/components/ui.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { categoryLabelForm } from '#app/modules/catalog/taxonomy-schema.ts'
import { categoryTree, updateCategoryLabels, type CategoryNode } from '#app/modules/catalog/taxonomy.server.ts'
import { parseAdminSearchForm } from '#app/modules/catalog/synonym-schema.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatDate, formatNumber } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

const CODE = /^\d{2}(\d{2}){0,2}$/

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'manage:taxonomy:any')
	const params = new URL(request.url).searchParams
	const nodes = categoryTree(getDb())
	const edit = params.get('edit')
	const done = params.get('done')
	const code = params.get('code') ?? ''
	const n = (k: string) => Math.max(0, Math.trunc(Number(params.get(k))) || 0)
	return {
		nodes,
		editCode: edit && nodes.some((c) => c.code === edit) ? edit : null,
		notice:
			(done === 'updated' || done === 'unchanged') && CODE.test(code) ? { kind: done, code, listings: n('listings'), lists: n('lists') } : null,
	}
}

type ActionData = { code: string; result?: SubmissionResult<string[]> }

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const caller = await requirePermission(request, 'manage:taxonomy:any')
	const locale = await getLocale(request)
	const code = String(form.get('code') ?? '')
	if (!CODE.test(code)) throw new Response('Bad Request', { status: 400 })
	const submission = parseAdminSearchForm(form, categoryLabelForm, locale)
	if (submission.status !== 'success') return data<ActionData>({ code, result: submission.reply() }, { status: 400 })
	const done = updateCategoryLabels(getDb(), { kind: 'operator', label: 'admin', userId: caller.user.id }, code, submission.value)
	if (!done.ok) return data<ActionData>({ code, result: submission.reply({ formErrors: [translate(locale, 'adminSearch.categories.notFound', { code })] }) }, { status: 404 })
	const params = new URLSearchParams({ done: done.outcome, code, listings: String(done.reindexed.listings), lists: String(done.reindexed.demandLists) })
	return redirect(`/admin/categories?${params}#category-${code}`)
}

export default function Categories() {
	const d = useLoaderData<typeof loader>()
	const { t } = useTranslation()
	const locale = useLocale()
	return (
		<div className="space-y-6">
			<PageHeader title={t('adminSearch.categories.title')} subtitle={t('adminSearch.categories.intro')}>
				<AdminNav current="/admin/categories" />
			</PageHeader>
			{d.notice ? (
				<p className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
					{t(`adminSearch.categories.notice.${d.notice.kind}`, {
						code: d.notice.code,
						listings: formatNumber(d.notice.listings, locale),
						lists: formatNumber(d.notice.lists, locale),
					})}
				</p>
			) : null}
			<div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
				<table className="w-full text-left text-sm">
					<caption className="sr-only">{t('adminSearch.categories.title')}</caption>
					<thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
						<tr>
							<th scope="col" className="px-3 py-2 font-medium">
								{t('adminSearch.categories.code')}
							</th>
							<th scope="col" className="px-3 py-2 font-medium">
								{t('adminSearch.categories.nameZh')}
							</th>
							<th scope="col" className="px-3 py-2 font-medium">
								{t('adminSearch.categories.nameEn')}
							</th>
							<th scope="col" className="px-3 py-2 font-medium">
								{t('adminSearch.categories.usage')}
							</th>
							<th scope="col" className="px-3 py-2 font-medium">
								<span className="sr-only">{t('adminSearch.categories.edit')}</span>
							</th>
						</tr>
					</thead>
					<tbody className="divide-y divide-slate-100">
						{d.nodes.map((c) => (c.code === d.editCode ? <EditRow key={c.code} node={c} /> : <NodeRow key={c.code} node={c} />))}
					</tbody>
				</table>
			</div>
		</div>
	)
}

const indent = (level: number) => ({ paddingLeft: `${0.75 + (level - 1) * 1.5}rem` })

function NodeRow({ node }: { node: CategoryNode }) {
	const { t } = useTranslation()
	const locale = useLocale()
	const top = node.level === 1
	return (
		<tr id={`category-${node.code}`} className={`align-baseline ${top ? 'bg-slate-50/70' : ''}`}>
			<td className="whitespace-nowrap px-3 py-2 font-mono text-xs text-slate-600">{node.code}</td>
			<th scope="row" className={`py-2 pr-3 text-left ${top ? 'font-semibold text-ink-900' : node.level === 2 ? 'font-medium text-ink-900' : 'font-normal text-slate-800'}`} style={indent(node.level)}>
				{node.nameZh}
				{node.labelsEditedAt ? (
					<span className="ml-2 align-middle">
						<Badge tone="amber" title={t('adminSearch.categories.editedTitle', { date: formatDate(node.labelsEditedAt) })}>
							{t('adminSearch.categories.edited')}
						</Badge>
					</span>
				) : null}
			</th>
			<td className="px-3 py-2 text-slate-700">{node.nameEn}</td>
			<td className="whitespace-nowrap px-3 py-2 text-xs text-slate-600">
				{node.listings || node.demandItems
					? t('adminSearch.categories.usageValue', { listings: formatNumber(node.listings, locale), items: formatNumber(node.demandItems, locale) })
					: '—'}
			</td>
			<td className="whitespace-nowrap px-3 py-2 text-right">
				<Link to={`/admin/categories?edit=${node.code}#category-${node.code}`} className={textLinkClass} aria-label={t('adminSearch.categories.editLabel', { code: node.code })}>
					{t('adminSearch.categories.edit')}
				</Link>
			</td>
		</tr>
	)
}

function EditRow({ node }: { node: CategoryNode }) {
	const { t } = useTranslation()
	const locale = useLocale()
	const actionData = useActionData<typeof action>() as ActionData | undefined
	const [form, fields] = useForm({
		id: `category-${node.code}-edit`,
		lastResult: actionData?.code === node.code ? actionData.result : undefined,
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseAdminSearchForm(formData, categoryLabelForm, locale),
		defaultValue: { nameZh: node.nameZh, nameEn: node.nameEn },
	})
	return (
		<tr id={`category-${node.code}`} className="bg-brand-50/40 align-top">
			<td className="whitespace-nowrap px-3 py-3 font-mono text-xs text-slate-600">{node.code}</td>
			<td colSpan={4} className="px-3 py-3">
				<Form method="post" {...getFormProps(form)} aria-label={t('adminSearch.categories.editLabel', { code: node.code })} className="grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] md:items-start">
					<CsrfInput />
					<input type="hidden" name="code" value={node.code} />
					<div className="md:col-span-3">
						<FormErrors errors={form.errors} />
					</div>
					<Field
						label={t('adminSearch.categories.nameZh')}
						inputProps={{ ...getInputProps(fields.nameZh, { type: 'text' }), maxLength: 120, autoFocus: true }}
						errors={fields.nameZh.errors}
					/>
					<Field label={t('adminSearch.categories.nameEn')} inputProps={{ ...getInputProps(fields.nameEn, { type: 'text' }), maxLength: 120 }} errors={fields.nameEn.errors} />
					<div className="flex items-center gap-3 md:pt-6">
						<SubmitButton pendingText={t('adminSearch.categories.saving')}>{t('adminSearch.categories.save')}</SubmitButton>
						<Link to={`/admin/categories#category-${node.code}`} className="text-sm">
							{t('adminSearch.categories.cancel')}
						</Link>
					</div>
				</Form>
			</td>
		</tr>
	)
}

export const meta: MetaFunction = ({ matches }) => [
	...pageMeta(matches, (l) => translate(l, 'adminSearch.categories.title')),
	{ name: 'robots', content: 'noindex' },
]

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
