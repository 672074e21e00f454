// /my/alerts: the signed-in user's saved searches (conditions as chips, how often each is checked, open, delete) and
// how notifications are mailed (instantly, a daily digest, or not). The search page's "save this search" form posts
// here. Every read and write has the user in its `where`.
import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from '@conform-to/react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CsrfInput, Field, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import { Card, EmptyState, PageHeader, SectionTitle } from '#app/components/ui.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate, type Locale } from '#app/i18n/translate.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { requireUser } from '#app/modules/accounts/session.server.ts'
import {
	createSavedSearch,
	deleteSavedSearch,
	emailFrequencyOf,
	MAX_SAVED_SEARCHES,
	savedSearchesOf,
	setEmailFrequency,
	setSavedSearchFrequency,
} from '#app/modules/alerts/saved-searches.server.ts'
import { deleteForm, emailForm, FREQUENCIES, frequencyForm, saveSearchForm } from '#app/modules/alerts/schema.ts'
import { chipsOf, defaultName, MAX_NAME_CHARS, normalizeQuery, savedSearchLink, type Chip } from '#app/modules/alerts/search-query.ts'
import { getDb } from '#app/utils/db.server.ts'
import { parseForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { getSearchEngine } from '#app/utils/search-engine.server.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	const locale = await getLocale(request)
	const db = getDb()
	const searches = savedSearchesOf(db, user.id).map((s) => ({
		id: s.id,
		name: s.name,
		frequency: s.frequency,
		lastRunAt: s.lastRunAt,
		link: savedSearchLink(s.query),
		chips: chipsOf(s.query, locale),
	}))
	const created = Number(new URL(request.url).searchParams.get('created'))
	return {
		email: user.email,
		emailFrequency: emailFrequencyOf(db, user.id),
		searches,
		created: searches.find((s) => s.id === created)?.name ?? null,
	}
}

type Flash = { ok: boolean; message: string }

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const user = await requireUser(request)
	const locale = await getLocale(request)
	const db = getDb()
	const t = (key: string, vars: Record<string, unknown> = {}) => translate(locale, `alerts.${key}`, vars)
	const flash = (ok: boolean, message: string, status = 200) => data({ intent: 'flash' as const, flash: { ok, message } satisfies Flash, result: undefined }, { status })

	switch (form.get('intent')) {
		case 'create': {
			const submission = parseForm(form, saveSearchForm, locale)
			if (submission.status !== 'success') return data({ intent: 'create' as const, flash: undefined, result: submission.reply() }, { status: 400 })
			const query = normalizeQuery(submission.value.query)
			const name = submission.value.name || defaultName(query, locale)
			const created = await createSavedSearch(db, getSearchEngine(db), user.id, { name, query, frequency: submission.value.frequency })
			if (!created.ok) {
				const message = created.reason === 'limit' ? t('saved.limit', { max: MAX_SAVED_SEARCHES }) : t('saved.duplicate')
				return data({ intent: 'create' as const, flash: undefined, result: submission.reply({ formErrors: [message] }) }, { status: 409 })
			}
			throw redirect(`/my/alerts?created=${created.id}`)
		}
		case 'frequency': {
			const submission = parseForm(form, frequencyForm, locale)
			if (submission.status !== 'success') return flash(false, t('saved.notFound'), 400)
			const name = savedSearchesOf(db, user.id).find((s) => s.id === submission.value.id)?.name
			if (!name || !setSavedSearchFrequency(db, user.id, submission.value.id, submission.value.frequency)) return flash(false, t('saved.notFound'), 404)
			return flash(true, t('saved.updated', { name }))
		}
		case 'delete': {
			const submission = parseForm(form, deleteForm, locale)
			if (submission.status !== 'success') return flash(false, t('saved.notFound'), 400)
			const name = deleteSavedSearch(db, user.id, submission.value.id)
			if (name === null) return flash(false, t('saved.notFound'), 404)
			return flash(true, t('saved.deleted', { name }))
		}
		case 'email': {
			const submission = parseForm(form, emailForm, locale)
			if (submission.status !== 'success') return data({ intent: 'email' as const, flash: undefined, result: submission.reply() }, { status: 400 })
			setEmailFrequency(db, user.id, submission.value.email)
			return data({ intent: 'email' as const, flash: { ok: true, message: t('email.saved') } satisfies Flash, result: submission.reply() })
		}
		default:
			return flash(false, t('saved.notFound'), 400)
	}
}

