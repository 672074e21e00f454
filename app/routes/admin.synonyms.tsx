// The search synonym dictionary for platform admins: every entry with its synonyms as chips, a filter, and forms to
// add, edit (?edit=<id>) and delete entries. Changes reach the embedded engine at once and an external one via the outbox.
import { getFormProps, getInputProps, getTextareaProps, useForm, type SubmissionResult } from '@conform-to/react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AdminNav } from '#app/components/admin-nav.tsx'
import { textLinkClass } from '#app/components/fact-grid.tsx'
import { CsrfInput, Field, FormErrors, inputClass, SubmitButton } from '#app/components/forms.tsx'
import { Card, EmptyState, PageHeader, SectionTitle } from '#app/components/ui.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { parseAdminSearchForm, synonymForm } from '#app/modules/catalog/synonym-schema.ts'
import { createSynonym, deleteSynonym, listSynonyms, updateSynonym, type SynonymEntry } from '#app/modules/discovery/synonyms.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatNumber } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

const NOTICES = ['created', 'updated', 'deleted'] as const
type Notice = (typeof NOTICES)[number]

/** Entries per page: the dictionary ships with some 700, and one page of all of them is slow to use and to print. */
const PAGE_SIZE = 100

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'manage:search:any')
	const params = new URL(request.url).searchParams
	const q = (params.get('q') ?? '').trim().slice(0, 100)
	const { rows: all, total } = listSynonyms(getDb(), { q })
	const edit = Number(params.get('edit'))
	const done = NOTICES.find((n) => n === params.get('done'))
	const term = (params.get('term') ?? '').slice(0, 100)
	// One page of PAGE_SIZE entries: the one holding the entry being edited or just saved, else the one asked for.
	const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE))
	const held = all.findIndex((r) => (Number.isInteger(edit) && r.id === edit) || (done && done !== 'deleted' && r.term === term))
	const asked = Math.trunc(Number(params.get('page')))
	const page = held >= 0 ? Math.floor(held / PAGE_SIZE) + 1 : Number.isFinite(asked) && asked >= 1 ? Math.min(asked, pages) : 1
	const rows = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
	return {
		q,
		rows,
		matched: all.length,
		total,
		page,
		pages,
		editId: Number.isInteger(edit) && rows.some((r) => r.id === edit) ? edit : null,
		notice: done ? { kind: done as Notice, term } : null,
	}
}

type ActionData = { intent: 'create' | 'update' | 'delete'; id: number | null; result?: SubmissionResult<string[]>; error?: string }

const back = (notice: Notice, term: string) => `/admin/synonyms?${new URLSearchParams({ done: notice, term })}`

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const caller = await requirePermission(request, 'manage:search:any')
	const locale = await getLocale(request)
	const db = getDb()
	const actor = { kind: 'operator' as const, label: 'admin', userId: caller.user.id }
	const intent = form.get('intent')
	const rawId = Number(form.get('id'))
	const id = Number.isInteger(rawId) && rawId > 0 ? rawId : null
	if (intent === 'delete') {
		if (id === null) throw new Response('Bad Request', { status: 400 })
		const done = deleteSynonym(db, actor, id)
		if (!done.ok) return data<ActionData>({ intent, id, error: translate(locale, 'adminSearch.synonyms.notFound') }, { status: 404 })
		return redirect(back('deleted', String(form.get('term') ?? '')))
	}
	if (intent !== 'create' && intent !== 'update') throw new Response('Bad Request', { status: 400 })
	if (intent === 'update' && id === null) throw new Response('Bad Request', { status: 400 })
	const submission = parseAdminSearchForm(form, synonymForm, locale)
	if (submission.status !== 'success') return data<ActionData>({ intent, id, result: submission.reply() }, { status: 400 })
	const input = submission.value
	const done = intent === 'create' ? createSynonym(db, actor, input) : updateSynonym(db, actor, id!, input)
	if (!done.ok) {
		if (done.reason === 'notFound') return data<ActionData>({ intent, id, result: submission.reply({ formErrors: [translate(locale, 'adminSearch.synonyms.notFound')] }) }, { status: 404 })
		const message = translate(locale, 'adminSearch.synonyms.conflict', { existing: done.existing.term })
		return data<ActionData>({ intent, id, result: submission.reply({ fieldErrors: { term: [message] } }) }, { status: 409 })
	}
	return redirect(back(intent === 'create' ? 'created' : 'updated', input.term))
}

