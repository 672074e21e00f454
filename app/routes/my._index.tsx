// The signed-in user's dashboard: the organization they act for, what waits for them, and a card for each place their
// kind of organization (or platform role) has, with its numbers (app/modules/dashboard/overview.server.ts).
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CsrfInput as CsrfField } from '#app/components/forms.tsx'
import { Badge, Card, PageHeader, SectionTitle } from '#app/components/ui.tsx'
import { requireCaller } from '#app/modules/accounts/auth.server.ts'
import { workspaceLinks, type WorkspaceGroup, type WorkspaceKey } from '#app/modules/accounts/workspace.ts'
import { dashboardFacts, type StatKey } from '#app/modules/dashboard/overview.server.ts'
import { mailboxAccess } from '#app/modules/notifications/mail.server.ts'
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
	const db = getDb()
	const permissions = [...caller.permissions]
	// 商机: open demand items the organization's own listings are eligible for (listing publishers only).
	const opportunities = caller.membership && caller.permissions.has('respond:demand:own') ? await dashboardOpportunities(db, caller.membership.orgId, { today: todayIso() }) : null
	const access = mailboxAccess()
	return {
		name: caller.user.name,
		platformRole: caller.user.platformRole,
		membership: caller.membership,
		memberships: membershipsOf(db, caller.user.id),
		permissions,
		passwordReset: new URL(request.url).searchParams.has('reset'),
		received: caller.membership && caller.permissions.has('update:demand:own') ? receivedSummary(db, caller.membership.orgId) : null,
		opportunities,
		// The places of this kind of organization (and of the platform's staff), each with its numbers, and the 待办.
		links: workspaceLinks(permissions, { mailbox: access === 'everyone' || (access === 'admins' && caller.permissions.has('read:mail:any')) }),
		facts: dashboardFacts(db, { userId: caller.user.id, membership: caller.membership, permissions, opportunities: opportunities?.opportunities.filter((o) => !o.responded).length }),
	}
}

const GROUPS: WorkspaceGroup[] = ['org', 'platform', 'account']
/** Numbers a card shows even when they are 0 (how much there is); the others only when something is there. */
const ALWAYS_SHOWN = new Set<StatKey>(['published', 'total', 'readiness', 'lots', 'pending', 'noTeam'])

export default function Dashboard() {
	const d = useLoaderData<typeof loader>()
	const { t } = useTranslation()
	const locale = useLocale()
	const staff = d.platformRole !== 'none'
	const stats = (key: WorkspaceKey) => (d.facts.stats[key] ?? []).filter((s) => s.count > 0 || ALWAYS_SHOWN.has(s.key))
	return (
		<div className="space-y-6">
			<PageHeader title={t('accounts.welcome', { name: d.name })} subtitle={d.membership ? d.membership.orgName : staff ? t('workspace.platformHelp') : t('accounts.noOrg')} />
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
			) : staff ? null : (
				// A platform admin or reviewer works for the platform: no prompt to found an organization.
				<Card>
					<p className="text-slate-700">{t('accounts.noOrgHelp')}</p>
					<Link to="/orgs/new" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-brand-800">
						{t('accounts.createOrg')}
					</Link>
				</Card>
			)}
			<Card>
				<SectionTitle id="waiting">{t('workspace.waiting.title')}</SectionTitle>
				{d.facts.waiting.length ? (
					<ul className="space-y-1.5" aria-labelledby="waiting" data-testid="dashboard-waiting">
						{d.facts.waiting.map((w) => (
							<li key={w.key} className="flex items-start gap-2">
								<span aria-hidden="true" className="mt-2 h-1.5 w-1.5 shrink-0 rounded-full bg-brand-500" />
								<Link to={w.to}>{t(`workspace.waiting.${w.key}`, { count: w.count })}</Link>
							</li>
						))}
					</ul>
				) : (
					<p className="text-sm text-slate-500">{t('workspace.waiting.none')}</p>
				)}
			</Card>
			{GROUPS.map((g) => {
				const links = d.links.filter((l) => l.group === g)
				if (!links.length) return null
				return (
					<section key={g} aria-labelledby={`places-${g}`}>
						<h2 id={`places-${g}`} className="mb-2 text-sm font-semibold text-slate-600">
							{t(`workspace.groups.${g}`)}
						</h2>
						<ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid={`dashboard-${g}`}>
							{links.map((l) => (
								<li key={l.key} className="min-w-0">
									<Link to={l.to} className="block h-full rounded-lg border border-slate-200 bg-white p-4 no-underline shadow-sm hover:border-brand-500">
										<span className="block font-semibold text-ink-900">{t(`workspace.links.${l.key}`)}</span>
										<span className="mt-1 block text-sm text-slate-600">{t(`workspace.links.${l.key}Help`)}</span>
										{stats(l.key).length ? (
											<span className="mt-2 flex flex-wrap gap-1.5">
												{stats(l.key).map((s) => (
													<Badge key={s.key} tone={s.attention ? 'amber' : 'slate'}>
														{t(`workspace.stat.${s.key}`, { count: s.count })}
													</Badge>
												))}
											</span>
										) : null}
									</Link>
								</li>
							))}
						</ul>
					</section>
				)
			})}
			{d.opportunities && d.membership ? (
				<div id="opportunities" className="scroll-mt-4">
					<OpportunitiesPanel
						opportunities={d.opportunities.opportunities}
						verified={d.membership.verified}
						hasListings={d.opportunities.listings > 0}
						formatQuantity={(n) => formatNumber(n, locale)}
					/>
				</div>
			) : null}
			{d.received ? (
				<div id="received" className="scroll-mt-4">
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
				</div>
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
