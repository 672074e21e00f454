import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthCard } from '#app/components/auth-card.tsx'
import { CsrfInput, Field, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { createUser } from '#app/modules/accounts/accounts.server.ts'
import { validateCsrf } from '#app/modules/accounts/csrf.server.ts'
import { clientAddress, hit, LIMITS } from '#app/modules/accounts/rate-limit.server.ts'
import { safeRedirect, signupForm } from '#app/modules/accounts/schema.ts'
import { requireAnonymous, startSession } from '#app/modules/accounts/session.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { parseForm } from '#app/utils/forms.ts'
import { useLocale } from '#app/utils/root-data.ts'

export const meta: MetaFunction = () => [{ title: '注册 · 应急装备供需对接平台' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireAnonymous(request)
	return null
}

export async function action({ request }: ActionFunctionArgs) {
	const form = await request.formData()
	await validateCsrf(request, form)
	const locale = await getLocale(request)
	const submission = parseForm(form, signupForm, locale)
	const hide = { hideFields: ['password', 'confirmPassword'] }
	if (submission.status !== 'success') return data(submission.reply(hide), { status: 400 })
	const wait = hit(`signup:${clientAddress(request)}`, LIMITS.signup)
	if (wait !== null) return data(submission.reply({ formErrors: [translate(locale, 'accounts.tooMany', { seconds: wait })], ...hide }), { status: 429 })
	const { name, email, password, redirectTo } = submission.value
	const created = await createUser(getDb(), { name, email, password, locale })
	if ('taken' in created) return data(submission.reply({ fieldErrors: { email: [translate(locale, 'accounts.emailTaken')] }, ...hide }), { status: 409 })
	return redirect(safeRedirect(redirectTo, '/my'), { headers: { 'Set-Cookie': await startSession(request, created.id) } })
}

export default function Signup() {
	const { t } = useTranslation()
	const locale = useLocale()
	const lastResult = useActionData<typeof action>()
	const [params] = useSearchParams()
	const [form, fields] = useForm({
		id: 'signup',
		lastResult,
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseForm(formData, signupForm, locale),
		defaultValue: { redirectTo: params.get('redirectTo') ?? '' },
	})
	return (
		<AuthCard
			title={t('accounts.signupTitle')}
			intro={t('accounts.signupIntro')}
			footer={
				<>
					{t('accounts.haveAccount')} <Link to={`/login${params.toString() ? `?${params}` : ''}`}>{t('accounts.login')}</Link>
				</>
			}
		>
			<Form method="post" {...getFormProps(form)} className="space-y-4">
				<CsrfInput />
				<input {...getInputProps(fields.redirectTo, { type: 'hidden' })} />
				<FormErrors errors={form.errors} />
				<Field label={t('accounts.name')} inputProps={{ ...getInputProps(fields.name, { type: 'text' }), autoComplete: 'name', autoFocus: true }} errors={fields.name.errors} />
				<Field label={t('accounts.email')} inputProps={{ ...getInputProps(fields.email, { type: 'email' }), autoComplete: 'email' }} errors={fields.email.errors} />
				<Field
					label={t('accounts.password')}
					help={t('accounts.passwordHelp')}
					inputProps={{ ...getInputProps(fields.password, { type: 'password' }), autoComplete: 'new-password' }}
					errors={fields.password.errors}
				/>
				<Field
					label={t('accounts.confirmPassword')}
					inputProps={{ ...getInputProps(fields.confirmPassword, { type: 'password' }), autoComplete: 'new-password' }}
					errors={fields.confirmPassword.errors}
				/>
				<SubmitButton pendingText={t('accounts.sending')}>{t('accounts.signup')}</SubmitButton>
			</Form>
		</AuthCard>
	)
}
