import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthCard } from '#app/components/auth-card.tsx'
import { CsrfInput, Field, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate, type Locale } from '#app/i18n/translate.ts'
import { authenticate } from '#app/modules/accounts/accounts.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { clientAddress, hit, LIMITS, reset } from '#app/http/rate-limit.server.ts'
import { loginForm } from '#app/modules/accounts/schema.ts'
import { requireAnonymous, startSession } from '#app/modules/accounts/session.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { parseForm } from '#app/utils/forms.ts'
import { safeRedirect } from '#app/utils/safe-redirect.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'
import { errorMeta } from '#app/utils/meta.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	await requireAnonymous(request)
	return null
}

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const locale = await getLocale(request)
	const submission = parseForm(form, loginForm, locale)
	if (submission.status !== 'success') return data(submission.reply({ hideFields: ['password'] }), { status: 400 })
	const key = `login:${clientAddress(request)}:${submission.value.email}`
	const wait = hit(key, LIMITS.login)
	if (wait !== null) return data(submission.reply({ formErrors: [translate(locale, 'accounts.tooMany', { seconds: wait })], hideFields: ['password'] }), { status: 429 })
	const user = await authenticate(getDb(), submission.value.email, submission.value.password)
	if (!user) return data(submission.reply({ formErrors: [translate(locale, 'accounts.badCredentials')], hideFields: ['password'] }), { status: 400 })
	reset(key)
	return redirect(safeRedirect(submission.value.redirectTo), { headers: { 'Set-Cookie': await startSession(request, user.id) } })
}

export default function Login() {
	const { t } = useTranslation()
	const locale: Locale = useLocale()
	const lastResult = useActionData<typeof action>()
	const [params] = useSearchParams()
	const [form, fields] = useForm({
		id: 'login',
		lastResult,
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseForm(formData, loginForm, locale),
		defaultValue: { redirectTo: params.get('redirectTo') ?? '' },
	})
	return (
		<AuthCard
			title={t('accounts.loginTitle')}
			intro={t('accounts.loginIntro')}
			footer={
				<>
					{t('accounts.noAccount')} <Link to={`/signup${params.toString() ? `?${params}` : ''}`}>{t('accounts.signup')}</Link>
				</>
			}
		>
			<Form method="post" {...getFormProps(form)} className="space-y-4">
				<CsrfInput />
				<input {...getInputProps(fields.redirectTo, { type: 'hidden' })} />
				<FormErrors errors={form.errors} />
				<Field label={t('accounts.email')} inputProps={{ ...getInputProps(fields.email, { type: 'email' }), autoComplete: 'email', autoFocus: true }} errors={fields.email.errors} />
				<Field label={t('accounts.password')} inputProps={{ ...getInputProps(fields.password, { type: 'password' }), autoComplete: 'current-password' }} errors={fields.password.errors} />
				<div className="flex items-center justify-between">
					<SubmitButton pendingText={t('accounts.sending')}>{t('accounts.login')}</SubmitButton>
					<Link to="/forgot-password" className="text-sm">
						{t('accounts.forgot')}
					</Link>
				</div>
			</Form>
		</AuthCard>
	)
}

export const meta: MetaFunction = ({ error, matches }) => (error ? errorMeta(matches, error) : [{ title: '登录 · 应急装备供需对接平台' }])

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
