import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useLocation, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { textLinkClass } from '#app/components/fact-grid.tsx'
import { ListingCard } from '#app/components/listing-card.tsx'
import { Badge, Card, EmptyState, Facts, Pagination, SectionTitle } from '#app/components/ui.tsx'
import type { Locale } from '#app/i18n/translate.ts'
import { isOpen, listPublicDemands } from '#app/modules/demands/queries.server.ts'
import { listPublicListings } from '#app/modules/listings/queries.server.ts'
import { getPublicOrganization, organizationProfile } from '#app/modules/organizations/queries.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatDate, formatNumber, label, todayIso } from '#app/utils/format.ts'
import { demandHref, standardHref } from '#app/utils/links.ts'
import { notFoundMeta, pageMeta } from '#app/utils/meta.ts'
import { pageParam, withPage } from '#app/utils/params.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ params, request }: LoaderFunctionArgs) {
	const db = getDb()
	const found = getPublicOrganization(db, params.ref ?? '')
	if (!found) throw new Response('Not Found', { status: 404 })
	const { org, qualifications, team } = found
	const page = pageParam(new URL(request.url).searchParams.get('page'))
	const today = todayIso()
	const demands = listPublicDemands(db, { orgId: org.id, perPage: 100, today })
	return {
		// Only what the public page shows: no internal ids, reviewer or timestamps of the record.
		org: organizationProfile(org),
		qualifications,
		team,
		listings: listPublicListings(db, { orgId: org.id, page, perPage: 12 }),
		demands: { total: demands.total, rows: demands.rows.map((d) => ({ ...d, open: isOpen(d, today) })) },
	}
}

/** Only web addresses become links; anything else (a typo, another scheme) is shown as text. */
const webLink = (url: string | null) => (url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null)

