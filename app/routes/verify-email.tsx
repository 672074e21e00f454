// Confirming an email address from its mailed link: the signed-in user the link was sent to presses one button (a
// POST: mail scanners that open links must not confirm anything) and is taken back to where they asked for it.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthCard } from '#app/components/auth-card.tsx'
import { CsrfInput, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { confirmEmail, isVerificationTokenLive } from '#app/modules/accounts/accounts.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { requireUser } from '#app/modules/accounts/session.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { safeRedirect } from '#app/utils/safe-redirect.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ request }: LoaderFunctionArgs) {
	// Signed in first (the log-in page brings them back here): the link confirms the address of its own account only.
	const user = await requireUser(request)
	const params = new URL(request.url).searchParams
	const token = params.get('token') ?? ''
	return { token, next: safeRedirect(params.get('next'), '/my'), email: user.email, live: token !== '' && isVerificationTokenLive(getDb(), token) }
}

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const user = await requireUser(request)
	const locale = await getLocale(request)
	const done = confirmEmail(getDb(), String(form.get('token') ?? ''), user.id)
	if ('refused' in done) return data({ error: translate(locale, `accounts.verifyRefused.${done.refused}`) }, { status: done.refused === 'otherAccount' ? 403 : 400 })
	return redirect(safeRedirect(form.get('next'), '/my'))
}

export default function VerifyEmail() {
	const { token, next, email, live } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useTranslation()
	if (!live)
		return (
			<AuthCard title={t('accounts.verifyTitle')}>
				<p className="text-slate-700">{t('accounts.verifyRefused.invalid')}</p>
				<Link to={next} className="mt-4 inline-block">
					{t('accounts.verifyBack')}
				</Link>
			</AuthCard>
		)
	return (
		<AuthCard title={t('accounts.verifyTitle')}>
			<Form method="post" className="space-y-4">
				<CsrfInput />
				<input type="hidden" name="token" value={token} />
				<input type="hidden" name="next" value={next} />
				<FormErrors errors={actionData?.error ? [actionData.error] : undefined} />
				<p className="text-sm text-slate-700">{t('accounts.verifyPrompt', { email })}</p>
				<SubmitButton pendingText={t('accounts.sending')}>{t('accounts.verifyButton')}</SubmitButton>
			</Form>
		</AuthCard>
	)
}

export const meta: MetaFunction = ({ matches }) => [...pageMeta(matches, (l) => translate(l, 'accounts.verifyTitle')), { name: 'referrer', content: 'no-referrer' }]

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
