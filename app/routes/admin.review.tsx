// Platform review of organizations (admins and reviewers): verify or reject those waiting, withdraw a verification.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useLocation, useSearchParams } from '@remix-run/react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { AdminSearchLinks } from '#app/components/admin-nav.tsx'
import { textLinkClass } from '#app/components/fact-grid.tsx'
import { CsrfInput, FormErrors, inputClass, SubmitButton } from '#app/components/forms.tsx'
import { Badge, Card, EmptyState, PageHeader, Pagination } from '#app/components/ui.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { requirePermission } from '#app/modules/accounts/auth.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { reviewForm } from '#app/modules/organizations/forms.ts'
import { pendingCount, rejectOrganization, reviewList, unverifyOrganization, verifyOrganization } from '#app/modules/organizations/review.server.ts'
import { usccProblem } from '#app/modules/catalog/uscc.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatDate, label } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { oneOf, pageParam, withPage } from '#app/utils/params.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { messageFor } from '#app/utils/problems.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

const NOTICES = ['verified', 'rejected', 'unverified'] as const

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'verify:organization:any')
	const locale = await getLocale(request)
	const params = new URL(request.url).searchParams
	const status = oneOf(params.get('status'), ['pending', 'verified'] as const) || 'pending'
	const q = (params.get('q') ?? '').trim().slice(0, 100)
	const db = getDb()
	const list = reviewList(db, { status, q, page: pageParam(params.get('page')) })
	return {
		status,
		q,
		pending: pendingCount(db),
		notice: NOTICES.find((n) => n === params.get('done')) ?? null,
		...list,
		rows: list.rows.map((r) => {
			const problem = usccProblem(r.uscc)
			return { ...r, usccProblem: problem ? messageFor({ code: `uscc.${problem.kind}`, vars: problem }, locale) : null }
		}),
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const caller = await requirePermission(request, 'verify:organization:any')
	const locale = await getLocale(request)
	const intent = form.get('intent')
	const parsed = reviewForm.safeParse({ orgId: form.get('orgId'), reason: form.get('reason') ?? undefined })
	if (!parsed.success || (intent !== 'verify' && intent !== 'reject' && intent !== 'unverify')) throw new Response('Bad Request', { status: 400 })
	const { orgId, reason } = parsed.data
	if (intent === 'reject' && !reason) return data({ orgId, error: translate(locale, 'admin.review.reasonRequired') }, { status: 400 })
	const db = getDb()
	const reviewer = { userId: caller.user.id, platformRole: caller.user.platformRole }
	const outcome =
		intent === 'verify'
			? verifyOrganization(db, reviewer, orgId)
			: intent === 'reject'
				? rejectOrganization(db, reviewer, orgId, reason!)
				: unverifyOrganization(db, reviewer, orgId, reason)
	if (!outcome.ok) return data({ orgId, error: translate(locale, `admin.review.${outcome.reason}`) }, { status: outcome.reason === 'notFound' ? 404 : 409 })
	const back = intent === 'unverify' ? '?status=verified&done=unverified' : `?done=${intent === 'verify' ? 'verified' : 'rejected'}`
	return redirect(`/admin/review${back}`)
}

