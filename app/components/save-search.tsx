// "Save this search" on the search page: a small form (inside a disclosure) that posts the current search to /my/alerts.
import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { Form, Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CsrfInput, Field, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import type { Locale } from '#app/i18n/translate.ts'
import { saveSearchForm } from '#app/modules/alerts/schema.ts'
import { defaultName, MAX_NAME_CHARS } from '#app/modules/alerts/search-query.ts'
import { parseForm } from '#app/utils/forms.ts'

export function SaveSearch({ query, locale }: { query: string; locale: Locale }) {
	const { t } = useTranslation()
	const [form, fields] = useForm({
		id: `save-search-${query}`,
		defaultValue: { intent: 'create', name: defaultName(query, locale), query },
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseForm(formData, saveSearchForm, locale),
	})
	return (
		<details className="group rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="save-search">
			<summary className="flex cursor-pointer list-none items-center gap-2 px-4 py-2.5 text-sm font-semibold text-brand-800 [&::-webkit-details-marker]:hidden">
				<svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
					<path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
					<path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
				</svg>
				{t('alerts.save.title')}
				<span aria-hidden="true" className="ml-auto text-slate-500 transition group-open:rotate-180">
					▾
				</span>
			</summary>
			<Form method="post" action="/my/alerts" {...getFormProps(form)} className="space-y-3 border-t border-slate-100 px-4 py-3">
				<CsrfInput />
				<input type="hidden" name="intent" value="create" />
				<input type="hidden" name="query" value={query} />
				<FormErrors errors={form.errors} />
				<Field label={t('alerts.save.name')} help={t('alerts.save.help')} inputProps={{ ...getInputProps(fields.name, { type: 'text' }), maxLength: MAX_NAME_CHARS }} errors={fields.name.errors} />
				<div className="flex flex-wrap items-center justify-between gap-2">
					<SubmitButton pendingText={t('alerts.save.pending')}>{t('alerts.save.submit')}</SubmitButton>
					<Link to="/my/alerts" className="text-sm">
						{t('alerts.save.manage')}
					</Link>
				</div>
			</Form>
		</details>
	)
}
