// A signed-in user registers an organization; it starts unverified, with the user as its owner.
import { getFormProps, useForm } from '@conform-to/react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CsrfInput, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import { OrganizationFields } from '#app/components/org-form.tsx'
import { Card, PageHeader } from '#app/components/ui.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { requireUser, setActiveOrg } from '#app/modules/accounts/session.server.ts'
import { organizationForm } from '#app/modules/organizations/forms.ts'
import { createOrganization } from '#app/modules/organizations/members.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { parseForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUser(request)
	return null
}

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const user = await requireUser(request)
	const locale = await getLocale(request)
	const submission = parseForm(form, organizationForm, locale)
	if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
	const db = getDb()
	const created = createOrganization(db, user, submission.value, locale)
	if (!created.ok) return data(submission.reply({ fieldErrors: created.fieldErrors }), { status: 400 })
	// The new organization becomes the one the user acts for.
	setActiveOrg(db, user, created.id)
	return redirect('/my')
}

export default function NewOrganization() {
	const { t } = useTranslation()
	const locale = useLocale()
	const lastResult = useActionData<typeof action>()
	const [form, fields] = useForm({
		id: 'new-org',
		lastResult,
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseForm(formData, organizationForm, locale),
	})
	return (
		<div className="mx-auto max-w-3xl">
			<PageHeader title={t('orgs.newTitle')} subtitle={t('orgs.newIntro')} />
			<Card>
				<Form method="post" {...getFormProps(form)} className="space-y-6">
					<CsrfInput />
					<FormErrors errors={form.errors} />
					<OrganizationFields fields={fields} />
					<p className="text-sm text-slate-600">{t('orgs.reviewNotice')}</p>
					<div className="flex flex-wrap items-center gap-4">
						<SubmitButton pendingText={t('orgs.saving')}>{t('orgs.create')}</SubmitButton>
						<Link to="/my" className="text-sm">
							{t('orgs.cancel')}
						</Link>
					</div>
				</Form>
			</Card>
		</div>
	)
}

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (l) => translate(l, 'orgs.newTitle'))

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