export default function Review() {
	const d = useLoaderData<typeof loader>()
	const { t } = useTranslation()
	const [params] = useSearchParams()
	const { pathname } = useLocation()
	const pages = Math.max(1, Math.ceil(d.total / d.perPage))
	const tab = (active: boolean) =>
		`rounded-t-md border-b-2 px-4 py-2 text-sm no-underline ${active ? 'border-brand-700 font-semibold text-ink-900' : 'border-transparent text-slate-600 hover:text-ink-900'}`
	return (
		<div className="space-y-6">
			<PageHeader title={t('admin.review.title')} subtitle={t('admin.review.intro')}>
				<div className="flex flex-wrap gap-4">
					<Link to="/admin/audit" className="text-sm">
						{t('admin.audit.title')}
					</Link>
					<AdminSearchLinks />
				</div>
			</PageHeader>
			{d.notice ? (
				<p className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
					{t(`admin.review.notice.${d.notice}`)}
				</p>
			) : null}
			<nav aria-label={t('admin.review.tabs')} className="flex gap-2 border-b border-slate-200">
				<Link to="/admin/review" className={tab(d.status === 'pending')} aria-current={d.status === 'pending' ? 'page' : undefined}>
					{t('admin.review.pendingTab', { count: d.pending })}
				</Link>
				<Link to="/admin/review?status=verified" className={tab(d.status === 'verified')} aria-current={d.status === 'verified' ? 'page' : undefined}>
					{t('admin.review.verifiedTab')}
				</Link>
			</nav>
			{d.status === 'verified' ? (
				<Form method="get" className="flex flex-wrap items-end gap-2" role="search">
					<input type="hidden" name="status" value="verified" />
					<div>
						<label htmlFor="review-q" className="mb-1 block text-sm font-medium text-slate-700">
							{t('admin.review.search')}
						</label>
						<input id="review-q" name="q" defaultValue={d.q} className={inputClass} placeholder={t('admin.review.searchPlaceholder')} />
					</div>
					<button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50">
						{t('admin.review.searchSubmit')}
					</button>
				</Form>
			) : null}
			{d.rows.length && d.status === 'pending' ? (
				<ul className="space-y-4">
					{d.rows.map((o) => (
						<li key={o.id}>
							<OrgCard org={o} />
						</li>
					))}
				</ul>
			) : d.rows.length ? (
				<VerifiedTable rows={d.rows} />
			) : (
				<EmptyState>{d.status === 'pending' ? t('admin.review.emptyPending') : t('admin.review.emptyVerified')}</EmptyState>
			)}
			<Pagination
				page={d.page}
				perPage={d.perPage}
				total={d.total}
				href={(p) => withPage(params, p, pathname)}
				labels={{ prev: t('ui.pagination.prev'), next: t('ui.pagination.next'), page: t('ui.pagination.page', { page: d.page, pages }) }}
			/>
		</div>
	)
}

type Row = ReturnType<typeof useLoaderData<typeof loader>>['rows'][number]

function OrgCard({ org }: { org: Row }) {
	const { t } = useTranslation()
	const locale = useLocale()
	const actionData = useActionData<typeof action>()
	const reasonId = useId()
	const error = actionData && actionData.orgId === org.id ? actionData.error : null
	return (
		<Card>
			<div className="flex flex-wrap items-start justify-between gap-4">
				<div className="min-w-0">
					<h2 className="text-lg font-semibold text-ink-900">{org.name}</h2>
					<div className="mt-1 flex flex-wrap items-center gap-1.5">
						<Badge tone="brand">{label.orgKind(org.kind, locale)}</Badge>
						<Badge>{label.region(org.regionCode, locale)}</Badge>
						<span className="font-mono text-xs text-slate-500">{org.ref}</span>
					</div>
				</div>
				<p className="text-sm text-slate-600">
					{t('admin.review.createdOn', { date: formatDate(org.createdAt) })}
				</p>
			</div>
			<dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
				<dt className="text-slate-500">{t('orgs.fields.uscc')}</dt>
				<dd className="flex flex-wrap items-center gap-2">
					<span className="font-mono">{org.uscc}</span>
					{org.usccValid ? <Badge tone="green">{t('admin.review.usccValid')}</Badge> : <Badge tone="red">{t('admin.review.usccInvalid')}</Badge>}
					{org.usccProblem ? <span className="text-red-800">{org.usccProblem}</span> : null}
				</dd>
				<dt className="text-slate-500">{t('admin.review.members')}</dt>
				<dd>
					{org.members.length ? (
						<ul className="space-y-0.5">
							{org.members.map((m) => (
								<li key={m.email}>
									{m.email} <span className="text-slate-500">（{m.role === 'owner' ? t('accounts.owner') : t('accounts.member')}）</span>
								</li>
							))}
						</ul>
					) : (
						<span className="text-slate-500">{t('admin.review.noMembers')}</span>
					)}
				</dd>
				{org.rejection ? (
					<>
						<dt className="text-slate-500">{t('admin.review.lastRejection')}</dt>
						<dd className="whitespace-pre-line text-amber-900">
							{formatDate(org.rejection.at)} · {org.rejection.reason}
						</dd>
					</>
				) : null}
			</dl>
			{error ? (
				<div className="mt-4">
					<FormErrors errors={[error]} />
				</div>
			) : null}
			<Form method="post" className="mt-4 space-y-3 border-t border-slate-100 pt-4">
				<CsrfInput />
				<input type="hidden" name="orgId" value={org.id} />
				<div>
					<label htmlFor={reasonId} className="mb-1 block text-sm font-medium text-slate-700">
						{t('admin.review.reason')}
					</label>
					<textarea id={reasonId} name="reason" rows={2} maxLength={500} className={inputClass} />
				</div>
				<div className="flex flex-wrap gap-2">
					<SubmitButton name="intent" value="verify">
						{t('admin.review.verify')}
					</SubmitButton>
					<SubmitButton name="intent" value="reject" tone="secondary">
						{t('admin.review.reject')}
					</SubmitButton>
				</div>
			</Form>
		</Card>
	)
}

