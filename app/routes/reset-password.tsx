import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthCard } from '#app/components/auth-card.tsx'
import { CsrfInput, Field, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { isResetTokenValid, resetPassword } from '#app/modules/accounts/accounts.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { resetForm } from '#app/modules/accounts/schema.ts'
import { startSession } from '#app/modules/accounts/session.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { parseForm } from '#app/utils/forms.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'
import { errorMeta } from '#app/utils/meta.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	const token = new URL(request.url).searchParams.get('token') ?? ''
	return { token, valid: token !== '' && isResetTokenValid(getDb(), token) }
}

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const locale = await getLocale(request)
	const submission = parseForm(form, resetForm, locale)
	const hide = { hideFields: ['password', 'confirmPassword'] }
	if (submission.status !== 'success') return data(submission.reply(hide), { status: 400 })
	const userId = await resetPassword(getDb(), submission.value.token, submission.value.password)
	if (userId === null) return data(submission.reply({ formErrors: [translate(locale, 'accounts.resetInvalid')], ...hide }), { status: 400 })
	return redirect('/my?reset=1', { headers: { 'Set-Cookie': await startSession(request, userId) } })
}

export default function ResetPassword() {
	const { t } = useTranslation()
	const locale = useLocale()
	const { token, valid } = useLoaderData<typeof loader>()
	const lastResult = useActionData<typeof action>()
	const [form, fields] = useForm({
		id: 'reset',
		lastResult,
		onValidate: ({ formData }) => parseForm(formData, resetForm, locale),
		defaultValue: { token },
	})
	if (!valid)
		return (
			<AuthCard title={t('accounts.resetTitle')}>
				<p className="text-slate-700">{t('accounts.resetInvalid')}</p>
				<Link to="/forgot-password" className="mt-4 inline-block">
					{t('accounts.forgotTitle')}
				</Link>
			</AuthCard>
		)
	return (
		<AuthCard title={t('accounts.resetTitle')}>
			<Form method="post" {...getFormProps(form)} className="space-y-4">
				<CsrfInput />
				<input {...getInputProps(fields.token, { type: 'hidden' })} />
				<FormErrors errors={form.errors} />
				<Field
					label={t('accounts.newPassword')}
					help={t('accounts.passwordHelp')}
					inputProps={{ ...getInputProps(fields.password, { type: 'password' }), autoComplete: 'new-password', autoFocus: true }}
					errors={fields.password.errors}
				/>
				<Field
					label={t('accounts.confirmPassword')}
					inputProps={{ ...getInputProps(fields.confirmPassword, { type: 'password' }), autoComplete: 'new-password' }}
					errors={fields.confirmPassword.errors}
				/>
				<SubmitButton pendingText={t('accounts.sending')}>{t('accounts.savePassword')}</SubmitButton>
			</Form>
		</AuthCard>
	)
}

export const meta: MetaFunction = ({ error, matches }) => [...(error ? errorMeta(matches, error) : [{ title: '设置新密码 · 应急装备供需对接平台' }]), { name: 'referrer', content: 'no-referrer' }]

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
