// Accepting an invitation from its emailed link: shows the organization and the role; the signed-in user whose email
// the invitation was sent to, and who has proven they read mail sent to it, joins. Others are told what to do (log
// in, sign up from the link, switch accounts, or confirm their address by a mailed link).
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthCard } from '#app/components/auth-card.tsx'
import { CsrfInput, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import { Facts } from '#app/components/ui.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { hit, LIMITS } from '#app/http/rate-limit.server.ts'
import { endSession, getUser, requireUser, setActiveOrg } from '#app/modules/accounts/session.server.ts'
import { acceptInvitation, confirmInvitedAddress, invitationByToken, REFUSAL_OF_STATE } from '#app/modules/organizations/members.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { label } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ request }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	const token = url.searchParams.get('token') ?? ''
	const inv = invitationByToken(getDb(), token)
	const user = await getUser(request)
	const here = url.pathname + url.search
	return {
		token,
		// Only what the invitee needs to decide; nothing when the token is unknown.
		invitation: inv ? { orgName: inv.orgName, orgKind: inv.orgKind, role: inv.role, email: inv.email, state: inv.state } : null,
		problem: !inv ? ('invitationGone' as const) : inv.state === 'open' ? null : REFUSAL_OF_STATE[inv.state],
		user: user ? { email: user.email, verified: user.emailVerified } : null,
		matches: user && inv ? user.email.toLowerCase() === inv.email.toLowerCase() : false,
		redirectTo: here,
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const token = String(form.get('token') ?? '')
	if (form.get('intent') === 'switch-account') {
		// Signed in as someone else: log out and come back here through the log-in page.
		const back = `/invitations/accept?${new URLSearchParams({ token })}`
		return redirect(`/login?${new URLSearchParams({ redirectTo: back })}`, { headers: { 'Set-Cookie': await endSession(request) } })
	}
	const user = await requireUser(request)
	const locale = await getLocale(request)
	const db = getDb()
	if (form.get('intent') === 'confirm-email') {
		const wait = hit(`verify:${user.id}`, LIMITS.reset)
		if (wait !== null) return data({ error: translate(locale, 'accounts.tooMany', { seconds: wait }), sent: false }, { status: 429 })
		const sent = confirmInvitedAddress(db, token, user, locale)
		if ('refused' in sent) return data({ error: translate(locale, `orgs.refused.${sent.refused}`), sent: false }, { status: 409 })
		return data({ error: null, sent: true })
	}
	const accepted = acceptInvitation(db, token, user)
	if ('refused' in accepted) {
		const forbidden = accepted.refused === 'wrongAccount' || accepted.refused === 'emailUnverified'
		return data({ error: translate(locale, `orgs.refused.${accepted.refused}`, accepted.vars), sent: false }, { status: forbidden ? 403 : 410 })
	}
	setActiveOrg(db, user, accepted.orgId)
	return redirect('/my/org')
}

export default function AcceptInvitation() {
	const d = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useTranslation()
	const locale = useLocale()
	const inv = d.invitation
	// Sign-up (directly or by way of the log-in page) carries the invitation: signing up from it proves the address.
	const query = new URLSearchParams({ redirectTo: d.redirectTo, invitation: d.token }).toString()
	const role = inv ? (inv.role === 'owner' ? t('accounts.owner') : t('accounts.member')) : ''
	return (
		<AuthCard title={t('orgs.acceptTitle')}>
			{inv ? (
				<div className="mb-6">
					<Facts
						items={[
							[t('orgs.fields.name'), inv.orgName],
							[t('orgs.fields.kind'), label.orgKind(inv.orgKind, locale)],
							[t('orgs.inviteRole'), role],
							[t('orgs.inviteEmail'), inv.email],
						]}
					/>
				</div>
			) : null}
			{actionData?.error ? (
				<FormErrors errors={[actionData.error]} />
			) : actionData?.sent ? (
				<p className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
					{t('orgs.confirmEmailSent', { email: inv?.email })}
				</p>
			) : d.problem ? (
				<p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" role="alert">
					{t(`orgs.refused.${d.problem}`)}
				</p>
			) : !d.user ? (
				<div className="space-y-3 text-sm text-slate-700">
					<p>{t('orgs.acceptSignIn', { email: inv?.email })}</p>
					<div className="flex flex-wrap gap-3">
						<Link to={`/login?${query}`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800">
							{t('accounts.login')}
						</Link>
						<Link to={`/signup?${query}`} className="rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold text-slate-800 no-underline hover:bg-slate-50">
							{t('accounts.signup')}
						</Link>
					</div>
				</div>
			) : !d.matches ? (
				<div className="space-y-3 text-sm">
					<p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-amber-900" role="alert">
						{t('orgs.refused.wrongAccount', { email: inv?.email })}
					</p>
					<p className="text-slate-700">{t('orgs.acceptSignedInAs', { email: d.user.email })}</p>
					<Form method="post">
						<CsrfInput />
						<input type="hidden" name="token" value={d.token} />
						<SubmitButton name="intent" value="switch-account" tone="secondary">
							{t('orgs.switchAccount')}
						</SubmitButton>
					</Form>
				</div>
			) : !d.user.verified ? (
				<Form method="post" className="space-y-3">
					<CsrfInput />
					<input type="hidden" name="token" value={d.token} />
					<p className="text-sm text-slate-700">{t('orgs.confirmEmailPrompt', { email: inv?.email })}</p>
					<SubmitButton name="intent" value="confirm-email" pendingText={t('orgs.saving')}>
						{t('orgs.confirmEmail')}
					</SubmitButton>
				</Form>
			) : (
				<Form method="post" className="space-y-3">
					<CsrfInput />
					<input type="hidden" name="token" value={d.token} />
					<p className="text-sm text-slate-700">{t('orgs.acceptPrompt', { org: inv?.orgName, role })}</p>
					<SubmitButton pendingText={t('orgs.saving')}>{t('orgs.accept')}</SubmitButton>
				</Form>
			)}
		</AuthCard>
	)
}

export const meta: MetaFunction = ({ matches }) => [...pageMeta(matches, (l) => translate(l, 'orgs.acceptTitle')), { name: 'referrer', content: 'no-referrer' }]

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