/** Stored times are UTC; the platform's users live on China time (UTC+8). */
function chinaTime(iso: string): string {
	return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}

function ChipText({ chip }: { chip: Chip }) {
	const { t } = useTranslation()
	switch (chip.kind) {
		case 'index':
			return <>{t(`alerts.saved.chip.index.${chip.value as 'listings' | 'demands'}`)}</>
		case 'q':
			return <>{t('alerts.saved.chip.q', { value: chip.value })}</>
		case 'sort':
			return <>{t('alerts.saved.chip.sort', { value: t(`search.sort.${chip.value as 'relevance' | 'newest' | 'price_asc' | 'price_desc'}`) })}</>
		default:
			return <>{t('alerts.saved.chip.facet', { facet: t(`search.facet.${chip.kind}`), value: chip.value })}</>
	}
}

export default function Alerts() {
	const d = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useTranslation()
	const locale = useLocale()
	const flash = actionData?.flash
	const createFailed = actionData?.intent === 'create' ? actionData.result : undefined

	return (
		<div className="space-y-6">
			<PageHeader title={t('alerts.page.title')} subtitle={t('alerts.page.intro')}>
				<Link to="/my/notifications" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 no-underline shadow-sm hover:bg-slate-50">
					{t('alerts.page.back')}
				</Link>
			</PageHeader>
			{d.created && !actionData ? (
				<p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
					{t('alerts.saved.created', { name: d.created })}
				</p>
			) : null}
			{flash?.ok ? (
				<p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
					{flash.message}
				</p>
			) : null}
			{flash && !flash.ok ? <FormErrors errors={[flash.message]} /> : null}

			{createFailed ? <CreateForm lastResult={createFailed} locale={locale} /> : null}

			<Card>
				<SectionTitle id="saved-searches">{t('alerts.saved.title')}</SectionTitle>
				{d.searches.length === 0 ? (
					<EmptyState>
						{t('alerts.saved.empty')}{' '}
						<Link to="/search">{t('alerts.saved.goSearch')}</Link>
					</EmptyState>
				) : (
					<ul aria-labelledby="saved-searches" className="divide-y divide-slate-100">
						{d.searches.map((s) => (
							<li key={s.id} data-testid="saved-search" className="flex flex-wrap items-start justify-between gap-4 py-4 first:pt-0 last:pb-0">
								<div className="min-w-0 flex-1">
									<h3 className="font-semibold text-ink-900">{s.name}</h3>
									<ul aria-label={t('alerts.saved.conditions')} className="mt-1.5 flex flex-wrap gap-1.5">
										{s.chips.map((c, i) => (
											<li key={i} className="rounded-full border border-brand-100 bg-brand-50 px-2.5 py-0.5 text-xs text-brand-800">
												<ChipText chip={c} />
											</li>
										))}
									</ul>
									{s.lastRunAt ? <p className="mt-1.5 text-xs text-slate-500">{t('alerts.saved.lastRun', { date: chinaTime(s.lastRunAt) })}</p> : null}
								</div>
								<div className="flex flex-wrap items-center gap-2">
									<Form method="post" className="flex items-center gap-2">
										<CsrfInput />
										<input type="hidden" name="intent" value="frequency" />
										<input type="hidden" name="id" value={s.id} />
										<label htmlFor={`freq-${s.id}`} className="sr-only">
											{t('alerts.saved.frequencyLabel', { name: s.name })}
										</label>
										<select
											id={`freq-${s.id}`}
											name="frequency"
											defaultValue={s.frequency}
											className="rounded-md border border-slate-300 bg-white py-1.5 pl-2 pr-7 text-sm text-slate-900 shadow-sm focus:border-brand-500"
										>
											{FREQUENCIES.map((f) => (
												<option key={f} value={f}>
													{t(`alerts.saved.freq.${f}`)}
												</option>
											))}
										</select>
										<button
											type="submit"
											aria-label={t('alerts.saved.applyLabel', { name: s.name })}
											className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50"
										>
											{t('alerts.saved.apply')}
										</button>
									</Form>
									<Link to={s.link} className="rounded-md px-3 py-1.5 text-sm font-medium">
										{t('alerts.saved.open')}
									</Link>
									<Form method="post">
										<CsrfInput />
										<input type="hidden" name="intent" value="delete" />
										<input type="hidden" name="id" value={s.id} />
										<button
											type="submit"
											aria-label={t('alerts.saved.deleteLabel', { name: s.name })}
											className="rounded-md border border-red-300 px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50"
										>
											{t('alerts.saved.delete')}
										</button>
									</Form>
								</div>
							</li>
						))}
					</ul>
				)}
			</Card>

			<EmailSetting email={d.email} current={d.emailFrequency} lastResult={actionData?.intent === 'email' ? actionData.result : undefined} locale={locale} />
		</div>
	)
}

