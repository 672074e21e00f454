// The mailbox: shows the mail outbox when no SMTP server is configured (demos, tests); off otherwise. Its mail holds
// reset and invitation links, so in production only platform admins may read it.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState, PageHeader } from '#app/components/ui.tsx'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { mailboxAccess, recentMail } from '#app/modules/notifications/mail.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'
import { errorMeta } from '#app/utils/meta.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	const access = mailboxAccess()
	if (access === 'off') throw new Response('Not Found', { status: 404 })
	if (access === 'admins') await requirePermission(request, 'read:mail:any')
	return { mail: recentMail(getDb()) }
}

/** Links in mail text become links; everything else stays text. */
function Linkified({ text }: { text: string }) {
	const parts = text.split(/(https?:\/\/[^\s]+)/g)
	return (
		<>
			{parts.map((p, i) => (
				<Fragment key={i}>{/^https?:\/\//.test(p) ? <a href={p}>{p}</a> : p}</Fragment>
			))}
		</>
	)
}

export default function Mailbox() {
	const { mail } = useLoaderData<typeof loader>()
	const { t } = useTranslation()
	return (
		<div className="mx-auto max-w-3xl">
			<PageHeader title={t('accounts.mailboxTitle')} subtitle={t('accounts.mailboxIntro')} />
			{mail.length === 0 ? (
				<EmptyState>{t('accounts.mailboxEmpty')}</EmptyState>
			) : (
				<ul className="space-y-4">
					{mail.map((m) => (
						<li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
							<p className="text-xs text-slate-500">
								{m.createdAt.slice(0, 16).replace('T', ' ')} · {t('accounts.to')} <span data-testid="mail-to">{m.to}</span>
							</p>
							<h2 className="mt-1 font-semibold">{m.subject}</h2>
							<p className="mt-2 whitespace-pre-wrap break-all text-sm text-slate-800">
								<Linkified text={m.text} />
							</p>
						</li>
					))}
				</ul>
			)}
		</div>
	)
}

export const meta: MetaFunction = ({ error, matches }) => [...(error ? errorMeta(matches, error) : [{ title: '开发邮箱 · 应急装备供需对接平台' }]), { name: 'robots', content: 'noindex' }]

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