export default function OrganizationPage() {
	const { org, qualifications, team, listings, demands } = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const [params] = useSearchParams()
	const { pathname } = useLocation()
	const isTeam = org.kind === 'rescue_team'
	const headcount = team?.headcount ?? org.headcount
	const website = webLink(org.website)
	const pages = Math.max(1, Math.ceil(listings.total / listings.perPage))
	// A supplier with no demand lists (or a team with no listings) does not get an empty section; with neither, both show.

	return (
		<div className="space-y-8">
			<header className="flex flex-wrap items-start gap-4 border-b border-slate-200 pb-4">
				<div className="min-w-0 flex-1">
					<h1 className="text-2xl font-bold text-ink-900">{org.name}</h1>
					<div className="mt-2 flex flex-wrap gap-1.5">
						<Badge tone="brand">{label.orgKind(org.kind, locale)}</Badge>
						<Badge tone="green">
							<svg
								width="12"
								height="12"
								viewBox="0 0 24 24"
								aria-hidden="true"
								focusable="false"
								className="mr-1"
								fill="none"
								stroke="currentColor"
								strokeWidth="3"
								strokeLinecap="round"
								strokeLinejoin="round"
							>
								<path d="M5 12l5 5L20 7" />
							</svg>
							{t('ui.org.verified')}
						</Badge>
						{isTeam && org.teamType ? <Badge tone="blue">{label.teamType(org.teamType, locale)}</Badge> : null}
						{qualifications.map((q) => (
							<Badge key={q} tone="amber">
								{label.qualification(q, locale)}
							</Badge>
						))}
					</div>
				</div>
			</header>

			<div className="grid gap-6 lg:grid-cols-2">
				<Card>
					<SectionTitle>{t('ui.org.profile')}</SectionTitle>
					<Facts
						items={[
							[t('ui.org.kind'), label.orgKind(org.kind, locale)],
							[t('ui.org.region'), label.region(org.regionCode, locale)],
							[t('ui.org.uscc'), <span className="font-mono">{org.uscc}</span>],
							[t('ui.org.contact'), org.contact],
							[
								t('ui.org.phone'),
								org.phone ? (
									<a className={textLinkClass} href={`tel:${org.phone.replace(/[^\d+]/g, '')}`}>
										{org.phone}
									</a>
								) : null,
							],
							[
								t('ui.org.email'),
								org.email ? (
									<a className={textLinkClass} href={`mailto:${org.email}`}>
										{org.email}
									</a>
								) : null,
							],
							[t('ui.org.address'), org.address],
							[
								t('ui.org.website'),
								website ? (
									<a className={textLinkClass} href={website} rel="noopener noreferrer nofollow" target="_blank">
										{website}
									</a>
								) : (
									org.website
								),
							],
						]}
					/>
				</Card>

				{isTeam ? (
					<Card>
						<SectionTitle>{t('ui.org.team')}</SectionTitle>
						<Facts
							items={[
								[t('ui.org.teamType'), org.teamType ? label.teamType(org.teamType, locale) : null],
								[t('ui.org.headcount'), headcount !== null ? t('ui.org.people', { count: headcount }) : null],
								[t('ui.org.level'), org.level],
								[
									t('ui.org.standard'),
									team?.standardCode ? (
										<>
											<Link to={standardHref(team.standardCode)} className={textLinkClass}>
												{team.standardTitle}
											</Link>
											<span className="ml-1 font-mono text-xs text-slate-500">{team.standardCode}</span>
										</>
									) : null,
								],
								[t('ui.org.asOf'), team?.asOf ? formatDate(team.asOf) : null],
							]}
						/>
					</Card>
				) : null}
			</div>

			{listings.total || !demands.total ? (
				<section aria-labelledby="org-listings">
					<SectionTitle id="org-listings">
						{t('ui.org.listings')} <span className="text-sm font-normal text-slate-500">({formatNumber(listings.total, locale)})</span>
					</SectionTitle>
					{listings.rows.length ? (
						<div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
							{listings.rows.map((l) => (
								<ListingCard key={l.ref} listing={l} />
							))}
						</div>
					) : (
						<EmptyState>{t('ui.org.noListings')}</EmptyState>
					)}
					<Pagination
						page={listings.page}
						perPage={listings.perPage}
						total={listings.total}
						href={(p) => withPage(params, p, pathname)}
						labels={{ prev: t('ui.pagination.prev'), next: t('ui.pagination.next'), page: t('ui.pagination.page', { page: listings.page, pages }) }}
					/>
				</section>
			) : null}

			{demands.total || !listings.total ? (
				<section aria-labelledby="org-demands">
					<SectionTitle id="org-demands">
						{t('ui.org.demands')} <span className="text-sm font-normal text-slate-500">({formatNumber(demands.total, locale)})</span>
					</SectionTitle>
					{demands.rows.length ? (
						<ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
							{demands.rows.map((d) => (
								<li key={d.ref} className="flex flex-wrap items-center justify-between gap-2 p-4">
									<div className="min-w-0">
										<Link to={demandHref(d.ref)} className="font-medium text-ink-900 no-underline hover:underline">
											{d.title}
										</Link>
										<p className="mt-1 text-xs text-slate-500">
											{t('ui.demand.itemCount', { count: d.itemCount })} · {t('ui.demand.deadline')} {d.deadline ? formatDate(d.deadline) : t('ui.demand.noDeadline')}
										</p>
									</div>
									<div className="flex gap-1.5">
										<Badge tone="brand">{label.demandKind(d.kind, locale)}</Badge>
										<Badge tone={d.open ? 'green' : 'slate'}>{d.open ? t('ui.demand.status.published') : t('ui.demand.status.closed')}</Badge>
									</div>
								</li>
							))}
						</ul>
					) : (
						<EmptyState>{t('ui.org.noDemands')}</EmptyState>
					)}
				</section>
			) : null}
		</div>
	)
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	data ? pageMeta(matches, (l) => `${data.org.name} · ${label.orgKind(data.org.kind, l)}`) : notFoundMeta(matches)

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
