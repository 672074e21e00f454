// /my/notifications: the signed-in user's notification centre — newest first, unread highlighted, open (marks read and
// follows the link), mark one or all read. Plain POST forms; every query is scoped to the user.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CsrfInput, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import { Badge, EmptyState, PageHeader, Pagination } from '#app/components/ui.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { requireUser } from '#app/modules/accounts/session.server.ts'
import { CENTRE_PER_PAGE, markAllRead, markRead, notificationsPage } from '#app/modules/notifications/centre.server.ts'
import { renderNotificationText, renderNotificationTitle } from '#app/modules/notifications/message.ts'
import { readForm as markReadForm } from '#app/modules/alerts/schema.ts'
import { getDb } from '#app/utils/db.server.ts'
import { parseForm } from '#app/utils/forms.ts'
import { safeRedirect } from '#app/utils/safe-redirect.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	const n = Number(new URL(request.url).searchParams.get('page'))
	const page = Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1
	const locale = await getLocale(request)
	const found = notificationsPage(getDb(), user.id, page)
	// Stored titles and bodies are messages (key + params): put into the reader's language here; React escapes the result.
	const rows = found.rows.map((r) => ({ ...r, title: renderNotificationTitle(r.title, locale), body: r.body === null ? null : renderNotificationText(r.body, locale) }))
	return { page, perPage: CENTRE_PER_PAGE, ...found, rows }
}

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const user = await requireUser(request)
	const locale = await getLocale(request)
	const db = getDb()
	if (form.get('intent') === 'readAll') {
		const count = markAllRead(db, user.id)
		return data({ ok: true, message: translate(locale, 'alerts.centre.allRead', { count }) })
	}
	const submission = parseForm(form, markReadForm, locale)
	if (submission.status !== 'success') return data({ ok: false, message: translate(locale, 'alerts.centre.notFound') }, { status: 400 })
	const link = markRead(db, user.id, submission.value.id)
	if (link === null) return data({ ok: false, message: translate(locale, 'alerts.centre.notFound') }, { status: 404 })
	// Links are site paths (notifyOrg refuses others); checked again so this can never become an open redirect.
	if (submission.value.intent === 'open') throw redirect(safeRedirect(link, '/my/notifications'))
	return data({ ok: true, message: translate(locale, 'alerts.centre.markedRead') })
}

/** Stored times are UTC; the platform's users live on China time (UTC+8). */
function chinaTime(iso: string): string {
	return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}

const KIND_TONE = { matching_demand: 'brand', matching_listing: 'green', saved_search: 'blue', response_received: 'amber', response_decided: 'slate' } as const

export default function NotificationCentre() {
	const d = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const { t } = useTranslation()
	return (
		<div className="space-y-6">
			<PageHeader title={t('alerts.centre.title')} subtitle={t('alerts.centre.intro')}>
				<div className="flex flex-wrap items-center gap-2">
					<Link to="/my/alerts" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 no-underline shadow-sm hover:bg-slate-50">
						{t('alerts.centre.settings')}
					</Link>
					{d.unread > 0 ? (
						<Form method="post">
							<CsrfInput />
							<input type="hidden" name="intent" value="readAll" />
							<SubmitButton>
								{t('alerts.centre.markAllRead')}
							</SubmitButton>
						</Form>
					) : null}
				</div>
			</PageHeader>
			{result?.ok ? (
				<p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
					{result.message}
				</p>
			) : null}
			{result && !result.ok ? <FormErrors errors={[result.message]} /> : null}

			{d.total === 0 ? (
				<EmptyState>{t('alerts.centre.empty')}</EmptyState>
			) : (
				<section aria-labelledby="notification-list">
					<h2 id="notification-list" className="mb-3 text-sm text-slate-600">
						<span className="sr-only">{t('alerts.centre.list')} · </span>
						{t('alerts.centre.summary', { total: d.total, unread: d.unread })}
					</h2>
					<ol className="space-y-2">
						{d.rows.map((n) => {
							const unread = !n.readAt
							return (
								<li
									key={n.id}
									data-testid="notification"
									data-unread={unread || undefined}
									className={`flex flex-wrap items-start gap-3 rounded-lg border p-4 shadow-sm ${unread ? 'border-brand-100 border-l-4 border-l-brand-700 bg-brand-50/60' : 'border-slate-200 bg-white'}`}
								>
									<div className="min-w-0 flex-1">
										<div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
											<Badge tone={KIND_TONE[n.kind]}>{t(`alerts.centre.kind.${n.kind}`)}</Badge>
											{unread ? <Badge tone="red">{t('alerts.centre.unread')}</Badge> : null}
											<time dateTime={n.createdAt}>{chinaTime(n.createdAt)}</time>
										</div>
										<Form method="post">
											<CsrfInput />
											<input type="hidden" name="id" value={n.id} />
											<button
												type="submit"
												name="intent"
												value="open"
												className={`text-left leading-snug text-ink-900 underline-offset-2 hover:text-brand-700 hover:underline ${unread ? 'font-semibold' : ''}`}
											>
												{n.title}
											</button>
										</Form>
										{n.body ? <p className="mt-1 text-sm text-slate-600">{n.body}</p> : null}
									</div>
									{unread ? (
										<Form method="post" className="shrink-0">
											<CsrfInput />
											<input type="hidden" name="id" value={n.id} />
											<button
												type="submit"
												name="intent"
												value="read"
												aria-label={t('alerts.centre.markReadLabel', { title: n.title })}
												className="rounded border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50"
											>
												{t('alerts.centre.markRead')}
											</button>
										</Form>
									) : null}
								</li>
							)
						})}
					</ol>
					<Pagination
						page={d.page}
						perPage={d.perPage}
						total={d.total}
						href={(p) => `/my/notifications?page=${p}`}
						labels={{ prev: t('ui.pagination.prev'), next: t('ui.pagination.next'), page: t('ui.pagination.page', { page: d.page, pages: Math.max(1, Math.ceil(d.total / d.perPage)) }) }}
					/>
				</section>
			)}
		</div>
	)
}

export const meta: MetaFunction = ({ matches }) => [...pageMeta(matches, (l) => translate(l, 'alerts.centre.title')), { name: 'robots', content: 'noindex' }]

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
