// The 商机 panel of an enterprise's dashboard: open demand items its listings are eligible for, each linking to the
// public demand page and to the response form with the fitting listing preselected. No data access here.
import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { newResponseHref } from '#app/modules/responses/links.ts'
import { demandHref, listingHref } from '#app/utils/links.ts'
import { ScoreBar } from './match-results.tsx'
import { Badge, SectionTitle } from './ui.tsx'

export type DashboardOpportunityView = {
	item: {
		ref: string
		name: string
		quantity: number
		unit: string | null
		neededBy: string | null
		demand: { ref: string; title: string; org: { ref: string; name: string } }
	}
	score: number
	listing: { ref: string; title: string }
	responded: boolean
}

export function OpportunitiesPanel({
	opportunities,
	verified,
	hasListings,
	formatQuantity,
}: {
	opportunities: DashboardOpportunityView[]
	verified: boolean
	hasListings: boolean
	formatQuantity: (n: number) => string
}) {
	const { t } = useTranslation()
	return (
		<section aria-labelledby="dashboard-opportunities" data-testid="dashboard-opportunities" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
			<div className="flex flex-wrap items-baseline justify-between gap-2">
				<SectionTitle id="dashboard-opportunities">{t('opportunities.title')}</SectionTitle>
				<Link to="/my/listings" className="text-sm">
					{t('opportunities.allListings')}
				</Link>
			</div>
			<p className="mb-2 text-sm text-slate-600">{t('opportunities.intro')}</p>
			{!verified ? (
				<p className="text-sm text-slate-500">{t('opportunities.unverified')}</p>
			) : !opportunities.length ? (
				<p className="text-sm text-slate-500">{hasListings ? t('opportunities.none') : t('opportunities.noListings')}</p>
			) : (
				<ol className="divide-y divide-slate-100">
					{opportunities.map((o) => {
						const respond = `${newResponseHref(o.item.demand.ref, o.item.ref)}&listing=${encodeURIComponent(o.listing.ref)}`
						return (
							<li key={`${o.item.demand.ref}/${o.item.ref}`} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3">
								<div className="min-w-0 flex-1">
									<div className="flex flex-wrap items-center gap-2">
										<Link to={demandHref(o.item.demand.ref)} className="font-medium">
											{o.item.name}
										</Link>
										{o.responded ? <Badge tone="green">{t('opportunities.responded')}</Badge> : null}
									</div>
									<p className="mt-1 text-sm text-slate-600">
										{t('opportunities.from', {
											org: o.item.demand.org.name,
											title: o.item.demand.title,
										})}{' '}
										·{' '}
										{t('opportunities.quantity', {
											quantity: `${formatQuantity(o.item.quantity)}${o.item.unit ? ` ${o.item.unit}` : ''}`,
										})}
										{o.item.neededBy
											? ` · ${t('opportunities.neededBy', {
													date: o.item.neededBy,
											  })}`
											: ''}
									</p>
									<p className="mt-1 text-sm text-slate-600">
										{t('opportunities.listing')}
										<Link to={listingHref(o.listing.ref)}>{o.listing.title}</Link>
									</p>
								</div>
								<div className="flex items-center gap-3">
									<ScoreBar score={o.score} />
									<Link
										to={respond}
										aria-label={t(o.responded ? 'opportunities.updateResponseTo' : 'opportunities.respondTo', { name: o.item.name })}
										className="inline-block whitespace-nowrap rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white no-underline hover:bg-brand-800"
									>
										{t(o.responded ? 'opportunities.updateResponse' : 'opportunities.respond')}
									</Link>
								</div>
							</li>
						)
					})}
				</ol>
			)}
		</section>
	)
}
