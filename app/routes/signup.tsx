import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthCard } from '#app/components/auth-card.tsx'
import { CsrfInput, Field, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { createUser } from '#app/modules/accounts/accounts.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { clientAddress, hit, LIMITS } from '#app/http/rate-limit.server.ts'
import { signupForm } from '#app/modules/accounts/schema.ts'
import { requireAnonymous, startSession } from '#app/modules/accounts/session.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { invitationByToken } from '#app/modules/organizations/members.server.ts'
import { parseForm } from '#app/utils/forms.ts'
import { safeRedirect } from '#app/utils/safe-redirect.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'
import { errorMeta } from '#app/utils/meta.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	await requireAnonymous(request)
	// Opened from an invitation link: the form starts with the invited address (the one that can accept it).
	const inv = invitationByToken(getDb(), new URL(request.url).searchParams.get('invitation') ?? '')
	return { invitedEmail: inv?.state === 'open' ? inv.email : null }
}

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const locale = await getLocale(request)
	const submission = parseForm(form, signupForm, locale)
	const hide = { hideFields: ['password', 'confirmPassword'] }
	if (submission.status !== 'success') return data(submission.reply(hide), { status: 400 })
	const wait = hit(`signup:${clientAddress(request)}`, LIMITS.signup)
	if (wait !== null) return data(submission.reply({ formErrors: [translate(locale, 'accounts.tooMany', { seconds: wait })], ...hide }), { status: 429 })
	const { name, email, password, redirectTo, invitation } = submission.value
	const db = getDb()
	// Signing up from an open invitation link, with the very address it was mailed to, proves the address: the link
	// reached only that mailbox. Any other sign-up proves nothing (see acceptInvitation).
	const inv = invitation ? invitationByToken(db, invitation) : null
	const emailVerified = inv?.state === 'open' && inv.email.toLowerCase() === email
	const created = await createUser(db, { name, email, password, locale, emailVerified })
	if ('taken' in created) return data(submission.reply({ fieldErrors: { email: [translate(locale, 'accounts.emailTaken')] }, ...hide }), { status: 409 })
	return redirect(safeRedirect(redirectTo, '/my'), { headers: { 'Set-Cookie': await startSession(request, created.id) } })
}

export default function Signup() {
	const { t } = useTranslation()
	const locale = useLocale()
	const lastResult = useActionData<typeof action>()
	const { invitedEmail } = useLoaderData<typeof loader>()
	const [params] = useSearchParams()
	const [form, fields] = useForm({
		id: 'signup',
		lastResult,
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseForm(formData, signupForm, locale),
		defaultValue: { redirectTo: params.get('redirectTo') ?? '', invitation: params.get('invitation') ?? '', email: invitedEmail ?? '' },
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
				<input {...getInputProps(fields.invitation, { type: 'hidden' })} />
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

export const meta: MetaFunction = ({ error, matches }) => (error ? errorMeta(matches, error) : [{ title: '注册 · 应急装备供需对接平台' }])

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