export default function Synonyms() {
	const d = useLoaderData<typeof loader>()
	const { t } = useTranslation()
	const locale = useLocale()
	const location = useLocation()
	return (
		<div className="space-y-6">
			<PageHeader title={t('adminSearch.synonyms.title')} subtitle={t('adminSearch.synonyms.intro')}>
				<AdminNav current="/admin/synonyms" />
			</PageHeader>
			{d.notice ? (
				<p className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
					{t(`adminSearch.synonyms.notice.${d.notice.kind}`, { term: d.notice.term })}
				</p>
			) : null}
			{/* A fresh add form after every navigation (a saved entry must not stay in the fields). */}
			<AddForm key={location.key} />
			<Form method="get" className="flex flex-wrap items-end gap-3" role="search">
				<div>
					<label htmlFor="synonym-q" className="mb-1 block text-sm font-medium text-slate-700">
						{t('adminSearch.synonyms.filter')}
					</label>
					<input id="synonym-q" name="q" type="search" defaultValue={d.q} placeholder={t('adminSearch.synonyms.filterPlaceholder')} className={inputClass} />
				</div>
				<button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50">
					{t('adminSearch.synonyms.apply')}
				</button>
				{d.q ? (
					<Link to="/admin/synonyms" className="py-2 text-sm">
						{t('adminSearch.synonyms.reset')}
					</Link>
				) : null}
			</Form>
			<p className="text-sm text-slate-600">
				{d.q
					? t('adminSearch.synonyms.countFiltered', { total: formatNumber(d.total, locale), shown: formatNumber(d.matched, locale) })
					: t('adminSearch.synonyms.count', { total: formatNumber(d.total, locale) })}
			</p>
			{d.rows.length ? (
				<div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
					<table className="w-full text-left text-sm">
						<caption className="sr-only">{t('adminSearch.synonyms.title')}</caption>
						<thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
							<tr>
								<th scope="col" className="px-3 py-2 font-medium md:w-64">
									{t('adminSearch.synonyms.term')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('adminSearch.synonyms.words')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium md:w-40">
									{t('adminSearch.synonyms.actions')}
								</th>
							</tr>
						</thead>
						<tbody className="divide-y divide-slate-100">
							{d.rows.map((row) => (row.id === d.editId ? <EditRow key={row.id} row={row} q={d.q} /> : <EntryRow key={row.id} row={row} q={d.q} />))}
						</tbody>
					</table>
				</div>
			) : (
				<EmptyState>{d.q ? t('adminSearch.synonyms.emptyFiltered', { q: d.q }) : t('adminSearch.synonyms.empty')}</EmptyState>
			)}
			{d.pages > 1 ? (
				<nav aria-label={t('adminSearch.synonyms.pages')} className="flex items-center gap-4 text-sm print:hidden">
					{d.page > 1 ? <Link to={`/admin/synonyms?${new URLSearchParams({ ...(d.q ? { q: d.q } : {}), page: String(d.page - 1) })}`}>{t('adminSearch.synonyms.previous')}</Link> : null}
					<span className="text-slate-600">{t('adminSearch.synonyms.pageOf', { page: formatNumber(d.page, locale), pages: formatNumber(d.pages, locale) })}</span>
					{d.page < d.pages ? <Link to={`/admin/synonyms?${new URLSearchParams({ ...(d.q ? { q: d.q } : {}), page: String(d.page + 1) })}`}>{t('adminSearch.synonyms.next')}</Link> : null}
				</nav>
			) : null}
		</div>
	)
}

function useSynonymForm(id: string, intent: ActionData['intent'], rowId: number | null, defaultValue?: { term: string; expansions: string; related: string }) {
	const locale = useLocale()
	const actionData = useActionData<typeof action>() as ActionData | undefined
	const mine = actionData && actionData.intent === intent && actionData.id === rowId ? actionData : undefined
	return [
		...useForm({
			id,
			lastResult: mine?.result,
			shouldValidate: 'onBlur',
			shouldRevalidate: 'onInput',
			onValidate: ({ formData }) => parseAdminSearchForm(formData, synonymForm, locale),
			defaultValue,
		}),
		mine?.error,
	] as const
}

function AddForm() {
	const { t } = useTranslation()
	const [form, fields] = useSynonymForm('synonym-new', 'create', null)
	return (
		<Card>
			<SectionTitle id="synonym-new-title">{t('adminSearch.synonyms.addTitle')}</SectionTitle>
			<Form method="post" {...getFormProps(form)} aria-labelledby="synonym-new-title" className="grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_minmax(0,2fr)_auto] md:items-start">
				<CsrfInput />
				<div className="md:col-span-4">
					<FormErrors errors={form.errors} />
				</div>
				<Field
					label={t('adminSearch.synonyms.term')}
					help={t('adminSearch.synonyms.termHelp')}
					inputProps={{ ...getInputProps(fields.term, { type: 'text' }), maxLength: 80, autoComplete: 'off' }}
					errors={fields.term.errors}
				/>
				<WordFields fields={fields} />
				<div className="md:pt-6">
					<SubmitButton name="intent" value="create" pendingText={t('adminSearch.synonyms.adding')}>
						{t('adminSearch.synonyms.add')}
					</SubmitButton>
				</div>
			</Form>
		</Card>
	)
}

/** The two word lists of an entry: the same thing (同义词) and related words a search also finds (相关词). */
function WordFields({ fields }: { fields: ReturnType<typeof useSynonymForm>[1] }) {
	const { t } = useTranslation()
	return (
		<>
			{(['expansions', 'related'] as const).map((name) => (
				<Field
					key={name}
					as="textarea"
					label={t(`adminSearch.synonyms.${name}`)}
					help={t(`adminSearch.synonyms.${name}Help`)}
					inputProps={{ ...getTextareaProps(fields[name]) }}
					errors={fields[name].errors}
				/>
			))}
		</>
	)
}

function Chips({ items, muted = false }: { items: string[]; muted?: boolean }) {
	const tone = muted ? 'bg-slate-50 text-slate-700 ring-slate-200' : 'bg-brand-50 text-brand-700 ring-brand-100'
	return (
		<ul className="flex flex-wrap gap-1.5">
			{items.map((x) => (
				<li key={x} className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${tone}`}>
					{x}
				</li>
			))}
		</ul>
	)
}

function EntryRow({ row, q }: { row: SynonymEntry; q: string }) {
	const { t } = useTranslation()
	const actionData = useActionData<typeof action>() as ActionData | undefined
	const error = actionData?.intent === 'delete' && actionData.id === row.id ? actionData.error : undefined
	const editHref = `/admin/synonyms?${new URLSearchParams({ ...(q ? { q } : {}), edit: String(row.id) })}#synonym-${row.id}`
	return (
		<tr id={`synonym-${row.id}`} className="align-top">
			<th scope="row" className="px-3 py-2 font-semibold text-ink-900">
				{row.term}
				<Link to={`/search?${new URLSearchParams({ q: row.term })}`} className={`ml-2 whitespace-nowrap text-xs font-normal ${textLinkClass}`}>
					{t('adminSearch.synonyms.tryIt')}
				</Link>
				{row.source !== 'admin' ? (
					<span className="ml-2 whitespace-nowrap rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-600" title={t('adminSearch.synonyms.sourceHelp')}>
						{t(`adminSearch.synonyms.source.${row.source}`)}
					</span>
				) : null}
			</th>
			<td className="px-3 py-2">
				<Chips items={row.expansions} />
				{row.related.length ? (
					<p className="mt-1.5 flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
						<span>{t('adminSearch.synonyms.relatedShort')}</span>
						<Chips items={row.related} muted />
					</p>
				) : null}
			</td>
			<td className="px-3 py-2">
				<div className="flex flex-wrap items-center gap-3">
					<Link to={editHref} className={textLinkClass} aria-label={t('adminSearch.synonyms.editLabel', { term: row.term })}>
						{t('adminSearch.synonyms.edit')}
					</Link>
					<Form method="post">
						<CsrfInput />
						<input type="hidden" name="id" value={row.id} />
						<input type="hidden" name="term" value={row.term} />
						<button
							type="submit"
							name="intent"
							value="delete"
							className="text-sm text-red-700 underline decoration-red-200 underline-offset-2 hover:text-red-800"
							aria-label={t('adminSearch.synonyms.deleteLabel', { term: row.term })}
						>
							{t('adminSearch.synonyms.delete')}
						</button>
					</Form>
				</div>
				{error ? <FormErrors errors={[error]} /> : null}
			</td>
		</tr>
	)
}

function EditRow({ row, q }: { row: SynonymEntry; q: string }) {
	const { t } = useTranslation()
	const [form, fields] = useSynonymForm(`synonym-${row.id}-edit`, 'update', row.id, { term: row.term, expansions: row.expansions.join('\n'), related: row.related.join('\n') })
	const cancel = q ? `/admin/synonyms?${new URLSearchParams({ q })}` : '/admin/synonyms'
	return (
		<tr id={`synonym-${row.id}`} className="bg-brand-50/40 align-top">
			<td colSpan={3} className="px-3 py-3">
				<Form method="post" {...getFormProps(form)} aria-label={t('adminSearch.synonyms.editing', { term: row.term })} className="grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_minmax(0,2fr)_auto] md:items-start">
					<CsrfInput />
					<input type="hidden" name="id" value={row.id} />
					<div className="md:col-span-4">
						<FormErrors errors={form.errors} />
					</div>
					<Field
						label={t('adminSearch.synonyms.term')}
						inputProps={{ ...getInputProps(fields.term, { type: 'text' }), maxLength: 80, autoComplete: 'off', autoFocus: true }}
						errors={fields.term.errors}
					/>
					<WordFields fields={fields} />
					<div className="flex items-center gap-3 md:pt-6">
						<SubmitButton name="intent" value="update" pendingText={t('adminSearch.synonyms.saving')}>
							{t('adminSearch.synonyms.save')}
						</SubmitButton>
						<Link to={cancel} className="text-sm">
							{t('adminSearch.synonyms.cancel')}
						</Link>
					</div>
				</Form>
			</td>
		</tr>
	)
}

export const meta: MetaFunction = ({ matches }) => [
	...pageMeta(matches, (l) => translate(l, 'adminSearch.synonyms.title')),
	{ name: 'robots', content: 'noindex' },
]

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