function EmailSetting({ email, current, lastResult, locale }: { email: string; current: string; lastResult: SubmissionResult<string[]> | undefined; locale: Locale }) {
	const { t } = useTranslation()
	const [form, fields] = useForm({
		id: 'email-setting',
		lastResult,
		defaultValue: { intent: 'email', email: current },
		onValidate: ({ formData }) => parseForm(formData, emailForm, locale),
	})
	return (
		<Card>
			<SectionTitle>{t('alerts.email.title')}</SectionTitle>
			<p className="mb-3 text-sm text-slate-600">{t('alerts.email.help', { email })}</p>
			<Form method="post" {...getFormProps(form)} className="space-y-4">
				<CsrfInput />
				<input type="hidden" name="intent" value="email" />
				<FormErrors errors={form.errors} />
				<fieldset>
					<legend className="mb-2 text-sm font-medium text-slate-700">{t('alerts.email.legend')}</legend>
					<div className="space-y-2">
						{FREQUENCIES.map((f) => (
							<label key={f} className="flex items-start gap-2 text-sm text-slate-800">
								<input type="radio" name={fields.email.name} value={f} defaultChecked={current === f} className="mt-0.5 size-4 accent-brand-700" />
								<span>{t(`alerts.email.option.${f}`)}</span>
							</label>
						))}
					</div>
				</fieldset>
				<SubmitButton>{t('alerts.email.save')}</SubmitButton>
			</Form>
		</Card>
	)
}

/** Shown when saving a search failed (the form on /search posts here): what was typed, with the errors. */
function CreateForm({ lastResult, locale }: { lastResult: SubmissionResult<string[]> | undefined; locale: Locale }) {
	const { t } = useTranslation()
	const [form, fields] = useForm({
		id: 'save-search',
		lastResult,
		defaultValue: { frequency: 'daily' },
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseForm(formData, saveSearchForm, locale),
	})
	return (
		<Card>
			<SectionTitle>{t('alerts.saved.createTitle')}</SectionTitle>
			<p className="mb-3 text-sm text-slate-600">{t('alerts.saved.createHelp')}</p>
			<Form method="post" action="/my/alerts" {...getFormProps(form)} className="grid items-start gap-4 sm:grid-cols-[minmax(0,24rem)_minmax(0,14rem)_auto]">
				<CsrfInput />
				<input type="hidden" name="intent" value="create" />
				<input {...getInputProps(fields.query, { type: 'hidden' })} />
				<div className="sm:col-span-3">
					<FormErrors errors={form.errors} />
				</div>
				<Field label={t('alerts.save.name')} inputProps={{ ...getInputProps(fields.name, { type: 'text' }), maxLength: MAX_NAME_CHARS }} errors={fields.name.errors} />
				<Field label={t('alerts.saved.frequency')} as="select" inputProps={getSelectProps(fields.frequency)} errors={fields.frequency.errors}>
					{FREQUENCIES.map((f) => (
						<option key={f} value={f}>
							{t(`alerts.saved.freq.${f}`)}
						</option>
					))}
				</Field>
				<div className="sm:pt-6">
					<SubmitButton pendingText={t('alerts.save.pending')}>{t('alerts.save.submit')}</SubmitButton>
				</div>
			</Form>
		</Card>
	)
}

export const meta: MetaFunction = ({ matches }) => [...pageMeta(matches, (l) => translate(l, 'alerts.page.title')), { name: 'robots', content: 'noindex' }]

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
