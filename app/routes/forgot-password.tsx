import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { data, type ActionFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthCard } from '#app/components/auth-card.tsx'
import { CsrfInput, Field, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { requestPasswordReset } from '#app/modules/accounts/accounts.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { clientAddress, hit, LIMITS } from '#app/http/rate-limit.server.ts'
import { forgotForm } from '#app/modules/accounts/schema.ts'
import { getDb } from '#app/utils/db.server.ts'
import { parseForm } from '#app/utils/forms.ts'
import { useLocale, useRootData } from '#app/utils/root-data.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'
import { errorMeta } from '#app/utils/meta.ts'

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const locale = await getLocale(request)
	const submission = parseForm(form, forgotForm, locale)
	if (submission.status !== 'success') return data({ result: submission.reply(), sent: false }, { status: 400 })
	const wait = hit(`reset:${clientAddress(request)}`, LIMITS.reset)
	if (wait !== null) return data({ result: submission.reply({ formErrors: [translate(locale, 'accounts.tooMany', { seconds: wait })] }), sent: false }, { status: 429 })
	requestPasswordReset(getDb(), submission.value.email, locale)
	return { result: submission.reply({ resetForm: true }), sent: true }
}

export default function ForgotPassword() {
	const { t } = useTranslation()
	const locale = useLocale()
	const mailbox = useRootData()?.mailbox
	const actionData = useActionData<typeof action>()
	const [form, fields] = useForm({
		id: 'forgot',
		lastResult: actionData?.result,
		onValidate: ({ formData }) => parseForm(formData, forgotForm, locale),
	})
	return (
		<AuthCard title={t('accounts.forgotTitle')} intro={t('accounts.forgotIntro')} footer={<Link to="/login">{t('accounts.login')}</Link>}>
			{actionData?.sent ? (
				<p className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
					{t('accounts.forgotSent')}
					{mailbox ? (
						<>
							{' '}
							<Link to="/mailbox">{t('accounts.mailboxTitle')}</Link>
						</>
					) : null}
				</p>
			) : null}
			<Form method="post" {...getFormProps(form)} className="mt-4 space-y-4">
				<CsrfInput />
				<FormErrors errors={form.errors} />
				<Field label={t('accounts.email')} inputProps={{ ...getInputProps(fields.email, { type: 'email' }), autoComplete: 'email' }} errors={fields.email.errors} />
				<SubmitButton pendingText={t('accounts.sending')}>{t('accounts.sendLink')}</SubmitButton>
			</Form>
		</AuthCard>
	)
}

export const meta: MetaFunction = ({ error, matches }) => (error ? errorMeta(matches, error) : [{ title: '找回密码 · 应急装备供需对接平台' }])

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