function VerifiedTable({ rows }: { rows: Row[] }) {
	const { t } = useTranslation()
	const locale = useLocale()
	const actionData = useActionData<typeof action>()
	return (
		<div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
			<table className="w-full text-left text-sm">
				<thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
					<tr>
						<th scope="col" className="px-3 py-2 font-medium">
							{t('orgs.fields.name')}
						</th>
						<th scope="col" className="px-3 py-2 font-medium">
							{t('orgs.fields.kind')}
						</th>
						<th scope="col" className="px-3 py-2 font-medium">
							{t('orgs.fields.region')}
						</th>
						<th scope="col" className="px-3 py-2 font-medium">
							{t('orgs.fields.uscc')}
						</th>
						<th scope="col" className="px-3 py-2 font-medium">
							{t('admin.review.verifiedAt')}
						</th>
						<th scope="col" className="px-3 py-2 font-medium">
							{t('orgs.actions')}
						</th>
					</tr>
				</thead>
				<tbody className="divide-y divide-slate-100">
					{rows.map((o) => {
						const error = actionData && actionData.orgId === o.id ? actionData.error : null
						return (
							<tr key={o.id} className="align-top">
								<td className="px-3 py-2">
									<Link to={`/orgs/${encodeURIComponent(o.ref)}`} className={textLinkClass}>
										{o.name}
									</Link>
									<span className="block font-mono text-xs text-slate-500">{o.ref}</span>
								</td>
								<td className="px-3 py-2">{label.orgKind(o.kind, locale)}</td>
								<td className="px-3 py-2">{label.region(o.regionCode, locale)}</td>
								<td className="px-3 py-2">
									<span className="font-mono">{o.uscc}</span>
									{o.usccValid ? null : (
										<span className="ml-1">
											<Badge tone="red">{t('admin.review.usccInvalid')}</Badge>
										</span>
									)}
								</td>
								<td className="whitespace-nowrap px-3 py-2">{formatDate(o.verifiedAt)}</td>
								<td className="px-3 py-2">
									<details open={Boolean(error)}>
										<summary className="cursor-pointer text-sm text-red-800">{t('admin.review.unverify')}</summary>
										<UnverifyForm orgId={o.id} name={o.name} error={error} />
									</details>
								</td>
							</tr>
						)
					})}
				</tbody>
			</table>
		</div>
	)
}

function UnverifyForm({ orgId, name, error }: { orgId: number; name: string; error: string | null }) {
	const { t } = useTranslation()
	const reasonId = useId()
	return (
		<Form method="post" className="mt-2 w-64 space-y-2">
			<CsrfInput />
			<input type="hidden" name="orgId" value={orgId} />
			{error ? <FormErrors errors={[error]} /> : null}
			<label htmlFor={reasonId} className="block text-xs font-medium text-slate-700">
				{t('admin.review.unverifyReason')}
			</label>
			<textarea id={reasonId} name="reason" rows={2} maxLength={500} className={inputClass} />
			<button
				type="submit"
				name="intent"
				value="unverify"
				aria-label={`${t('admin.review.unverify')}：${name}`}
				className="rounded-md bg-red-700 px-3 py-1.5 text-xs font-semibold text-white hover:bg-red-600"
			>
				{t('admin.review.unverify')}
			</button>
		</Form>
	)
}

export const meta: MetaFunction = ({ matches }) => [...pageMeta(matches, (l) => translate(l, 'admin.review.title')), { name: 'robots', content: 'noindex' }]

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
