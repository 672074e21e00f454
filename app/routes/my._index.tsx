// The signed-in user's dashboard: the organization they act for and what they can do there.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CsrfInput as CsrfField } from '#app/components/forms.tsx'
import { Badge, Card, PageHeader, SectionTitle } from '#app/components/ui.tsx'
import { requireCaller } from '#app/modules/accounts/auth.server.ts'
import type { Permission } from '#app/modules/accounts/permissions.ts'
import { membershipsOf } from '#app/modules/accounts/session.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { receivedSummary } from '#app/modules/responses/award.server.ts'
import { dashboardOpportunities } from '#app/modules/dashboard/supplier.server.ts'
import { OpportunitiesPanel } from '#app/components/opportunities-panel.tsx'
import { formatNumber, label, todayIso } from '#app/utils/format.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'
import { errorMeta } from '#app/utils/meta.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	const caller = await requireCaller(request)
	return {
		name: caller.user.name,
		platformRole: caller.user.platformRole,
		membership: caller.membership,
		memberships: membershipsOf(getDb(), caller.user.id),
		permissions: [...caller.permissions],
		passwordReset: new URL(request.url).searchParams.has('reset'),
		received: caller.membership && caller.permissions.has('update:demand:own') ? receivedSummary(getDb(), caller.membership.orgId) : null,
		// 商机: open demand items the organization's own listings are eligible for (listing publishers only).
		opportunities: caller.membership && caller.permissions.has('respond:demand:own') ? await dashboardOpportunities(getDb(), caller.membership.orgId, { today: todayIso() }) : null,
	}
}

const TASKS: { to: string; key: string; permission: Permission; ns?: string }[] = [
	{ to: '/my/listings', key: 'myListings', permission: 'create:listing:own' },
	{ to: '/my/demands', key: 'myDemands', permission: 'create:demand:own' },
	{ to: '/my/responses', key: 'mine', permission: 'respond:demand:own', ns: 'responses.dashboard' },
	{ to: '/my/gap', key: 'gap', permission: 'manage:inventory:own', ns: 'gap.dashboard' },
	{ to: '/my/inventory', key: 'inventory', permission: 'manage:inventory:own', ns: 'gap.dashboard' },
	{ to: '/my/import', key: 'import', permission: 'import:records:own' },
	{ to: '/my/org', key: 'org', permission: 'import:records:own' },
	{ to: '/my/tokens', key: 'tokens', permission: 'manage:tokens:own' },
	{ to: '/admin/review', key: 'review', permission: 'verify:organization:any' },
	{ to: '/admin/audit', key: 'audit', permission: 'read:audit:any' },
	{ to: '/admin/search', key: 'task', permission: 'manage:search:any', ns: 'adminSearch.status' },
	{ to: '/admin/synonyms', key: 'synonyms', permission: 'manage:search:any', ns: 'adminSearch.tasks' },
	{ to: '/admin/categories', key: 'categories', permission: 'manage:taxonomy:any', ns: 'adminSearch.tasks' },
	{ to: '/admin/jobs', key: 'task', permission: 'run:jobs:any', ns: 'adminJobs' },
]

export default function Dashboard() {
	const d = useLoaderData<typeof loader>()
	const { t } = useTranslation()
	const locale = useLocale()
	const tasks = TASKS.filter((task) => d.permissions.includes(task.permission))
	return (
		<div className="space-y-6">
			<PageHeader title={t('accounts.welcome', { name: d.name })} subtitle={d.membership ? d.membership.orgName : t('accounts.noOrg')} />
			{d.passwordReset ? (
				<p className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
					{t('accounts.resetDone')}
				</p>
			) : null}
			{d.membership ? (
				<Card>
					<div className="flex flex-wrap items-center gap-2">
						<SectionTitle>{d.membership.orgName}</SectionTitle>
						<Badge tone="brand">{label.orgKind(d.membership.orgKind, locale)}</Badge>
						<Badge tone={d.membership.verified ? 'green' : 'amber'}>{d.membership.verified ? t('accounts.verified') : t('accounts.pendingReview')}</Badge>
						<Badge>{d.membership.role === 'owner' ? t('accounts.owner') : t('accounts.member')}</Badge>
					</div>
					{!d.membership.verified ? <p className="mt-2 text-sm text-slate-600">{t('accounts.pendingReviewHelp')}</p> : null}
				</Card>
			) : (
				<Card>
					<p className="text-slate-700">{t('accounts.noOrgHelp')}</p>
					<Link to="/orgs/new" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-brand-800">
						{t('accounts.createOrg')}
					</Link>
				</Card>
			)}
			{tasks.length ? (
				<ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
					{tasks.map((task) => (
						<li key={task.to}>
							<Link to={task.to} className="block h-full rounded-lg border border-slate-200 bg-white p-4 no-underline shadow-sm hover:border-brand-500">
								<span className="block font-semibold text-ink-900">{t(`${task.ns ?? 'accounts.tasks'}.${task.key}`)}</span>
								<span className="mt-1 block text-sm text-slate-600">{t(`${task.ns ?? 'accounts.tasks'}.${task.key}Help`)}</span>
							</Link>
						</li>
					))}
				</ul>
			) : null}
			{d.opportunities && d.membership ? (
				<OpportunitiesPanel
					opportunities={d.opportunities.opportunities}
					verified={d.membership.verified}
					hasListings={d.opportunities.listings > 0}
					formatQuantity={(n) => formatNumber(n, locale)}
				/>
			) : null}
			{d.received ? (
				<Card>
					<SectionTitle>{t('responses.dashboard.received')}</SectionTitle>
					{d.received.length ? (
						<ul className="divide-y divide-slate-100">
							{d.received.map((r) => (
								<li key={r.ref} className="flex flex-wrap items-center justify-between gap-2 py-2">
									<Link to={`/my/demands/${encodeURIComponent(r.ref)}/responses`}>{r.title}</Link>
									<span className="text-sm text-slate-600">{t('responses.dashboard.receivedLine', { count: r.count, open: r.open })}</span>
								</li>
							))}
						</ul>
					) : (
						<p className="text-sm text-slate-500">{t('responses.dashboard.none')}</p>
					)}
				</Card>
			) : null}
			{d.memberships.length > 1 ? (
				<Card>
					<SectionTitle>{t('accounts.switchOrg')}</SectionTitle>
					<ul className="space-y-2">
						{d.memberships.map((m) => (
							<li key={m.orgId} className="flex items-center justify-between gap-2">
								<span>{m.orgName}</span>
								{m.orgId === d.membership?.orgId ? (
									<Badge tone="green">{t('accounts.current')}</Badge>
								) : (
									<form method="post" action="/my/switch">
										<input type="hidden" name="orgId" value={m.orgId} />
										<CsrfField />
										<button type="submit" className="text-sm underline">
											{t('accounts.switchTo')}
										</button>
									</form>
								)}
							</li>
						))}
					</ul>
				</Card>
			) : null}
		</div>
	)
}

export const meta: MetaFunction = ({ error, matches }) => (error ? errorMeta(matches, error) : [{ title: '工作台 · 应急装备供需对接平台' }])

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
